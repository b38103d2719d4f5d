// The shape of every package we publish, checked on what `npm pack` would upload: license, engines,
// exports with types, the files list, dependencies a consumer can install, and the verdicts of two
// maintained linters, publint and arethetypeswrong. Every workspace package that is not private is
// checked, so a new public package gets the same checks without touching this file.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, it } from "vitest";
import {
  REPO_ROOT,
  publicPackages,
  workspacePackages,
  type WorkspacePackage,
} from "./workspace-packages.js";

/** What the toolkit publishes; a package that silently turned private again is a defect. */
const EXPECTED_PUBLIC = [
  "@codex-coder/create-templates",
  "@codex-coder/cdk",
  "@codex-coder/codex",
  "@codex-coder/codex-runtime",
  "@codex-coder/provider-coder",
  "@codex-coder/provider-docker",
  "@codex-coder/provider-kubernetes",
  "@codex-coder/template-kit",
];

/** Node's own modules, bare and `node:`-prefixed. */
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** npm without the `npm_*` variables of an enclosing `npm test`. */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
  );
}

const packCache = new Map<string, string[]>();

/** `npm pack --dry-run --json` of one package: the paths it would upload. */
function packedFiles(pkg: WorkspacePackage): string[] {
  const cached = packCache.get(pkg.dir);
  if (cached !== undefined) return cached;
  const res = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: pkg.dir,
    encoding: "utf8",
    env: npmEnv(),
  });
  if (res.status !== 0) throw new Error(`npm pack --dry-run in ${pkg.dir}: ${res.stderr}`);
  const [report] = JSON.parse(res.stdout) as [{ files: { path: string }[] }];
  const files = report.files.map((f) => f.path).sort();
  packCache.set(pkg.dir, files);
  return files;
}

/**
 * The subpaths a pattern export stands for (`./*` → `./dist/gen/*` + `/index.js` gives `./agent`,
 * `./app`, …), from the packed files; empty when the package has no pattern export.
 */
function patternSubpaths(pkg: WorkspacePackage): string[] {
  const found = new Set<string>();
  for (const [entry, target] of Object.entries(pkg.json.exports ?? {})) {
    if (!entry.includes("*") || typeof target === "string") continue;
    const js = (target as Record<string, string>)["default"] ?? "";
    const [prefix = "", suffix = ""] = js.replace(/^\.\//, "").split("*");
    const [entryPrefix = "", entrySuffix = ""] = entry.split("*");
    for (const file of packedFiles(pkg)) {
      if (!file.startsWith(prefix) || !file.endsWith(suffix)) continue;
      const star = file.slice(prefix.length, file.length - suffix.length);
      if (star !== "" && !star.includes("/")) found.add(`${entryPrefix}${star}${entrySuffix}`);
    }
  }
  return [...found].sort();
}

/** The package name a bare import specifier names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/** Bare specifiers imported by an ES module's text (static, re-export and dynamic imports). */
function importedSpecifiers(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/gms,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const spec = m[1] ?? "";
      if (!spec.startsWith(".") && !spec.startsWith("/")) found.add(spec);
    }
  }
  return [...found];
}

const packages = publicPackages();
const rootLicense = readFileSync(path.join(REPO_ROOT, "LICENSE"), "utf8");

describe("which packages are public", () => {
  it("publishes the toolkit's packages", () => {
    expect(packages.map((p) => p.json.name)).toEqual(expect.arrayContaining(EXPECTED_PUBLIC));
  });

  it("keeps templates, examples and test-only packages private", () => {
    for (const pkg of workspacePackages()) {
      const rel = path.relative(REPO_ROOT, pkg.dir);
      const testOnly = pkg.json.dependencies === undefined && pkg.json.exports === undefined;
      if (rel.startsWith("templates/") || rel.startsWith("examples/") || testOnly) {
        expect({ rel, private: pkg.json.private }).toEqual({ rel, private: true });
      }
    }
  });

  it("versions every public package together (changesets `fixed` group)", () => {
    const config = JSON.parse(
      readFileSync(path.join(REPO_ROOT, ".changeset", "config.json"), "utf8"),
    ) as { fixed: string[][]; ignore: string[] };
    const group = config.fixed[0] ?? [];
    for (const pkg of packages) {
      const covered = group.some((pattern) =>
        pattern.endsWith("/*")
          ? pkg.json.name.startsWith(pattern.slice(0, -1))
          : pattern === pkg.json.name,
      );
      expect({ name: pkg.json.name, covered }).toEqual({ name: pkg.json.name, covered: true });
      expect(config.ignore).not.toContain(pkg.json.name);
    }
  });
});

