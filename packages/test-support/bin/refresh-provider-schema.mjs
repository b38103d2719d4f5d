#!/usr/bin/env node
// Refreshes a package's committed provider schema from the REAL provider binary:
//
//   refresh-provider-schema [--only <type>,<type>,...]
//
// Run it in a package with a schema/source.json, e.g. `npm run refresh-schema` in
// packages/provider-<name>/ or in a template that vendors the schema of a provider it uses.
// It reads schema/source.json (provider address and version), finds that provider in the local
// filesystem mirror that `npm run setup:tools` builds from the Go module proxy, runs
// `terraform init` against the mirror only and `terraform providers schema -json`, and rewrites
// schema/<schemaFile>.
//
// Trimming: `--only` (or a `resourceTypes` list in source.json; the flag wins) keeps the provider
// block and only the listed types. A name is a resource type (`kubernetes_deployment`); prefix it
// with `data.` for a data source (`data.kubernetes_secret`). Every name must exist in the schema.
// Without either, the whole schema is written.
//
// Output: `format_version` and `provider_schemas`, every key sorted, two-space indentation; a final
// newline when the file is new or already had one (so refreshing never churns the file). Where the
// repository's Prettier does not ignore the file (it ignores packages/provider-*/schema), the text
// is formatted with Prettier, so that `prettier --check` passes on what this writes.
// In a provider package, run `npm run generate` afterwards to regenerate the bindings.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** terraform's stdout is kept in memory; a whole schema is MiBs (kubernetes 1.13.4: 1.4 MB). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
const USAGE = "usage: refresh-provider-schema [--only <type>[,<type>...]]";

const only = parseArgs(process.argv.slice(2));
const packageDir = process.cwd();
const sourceFile = path.join(packageDir, "schema", "source.json");
if (!fs.existsSync(sourceFile)) {
  fail(
    `${sourceFile} does not exist: run this in a package with a schema/source.json ` +
      "(packages/provider-<name>, or a template that vendors a provider schema)",
  );
}
const source = JSON.parse(fs.readFileSync(sourceFile, "utf8"));
const [hostname, namespace, type] = String(source.provider).split("/");
if (!hostname || !namespace || !type) {
  fail(
    `provider in ${sourceFile}: expected <hostname>/<namespace>/<type> ` +
      `(e.g. registry.terraform.io/hashicorp/kubernetes), got ${JSON.stringify(source.provider)}`,
  );
}
if (typeof source.schemaFile !== "string" || source.schemaFile === "") {
  fail(
    `schemaFile in ${sourceFile}: expected a file name, got ${JSON.stringify(source.schemaFile)}`,
  );
}
const keep = only ?? resourceTypesOf(source);

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
  const providerSchemas = keep
    ? trim(parsed.provider_schemas, `${hostname}/${namespace}/${type}`, keep)
    : parsed.provider_schemas;
  const out = { format_version: parsed.format_version, provider_schemas: providerSchemas };
  const file = path.join(packageDir, "schema", source.schemaFile);
  const finalNewline = !fs.existsSync(file) || fs.readFileSync(file, "utf8").endsWith("\n");
  const text = `${JSON.stringify(sortKeys(out), null, 2)}${finalNewline ? "\n" : ""}`;
  fs.writeFileSync(file, await formatted(text, file, toolchain.repoRoot));
  const what = keep ? `the provider block and ${keep.join(", ")}` : "the whole schema";
  console.log(`wrote ${path.relative(packageDir, file)} (${what}) from ${built.path}`);
  if (!keep) console.log("next, in a provider package: npm run generate");

  function run(args) {
    const res = spawnSync(toolchain.terraform.path, args, {
      cwd: work,
      env,
      encoding: "utf8",
      maxBuffer: MAX_OUTPUT_BYTES,
    });
    if (res.error) fail(`terraform ${args.join(" ")} could not run: ${res.error.message}`);
    if (res.status !== 0) fail(`terraform ${args.join(" ")} failed:\n${res.stderr}${res.stdout}`);
    return res.stdout;
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

/**
 * `text` as the repository's Prettier formats `file`, or unchanged when Prettier ignores the file
 * (or is not installed: then a warning says so).
 */
async function formatted(text, file, repoRoot) {
  let prettier;
  try {
    const entry = createRequire(path.join(repoRoot, "package.json")).resolve("prettier");
    const loaded = await import(pathToFileURL(entry).href);
    prettier = typeof loaded.format === "function" ? loaded : loaded.default;
  } catch {
    console.warn(
      "refresh-provider-schema: Warning: prettier is not installed; writing unformatted",
    );
    return text;
  }
  const ignorePath = [".prettierignore", ".gitignore"].map((name) => path.join(repoRoot, name));
  const info = await prettier.getFileInfo(file, { ignorePath });
  if (info.ignored) return text;
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** The `--only` list, or undefined without the flag. */
function parseArgs(args) {
  let list;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    let value;
    if (arg === "--only") value = args[++i];
    else if (arg.startsWith("--only=")) value = arg.slice("--only=".length);
    else fail(`unknown argument ${JSON.stringify(arg)}; ${USAGE}`);
    list = typeList(value, "--only");
  }
  return list;
}

/** `resourceTypes` of source.json, or undefined when it has none. */
function resourceTypesOf(source) {
  const value = source.resourceTypes;
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) {
    fail(
      `resourceTypes in ${sourceFile}: expected a list of type names, got ${JSON.stringify(value)}`,
    );
  }
  return typeList(value.join(","), "resourceTypes");
}

/** Splits and checks a comma-separated list of (optionally `data.`-prefixed) type names. */
function typeList(value, option) {
  const names = String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (names.length === 0) {
    fail(
      `${option}: expected one or more type names separated by commas ` +
        `(e.g. kubernetes_deployment,data.kubernetes_secret), got ${JSON.stringify(value ?? "")}`,
    );
  }
  const bad = names.filter((n) => !/^(data\.)?[a-z][a-z0-9_]*$/.test(n));
  if (bad.length > 0) {
    fail(
      `${option}: ${bad.map((n) => JSON.stringify(n)).join(", ")} is not a type name ` +
        "(lower-case letters, digits and _, with data. before a data source)",
    );
  }
  return [...new Set(names)].sort();
}

/** The provider's schema with its provider block and only the types in `keep`. */
function trim(providerSchemas, address, keep) {
  const full = providerSchemas?.[address];
  if (!full) {
    fail(
      `terraform's schema has no ${address}; it has ${Object.keys(providerSchemas ?? {}).join(", ")}`,
    );
  }
  const resources = {};
  const dataSources = {};
  const missing = [];
  for (const name of keep) {
    const isData = name.startsWith("data.");
    const typeName = isData ? name.slice("data.".length) : name;
    const from = isData ? full.data_source_schemas : full.resource_schemas;
    if (!from || !Object.hasOwn(from, typeName)) missing.push(name);
    else (isData ? dataSources : resources)[typeName] = from[typeName];
  }
  if (missing.length > 0) {
    fail(
      `${address} ${source.version} has no ${missing.join(", ")} ` +
        "(resource types are given by name, data sources as data.<name>)",
    );
  }
  return {
    [address]: {
      provider: full.provider,
      resource_schemas: resources,
      data_source_schemas: dataSources,
    },
  };
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
