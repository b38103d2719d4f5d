// "On a fresh clone, the README's build command followed by its bench command (as written) works."
// The commands are read from README.md (its first block's build line and the Performance section's
// bench line), so this test fails when the README changes and its commands stop working.
//
// Real: a `git clone` of this repository's committed HEAD into a scratch folder outside it (and
// outside the system temp dir, where Codex refuses to put its PATH helpers), npm, turbo, the
// toolchain setup that the bench command runs itself, Terraform, the real Codex CLI and AgentAPI
// the bench starts, cdktf-cli from the npm registry. Mocked, inside the bench: only the OpenAI API.
// Reused for speed, and nothing else:
// - the machine's npm cache (npm ci still checks every tarball against the lock file);
// - the tool binaries that this repository's `npm run setup:tools` built (`.cache/toolchain/bin`,
//   hard-linked; from source they take about 40 minutes on two cores). Not their index: the
//   clone's own setup step must write `.cache/toolchain/toolchain.json`, or the bench cannot start;
// - the code-server test release the bench's code-server figure installs from a mirror (built from
//   npm in about 16 minutes here; ensured here first, in this repository's cache, where the e2e
//   test finds it too, then hard-linked).
// BENCH_RUNS=1 (documented in the README's Performance section) keeps it affordable; the command
// itself runs as written.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TESTED_VERSIONS } from "@codex-coder/codex";
import { ensureCodeServerRelease } from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const README = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

/** The shell blocks of a Markdown text. */
function shBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
}

/** A block's command lines, without their trailing `# comment`. */
function commands(block: string): string[] {
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The README's section `heading`, up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = README.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README.md has no section ${heading}`);
  const rest = README.slice(start + heading.length + 2);
  const end = rest.search(/^#{1,2} /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The build command of the README's first lines: the first block's line that runs the build. */
function buildCommand(): string {
  const first = commands(shBlocks(README)[0] ?? "");
  const build = first.filter((c) => /\bnpm run build\b/.test(c));
  if (build.length !== 1)
    throw new Error(`README's first block has no single build line: ${first.join(" | ")}`);
  return build[0] ?? "";
}

/** The Performance section's commands: what to run first, then the bench. */
function performanceCommands(): { first: string[]; bench: string } {
  const lines = shBlocks(section("## Performance")).flatMap(commands);
  const bench = lines.filter((c) => /\bnpm run bench\b/.test(c));
  if (bench.length !== 1)
    throw new Error(`README's Performance section has no single bench line: ${lines.join(" | ")}`);
  return { first: lines.slice(0, lines.indexOf(bench[0] ?? "")), bench: bench[0] ?? "" };
}

/** A newcomer's environment: no variables of the npm, turbo and vitest runs this test is inside. */
function newcomerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(npm_|turbo_|vitest|init_cwd$|node_env$|test$)/i.test(k),
    ),
  );
  // The kubernetes providers and AgentAPI come from the upstream source tarballs next to the
  // repository (`sources.dir`, relative to the repository root); the clone is elsewhere, so it is
  // told where they are (CODEX_CODER_SOURCES, the documented override).
  const versions = JSON.parse(
    readFileSync(path.join(REPO_ROOT, "packages/test-support/toolchain.versions.json"), "utf8"),
  ) as { sources?: { dir?: string } };
  const sources = process.env["CODEX_CODER_SOURCES"] ?? versions.sources?.dir;
  if (sources !== undefined && existsSync(path.resolve(REPO_ROOT, sources))) {
    env["CODEX_CODER_SOURCES"] = path.resolve(REPO_ROOT, sources);
  }
  return { ...env, BENCH_RUNS: "1" };
}

function git(args: string[], cwd: string): string {
  const res = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`git ${args.join(" ")} (in ${cwd}) failed: ${res.stderr}`);
  return res.stdout.trim();
}

interface Run {
  readonly status: number | null;
  readonly output: string;
  readonly seconds: number;
}

