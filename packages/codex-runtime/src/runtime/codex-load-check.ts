/**
 * Loads a `config.toml` with the workspace's own Codex, the only authority on what it accepts:
 * `codex mcp list --json` fails on everything Codex refuses (bad TOML, types, enums, MCP
 * transports, removed settings) and prints where; `codex doctor --json` lists the keys Codex
 * ignores (unknown keys, typos). Neither talks to a model.
 */
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";

/** What {@link checkCodexLoad} found. */
export interface CodexLoadResult {
  /** Set when Codex refuses the file: its own first error line (`<file>:L:C: <reason>`). */
  readonly error?: string;
  /** Dotted keys Codex ignores, as it prints them (e.g. `modle`, `history.persistance`). */
  readonly ignored: readonly string[];
  /** Set when the ignored keys could not be listed (doctor failed or timed out): why. */
  readonly unchecked?: string;
  /** `codex --version`, e.g. `codex-cli 0.169.0`. */
  readonly version: string;
}

const TIMEOUT_MS = 60_000;

function run(
  codex: string,
  args: readonly string[],
  codexHome: string,
): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const result = spawnSync(codex, args, {
    cwd: codexHome,
    env: { ...process.env, CODEX_HOME: codexHome, RUST_BACKTRACE: "0", NO_COLOR: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: TIMEOUT_MS,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
    ...(result.error ? { error: result.error } : {}),
  };
}

/**
 * Runs the Codex binary `codex` against `configPath` (as `$CODEX_HOME/config.toml`, with
 * `CODEX_HOME` set to its folder). The error line Codex prints for a refused file shows where the
 * problem is; the source excerpt Codex prints under it is dropped, so no value of the file reaches
 * a log unless Codex quotes it in the reason itself. `knownVersion`: its `--version` line, when the
 * caller already knows it (then `codex --version` is not run).
 *
 * @throws Error when `codex` cannot be run at all.
 */
export function checkCodexLoad(
  codex: string,
  configPath: string,
  knownVersion?: string,
): CodexLoadResult {
  const home = dirname(configPath);
  const version = knownVersion ?? codexVersion(codex, home);
  const list = run(codex, ["mcp", "list", "--json"], home);
  if (list.status !== 0) {
    return { error: firstError(list.stderr, list.error), ignored: [], version };
  }
  const doctor = run(codex, ["doctor", "--json"], home);
  let load: { status?: string; details?: Record<string, unknown> } | undefined;
  try {
    const report = JSON.parse(doctor.stdout) as { checks?: Record<string, typeof load> };
    load = report.checks?.["config.load"];
  } catch {
    load = undefined;
  }
  if (load === undefined) {
    const why = doctor.error?.message ?? `status ${String(doctor.status)}, no JSON report`;
    return { ignored: [], unchecked: `codex doctor --json failed (${why})`, version };
  }
  if (load.status === "fail") {
    return {
      error: "codex doctor reports that the config could not be loaded",
      ignored: [],
      version,
    };
  }
  const warning = load.details?.["startup warning"];
  const ignored =
    typeof warning === "string"
      ? [...warning.matchAll(/`([^`]+)` is ignored/g)].map((match) => match[1] as string)
      : [];
  return { ignored, version };
}

/**
 * `codex --version` (e.g. `codex-cli 0.169.0`), run with `CODEX_HOME=codexHome`.
 *
 * @throws Error when `codex` cannot be run.
 */
export function codexVersion(codex: string, codexHome: string): string {
  const result = run(codex, ["--version"], codexHome);
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(
      `cannot run ${codex} --version: ${result.error?.message ?? result.stderr.trim()}`,
    );
  }
  return result.stdout.trim();
}

function firstError(stderr: string, error: Error | undefined): string {
  if (error !== undefined) return `codex mcp list failed: ${error.message}`;
  const lines = stderr
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "" && !line.startsWith("WARNING: proceeding"));
  // Two shapes: "Error loading config.toml:" then "<file>:L:C: <reason>" and a source excerpt;
  // or "Error: failed to load …", "Caused by:", then the reason and "in `<key>`" indented.
  const header = lines.findIndex((line) => line.startsWith("Error loading config.toml"));
  if (header >= 0 && lines[header + 1] !== undefined) return lines[header + 1] as string;
  const cause = lines.indexOf("Caused by:");
  if (cause >= 0) {
    const reason = lines.slice(cause + 1).filter((line) => /^\s/.test(line));
    if (reason.length > 0) return reason.map((line) => line.trim()).join(" ");
  }
  return lines[0] ?? "codex mcp list failed without a message";
}
