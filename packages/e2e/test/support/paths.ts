/** Folders and pinned versions the end-to-end tests share. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TESTED_VERSIONS } from "@codex-coder/codex";
import { scratchRoot, withLock as withCacheLock } from "@codex-coder/test-support";

// Waiting and process checks, shared with the script tests.
export { isAlive, sleep, waitFor } from "@codex-coder/test-support";

/** `packages/e2e`. */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The repository root. */
export const REPO_ROOT = resolve(PACKAGE_DIR, "..", "..");
/** The package's git-ignored scratch root; everything the tests write goes below it. */
export const TMP_ROOT = dirname(scratchRoot(PACKAGE_DIR, "runs"));
/** Kept between runs: the shared Codex install (like a home volume that survived a restart). */
export const CACHE_DIR = join(TMP_ROOT, "cache");
/** Removed after each test file: workspaces, served files, terraform working copies. */
const RUNS_DIR = join(TMP_ROOT, "runs");

/** The Codex CLI and AgentAPI versions the template pins. */
export const CODEX_VERSION: string = TESTED_VERSIONS.codex;
export const AGENTAPI_VERSION: string = TESTED_VERSIONS.agentApi;

/** Built tasks-docker template (`npm run build` in templates/tasks-docker). */
export const TASKS_DOCKER_DIST = join(REPO_ROOT, "templates", "tasks-docker", "dist");

/**
 * Runs a command with Docker's default seccomp rules for namespaces, so bwrap fails the way it does
 * in a default `docker run` workspace. The launcher belongs to the codex-runtime package's script tests;
 * it is used here as is.
 */
export const DENY_NAMESPACES = join(
  REPO_ROOT,
  "packages",
  "codex-runtime",
  "test",
  "fixtures",
  "deny-namespaces.py",
);

/** A base64 for a wrapper's PATH that can hold the wrapper at one step (see the file). */
export const PAUSED_BASE64 = join(PACKAGE_DIR, "test", "support", "paused-base64.sh");

/** The built template folder of tasks-docker; throws when it has not been built. */
export function tasksDockerTemplateDir(): string {
  const dir = join(TASKS_DOCKER_DIST, "template");
  // The Terraform file is main.tf (HCL) or main.tf.json, depending on the template kit's format.
  const built = ["main.tf", "main.tf.json"].some((name) => existsSync(join(dir, name)));
  if (!built) {
    throw new Error(
      `${dir} has no main.tf or main.tf.json: run npm run build (at the repository root, or in templates/tasks-docker) first`,
    );
  }
  return dir;
}

function ensureTmpRoot(): void {
  mkdirSync(RUNS_DIR, { recursive: true });
  mkdirSync(CACHE_DIR, { recursive: true });
  const ignore = join(TMP_ROOT, ".gitignore");
  if (!existsSync(ignore)) writeFileSync(ignore, "*\n");
}

/** A scratch folder for one test file, under `.tmp/runs/`; remove it with {@link removeRunDir}. */
export function makeRunDir(label: string): string {
  ensureTmpRoot();
  return mkdtempSync(join(RUNS_DIR, `${label}-`));
}

/** Removes a folder made by {@link makeRunDir}, unless KEEP_E2E is set (for debugging). */
export function removeRunDir(dir: string | undefined): void {
  if (dir === undefined || process.env["KEEP_E2E"] !== undefined) return;
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `fn` while holding a lock in the shared cache folder (test files run in parallel workers). */
export async function withLock<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  ensureTmpRoot();
  return withCacheLock(CACHE_DIR, name, fn, 600_000);
}

/** Median of some numbers (for the printed figures). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
