/**
 * Runs the real install.sh / start.sh the way the coder_script wrappers do (files written into
 * `~/.codex-module/scripts/`, ARG_* in the environment, output appended to the log) in a throwaway
 * HOME, with the real Codex CLI from npm and the real AgentAPI binary. Only the OpenAI API is fake
 * (the mock Responses API from @codex-coder/test-support). Every process a test starts is stopped by
 * PID.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import {
  filesContaining,
  killAll,
  machineNpmEnv,
  processesWithEnv,
  scratchRoot,
  sharedCodexPrefix as installSharedCodexPrefix,
  terminate,
  withLock as withCacheLock,
} from "@codex-coder/test-support";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The test infrastructure the script tests share with the end-to-end tests.
export {
  agentMessages,
  agentStatus,
  freePort,
  processSnapshot,
  screenText,
  sendMessage,
  sleep,
  waitFor,
  type AgentMessage,
} from "@codex-coder/test-support";

/** `packages/codex`. */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The repository root. */
export const REPO_ROOT = join(PACKAGE_DIR, "..", "..");
/** The scripts under test. */
export const SCRIPTS_DIR = join(PACKAGE_DIR, "scripts");
/** Versions the tests install and serve. */
export const CODEX_VERSION = "0.169.0";
export const AGENTAPI_VERSION = "v0.12.1";
/** A PATH like a workspace image's (no node_modules/.bin). */
export const SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

// Not under /tmp: Codex refuses to create its PATH helpers there and warns on every command.
const SCRATCH_ROOT = scratchRoot(PACKAGE_DIR, "script-tests");
const CACHE_DIR = join(SCRATCH_ROOT, "cache");

function ensureScratchRoot(): void {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
}

const scratchDirs: string[] = [];

