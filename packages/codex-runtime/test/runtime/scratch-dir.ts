/**
 * Scratch directories for tests under the package's `.tmp/` (not /tmp, where Codex warns that it
 * cannot create PATH aliases). `.tmp/` ignores itself through its own `.gitignore`.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { scratchRoot } from "@codex-coder/test-support";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (`packages/codex`). */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const SCRATCH_ROOT = scratchRoot(PACKAGE_DIR, "config-tests");

/** A fresh directory under `.tmp/config-tests/`; remove it with {@link removeScratchDir}. */
export function makeScratchDir(label: string): string {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
  return mkdtempSync(join(SCRATCH_ROOT, `${label.replace(/[^A-Za-z0-9-]+/g, "-")}-`));
}

/** Removes a directory made by {@link makeScratchDir}. */
export function removeScratchDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
