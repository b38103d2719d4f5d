/**
 * The settings a resumed Codex session would otherwise take from its own record.
 *
 * `codex resume --last` (Codex 0.169) continues a session with the model, reasoning effort and
 * summary, approval policy and sandbox mode recorded in the session's last turn, not with what
 * `config.toml` says now: a template that changed its model, or a start whose sandbox probe
 * passed after an earlier start fell back to danger-full-access, would not take effect. Only values
 * given explicitly (`-c key=value`) win over the record. So the start script reads the current
 * values here and passes each one with `-c` when it resumes.
 *
 * The model provider cannot be changed on resume at all (Codex refuses to start: "Cannot change
 * this thread's model provider"), so it is reported separately: the start script compares it with
 * the session's recorded provider and starts a new session when they differ.
 */
import { parse } from "smol-toml";
import { renderValue } from "../config/toml-format.js";
import { isTable } from "../config/toml-value.js";

/** The keys Codex takes from a resumed session's record unless they are given with `-c`. */
export const SESSION_KEYS: readonly string[] = [
  "model",
  "model_reasoning_effort",
  "model_reasoning_summary",
  "approval_policy",
  "sandbox_mode",
];

/** The provider Codex uses when config.toml names none. */
export const DEFAULT_MODEL_PROVIDER = "openai";

/** What a resume needs to know of config.toml. */
export interface SessionSettings {
  /** The model provider id in effect (`model_provider`, else Codex's default `openai`). */
  readonly modelProvider: string;
  /**
   * `key=value` overrides (value as TOML) for each of {@link SESSION_KEYS} that config.toml sets,
   * in that order; keys it does not set are left to the session's record.
   */
  readonly overrides: readonly string[];
}

/**
 * Reads the values in effect from the text of config.toml: the active profile's value (`profile =
 * "<name>"` and `[profiles.<name>]`) where it sets the key, else the top-level value. Values that
 * are not plain strings, numbers or booleans are left out (Codex would refuse them anyway).
 * @throws when the text is not valid TOML
 */
export function sessionSettings(text: string): SessionSettings {
  const document = parse(text) as Record<string, unknown>;
  const profileName = document["profile"];
  const profiles = document["profiles"];
  const active =
    typeof profileName === "string" && isTable(profiles) ? profiles[profileName] : undefined;
  const profile: Record<string, unknown> = isTable(active) ? active : {};
  const value = (key: string): string | number | boolean | undefined => {
    const found = key in profile ? profile[key] : document[key];
    return typeof found === "string" || typeof found === "number" || typeof found === "boolean"
      ? found
      : undefined;
  };
  const provider = value("model_provider");
  const overrides: string[] = [];
  for (const key of SESSION_KEYS) {
    const found = value(key);
    if (found !== undefined) overrides.push(`${key}=${renderValue(found)}`);
  }
  return {
    modelProvider: typeof provider === "string" ? provider : DEFAULT_MODEL_PROVIDER,
    overrides,
  };
}
