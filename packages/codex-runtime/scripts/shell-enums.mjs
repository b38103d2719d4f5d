// Keeps the allowed values in scripts/lib.sh equal to src/enums.ts (their one source).
//   node scripts/shell-enums.mjs --write   rewrites the generated block of lib.sh (`npm run generate`)
//   node scripts/shell-enums.mjs --check   fails when the block differs (part of `npm run build`)
// Runs after `tsc`: it reads the compiled dist/enums.js.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const libSh = join(packageDir, "scripts", "lib.sh");
const mode = process.argv[2];
if (process.argv.length !== 3 || (mode !== "--write" && mode !== "--check")) {
  console.error("Error: usage: node scripts/shell-enums.mjs --write|--check");
  process.exit(2);
}
const { withShellEnums } = await import(join(packageDir, "dist", "enums.js"));
const current = readFileSync(libSh, "utf8");
const wanted = withShellEnums(current);
if (current === wanted) process.exit(0);
if (mode === "--write") {
  writeFileSync(libSh, wanted);
  console.log(`updated ${libSh}`);
} else {
  console.error(
    `Error: the allowed values in ${libSh} differ from src/enums.ts; run \`npm run generate -w @codex-coder/codex-runtime\``,
  );
  process.exit(1);
}