/** A fresh directory under `.tmp/script-tests/`, removed by {@link removeScratchDirs}. */
export function scratchDir(label: string): string {
  ensureScratchRoot();
  const dir = mkdtempSync(join(SCRATCH_ROOT, `${label}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Removes this test file's scratch directories, unless KEEP_SCRIPT_TESTS is set (for debugging). */
export function removeScratchDirs(): void {
  if (process.env["KEEP_SCRIPT_TESTS"] !== undefined) return;
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs `fn` while holding a lock in the shared cache folder (test files run in parallel workers). */
export async function withLock<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  return withCacheLock(CACHE_DIR, name, fn, 300_000);
}

/** The real AgentAPI binary: from the toolchain (`npm run setup:tools`), else `$AGENTAPI_BIN`. */
export function agentapiBinary(): string {
  const toolchainFile = join(REPO_ROOT, ".cache", "toolchain", "toolchain.json");
  if (existsSync(toolchainFile)) {
    const toolchain = JSON.parse(readFileSync(toolchainFile, "utf8")) as {
      agentapi?: { path?: string } | null;
    };
    const path = toolchain.agentapi?.path;
    if (path !== undefined && existsSync(path)) return path;
  }
  const fromEnv = process.env["AGENTAPI_BIN"];
  if (fromEnv !== undefined && existsSync(fromEnv)) return fromEnv;
  throw new Error(
    "no AgentAPI binary: run `npm run setup:tools` (writes .cache/toolchain/toolchain.json) or set AGENTAPI_BIN",
  );
}

/** dist/runtime/merge-config.mjs (the real config merge), built when missing. */
export async function mergeConfigProgram(): Promise<string> {
  const file = join(PACKAGE_DIR, "dist", "runtime", "merge-config.mjs");
  return withLock("merge-config", () => {
    if (!existsSync(file)) {
      const build = spawnSync(process.execPath, [join(SCRIPTS_DIR, "build-runtime.mjs")], {
        cwd: PACKAGE_DIR,
        encoding: "utf8",
      });
      if (build.status !== 0) throw new Error(`build-runtime.mjs failed: ${build.stderr}`);
    }
    return file;
  });
}

/**
 * An npm prefix with the pinned Codex, installed once and shared (see
 * {@link installSharedCodexPrefix}): workspaces that are not about the first install link their
 * `~/.codex-module/npm` to it.
 */
export async function sharedCodexPrefix(): Promise<string> {
  return installSharedCodexPrefix(CACHE_DIR, CODEX_VERSION);
}

export function b64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** One managed config.toml entry (see docs/runtime.md). */
export interface Setting {
  readonly path: readonly string[];
  readonly value: string | number | boolean | readonly string[];
}

/** ARG_MANAGED_CONFIG for these settings. */
export function managedConfig(settings: readonly Setting[]): string {
  return b64(JSON.stringify({ version: 1, settings }));
}

/** The output of one script run. */
export interface ScriptRun {
  readonly status: number | null;
  readonly output: string;
  readonly ms: number;
}

/** Everything running with this workspace's HOME (for cleanup and checks). */
export function processesWithHome(home: string): number[] {
  return processesWithEnv(`HOME=${home}`);
}

/**
 * The machine's npm settings (registry, CA file, cache) and TLS trust, which a workspace image
 * would have too; without them npm in a throwaway HOME starts from a cold cache and may not reach
 * the registry at all.
 */
function machineNetworkEnv(): Record<string, string> {
  return machineNpmEnv();
}

let networkEnv: Record<string, string> | undefined;

/** A throwaway workspace: HOME, project folder, run dir and CODER_SCRIPT_BIN_DIR. */
export class Workspace {
  readonly root: string;
  readonly home: string;
  readonly folder: string;
  readonly moduleDir: string;
  readonly codexHome: string;
  readonly runDir: string;
  readonly coderBinDir: string;

  constructor(label: string) {
    this.root = scratchDir(label);
    this.home = join(this.root, "home");
    this.folder = join(this.home, "project");
    this.moduleDir = join(this.home, ".codex-module");
    this.codexHome = join(this.home, ".codex");
    this.runDir = join(this.root, "run");
    this.coderBinDir = join(this.root, "coder-script-bin");
    mkdirSync(join(this.moduleDir, "logs"), { recursive: true });
    mkdirSync(this.coderBinDir, { recursive: true });
  }

  /** Writes the runtime files into `~/.codex-module/scripts/`, as the wrappers do on every start. */
  async writeScripts(): Promise<void> {
    const dir = join(this.moduleDir, "scripts");
    mkdirSync(dir, { recursive: true });
    for (const name of ["install.sh", "start.sh", "lib.sh"]) {
      copyFileSync(join(SCRIPTS_DIR, name), join(dir, name));
    }
    copyFileSync(await mergeConfigProgram(), join(dir, "merge-config.mjs"));
  }

  /** Links `~/.codex-module/npm` to the shared Codex install (a home volume from an earlier start). */
  async seedCodex(): Promise<void> {
    const link = join(this.moduleDir, "npm");
    if (!existsSync(link)) symlinkSync(await sharedCodexPrefix(), link);
  }

  /** The environment a Coder agent gives its scripts, plus `extra`. */
  env(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    return {
      PATH: SYSTEM_PATH,
      HOME: this.home,
      USER: process.env["USER"] ?? "root",
      LANG: "C.UTF-8",
      RUST_BACKTRACE: "0",
      CODEX_MODULE_RUN_DIR: this.runDir,
      CODER_SCRIPT_BIN_DIR: this.coderBinDir,
      ...(networkEnv ??= machineNetworkEnv()),
      ...extra,
    };
  }

  /**
   * Runs `~/.codex-module/scripts/<name>` with bash, appending its output to `logs/<log>` like the
   * wrapper's `tee -a`. `launcher` is put in front of `bash` (e.g. the seccomp launcher).
   */
  async run(
    name: "install.sh" | "start.sh",
    env: NodeJS.ProcessEnv,
    options: { launcher?: readonly string[]; timeoutMs?: number; onTick?: () => void } = {},
  ): Promise<ScriptRun> {
    await this.writeScripts();
    const log = join(this.moduleDir, "logs", name === "install.sh" ? "install.log" : "start.log");
    const script = join(this.moduleDir, "scripts", name);
    const argv = [...(options.launcher ?? []), "bash", script];
    const started = Date.now();
    return new Promise((done, fail) => {
      const child = spawn(argv[0] as string, argv.slice(1), {
        cwd: this.home,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const collect = (chunk: Buffer): void => {
        const text = chunk.toString("utf8");
        output += text;
        writeFileSync(log, text, { flag: "a" });
      };
      child.stdout.on("data", collect);
      child.stderr.on("data", collect);
      const tick = options.onTick === undefined ? undefined : setInterval(options.onTick, 100);
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 180_000);
      child.once("error", fail);
      child.once("close", (status) => {
        clearTimeout(timer);
        if (tick !== undefined) clearInterval(tick);
        done({ status, output, ms: Date.now() - started });
      });
    });
  }

  read(path: string): string {
    return readFileSync(join(this.home, path), "utf8");
  }

  exists(path: string): boolean {
    return existsSync(join(this.home, path));
  }

  state(name: string): string {
    return readFileSync(join(this.moduleDir, "state", name), "utf8");
  }

  /** PID of the AgentAPI start.sh launched, or undefined. */
  agentapiPid(): number | undefined {
    const file = join(this.runDir, "agentapi.pid");
    if (!existsSync(file)) return undefined;
    return Number(readFileSync(file, "utf8").trim());
  }

  /** Runs the module's codex with this workspace's environment. */
  codex(args: readonly string[], env: NodeJS.ProcessEnv = this.env()): ScriptRun {
    const started = Date.now();
    const result = spawnSync(join(this.moduleDir, "npm", "bin", "codex"), args, {
      cwd: this.folder,
      env: { ...env, PATH: `${join(this.moduleDir, "node", "bin")}:${env["PATH"] ?? SYSTEM_PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: 60_000,
    });
    return {
      status: result.status,
      output: result.stdout + result.stderr,
      ms: Date.now() - started,
    };
  }

  /** Stops what start.sh started (by its PID file), then anything else still running with this HOME. */
  async stopProcesses(): Promise<void> {
    const pid = this.agentapiPid();
    if (pid !== undefined) await terminate(pid);
    killAll(processesWithHome(this.home));
  }

  /**
   * Every regular file under HOME that contains `needle`, except the Codex install (npm/, node/).
   * Symlinks are not followed.
   */
  filesContaining(needle: string): string[] {
    const skip = new Set([join(this.moduleDir, "npm"), join(this.moduleDir, "node")]);
    return filesContaining(needle, [this.home, this.runDir], skip);
  }

  /** Mode bits of a file under HOME, e.g. 0o600. */
  mode(path: string): number {
    return statSync(join(this.home, path)).mode & 0o777;
  }
}
