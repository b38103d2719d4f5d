#!/usr/bin/env node
// Regenerates a provider package's typed cdktf bindings (src/gen/) from its committed schema.
// Run it in the provider package's folder (its npm scripts do):
//
//   generate-provider          rewrite src/gen/
//   generate-provider --check  fail if src/gen/ differs from what the schema gives
//
// The schema (schema/*.schema.json) is the output of `terraform providers schema -json` against the
// real provider binary; schema/source.json says which version and how it was obtained. Nothing here
// needs the network: the generator reads only the committed schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// @cdktf/commons asks HashiCorp's checkpoint service and runs `terraform version` when loaded.
process.env.CHECKPOINT_DISABLE = "1";
process.env.TF_CLI_CONFIG_FILE ??= os.devNull;
if (!fs.existsSync(process.env.TF_CLI_CONFIG_FILE)) process.env.TF_CLI_CONFIG_FILE = os.devNull;

const packageDir = process.cwd();
const schemaDir = path.join(packageDir, "schema");
const genDir = path.join(packageDir, "src", "gen");
const check = process.argv.includes("--check");

/** The one module generated code may import the CDK from (see packages/cdk). */
const CDK_MODULE = "@codex-coder/cdk";

const source = JSON.parse(fs.readFileSync(path.join(schemaDir, "source.json"), "utf8"));
const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, source.schemaFile), "utf8"));
// The bindings declare the compatible range (`source.constraint`), not the tested version: cdktf
// writes `providerVersion` into `required_providers` when the schema names one, so none is named.
if (typeof source.constraint !== "string" || source.constraint.startsWith("=")) {
  console.error(
    `schema/source.json: "constraint" must be a version range such as "~> 2.18", got ${JSON.stringify(source.constraint)}`,
  );
  process.exit(1);
}
const [, namespace, type] = source.provider.split("/");

// Deep imports: the package root also loads the jsii-based language targets we do not use.
const { TerraformProviderGenerator } =
  await import("@cdktf/provider-generator/lib/get/generator/provider-generator.js");
const { CodeMaker } = await import("codemaker");
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } =
  await import("@cdktf/commons");
const { annotateReturnTypes } = await import("../generator/return-types.mjs");

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "provider-gen-"));
try {
  const code = new CodeMaker();
  const constraint = new TerraformProviderConstraint(`${namespace}/${type}@${source.constraint}`);
  new TerraformProviderGenerator(code, schema).generate(
    new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]),
  );
  await code.save(outDir);

  const providerDir = path.join(outDir, "providers", type);
  const files = listFiles(providerDir).filter((f) => f.endsWith(".ts"));
  let rendered = new Map();
  for (const rel of files) {
    if (rel === "lazy-index.ts") continue; // jsii lazy-loading helper; we export eagerly
    const text = fs.readFileSync(path.join(providerDir, rel), "utf8");
    // Without a named version the generator links the registry's `latest` docs: link the tested ones.
    const docs = text.replaceAll(
      `/providers/${namespace}/${type}/latest/docs`,
      `/providers/${namespace}/${type}/${source.version}/docs`,
    );
    rendered.set(rel, toNodeNextEsm(docs, rel, providerDir));
  }
  // Explicit return types where the generator leaves them to inference (isolatedDeclarations).
  rendered = annotateReturnTypes(rendered);
  rendered.set(
    "README.md",
    [
      `# Generated bindings for ${source.provider} ${source.version}`,
      "",
      `Do not edit: \`npm run generate\` in the provider package rewrites this folder from`,
      `\`schema/${source.schemaFile}\`.`,
      "",
    ].join("\n"),
  );

  if (check) {
    const problems = compareTree(rendered, genDir);
    if (problems.length > 0) {
      console.error(`src/gen is out of date with schema/${source.schemaFile}:`);
      for (const p of problems) console.error(`  ${p}`);
      console.error("Run: npm run generate (in the provider package)");
      process.exit(1);
    }
    console.log(`src/gen matches schema/${source.schemaFile} (${rendered.size} files)`);
  } else {
    fs.rmSync(genDir, { recursive: true, force: true });
    for (const [rel, text] of rendered) {
      const target = path.join(genDir, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    console.log(
      `generated ${rendered.size} files for ${source.provider} ${source.version} into src/gen`,
    );
  }
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}

/** Lists files below dir, relative, sorted. */
function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

/**
 * Rewrites the generator's CommonJS-style imports for an ESM package compiled with NodeNext:
 * the CDK comes from our single import point, and relative imports get explicit `.js` paths.
 */
function toNodeNextEsm(text, rel, root) {
  return (
    text
      .replace(/from 'cdktf';/g, `from '${CDK_MODULE}';`)
      .replace(/from 'constructs';/g, `from '${CDK_MODULE}';`)
      // Large providers get split struct files (`index-structs/structs0.ts`), imported without `;`.
      .replace(/from '(\.{1,2}\/[^']*)'(;?)/g, (_match, spec, semicolon) => {
        const base = path.join(root, path.dirname(rel), spec);
        if (fs.existsSync(path.join(base, "index.ts")))
          return `from '${spec}/index.js'${semicolon}`;
        return `from '${spec}.js'${semicolon}`;
      })
  );
}

/** Differences between the rendered files and what is on disk. */
function compareTree(rendered, dir) {
  const problems = [];
  const onDisk = fs.existsSync(dir) ? listFiles(dir) : [];
  for (const rel of onDisk) if (!rendered.has(rel)) problems.push(`extra file ${rel}`);
  for (const [rel, text] of rendered) {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) problems.push(`missing ${rel}`);
    else if (fs.readFileSync(file, "utf8") !== text) problems.push(`differs ${rel}`);
  }
  return problems;
}
