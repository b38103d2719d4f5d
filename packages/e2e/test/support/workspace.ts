/**
 * An emulated Coder workspace on this machine. What is real and what is not:
 *
 * - REAL: the scripts (exactly the `coder_script` text Terraform rendered in the plan), bash, npm,
 *   Codex, AgentAPI, the file system layout of the container (see below).
 * - EMULATED (there is no Coder server or agent in the tests): the Coder agent's way of running a
 *   `coder_script`, which is `<shell> -c <script text>` with the agent's environment (the agent's
 *   `env` and the `coder_env` values of the plan, `CODER_SCRIPT_DATA_DIR`, `CODER_SCRIPT_BIN_DIR`, a fake
 *   `CODER_AGENT_URL`, `CODER=true`), all start scripts at once, working directory HOME.
 * - The container: the template's paths are absolute (`/home/coder/projects`), so each run gets a
 *   private mount namespace (`unshare --mount`, see workspace-root.sh) where the workspace's own
 *   scratch folders are mounted at /home/coder (the home volume) and /tmp (the container's /tmp).
 *   Nothing is written to this machine's /home or /tmp. A "restart" stops the processes and
 *   empties /tmp, as a new container would; the home folder survives, as the volume does.
 *
 * Processes carry CODEX_E2E_WORKSPACE=<id> (test bookkeeping only), so {@link Workspace.stop} can
 * find and stop everything a workspace started, by PID.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { userInfo } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  coderAgents,
  coderEnvs,
  coderScripts,
  filesContaining,
  killAll,
  processesWithEnv,
  processSnapshot,
  regularFiles,
  terminate,
  type CoderScript,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { machineNetworkEnv } from "./codex-install.js";
import { REPO_ROOT, sleep } from "./paths.js";

const ROOT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "workspace-root.sh");

/** HOME inside the workspace (the template's user). */
export const WORKSPACE_HOME = "/home/coder";
/** The image's PATH (no node_modules/.bin, nothing of this test runner's). */
export const SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** Where the Coder agent keeps its script data and links binaries (in the container's /tmp). */
export const SCRIPT_DATA_DIR = "/tmp/coder-script-data";
export const SCRIPT_BIN_DIR = `${SCRIPT_DATA_DIR}/bin`;
/** The Coder server is not running: its URL points at a closed port. */
export const FAKE_AGENT_URL = "http://127.0.0.1:9/";
/**
 * Linux limit on one argument of exec (MAX_ARG_STRLEN, 32 pages): the Coder agent passes the whole
 * script text as the argument of `-c`, so a longer script cannot start at all (E2BIG).
 */
export const MAX_ARG_STRLEN = 131_072;

/** The output of one script (or command) run in the workspace. */
export interface Run {
  readonly status: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
  /** stdout alone. */
  readonly stdout: string;
  readonly ms: number;
}

/** One `coder_script` run the way the agent runs it. */
export interface ScriptRun extends Run {
  readonly displayName: string;
  /**
   * Set when `bash -c <script>` could not even be started (the script is longer than
   * {@link MAX_ARG_STRLEN}); the script was then run from a file instead, so the rest of the
   * workspace can still be checked.
   */
  readonly execError?: string;
}

/** Options of a run. */
export interface RunOptions {
  /** Extra environment on top of the agent's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Put in front of the shell, inside the workspace (e.g. the seccomp launcher). */
  readonly launcher?: readonly string[];
  /** Called every ~100 ms while the scripts run. */
  readonly onTick?: () => void;
  /** Killed after this long. @default 240000 */
  readonly timeoutMs?: number;
}

let sequence = 0;

/** One workspace: its home volume and container /tmp, both under `root`. */
export class Workspace {
  readonly id: string;
  /** Host folder mounted at /home/coder. */
  readonly home: string;
  /** Host folder mounted at /tmp. */
  readonly tmp: string;
  /** Every script run so far, oldest first. */
  readonly runs: ScriptRun[] = [];

  constructor(
    readonly root: string,
    label: string,
  ) {
    sequence += 1;
    this.id = `${label}-${process.pid}-${sequence}-${randomBytes(3).toString("hex")}`;
    this.home = join(root, label, "home");
    this.tmp = join(root, label, "tmp");
    mkdirSync(this.home, { recursive: true });
    mkdirSync(this.tmp, { recursive: true });
    chmodSync(this.tmp, 0o1777);
  }

  /** The host path of a path inside the workspace (`/home/coder/…`, `/tmp/…` or `~/…`). */
  hostPath(path: string): string {
    if (path.startsWith("~/")) return join(this.home, path.slice(2));
    if (path === WORKSPACE_HOME || path.startsWith(`${WORKSPACE_HOME}/`))
      return join(this.home, path.slice(WORKSPACE_HOME.length));
    if (path === "/tmp" || path.startsWith("/tmp/")) return join(this.tmp, path.slice(4));
    throw new Error(`${path} is neither under ${WORKSPACE_HOME} nor under /tmp`);
  }

  /** The run dir of the scripts (`/tmp/codex-module-run-$UID`) on the host. */
  get runDir(): string {
    return join(this.tmp, `codex-module-run-${process.getuid?.() ?? 0}`);
  }

  /** The agent's environment for this plan: image basics, agent variables, the plan's coder_env. */
  agentEnv(plan: TerraformPlan, extra: RunOptions["env"] = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      // What the image gives every process.
      HOME: WORKSPACE_HOME,
      USER: userInfo().username,
      SHELL: "/bin/bash",
      LANG: "C.UTF-8",
      PATH: `${SCRIPT_BIN_DIR}:${SYSTEM_PATH}`,
      // This machine's npm settings (cache, CA), as a workspace image on this network would have.
      ...machineNetworkEnv(),
      // What the Coder agent adds.
      CODER: "true",
      CODER_AGENT_URL: FAKE_AGENT_URL,
      CODER_SCRIPT_DATA_DIR: SCRIPT_DATA_DIR,
      CODER_SCRIPT_BIN_DIR: SCRIPT_BIN_DIR,
      // The template's agent `env` and coder_env resources.
      ...coderAgents(plan)[0]?.env,
      ...coderEnvs(plan),
      CODEX_E2E_WORKSPACE: this.id,
    };
    for (const [name, value] of Object.entries(extra ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    return env;
  }

  /** argv that runs `command` inside the workspace's mount namespace. */
  private inside(command: readonly string[], launcher: readonly string[] = []): string[] {
    // Files of this repository that a launcher runs (the seccomp launcher) are copied into the
    // workspace's /tmp: a CI clone may itself live under /tmp, which the namespace replaces.
    const visible = launcher.map((arg) => {
      if (!arg.startsWith(`${REPO_ROOT}/`)) return arg;
      copyFileSync(arg, join(this.tmp, basename(arg)));
      return `/tmp/${basename(arg)}`;
    });
    return [
      "unshare",
      "--mount",
      "--propagation",
      "private",
      "bash",
      ROOT_SCRIPT,
      this.home,
      this.tmp,
      ...visible,
      ...command,
    ];
  }

  private spawnRun(
    argv: readonly string[],
    env: NodeJS.ProcessEnv,
    options: RunOptions,
  ): Promise<Run> {
    const started = Date.now();
    return new Promise((done, fail) => {
      let child;
      try {
        child = spawn(argv[0] as string, argv.slice(1), {
          cwd: this.home,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (error) {
        fail(error);
        return;
      }
      let output = "";
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        output += chunk;
        stdout += chunk;
      });
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
      const tick = options.onTick === undefined ? undefined : setInterval(options.onTick, 100);
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 240_000);
      child.once("error", (error) => {
        clearTimeout(timer);
        if (tick !== undefined) clearInterval(tick);
        fail(error);
      });
      child.once("close", (status) => {
        clearTimeout(timer);
        if (tick !== undefined) clearInterval(tick);
        done({ status, output, stdout, ms: Date.now() - started });
      });
    });
  }

  /**
   * Runs one `coder_script` as the agent does: `bash -c <script>` in HOME with the agent's
   * environment. Should exec refuse the argument (E2BIG), the script runs from a file instead and
   * the result says so in `execError`.
   */
  async runScript(
    script: CoderScript,
    plan: TerraformPlan,
    options: RunOptions = {},
  ): Promise<ScriptRun> {
    const env = this.agentEnv(plan, options.env);
    let result: ScriptRun;
    try {
      const run = await this.spawnRun(
        this.inside(["bash", "-c", script.script], options.launcher),
        env,
        options,
      );
      result = { ...run, displayName: script.displayName };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "E2BIG") throw error;
      const file = join(this.tmp, `coder-script-${script.address}.sh`);
      writeFileSync(file, script.script, { mode: 0o700 });
      try {
        const run = await this.spawnRun(
          this.inside(["bash", `/tmp/coder-script-${script.address}.sh`], options.launcher),
          env,
          options,
        );
        result = {
          ...run,
          displayName: script.displayName,
          execError: `bash -c <script> failed with E2BIG: the script is ${Buffer.byteLength(script.script)} bytes, longer than one exec argument may be (${MAX_ARG_STRLEN})`,
        };
      } finally {
        rmSync(file, { force: true });
      }
    }
    this.runs.push(result);
    return result;
  }

  /**
   * Starts the workspace with the plan's `run_on_start` scripts: one after the other in plan order
   * with Codex's start script last (it waits for the others), or (`concurrent`) both running at the same time as the Coder agent runs
   * them, the start script waiting for the install's marker.
   *
   * Concurrent boots launch the start script first and the install script once the start script
   * has loaded its helpers (its first log line): both wrappers rewrite
   * `~/.codex-module/scripts/lib.sh` in place, and a start script that sources it while the
   * install wrapper is rewriting it dies (`now_ms: command not found`). That race is checked on
   * its own ("lib.sh" test in runtime.test.ts); here it would only make other checks flaky.
   * @returns the runs by display name ("Codex: install", "Codex: start").
   */
  async boot(
    plan: TerraformPlan,
    options: RunOptions & { readonly concurrent?: boolean } = {},
  ): Promise<Record<string, ScriptRun>> {
    const scripts = coderScripts(plan).filter((s) => s.runOnStart);
    const runs: ScriptRun[] = [];
    if (options.concurrent === true) {
      const start = scripts.find((s) => s.displayName === "Codex: start");
      const others = scripts.filter((s) => s !== start);
      const log = this.hostPath("~/.codex-module/logs/start.log");
      const before = existsSync(log)
        ? readFileSync(log, "utf8").split("=== Codex start").length
        : 1;
      const started = start === undefined ? [] : [this.runScript(start, plan, options)];
      if (start !== undefined) {
        const deadline = Date.now() + 30_000;
        while (
          Date.now() < deadline &&
          !(existsSync(log) && readFileSync(log, "utf8").split("=== Codex start").length > before)
        )
          await sleep(20);
      }
      runs.push(
        ...(await Promise.all([
          ...others.map((s) => this.runScript(s, plan, options)),
          ...started,
        ])),
      );
    } else {
      // Codex's start script waits for the others (install, project), so it runs last.
      const ordered = [
        ...scripts.filter((s) => s.displayName !== "Codex: start"),
        ...scripts.filter((s) => s.displayName === "Codex: start"),
      ];
      for (const s of ordered) runs.push(await this.runScript(s, plan, options));
    }
    return Object.fromEntries(runs.map((run) => [run.displayName, run]));
  }

  /** Runs a command inside the workspace (HOME, the agent's environment for `plan`). */
  exec(plan: TerraformPlan, argv: readonly string[], options: RunOptions = {}): Promise<Run> {
    return this.spawnRun(this.inside(argv, options.launcher), this.agentEnv(plan, options.env), {
      timeoutMs: 90_000,
      ...options,
    });
  }

  /** Runs the module's Codex CLI inside the workspace, in the project folder when there is one. */
  codex(plan: TerraformPlan, args: readonly string[], options: RunOptions = {}): Promise<Run> {
    return this.exec(plan, [`${WORKSPACE_HOME}/.codex-module/npm/bin/codex`, ...args], {
      ...options,
      env: { RUST_BACKTRACE: "0", NO_COLOR: "1", ...options.env },
    });
  }

  /** Links `~/.codex-module/npm` to a shared Codex install (a home volume from an earlier start). */
  seedCodex(prefix: string): void {
    mkdirSync(join(this.home, ".codex-module"), { recursive: true });
    const link = join(this.home, ".codex-module", "npm");
    if (!existsSync(link)) symlinkSync(prefix, link);
  }

  read(path: string): string {
    return readFileSync(this.hostPath(path), "utf8");
  }

  exists(path: string): boolean {
    return existsSync(this.hostPath(path));
  }

  /** A file under `~/.codex-module/state/`. */
  state(name: string): string {
    return this.read(`~/.codex-module/state/${name}`);
  }

  /** Mode bits of a file in the workspace, e.g. 0o600. */
  mode(path: string): number {
    return statSync(this.hostPath(path)).mode & 0o777;
  }

  /** PID of the AgentAPI the start script launched, from its PID file. */
  agentapiPid(): number | undefined {
    const file = join(this.runDir, "agentapi.pid");
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }

  /** Every live process started by this workspace (found by its CODEX_E2E_WORKSPACE marker). */
  processes(): number[] {
    return processesWithEnv(`CODEX_E2E_WORKSPACE=${this.id}`);
  }

  /** Command lines of every live process of this workspace. */
  commandLines(): string[] {
    const lines: string[] = [];
    for (const pid of this.processes()) {
      try {
        lines.push(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim());
      } catch {
        // gone
      }
    }
    return lines;
  }

  /**
   * Stops everything this workspace runs, by PID: AgentAPI (from its PID file; SIGTERM, then
   * SIGKILL after 5 s), then whatever else carries the workspace's marker (Codex, MCP servers).
   */
  async stop(): Promise<void> {
    const pid = this.agentapiPid();
    if (pid !== undefined && this.processes().includes(pid)) await terminate(pid);
    for (let round = 0; round < 3; round += 1) {
      const left = this.processes();
      if (left.length === 0) return;
      killAll(left);
      await sleep(100);
    }
  }

  /** A restart: processes stopped, the container's /tmp emptied; the home volume stays. */
  async restart(): Promise<void> {
    await this.stop();
    for (const entry of readdirSync(this.tmp))
      rmSync(join(this.tmp, entry), { recursive: true, force: true });
  }

  /**
   * Every regular file under the home volume and the container's /tmp whose bytes contain
   * `needle` (symlinks are not followed, so a shared Codex install linked in is not searched).
   */
  filesContaining(needle: string): string[] {
    return filesContaining(needle, [this.home, this.tmp]);
  }

  /** Every file under the workspace, for the secrets check's count. */
  fileCount(): number {
    return regularFiles([this.home, this.tmp]).length;
  }
}

// Shared with the script tests.
export { processSnapshot };

/**
 * Takes {@link processSnapshot}s (pass {@link ProcessWatch.tick} as `onTick`) and keeps only what
 * the checks need: how many were taken, the lines that contain a secret, and which processes of
 * interest were seen (so a check can prove the snapshots were taken while they ran).
 */
export class ProcessWatch {
  snapshots = 0;
  readonly leaks: string[] = [];
  readonly seen = new Set<string>();

  constructor(
    private readonly secrets: readonly string[],
    private readonly interesting: Readonly<Record<string, RegExp>>,
  ) {}

  readonly tick = (): void => {
    const snapshot = processSnapshot();
    this.snapshots += 1;
    for (const line of snapshot.split("\n")) {
      if (this.secrets.some((secret) => line.includes(secret))) this.leaks.push(line);
      for (const [name, pattern] of Object.entries(this.interesting))
        if (pattern.test(line)) this.seen.add(name);
    }
  };
}
