/** What a test workspace wrote: its files, and the ones holding a secret (for the leak checks). */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every regular file below `roots`. Symlinks are not followed; folders in `skip` (full paths, e.g.
 * a Codex install) are not entered.
 */
export function regularFiles(
  roots: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (skip.has(path)) continue;
      const info = lstatSync(path);
      if (info.isDirectory()) walk(path);
      else if (info.isFile()) files.push(path);
    }
  };
  for (const root of roots) walk(root);
  return files;
}

/** The {@link regularFiles} below `roots` whose bytes contain `needle` (UTF-8). */
export function filesContaining(
  needle: string,
  roots: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const bytes = Buffer.from(needle, "utf8");
  return regularFiles(roots, skip).filter((path) => readFileSync(path).includes(bytes));
}
