// Runs the real build-package (bin/build-package.mjs, oxc-transform) on small packages written
// into a scratch folder; nothing is mocked.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const bin = path.join(import.meta.dirname, "..", "bin", "build-package.mjs");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "build-package-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const BASE_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  isolatedModules: true,
  declaration: true,
  declarationMap: true,
  sourceMap: true,
  isolatedDeclarations: true,
  rootDir: "src",
  outDir: "dist",
};

/** A package folder with a tsconfig.json and the given source files under src/. */
function writePackage(
  name: string,
  sources: Record<string, string>,
  options: Record<string, unknown> = BASE_OPTIONS,
): string {
  const dir = path.join(scratch, name);
  fs.mkdirSync(path.join(dir, "src"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: options, include: ["src"] }),
  );
  for (const [file, text] of Object.entries(sources)) {
    fs.mkdirSync(path.dirname(path.join(dir, "src", file)), { recursive: true });
    fs.writeFileSync(path.join(dir, "src", file), text);
  }
  return dir;
}

async function run(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("build-package", () => {
  it("writes JavaScript, declarations and both maps for every .ts file under rootDir", async () => {
    const dir = writePackage("ok", {
      "index.ts": [
        'export { twice } from "./math/twice.js";',
        '/** The greeting. @default "hi" */',
        'export const GREETING: string = "hi";',
        "export interface Options {",
        "  /** How loud. */",
        "  readonly volume?: number;",
        "}",
        "",
      ].join("\n"),
      "math/twice.ts": "export function twice(n: number): number {\n  return n * 2;\n}\n",
      "types.d.ts": "export type Ignored = string;\n",
    });
    fs.mkdirSync(path.join(dir, "dist"));
    fs.writeFileSync(path.join(dir, "dist", "stale.js"), "old");

    const result = await run(dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = fs.readdirSync(path.join(dir, "dist"), { recursive: true }).map(String).sort();
    expect(out).toEqual([
      "index.d.ts",
      "index.d.ts.map",
      "index.js",
      "index.js.map",
      "math",
      "math/twice.d.ts",
      "math/twice.d.ts.map",
      "math/twice.js",
      "math/twice.js.map",
    ]);
    const { twice } = (await import(path.join(dir, "dist", "math", "twice.js"))) as {
      twice: (n: number) => number;
    };
    expect(twice(21)).toBe(42);
    const declarations = fs.readFileSync(path.join(dir, "dist", "index.d.ts"), "utf8");
    expect(declarations).toContain("/** How loud. */");
    expect(declarations).toContain("export declare const GREETING: string;");
    expect(declarations).toMatch(/\/\/# sourceMappingURL=index\.d\.ts\.map\n$/);
    const map = JSON.parse(fs.readFileSync(path.join(dir, "dist", "math", "twice.js.map"), "utf8"));
    expect(map).toMatchObject({
      version: 3,
      file: "twice.js",
      sources: ["../../src/math/twice.ts"],
    });
    expect(map).not.toHaveProperty("sourcesContent");
  });

  it("fails on an export whose type needs the checker, naming the file, line and column", async () => {
    const dir = writePackage("untyped", {
      "index.ts": "export const ok: number = 1;\nexport function f(n: number) {\n  return n;\n}\n",
    });
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("src/index.ts:2:17: error: TS9007");
    expect(result.stderr).toContain("build-package: 1 error(s) in src");
    expect(fs.existsSync(path.join(dir, "dist", "index.js"))).toBe(false);
  });

  it("writes only JavaScript when declaration is off (templates)", async () => {
    const dir = writePackage(
      "app",
      { "main.ts": "export const n = [1, 2].map((x) => x + 1);\n" },
      { ...BASE_OPTIONS, declaration: false, declarationMap: false, isolatedDeclarations: false },
    );
    expect((await run(dir)).code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "dist")).sort()).toEqual(["main.js", "main.js.map"]);
  });

  it.each([
    [
      "declarations without isolatedDeclarations",
      { isolatedDeclarations: false },
      "compilerOptions.isolatedDeclarations must be true when declaration is",
    ],
    [
      "files compiled alone without isolatedModules",
      { isolatedModules: false },
      "compilerOptions.isolatedModules must be true",
    ],
    ["no outDir", { outDir: undefined }, "compilerOptions.outDir is not set"],
    [
      "decorators",
      { experimentalDecorators: true },
      "compilerOptions.experimentalDecorators is set",
    ],
  ])("refuses %s, naming the option", async (name, change, message) => {
    const dir = writePackage(
      name.replace(/\W+/g, "-"),
      { "index.ts": "export const a: number = 1;\n" },
      {
        ...BASE_OPTIONS,
        ...change,
      },
    );
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`build-package: tsconfig.json: ${message}`);
  });
});
