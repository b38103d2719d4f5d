#!/usr/bin/env node
// Refreshes a provider package's committed schema from the REAL provider binary:
//
//   refresh-provider-schema            (run in packages/provider-<name>/, e.g. `npm run refresh-schema`)
//
// It reads the package's schema/source.json (provider address and version), finds that provider in
// the local filesystem mirror that `npm run setup:tools` builds from the Go module proxy, runs
// `terraform init` against the mirror only and `terraform providers schema -json`, and rewrites
// schema/<type>-<version>.schema.json. Run `npm run generate` afterwards to regenerate the bindings.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const packageDir = process.cwd();
const sourceFile = path.join(packageDir, "schema", "source.json");
if (!fs.existsSync(sourceFile)) {
  fail(`${sourceFile} does not exist: run this in a provider package (packages/provider-<name>)`);
}
const source = JSON.parse(fs.readFileSync(sourceFile, "utf8"));
const [hostname, namespace, type] = String(source.provider).split("/");

const { loadToolchain } = await import("../dist/toolchain.js").catch(() =>
  fail("build @codex-coder/test-support first: npm run build -w @codex-coder/test-support"),
);
const toolchain = loadToolchain();
if (toolchain.mode !== "mirror" || !toolchain.mirrorDir) {
  fail(
    "the toolchain is in registry mode; refreshing from the real binary needs the local mirror (Go)",
  );
}
const built = Object.values(toolchain.providers).find(
  (p) => p.source === `${namespace}/${type}` && p.version === source.version,
);
if (!built) {
  fail(
    `the mirror has no ${namespace}/${type} ${source.version}; set that version in ` +
      "packages/test-support/toolchain.versions.json and run npm run setup:tools",
  );
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "provider-schema-"));
try {
  fs.writeFileSync(
    path.join(work, "main.tf.json"),
    JSON.stringify({
      terraform: {
        required_providers: {
          [type]: { source: `${hostname}/${namespace}/${type}`, version: source.version },
        },
      },
    }),
  );
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: toolchain.cliConfigFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
  };
  run(["init", "-input=false", "-no-color"]);
  const schema = run(["providers", "schema", "-json"]);
  const parsed = JSON.parse(schema);
  const out = {
    format_version: parsed.format_version,
    provider_schemas: parsed.provider_schemas,
  };
  const file = path.join(packageDir, "schema", source.schemaFile);
  fs.writeFileSync(file, `${JSON.stringify(sortKeys(out), null, 2)}`);
  console.log(`wrote ${path.relative(packageDir, file)} from ${built.path}`);
  console.log("next: npm run generate");

  function run(args) {
    const res = spawnSync(toolchain.terraform.path, args, { cwd: work, env, encoding: "utf8" });
    if (res.status !== 0) fail(`terraform ${args.join(" ")} failed:\n${res.stderr}${res.stdout}`);
    return res.stdout;
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  }
  return value;
}

function fail(message) {
  console.error(`refresh-provider-schema: ${message}`);
  process.exit(1);
}
