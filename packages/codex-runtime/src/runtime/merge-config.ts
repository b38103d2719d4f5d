/**
 * Entry point of `merge-config.mjs`, the workspace-side merge of the managed `config.toml`
 * settings (bundled by `scripts/build-runtime.mjs`).
 *
 * Usage: `node merge-config.mjs --config <config.toml> --state <config-applied.json>` with the
 * base64 JSON managed config in the environment variable `ARG_MANAGED_CONFIG`. Prints one line
 * per decision (`applied …`, `kept …`, `removed …`) on stdout, `Warning: …` lines on stderr;
 * values of keys named like secrets are printed as `(redacted)`. Exit status 0 on success, 1 with
 * `Error: …` on stderr when nothing could be merged (the files are then untouched), 2 on bad usage.
 *
 * `node merge-config.mjs --session-settings <config.toml>` only reads: it prints the model
 * provider in effect and the `-c key=value` overrides the start script passes to
 * `codex resume --last` (see session-settings.ts).
 */
import { mergeConfigMain } from "./merge-config-main.js";

process.exitCode = mergeConfigMain(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
