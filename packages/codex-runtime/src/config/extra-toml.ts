/** Parses user-supplied TOML text (an "extra config" option) into managed settings. */
import { parse, TomlError } from "smol-toml";
import { ConfigError } from "./errors.js";
import { flattenToml } from "./flatten.js";
import type { ManagedSetting } from "./toml-value.js";

/**
 * Parses `text` as TOML and flattens it with {@link flattenToml}.
 *
 * @param text TOML text, e.g. `"[features]\ndaemon_auto_start = false\n"`.
 * @throws ConfigError `invalid TOML at line L, column C: <reason>` or `<key>: <problem>`; the
 *   message does not name the option that supplied the text: the caller reports it once.
 */
export function parseExtraToml(text: string): ManagedSetting[] {
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigError(describeTomlError(error), { cause: error });
  }
  try {
    return flattenToml(document);
  } catch (error) {
    throw new ConfigError((error as Error).message, { cause: error });
  }
}

/** `invalid TOML at line L, column C: <reason>` for a smol-toml parse error (any other error: its message). */
export function describeTomlError(error: unknown): string {
  if (error instanceof TomlError) {
    const reason = (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document: /, "");
    return `invalid TOML at line ${error.line}, column ${error.column}: ${reason}`;
  }
  return error instanceof Error ? error.message : String(error);
}
