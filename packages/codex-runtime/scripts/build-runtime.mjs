// Bundles the workspace-side runtime (src/runtime/merge-config.ts) into one self-contained ESM
// file that the install script runs with the workspace's node: dist/runtime/merge-config.mjs, or
// the path given with `--outfile <path>` (tests build into their scratch directory).
import { chmodSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let outfile = join(packageDir, "dist", "runtime", "merge-config.mjs");
if (args.length === 2 && args[0] === "--outfile") {
  outfile = resolve(args[1]);
} else if (args.length > 0) {
  console.error("Error: usage: node scripts/build-runtime.mjs [--outfile <path>]");
  process.exit(2);
}

await build({
  entryPoints: [join(packageDir, "src", "runtime", "merge-config.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node18",
  banner: { js: "#!/usr/bin/env node" },
  legalComments: "inline",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile}`);
