import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError, type StarterOptions } from "./options.js";
import { renderStarter } from "./render.js";

/** This package's version: the toolkit's packages are released together at one version. */
export function starterVersion(): string {
  const file = fileURLToPath(new URL("../package.json", import.meta.url));
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/**
 * Writes the new repository.
 *
 * @returns the paths written, relative to `options.directory`
 * @throws UsageError when the directory is a file, or is not empty and `force` is not set
 */
export function writeStarter(
  options: StarterOptions,
  toolkitVersion: string = starterVersion(),
): string[] {
  const dir = options.directory;
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) {
      throw new UsageError(`<directory>: ${dir} exists and is not a directory`);
    }
    const entries = readdirSync(dir);
    if (entries.length > 0 && !options.force) {
      throw new UsageError(
        `<directory>: ${dir} is not empty (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}); ` +
          "choose a new folder, or pass --force to write the starter's files into it",
      );
    }
  }
  const files = renderStarter(options, toolkitVersion);
  for (const [rel, text] of files) {
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return [...files.keys()];
}
