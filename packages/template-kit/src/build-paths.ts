import { existsSync, realpathSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** An absolute path of the build machine, with what it is. */
export interface BuildPath {
  /** Absolute path without a trailing slash. */
  readonly path: string;
  /** What the path is, for messages: `working directory`, `home directory`, ... */
  readonly label: string;
}

/**
 * Ordinary paths inside a workspace that are also common build-machine paths; a build path equal
 * to one of them is not looked for, since finding it proves nothing.
 */
export const WORKSPACE_PATHS: readonly string[] = ["/tmp", "/home/coder", "/root"];

/**
 * The absolute paths of this machine that must never reach a template: the repository root (the
 * nearest ancestor of the working directory holding `.git`), the working directory, the home
 * directory and the temporary directory, each also resolved through symlinks.
 */
export function defaultBuildPaths(): BuildPath[] {
  const cwd = process.cwd();
  const candidates: BuildPath[] = [];
  const root = repositoryRoot(cwd);
  if (root !== undefined) candidates.push({ path: root, label: "repository root" });
  candidates.push({ path: cwd, label: "working directory" });
  candidates.push({ path: homedir(), label: "home directory" });
  candidates.push({ path: tmpdir(), label: "temporary directory" });
  return candidates;
}

/**
 * Normalizes build paths for matching: resolved, also through symlinks, without trailing slashes,
 * without `/` and `ignored` paths, deduplicated, longest first (so the most specific one is named).
 */
export function normalizeBuildPaths(
  paths: readonly BuildPath[],
  ignored: readonly string[],
): BuildPath[] {
  const skip = new Set(ignored.map(trimSlashes));
  const byPath = new Map<string, BuildPath>();
  for (const { path, label } of paths) {
    for (const variant of [resolve(path), realpath(path)]) {
      const normalized = trimSlashes(variant);
      if (normalized === "" || skip.has(normalized) || byPath.has(normalized)) continue;
      byPath.set(normalized, { path: normalized, label });
    }
  }
  return [...byPath.values()].sort((a, b) => b.path.length - a.path.length);
}

/**
 * The first (most specific) build path that occurs in `text` as a whole path or path prefix: not
 * directly preceded or followed by a character that could continue a file name.
 */
export function findBuildPath(text: string, paths: readonly BuildPath[]): BuildPath | undefined {
  for (const candidate of paths) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(candidate.path, from);
      if (at === -1) break;
      const before = at === 0 ? "" : (text[at - 1] ?? "");
      const after = text[at + candidate.path.length] ?? "";
      if (!NAME_CHAR.test(before) && (after === "/" || !NAME_CHAR.test(after))) return candidate;
      from = at + 1;
    }
  }
  return undefined;
}

const NAME_CHAR = /^[A-Za-z0-9._~-]$/;

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, "");
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function repositoryRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
