/** Argument handling and output of the `merge-config.mjs` command (see `merge-config.ts`). */
import { existsSync, readFileSync } from "node:fs";
import { runMergeConfig } from "./run-merge-config.js";
import { sessionSettings } from "./session-settings.js";

/** Where the command prints: one call per line, without the line break. */
export interface MergeConfigOutput {
  /** Standard output (decisions, summary). */
  readonly out: (line: string) => void;
  /** Standard error (`Warning: …`, `Error: …`, usage). */
  readonly err: (line: string) => void;
}

const USAGE =
  "Usage: merge-config.mjs --config <config.toml> --state <config-applied.json> [--codex <codex>\n" +
  "       [--codex-version <its --version line>]]\n" +
  "       (--codex: load the result with that Codex binary; restore both files if it refuses it;\n" +
  "        --codex-version: what it prints for --version, known to the caller, so it is not run)\n" +
  "       (the managed config comes base64-encoded in ARG_MANAGED_CONFIG, TOML from template\n" +
  "        variables and parameters in ARG_TEMPLATE_TOML)\n" +
  "       merge-config.mjs --session-settings <config.toml>\n" +
  "       (prints model_provider=<id>, then key=value for each setting a resumed session needs)";

/**
 * Runs the command with `argv` (without `node` and the script) and `env`; returns the exit
 * status: 0 merged, 1 failed (files untouched), 2 bad usage.
 */
export function mergeConfigMain(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: MergeConfigOutput,
): number {
  if (argv[0] === "--session-settings") return printSessionSettings(argv.slice(1), output);
  const paths: Record<string, string> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] as string;
    if (flag === "--help" || flag === "-h") {
      output.out(USAGE);
      return 0;
    }
    if (
      flag !== "--config" &&
      flag !== "--state" &&
      flag !== "--codex" &&
      flag !== "--codex-version"
    ) {
      output.err(`Error: unexpected argument ${JSON.stringify(flag)}\n${USAGE}`);
      return 2;
    }
    const value = argv[index + 1];
    if (value === undefined || value === "") {
      output.err(
        `Error: ${flag} needs a ${flag === "--codex-version" ? "value" : "path"}\n${USAGE}`,
      );
      return 2;
    }
    paths[flag] = value;
    index += 1;
  }
  const configPath = paths["--config"];
  const statePath = paths["--state"];
  if (configPath === undefined || statePath === undefined) {
    output.err(`Error: both --config and --state are required\n${USAGE}`);
    return 2;
  }
  if (paths["--codex-version"] !== undefined && paths["--codex"] === undefined) {
    output.err(`Error: --codex-version needs --codex\n${USAGE}`);
    return 2;
  }
  try {
    const outcome = runMergeConfig({
      configPath,
      statePath,
      managedConfig: env["ARG_MANAGED_CONFIG"],
      templateToml: env["ARG_TEMPLATE_TOML"],
      ...(paths["--codex"] !== undefined ? { codex: paths["--codex"] } : {}),
      ...(paths["--codex-version"] !== undefined ? { codexVersion: paths["--codex-version"] } : {}),
    });
    for (const decision of outcome.decisions) output.out(decision.message);
    for (const warning of outcome.warnings) output.err(`Warning: ${warning}`);
    const count = (kind: string): number => outcome.decisions.filter((d) => d.kind === kind).length;
    const changed = outcome.decisions.filter((d) => d.kind === "applied" && d.changed).length;
    output.out(
      `${configPath}: ${count("applied")} applied (${changed} changed), ${count("kept")} kept, ` +
        `${count("removed")} removed; ${outcome.written ? "written" : "unchanged"}`,
    );
    return 0;
  } catch (error) {
    output.err(`Error: ${(error as Error).message}`);
    return 1;
  }
}

/**
 * `--session-settings <config.toml>`: what `codex resume` must be told (see session-settings.ts).
 * Prints `model_provider=<JSON string>` (the provider in effect, written as the session record
 * writes it), then one `key=<TOML value>` line
 * per setting config.toml sets that a resumed session would otherwise take from its record. A
 * missing file is an empty config (Codex's defaults). Exit status 0, 1 when the file cannot be
 * read or is not TOML, 2 on bad usage.
 */
function printSessionSettings(argv: readonly string[], output: MergeConfigOutput): number {
  const configPath = argv[0];
  if (argv.length !== 1 || configPath === undefined || configPath === "") {
    output.err(`Error: --session-settings needs exactly one path\n${USAGE}`);
    return 2;
  }
  try {
    const text = existsSync(configPath) ? readFileSync(configPath, "utf8") : "";
    const settings = sessionSettings(text);
    output.out(`model_provider=${JSON.stringify(settings.modelProvider)}`);
    for (const line of settings.overrides) output.out(line);
    return 0;
  } catch (error) {
    output.err(`Error: cannot read the settings of ${configPath}: ${(error as Error).message}`);
    return 1;
  }
}