describe.each(packages.map((p) => [p.json.name, p] as const))("%s", (_name, pkg) => {
  const json = pkg.json;
  const versions = new Map(workspacePackages().map((p) => [p.json.name, p]));

  it("carries the repository's license (Apache-2.0) as LICENSE", () => {
    expect(json.license).toBe("Apache-2.0");
    expect(readFileSync(path.join(pkg.dir, "LICENSE"), "utf8")).toBe(rootLicense);
  });

  it("runs on Node >= 20.19, as ESM, and is published publicly", () => {
    expect(json.engines).toEqual({ node: ">=20.19" });
    expect(json.type).toBe("module");
    expect(json.publishConfig).toMatchObject({ access: "public" });
    expect(json.files?.length ?? 0).toBeGreaterThan(0);
  });

  it("exports every JavaScript entry point with its types, and the files exist", () => {
    expect(json.exports).toBeDefined();
    for (const [entry, target] of Object.entries(json.exports ?? {})) {
      const targets =
        typeof target === "string" ? [target] : Object.values(target as Record<string, string>);
      for (const t of targets) {
        if (t.includes("*")) {
          // A subpath pattern (`./*` → `./dist/gen/*/index.js`): it must match packed files.
          const [prefix = "", suffix = ""] = t.replace(/^\.\//, "").split("*");
          const matches = packedFiles(pkg).filter(
            (f) => f.startsWith(prefix) && f.endsWith(suffix),
          );
          expect(matches.length, `${entry}: ${t} matches no packed file`).toBeGreaterThan(0);
        } else {
          expect(existsSync(path.join(pkg.dir, t)), `${entry}: ${t}`).toBe(true);
        }
      }
      if (typeof target === "string") {
        expect(target, `${entry} is a plain file, so only data`).toMatch(/\.json$/);
      } else {
        expect(Object.keys(target as object), entry).toEqual(["types", "default"]);
      }
    }
  });

  it("depends on published packages with real version ranges only", () => {
    for (const [dep, range] of Object.entries({
      ...json.dependencies,
      ...json.peerDependencies,
    })) {
      expect(range, `${dep}`).not.toMatch(/^(\*|file:|link:|workspace:|git|https?:|\.|\/)/);
      const internal = versions.get(dep);
      if (internal !== undefined) {
        expect(internal.json.private, `${dep} is private`).not.toBe(true);
        expect(range, dep).toBe(`^${internal.json.version}`);
      }
    }
  });

  it("starts its README with a TypeScript usage example", () => {
    const readme = readFileSync(path.join(pkg.dir, "README.md"), "utf8");
    const firstFence = readme.indexOf("\n```");
    const firstSection = readme.indexOf("\n## ");
    expect(firstFence).toBeGreaterThan(0);
    if (firstSection !== -1) expect(firstFence).toBeLessThan(firstSection);
    expect(readme.slice(firstFence + 1, firstFence + 6)).toBe("```ts");
  });

  it("packs no tests, fixtures, caches or build leftovers, and only maps into itself", () => {
    const files = packedFiles(pkg);
    const packed = new Set(files);
    expect(files).toContain("LICENSE");
    expect(files).toContain("README.md");
    for (const file of files) {
      expect(file).not.toMatch(
        /(^|\/)(test|tests|__tests__|fixtures|__snapshots__|\.cache|\.turbo|\.tmp|node_modules)\//,
      );
      expect(file).not.toMatch(/\.(test|spec)\.[cm]?[jt]s$|\.tsbuildinfo$|\.tgz$|^vitest\.config/);
      if (file.endsWith(".map")) {
        const map = JSON.parse(readFileSync(path.join(pkg.dir, file), "utf8")) as {
          sources: string[];
        };
        for (const source of map.sources) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
          expect(target.startsWith(".."), `${file} → ${source}`).toBe(false);
          expect(packed.has(target), `${file} → ${source} is packed`).toBe(true);
        }
      }
      if (/\.(m?js|d\.ts)$/.test(file)) {
        const text = readFileSync(path.join(pkg.dir, file), "utf8");
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
        if (url !== undefined) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), url));
          expect(packed.has(target), `${file} → ${url} is packed`).toBe(true);
        }
      }
    }
  });

  it("imports at runtime only its dependencies, peers and Node's own modules", () => {
    const allowed = new Set([
      json.name,
      ...Object.keys(json.dependencies ?? {}),
      ...Object.keys(json.peerDependencies ?? {}),
    ]);
    const offenders: string[] = [];
    for (const file of packedFiles(pkg).filter((f) => /\.m?js$/.test(f))) {
      const text = readFileSync(path.join(pkg.dir, file), "utf8");
      for (const spec of importedSpecifiers(text)) {
        if (!BUILTINS.has(spec) && !allowed.has(packageOf(spec)))
          offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("passes publint (strict, on the packed files)", async () => {
    const { messages, pkg: packedJson } = await publint({
      pkgDir: pkg.dir,
      level: "suggestion",
      strict: true,
      pack: "npm",
    });
    expect(messages.map((m) => formatMessage(m, packedJson) ?? m.code)).toEqual([]);
  });

  it("passes arethetypeswrong for ESM consumers (node16 from ESM, bundler)", () => {
    // ESM-only by design (cdktf consumers run `node` on ESM): the esm-only profile leaves out
    // node10 and CommonJS `require`, which Node >= 20.19 serves with require(esm) anyway.
    // attw checks a subpath pattern (`./*`) only as written; every subpath it stands for is
    // checked too (the provider bindings' deep imports), as an entry point of its own.
    const expanded = patternSubpaths(pkg);
    const res = spawnSync(
      "npx",
      [
        "--no-install",
        "attw",
        "--pack",
        pkg.dir,
        "--profile",
        "esm-only",
        "--format",
        "json",
        ...(expanded.length > 0 ? ["--include-entrypoints", ...expanded] : []),
      ],
      { cwd: REPO_ROOT, encoding: "utf8", env: npmEnv(), maxBuffer: 256 * 1024 * 1024 },
    );
    const report = JSON.parse(res.stdout) as {
      analysis: {
        entrypoints: Record<string, unknown>;
        problems?: { kind: string; entrypoint: string; resolutionKind?: string }[];
      };
    };
    for (const entry of expanded) expect(Object.keys(report.analysis.entrypoints)).toContain(entry);
    const problems = (report.analysis.problems ?? []).filter(
      (p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs",
    );
    expect(problems).toEqual([]);
    expect(res.status, res.stderr).toBe(0);
  });
});
