/**
 * Runs the real Codex CLI (`@openai/codex` 0.169.0 from node_modules) against a config.toml in a
 * fresh CODEX_HOME. Nothing here talks to a model: `doctor --json` and `mcp list --json` only load
 * the config (doctor's network probes fail offline and are ignored).
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { makeScratchDir } from "./scratch-dir.js";

const require = createRequire(import.meta.url);
/** The real Codex CLI's npm launcher (`@openai/codex` 0.169.0 from node_modules). */
export const CODEX_JS = join(
  dirname(require.resolve("@openai/codex/package.json")),
  "bin",
  "codex.js",
);

/** The result of one Codex command. */
export interface CodexRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `codex <args>` with `CODEX_HOME=home`, stdin closed, `RUST_BACKTRACE=0`, killed after 90 s.
 * Asynchronous, so tests can run several Codex processes at once.
 */
export function runCodex(home: string, args: readonly string[]): Promise<CodexRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODEX_JS, ...args], {
      cwd: home,
      env: { ...process.env, CODEX_HOME: home, RUST_BACKTRACE: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** A fresh CODEX_HOME under the package's `.tmp/`, with `config.toml` when text is given. */
export function makeCodexHome(label: string, configToml?: string): string {
  const home = makeScratchDir(`codex-home-${label}`);
  mkdirSync(home, { recursive: true });
  if (configToml !== undefined)
    writeFileSync(join(home, "config.toml"), configToml, { mode: 0o600 });
  return home;
}

/** One check of `codex doctor --json`. */
export interface DoctorCheck {
  readonly status: string;
  readonly summary: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Runs `codex doctor --json` and returns its checks by id (its exit status reflects auth). */
export async function doctorChecks(home: string): Promise<Readonly<Record<string, DoctorCheck>>> {
  const run = await runCodex(home, ["doctor", "--json"]);
  let report: { checks?: Record<string, DoctorCheck> };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    throw new Error(`codex doctor --json printed no JSON (status ${run.status}): ${run.stderr}`);
  }
  if (report.checks?.["config.load"] === undefined) {
    throw new Error("codex doctor --json has no config.load check");
  }
  return report.checks;
}

/** `checks["config.load"]` of `codex doctor --json`. */
export async function doctorConfigLoad(home: string): Promise<DoctorCheck> {
  return (await doctorChecks(home))["config.load"] as DoctorCheck;
}

/** One server as printed by `codex mcp list --json`. */
export interface McpListEntry {
  readonly name: string;
  readonly enabled: boolean;
  readonly transport: Readonly<Record<string, unknown>> & { readonly type: string };
  readonly startup_timeout_sec: number | null;
  readonly tool_timeout_sec: number | null;
}

/** Runs `codex mcp list --json`: the servers, or the failure (status and stderr). */
export async function mcpList(home: string): Promise<{ servers?: McpListEntry[]; run: CodexRun }> {
  const run = await runCodex(home, ["mcp", "list", "--json"]);
  if (run.status !== 0) return { run };
  return { servers: JSON.parse(run.stdout) as McpListEntry[], run };
}
