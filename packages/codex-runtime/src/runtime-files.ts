import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The package root (this file is compiled to dist/, and tests run it from src/: both one level down). */
const packageRoot = new URL("../", import.meta.url);

/** Runtime files shipped in every template's `codex/` folder, and where they live in this package. */
const RUNTIME_FILES: Readonly<Record<string, string>> = {
  "install.sh": "scripts/install.sh",
  "start.sh": "scripts/start.sh",
  "stop.sh": "scripts/stop.sh",
  "attach.sh": "scripts/attach.sh",
  "lib.sh": "scripts/lib.sh",
  "project.sh": "scripts/project.sh",
  "code-server.sh": "scripts/code-server.sh",
  "merge-config.mjs": "dist/runtime/merge-config.mjs",
};

/** Names of the runtime files, in the order the wrappers write them. */
export const RUNTIME_FILE_NAMES: readonly string[] = Object.keys(RUNTIME_FILES);

const cache = new Map<string, string>();

/** Reads one runtime file (a script, or the bundled config merge program). */
export function readRuntimeFile(name: string): string {
  const rel = RUNTIME_FILES[name];
  if (rel === undefined) throw new Error(`internal: unknown runtime file ${JSON.stringify(name)}`);
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = fileURLToPath(new URL(rel, packageRoot));
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const hint = rel.startsWith("dist/")
      ? " (run `npm run build -w @codex-coder/codex-runtime`)"
      : "";
    throw new Error(`cannot read ${file}${hint}: ${(error as Error).message}`);
  }
  cache.set(name, text);
  return text;
}
