#!/usr/bin/env node
// build-package: compiles the package in the current folder as its tsconfig.json describes
// (rootDir → outDir; target; source maps; declarations and their maps), one file at a time with
// oxc-transform, without a type checker. `npm run lint` (tsc --noEmit per package) is what checks
// types; see this package's README for why the build does not.
//
//   build-package [-p <tsconfig>]     default: tsconfig.json
//
// Every .ts file under rootDir is compiled (.d.ts files are not). outDir is emptied first, so a
// deleted or renamed source leaves no stale module behind.
import fs from "node:fs";
import path from "node:path";
import { parseTsconfig } from "get-tsconfig";
import { transformSync } from "oxc-transform";

const args = process.argv.slice(2);
let project = "tsconfig.json";
if (args.length === 2 && args[0] === "-p") project = args[1];
else if (args.length > 0) usage(`unexpected arguments: ${args.join(" ")}`);

const configPath = path.resolve(project);
const configDir = path.dirname(configPath);
const config = parseTsconfig(configPath);
const options = config.compilerOptions ?? {};
const rootDir = path.resolve(configDir, required("rootDir"));
const outDir = path.resolve(configDir, required("outDir"));
checkSupported();

const declarations = options.declaration === true;
const files = sourceFiles(rootDir);
fs.rmSync(outDir, { recursive: true, force: true });

const problems = [];
for (const file of files) compile(file);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(
    `build-package: ${problems.length} error(s) in ${path.relative(process.cwd(), rootDir)}`,
  );
  process.exit(1);
}
console.log(
  `build-package: ${files.length} file(s) ${path.relative(process.cwd(), rootDir) || "."} → ` +
    `${path.relative(process.cwd(), outDir)} (JavaScript${declarations ? " and declarations" : ""})`,
);

function compile(file) {
  const rel = path.relative(rootDir, file);
  const outBase = path.join(outDir, rel.replace(/\.ts$/, ""));
  // Maps name the source as seen from the output file, as tsc writes them.
  const sourceFromOut = path.relative(path.dirname(outBase), file).split(path.sep).join("/");
  const source = fs.readFileSync(file, "utf8");
  const result = transformSync(sourceFromOut, source, {
    target: String(options.target ?? "es2022").toLowerCase(),
    sourcemap: options.sourceMap === true || options.declarationMap === true,
    typescript: declarations ? { declaration: {} } : {},
  });
  if (result.errors.length > 0) {
    for (const error of result.errors) problems.push(describe(error, file, source));
    return;
  }
  fs.mkdirSync(path.dirname(outBase), { recursive: true });
  write(`${outBase}.js`, result.code, options.sourceMap === true ? result.map : undefined);
  if (declarations) {
    const map = options.declarationMap === true ? result.declarationMap : undefined;
    write(`${outBase}.d.ts`, result.declaration, map);
  }
}

/** Writes a module and, when given, its source map beside it (without the sources' text). */
function write(target, code, map) {
  if (!map) {
    fs.writeFileSync(target, code);
    return;
  }
  const name = path.basename(target);
  fs.writeFileSync(target, `${code}//# sourceMappingURL=${name}.map\n`);
  const { sourcesContent: _, ...rest } = map;
  fs.writeFileSync(`${target}.map`, JSON.stringify({ ...rest, file: name }));
}

function describe(error, file, source) {
  const at = error.labels?.[0]?.start;
  let where = path.relative(process.cwd(), file);
  if (typeof at === "number") {
    const before = source.slice(0, at).split("\n");
    where += `:${before.length}:${before.at(-1).length + 1}`;
  }
  const help = error.helpMessage ? `\n  help: ${error.helpMessage}` : "";
  return `${where}: error: ${error.message}${help}`;
}

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function required(option) {
  const value = options[option];
  if (typeof value !== "string") {
    fail(
      `${project}: compilerOptions.${option} is not set; build-package needs rootDir and outDir`,
    );
  }
  return value;
}

/** The tsconfig settings this compiler honours, and the ones it cannot and so refuses. */
function checkSupported() {
  if (options.noEmit === true) fail(`${project}: compilerOptions.noEmit is true; nothing to build`);
  if (options.isolatedModules !== true) {
    fail(
      `${project}: compilerOptions.isolatedModules must be true: build-package compiles each file ` +
        "on its own, which is only the same as tsc when every file can be",
    );
  }
  if (options.declaration === true && options.isolatedDeclarations !== true) {
    fail(
      `${project}: compilerOptions.isolatedDeclarations must be true when declaration is: ` +
        "declarations are written from each file alone, so exported types must be written out " +
        "(tsc then reports a missing one in your editor, as build-package does here)",
    );
  }
  for (const option of [
    "experimentalDecorators",
    "emitDecoratorMetadata",
    "jsx",
    "importHelpers",
  ]) {
    if (options[option] !== undefined) {
      fail(`${project}: compilerOptions.${option} is set; build-package does not support it`);
    }
  }
  const include = config.include ?? [];
  const outside = include.filter((p) => path.resolve(configDir, p) !== rootDir);
  if (outside.length > 0) {
    fail(
      `${project}: include ${JSON.stringify(include)} names more than rootDir ` +
        `(${JSON.stringify(required("rootDir"))}); build-package compiles exactly the .ts files under rootDir`,
    );
  }
}

function usage(why) {
  fail(`${why}\nusage: build-package [-p <tsconfig>]`, 2);
}

function fail(message, code = 1) {
  console.error(`build-package: ${message}`);
  process.exit(code);
}