/** Runs one README command line as written, with bash, in the clone. */
function runAsWritten(command: string, cwd: string, env: NodeJS.ProcessEnv): Run {
  const started = Date.now();
  const res = spawnSync("bash", ["-c", command], {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 40 * 60_000,
  });
  const output = `${res.stdout ?? ""}${res.stderr ?? ""}${res.error ? `\n${res.error.message}` : ""}`;
  return { status: res.status, output, seconds: (Date.now() - started) / 1000 };
}

/** The end of a long output, for a failure message. */
function tail(text: string, lines = 60): string {
  return text.split("\n").slice(-lines).join("\n");
}

let scratch: string;
let clone: string;
let build: Run;
let bench: Run | undefined;
/** What was in the clone before the commands ran, besides its committed files. */
let before: { readonly untracked: string; readonly toolchain: string[] };
const build$ = buildCommand();
const perf = performanceCommands();

/** Hard-links a cache folder into the clone (copies it when that is another file system). */
function reuse(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  const linked = spawnSync("cp", ["-al", from, to]);
  if (linked.status !== 0) cpSync(from, to, { recursive: true });
}

beforeAll(async () => {
  // Outside the repository, and not under /tmp (see the header).
  const parent = path.join(homedir(), ".cache", "codex-coder-tests");
  mkdirSync(parent, { recursive: true });
  scratch = mkdtempSync(path.join(parent, "fresh-clone-"));
  clone = path.join(scratch, "codex-coder");
  if (!existsSync(path.join(REPO_ROOT, ".git"))) {
    throw new Error(`${REPO_ROOT} is not a git checkout; this test clones the committed HEAD`);
  }
  git(["clone", "--quiet", "--no-checkout", REPO_ROOT, clone], scratch);
  // HEAD as committed here, also when it is detached (a CI checkout).
  git(["fetch", "--quiet", REPO_ROOT, "HEAD"], clone);
  git(["checkout", "--quiet", "--detach", "FETCH_HEAD"], clone);

  const bin = path.join(REPO_ROOT, ".cache", "toolchain", "bin");
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run setup:tools first`);
  reuse(bin, path.join(clone, ".cache", "toolchain", "bin"));
  const release = await ensureCodeServerRelease(TESTED_VERSIONS.codeServer, REPO_ROOT);
  reuse(release.dir, path.join(clone, path.relative(REPO_ROOT, release.dir)));

  before = {
    untracked: git(["status", "--porcelain", "--ignored", "--untracked-files=normal"], clone),
    toolchain: readdirSync(path.join(clone, ".cache", "toolchain")),
  };

  const env = newcomerEnv();
  build = runAsWritten(build$, clone, env);
  if (build.status === 0) bench = runAsWritten(perf.bench, clone, env);
  console.log(
    `fresh clone: ${JSON.stringify(build$)} ${build.seconds.toFixed(0)} s (exit ${build.status}), ` +
      `${JSON.stringify(perf.bench)} ${bench?.seconds.toFixed(0) ?? "-"} s (exit ${bench?.status ?? "-"})`,
  );
}, 80 * 60_000);

afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe("a fresh clone, the README's build command, then its bench command", () => {
  it("reads the commands from README.md: the Performance section runs the first-lines build command first", () => {
    expect(build$).toMatch(/^npm ci && npm run build$/);
    expect(perf.first).toEqual([build$]);
    expect(perf.bench).toBe("npm run bench");
    expect(section("## Performance")).toContain("BENCH_RUNS=");
  });

  it("clones the committed HEAD, with nothing built, installed or set up", () => {
    expect(git(["rev-parse", "HEAD"], clone)).toBe(git(["rev-parse", "HEAD"], REPO_ROOT));
    // Before the commands: no node_modules, no dist, no toolchain index; only the reused binaries.
    expect(before.untracked).toBe("!! .cache/");
    expect(before.toolchain.sort()).toEqual(["bin", "code-server"]);
  });

  it("builds with the README's build command", () => {
    expect(build.status, tail(build.output)).toBe(0);
    for (const [dir, name] of [
      ["templates/tasks-docker", "tasks-docker"],
      ["templates/kubernetes", "kubernetes"],
      ["examples/minimal", "minimal-codex"],
    ] as const) {
      expect(existsSync(path.join(clone, dir, "dist", `${name}.tar`)), name).toBe(true);
      expect(existsSync(path.join(clone, dir, "dist", "template", "main.tf")), name).toBe(true);
    }
  });

  it("builds no main.tf that pins a provider exactly (`= x.y.z` or a bare `x.y.z`)", () => {
    const built = ["templates", "examples"].flatMap((group) =>
      readdirSync(path.join(clone, group))
        .map((name) => path.join(clone, group, name, "dist", "template", "main.tf"))
        .filter((file) => existsSync(file)),
    );
    expect(built.length).toBeGreaterThanOrEqual(3);
    for (const file of built) {
      const constraints = [
        ...readFileSync(file, "utf8").matchAll(/^\s*version\s*=\s*"([^"]*)"/gm),
      ].map((m) => m[1] ?? "");
      expect(constraints.length, file).toBeGreaterThan(0);
      for (const constraint of constraints) {
        expect(constraint, file).not.toMatch(/^\s*=|^\s*v?\d+(\.\d+)*\s*$/);
      }
    }
  });

  it("runs the bench with the README's bench command, which sets up the toolchain itself", () => {
    expect(bench?.status, tail(bench?.output ?? "")).toBe(0);
    expect(bench?.output).toMatch(/\[setup-tools\] done in/);
    const toolchain = JSON.parse(
      readFileSync(path.join(clone, ".cache", "toolchain", "toolchain.json"), "utf8"),
    ) as { repoRoot: string };
    expect(toolchain.repoRoot).toBe(clone);
  });

  it("prints every figure of the README's Performance table, measured once (BENCH_RUNS=1)", () => {
    const results = readFileSync(path.join(clone, ".cache", "bench", "results.md"), "utf8");
    expect(bench?.output).toContain(results.trim());
    expect(results).toMatch(/; 1 runs unless noted\./);
    const time = String.raw`\d+(?:\.\d+)? (?:ms|s)`;
    const timed = (figure: string): RegExp =>
      new RegExp(String.raw`^\| ${figure}[^|]* \| ${time} \| ${time} \| ${time} \| 1 \|$`, "m");
    const ratio = (figure: string): RegExp =>
      new RegExp(String.raw`^\| ${figure}[^|]* \| \*\*\d+(?:\.\d+)?×\*\* \|`, "m");
    for (const t of ["tasks-docker", "kubernetes"]) {
      expect(results).toMatch(timed(`${t}: in-process synth \\+ checks \\+ write`));
      expect(results).toMatch(timed(`${t}: \`node lib/main\\.js\``));
      expect(results).toMatch(timed(`${t}: \`cdktf synth\` through cdktf-cli 0\\.21\\.0`));
      expect(results).toMatch(ratio(`${t}: cdktf synth / node lib/main\\.js`));
    }
    expect(results).toMatch(timed("cold: `turbo run build --force`"));
    expect(results).toMatch(timed("cached rebuild: `turbo run build`"));
    expect(results).toMatch(ratio("cold / cached"));
    expect(results).toMatch(
      timed("restart: install\\.sh with Codex already at the pinned version"),
    );
    expect(results).toMatch(timed("what the seed module did on every start"));
    expect(results).toMatch(ratio("reinstall / restart"));
    expect(results).toMatch(timed("start\\.sh to AgentAPI `stable`"));
    expect(results).toMatch(timed("first start: download \\S+ from a mirror on 127\\.0\\.0\\.1"));
    expect(results).toMatch(timed("restart: installed release found, download skipped"));
    expect(results).toMatch(ratio("code-server first start / restart"));
    expect(results).toMatch(/^\| code-server downloads: first starts \/ restarts \| 1 \/ 0 \|/m);
    expect(results).toMatch(timed("tasks-docker: `terraform init` from the local mirror"));
    for (const tar of ["tasks-docker", "kubernetes", "minimal-codex"]) {
      expect(results).toMatch(new RegExp(String.raw`^\| ${tar}\.tar \| \d+\.\d KiB`, "m"));
    }
    // Nothing skipped or missing.
    expect(results).not.toMatch(
      /skipped by BENCH_SKIP|could not be installed|missing \(run npm run build\)/,
    );
  });
});
