import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * How the toolchain was set up by `npm run setup:tools`.
 * - `mirror`: providers and agentapi were built with Go; `terraform init` reads providers from a
 *   local filesystem mirror and never contacts a registry.
 * - `registry`: no Go; providers are downloaded from registry.terraform.io at `terraform init`.
 */
export type ToolchainMode = "mirror" | "registry";

/**
 * How a binary was obtained.
 * - `path`: found on PATH; `env`: given by an environment variable (`CODEX_CODER_TERRAFORM`,
 *   `AGENTAPI_BIN`); `go-install`/`wrapper`: built from the Go module proxy (see
 *   `toolchain.versions.json`); `source-tarball`: built from an upstream source tarball of the
 *   sources directory (dependencies from the Go module proxy); `registry`: a provider that
 *   `terraform init` downloads.
 */
export type ToolObtained =
  "path" | "env" | "go-install" | "wrapper" | "source-tarball" | "registry";

/** A `replace` directive of a wrapper-module build. */
export interface GoReplace {
  /** Module path being replaced. */
  path: string;
  /** Module path it is replaced with. */
  with: string;
  /** Version of the replacement module. */
  version: string;
}

/** A binary recorded in toolchain.json. */
export interface ToolBinary {
  /** Absolute path of the executable. */
  path: string;
  /** Version the binary reports (no leading `v`). */
  version: string;
  /** How it was obtained. */
  obtained: ToolObtained;
}

/** A Terraform provider recorded in toolchain.json. */
export interface ToolchainProvider {
  /** Source address as written in `required_providers`, e.g. `coder/coder`. */
  source: string;
  /** Fully qualified address, e.g. `registry.terraform.io/coder/coder`. */
  address: string;
  /** Version served by the mirror (mirror mode) or pinned for the registry (registry mode). */
  version: string;
  /** Go module the provider was (or would be) built from. */
  module: string;
  /** Version of `module` that was required. */
  moduleVersion: string;
  /** Replace directives of the wrapper build, when any. */
  replace?: GoReplace[];
  /** Upstream commit when `version` is only a label for a commit build (docker). */
  commit?: string;
  /** Free-form remark from the versions file. */
  note?: string;
  /** How it was obtained. */
  obtained: ToolObtained;
  /** Path of the provider executable inside the mirror; `null` in registry mode. */
  path: string | null;
}

/** The Go toolchain used for the builds. */
export interface GoToolchainInfo {
  /** Absolute path of `go`. */
  path: string;
  /** `go env GOVERSION`, e.g. `go1.26.8`. */
  version: string;
  /** Build environment (GOTOOLCHAIN, CGO_ENABLED, GOFLAGS, GOWORK, GOMODCACHE, GOCACHE, GOPROXY). */
  env: Record<string, string>;
}

/** Contents of `<repo>/.cache/toolchain/toolchain.json`, written by `npm run setup:tools`. */
export interface Toolchain {
  /** Always 1. */
  schemaVersion: 1;
  /** ISO timestamp of the setup run. */
  generatedAt: string;
  /** Mirror or registry mode. */
  mode: ToolchainMode;
  /** Go-style platform of the machine (`linux`/`amd64`). */
  platform: { os: string; arch: string };
  /** Repository root. */
  repoRoot: string;
  /** `<repo>/.cache/toolchain`. */
  cacheDir: string;
  /** The versions file the toolchain was built from. */
  versionsFile: string;
  /** Terraform CLI configuration to use as `TF_CLI_CONFIG_FILE`. */
  cliConfigFile: string;
  /** Filesystem mirror directory (mirror mode), else `null`. */
  mirrorDir: string | null;
  /** Go used for the builds, or `null` when nothing was built. */
  go: GoToolchainInfo | null;
  /** Terraform binary. */
  terraform: ToolBinary;
  /** agentapi binary, or `null` when unavailable (see `agentapiMissing`). */
  agentapi: ToolBinary | null;
  /** Why agentapi is missing and how to get it, or `null`. */
  agentapiMissing: string | null;
  /** Other Go-built tools (e.g. `actionlint`) by name; `null` when unavailable. */
  tools?: Record<string, ToolBinary | null>;
  /** Enabled providers keyed by local name (`coder`, `docker`, …). */
  providers: Record<string, ToolchainProvider>;
}

/** One Go build recipe from `toolchain.versions.json`. */
export interface GoBuildSpec {
  /** Tool version (no leading `v`); for providers the version label in the mirror. */
  version: string;
  /** Executable name. */
  binary: string;
  /** Go module to require. */
  module: string;
  /** Version of `module` to require (a pseudo-version when `replace` is used). */
  moduleVersion: string;
  /** Main package to build. */
  package: string;
  /**
   * `go-install` (`go install package@moduleVersion`), `wrapper` (local main module + `tool`) or
   * `source-tarball` (`go build package` in the extracted `tarball`).
   */
  method: "go-install" | "wrapper" | "source-tarball";
  /** `source-tarball`: file name of the tarball in the sources directory. */
  tarball?: string;
  /** `source-tarball`: the tarball's sha256, also listed in the directory's SHA256SUMS. */
  sha256?: string;
  /** `-ldflags` of the build. @default none */
  ldflags?: string;
  /**
   * `source-tarball` builds of AgentAPI only: build its Next.js chat UI and embed it before
   * `go build`, as upstream's release binaries do. @default none (no chat UI)
   */
  chatUi?: ChatUiSpec;
  /** `wrapper`: `replace <path> => <path> <version>` for each of `paths`. */
  replaceAt?: { version: string; paths: string[] };
  /** `go` line of the wrapper module. @default "1.24" */
  goDirective?: string;
  /** Extra `require` lines of the wrapper module. */
  require?: { path: string; version: string }[];
  /** `replace` directives of the wrapper module. */
  replace?: GoReplace[];
  /** Free-form remark. */
  note?: string;
}

/** How setup-tools builds AgentAPI's chat UI (see setup-tools.mjs, "AgentAPI's chat UI"). */
export interface ChatUiSpec {
  /** The Next.js app's folder in the source tree (`chat`). */
  dir: string;
  /** Where the static export is embedded (`lib/httpapi/chat`). */
  embedDir: string;
  /** `NEXT_PUBLIC_BASE_PATH` of the build; the AgentAPI server rewrites it at run time. */
  basePath: string;
  /** Upstream's lockfile the npm dependency versions are pinned from (`bun.lock`). */
  lockfile: string;
  /** Dev dependencies the build needs besides the app's dependencies. */
  buildDependencies: string[];
  /** The npm package that replaces the next/font/google download. */
  fontPackage: { name: string; version: string };
}

/** A provider entry of `toolchain.versions.json`. */
export interface ProviderVersionSpec extends GoBuildSpec {
  /** Whether setup builds it into the mirror. */
  enabled: boolean;
  /** Source address, e.g. `kreuzwerker/docker`. */
  source: string;
  /** Registry hostname. @default "registry.terraform.io" */
  hostname?: string;
  /** Upstream commit when `version` only labels a commit build. */
  commit?: string;
}

/** Contents of `packages/test-support/toolchain.versions.json`: every pinned tool version. */
export interface ToolchainVersions {
  /** Always 1. */
  schemaVersion: 1;
  /** Go requirements and build environment. */
  go: { minVersion: string; env: Record<string, string> };
  /**
   * Where the source tarballs are (`dir`, relative to the repository root) and their checksum file.
   */
  sources?: { dir: string; checksums: string };
  /** Accepted terraform range on PATH, and the version built when none fits. */
  terraform: { accept: { min: string; below: string }; build: GoBuildSpec };
  /** agentapi build. */
  agentapi: GoBuildSpec;
  /** Other Go-built tools by name. */
  tools?: Record<string, GoBuildSpec>;
  /** Providers keyed by local name. */
  providers: Record<string, ProviderVersionSpec>;
}

const SETUP_HINT = "Run `npm run setup:tools` at the repository root first.";

/**
 * Finds the repository root: the nearest directory at or above `start` whose package.json declares
 * `workspaces`.
 * @param start directory to start from. @default this package's directory
 * @throws Error when there is no such package.json.
 */
export function findRepoRoot(start: string = packageDir()): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      try {
        const parsed: unknown = JSON.parse(readFileSync(candidate, "utf8"));
        if (isRecord(parsed) && "workspaces" in parsed) return dir;
      } catch {
        // not a usable package.json; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`findRepoRoot: no package.json with "workspaces" at or above "${start}"`);
    }
    dir = parent;
  }
}

/**
 * Path of toolchain.json for a repository.
 * @param repoRoot @default findRepoRoot()
 */
export function toolchainFile(repoRoot: string = findRepoRoot()): string {
  return join(repoRoot, ".cache", "toolchain", "toolchain.json");
}

/** Options of {@link loadToolchain}. */
export interface LoadToolchainOptions {
  /** Repository root to read `.cache/toolchain/toolchain.json` from. @default findRepoRoot() */
  repoRoot?: string;
  /** Read this file instead (overrides `repoRoot`). */
  file?: string;
}

/**
 * Reads and checks toolchain.json written by `npm run setup:tools`.
 * @throws Error telling to run `npm run setup:tools` when the file is missing, malformed, or names
 *   binaries that no longer exist.
 */
export function loadToolchain(options: LoadToolchainOptions = {}): Toolchain {
  const file = options.file ?? toolchainFile(options.repoRoot ?? findRepoRoot());
  if (!existsSync(file)) {
    throw new Error(`loadToolchain: toolchain file "${file}" does not exist. ${SETUP_HINT}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(
      `loadToolchain: "${file}" is not valid JSON (${errorMessage(err)}). ${SETUP_HINT}`,
    );
  }
  const toolchain = parseToolchain(raw, file);
  const mustExist: [string, string][] = [
    ["terraform.path", toolchain.terraform.path],
    ["cliConfigFile", toolchain.cliConfigFile],
  ];
  if (toolchain.agentapi) mustExist.push(["agentapi.path", toolchain.agentapi.path]);
  for (const [name, tool] of Object.entries(toolchain.tools ?? {})) {
    if (tool) mustExist.push([`tools.${name}.path`, tool.path]);
  }
  for (const [name, p] of Object.entries(toolchain.providers)) {
    if (p.path !== null) mustExist.push([`providers.${name}.path`, p.path]);
  }
  for (const [field, p] of mustExist) {
    if (!existsSync(p)) {
      throw new Error(
        `loadToolchain: ${field} in "${file}" is "${p}", which does not exist. ${SETUP_HINT}`,
      );
    }
  }
  return toolchain;
}

/**
 * Path of a Go-built tool from the toolchain (e.g. `actionlint`).
 * @throws Error saying how to get it when the toolchain has none.
 */
export function requireTool(name: string, toolchain: Toolchain = loadToolchain()): string {
  const tool = toolchain.tools?.[name];
  if (!tool) {
    throw new Error(
      `${name} is not in the toolchain: run \`npm run setup:tools\` (with Go on PATH it builds it from the Go module proxy; without Go, put ${name} on PATH)`,
    );
  }
  return tool.path;
}

/**
 * Path of the agentapi binary.
 * @param toolchain @default loadToolchain()
 * @throws Error explaining how to provide agentapi when the toolchain has none.
 */
export function requireAgentapi(toolchain: Toolchain = loadToolchain()): string {
  if (toolchain.agentapi) return toolchain.agentapi.path;
  throw new Error(
    `agentapi is required but not available: ${toolchain.agentapiMissing ?? "not recorded in toolchain.json"} ` +
      "Then run `npm run setup:tools` again.",
  );
}

/**
 * A provider of the toolchain.
 * @param name local name (`coder`, `docker`, `kubernetes`)
 * @throws Error when the provider is not enabled in toolchain.versions.json.
 */
export function requireProvider(
  name: string,
  toolchain: Toolchain = loadToolchain(),
): ToolchainProvider {
  const provider = toolchain.providers[name];
  if (provider) return provider;
  throw new Error(
    `requireProvider: provider "${name}" is not in the toolchain (available: ${Object.keys(toolchain.providers).join(", ") || "none"}). ` +
      'Set "enabled": true for it in packages/test-support/toolchain.versions.json and run `npm run setup:tools`.',
  );
}

/**
 * Path of toolchain.versions.json (next to this package's package.json).
 */
export function toolchainVersionsFile(): string {
  return join(packageDir(), "toolchain.versions.json");
}

/**
 * Reads toolchain.versions.json, the single place where tool versions are pinned.
 * @param file @default toolchainVersionsFile()
 * @throws Error when the file is missing or malformed.
 */
export function loadToolchainVersions(file: string = toolchainVersionsFile()): ToolchainVersions {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`loadToolchainVersions: cannot read "${file}": ${errorMessage(err)}`);
  }
  const r = new Reader(file);
  const root = r.record(raw, "");
  if (root["schemaVersion"] !== 1) {
    r.fail("schemaVersion", "1", root["schemaVersion"]);
  }
  const go = r.record(root["go"], "go");
  const terraform = r.record(root["terraform"], "terraform");
  const accept = r.record(terraform["accept"], "terraform.accept");
  const providers = r.record(root["providers"], "providers");
  const out: ToolchainVersions = {
    schemaVersion: 1,
    go: {
      minVersion: r.string(go["minVersion"], "go.minVersion"),
      env: r.stringRecord(go["env"], "go.env"),
    },
    terraform: {
      accept: {
        min: r.string(accept["min"], "terraform.accept.min"),
        below: r.string(accept["below"], "terraform.accept.below"),
      },
      build: r.buildSpec(terraform["build"], "terraform.build"),
    },
    agentapi: r.buildSpec(root["agentapi"], "agentapi"),
    providers: {},
  };
  if (root["sources"] !== undefined) {
    const sources = r.record(root["sources"], "sources");
    out.sources = {
      dir: r.string(sources["dir"], "sources.dir"),
      checksums: r.string(sources["checksums"], "sources.checksums"),
    };
  }
  for (const [name, value] of Object.entries(providers)) {
    const where = `providers.${name}`;
    const spec = r.record(value, where);
    const provider: ProviderVersionSpec = {
      ...r.buildSpec(value, where),
      enabled: r.boolean(spec["enabled"], `${where}.enabled`),
      source: r.string(spec["source"], `${where}.source`),
    };
    if (spec["hostname"] !== undefined) {
      provider.hostname = r.string(spec["hostname"], `${where}.hostname`);
    }
    if (spec["commit"] !== undefined) {
      provider.commit = r.string(spec["commit"], `${where}.commit`);
    }
    out.providers[name] = provider;
  }
  return out;
}

/** A `required_providers` entry. */
export interface RequiredProvider {
  /** Source address, e.g. `coder/coder`. */
  source: string;
  /** Exact version constraint, e.g. `2.18.0`. */
  version: string;
}

/**
 * `required_providers` entries pinned to the versions of toolchain.versions.json.
 * @param names local names to include. @default every provider in the file
 * @param versions @default loadToolchainVersions()
 * @throws Error when a name is not in the versions file.
 */
export function requiredProviders(
  names?: readonly string[],
  versions: ToolchainVersions = loadToolchainVersions(),
): Record<string, RequiredProvider> {
  const out: Record<string, RequiredProvider> = {};
  for (const name of names ?? Object.keys(versions.providers)) {
    const spec = versions.providers[name];
    if (!spec) {
      throw new Error(
        `requiredProviders: unknown provider "${name}" (known: ${Object.keys(versions.providers).join(", ")})`,
      );
    }
    out[name] = { source: spec.source, version: spec.version };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function packageDir(): string {
  // src/toolchain.ts and dist/toolchain.js both sit one level below the package root.
  return resolve(dirname(fileURLToPath(import.meta.url)), "..");
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Narrowing helpers that name the file and field in their errors. */
class Reader {
  constructor(
    private readonly file: string,
    private readonly hint: string = "",
  ) {}

  fail(field: string, allowed: string, got: unknown): never {
    throw new Error(
      `"${this.file}": ${field || "<root>"} must be ${allowed}, got ${JSON.stringify(got) ?? "undefined"}.${this.hint ? ` ${this.hint}` : ""}`,
    );
  }

  record(value: unknown, field: string): Record<string, unknown> {
    if (!isRecord(value)) this.fail(field, "an object", value);
    return value;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== "string") this.fail(field, "a string", value);
    return value;
  }

  nullableString(value: unknown, field: string): string | null {
    return value === null ? null : this.string(value, field);
  }

  boolean(value: unknown, field: string): boolean {
    if (typeof value !== "boolean") this.fail(field, "a boolean", value);
    return value;
  }

  stringRecord(value: unknown, field: string): Record<string, string> {
    const rec = this.record(value, field);
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(rec)) out[k] = this.string(v, `${field}.${k}`);
    return out;
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
    const found = allowed.find((a) => a === value);
    if (found === undefined) this.fail(field, allowed.map((a) => `"${a}"`).join(" | "), value);
    return found;
  }

  replaces(value: unknown, field: string): GoReplace[] {
    if (!Array.isArray(value)) this.fail(field, "an array", value);
    return value.map((item: unknown, i) => {
      const rec = this.record(item, `${field}[${i}]`);
      return {
        path: this.string(rec["path"], `${field}[${i}].path`),
        with: this.string(rec["with"], `${field}[${i}].with`),
        version: this.string(rec["version"], `${field}[${i}].version`),
      };
    });
  }

  buildSpec(value: unknown, field: string): GoBuildSpec {
    const rec = this.record(value, field);
    const spec: GoBuildSpec = {
      version: this.string(rec["version"], `${field}.version`),
      binary: this.string(rec["binary"], `${field}.binary`),
      module: this.string(rec["module"], `${field}.module`),
      moduleVersion: this.string(rec["moduleVersion"], `${field}.moduleVersion`),
      package: this.string(rec["package"], `${field}.package`),
      method: this.oneOf(rec["method"], `${field}.method`, [
        "go-install",
        "wrapper",
        "source-tarball",
      ] as const),
    };
    for (const key of ["tarball", "sha256", "ldflags"] as const) {
      if (rec[key] !== undefined) spec[key] = this.string(rec[key], `${field}.${key}`);
    }
    if (rec["chatUi"] !== undefined) {
      const where = `${field}.chatUi`;
      const ui = this.record(rec["chatUi"], where);
      const font = this.record(ui["fontPackage"], `${where}.fontPackage`);
      const deps = ui["buildDependencies"];
      if (!Array.isArray(deps)) this.fail(`${where}.buildDependencies`, "an array", deps);
      spec.chatUi = {
        dir: this.string(ui["dir"], `${where}.dir`),
        embedDir: this.string(ui["embedDir"], `${where}.embedDir`),
        basePath: this.string(ui["basePath"], `${where}.basePath`),
        lockfile: this.string(ui["lockfile"], `${where}.lockfile`),
        buildDependencies: deps.map((d: unknown, i) =>
          this.string(d, `${where}.buildDependencies[${i}]`),
        ),
        fontPackage: {
          name: this.string(font["name"], `${where}.fontPackage.name`),
          version: this.string(font["version"], `${where}.fontPackage.version`),
        },
      };
    }
    if (rec["replaceAt"] !== undefined) {
      const at = this.record(rec["replaceAt"], `${field}.replaceAt`);
      const paths = at["paths"];
      if (!Array.isArray(paths)) this.fail(`${field}.replaceAt.paths`, "an array", paths);
      spec.replaceAt = {
        version: this.string(at["version"], `${field}.replaceAt.version`),
        paths: paths.map((p: unknown, i) => this.string(p, `${field}.replaceAt.paths[${i}]`)),
      };
    }
    if (rec["goDirective"] !== undefined) {
      spec.goDirective = this.string(rec["goDirective"], `${field}.goDirective`);
    }
    if (rec["require"] !== undefined) {
      const list = rec["require"];
      if (!Array.isArray(list)) this.fail(`${field}.require`, "an array", list);
      spec.require = list.map((item: unknown, i) => {
        const req = this.record(item, `${field}.require[${i}]`);
        return {
          path: this.string(req["path"], `${field}.require[${i}].path`),
          version: this.string(req["version"], `${field}.require[${i}].version`),
        };
      });
    }
    if (rec["replace"] !== undefined)
      spec.replace = this.replaces(rec["replace"], `${field}.replace`);
    if (rec["note"] !== undefined) spec.note = this.string(rec["note"], `${field}.note`);
    return spec;
  }

  binary(value: unknown, field: string): ToolBinary {
    const rec = this.record(value, field);
    return {
      path: this.string(rec["path"], `${field}.path`),
      version: this.string(rec["version"], `${field}.version`),
      obtained: this.oneOf(rec["obtained"], `${field}.obtained`, OBTAINED),
    };
  }
}

const OBTAINED = ["path", "env", "go-install", "wrapper", "source-tarball", "registry"] as const;

function parseToolchain(raw: unknown, file: string): Toolchain {
  const r = new Reader(file, SETUP_HINT);
  const root = r.record(raw, "");
  if (root["schemaVersion"] !== 1) r.fail("schemaVersion", "1", root["schemaVersion"]);
  const platform = r.record(root["platform"], "platform");
  const providersRaw = r.record(root["providers"], "providers");
  const providers: Record<string, ToolchainProvider> = {};
  for (const [name, value] of Object.entries(providersRaw)) {
    const where = `providers.${name}`;
    const rec = r.record(value, where);
    const provider: ToolchainProvider = {
      source: r.string(rec["source"], `${where}.source`),
      address: r.string(rec["address"], `${where}.address`),
      version: r.string(rec["version"], `${where}.version`),
      module: r.string(rec["module"], `${where}.module`),
      moduleVersion: r.string(rec["moduleVersion"], `${where}.moduleVersion`),
      obtained: r.oneOf(rec["obtained"], `${where}.obtained`, OBTAINED),
      path: r.nullableString(rec["path"], `${where}.path`),
    };
    if (rec["replace"] !== undefined)
      provider.replace = r.replaces(rec["replace"], `${where}.replace`);
    if (rec["commit"] !== undefined) provider.commit = r.string(rec["commit"], `${where}.commit`);
    if (rec["note"] !== undefined) provider.note = r.string(rec["note"], `${where}.note`);
    providers[name] = provider;
  }
  let go: GoToolchainInfo | null = null;
  if (root["go"] !== null) {
    const goRec = r.record(root["go"], "go");
    go = {
      path: r.string(goRec["path"], "go.path"),
      version: r.string(goRec["version"], "go.version"),
      env: r.stringRecord(goRec["env"], "go.env"),
    };
  }
  return {
    schemaVersion: 1,
    generatedAt: r.string(root["generatedAt"], "generatedAt"),
    mode: r.oneOf(root["mode"], "mode", ["mirror", "registry"] as const),
    platform: {
      os: r.string(platform["os"], "platform.os"),
      arch: r.string(platform["arch"], "platform.arch"),
    },
    repoRoot: r.string(root["repoRoot"], "repoRoot"),
    cacheDir: r.string(root["cacheDir"], "cacheDir"),
    versionsFile: r.string(root["versionsFile"], "versionsFile"),
    cliConfigFile: r.string(root["cliConfigFile"], "cliConfigFile"),
    mirrorDir: r.nullableString(root["mirrorDir"], "mirrorDir"),
    go,
    terraform: r.binary(root["terraform"], "terraform"),
    agentapi: root["agentapi"] === null ? null : r.binary(root["agentapi"], "agentapi"),
    agentapiMissing: r.nullableString(root["agentapiMissing"] ?? null, "agentapiMissing"),
    providers,
    tools: Object.fromEntries(
      Object.entries(root["tools"] === undefined ? {} : r.record(root["tools"], "tools")).map(
        ([name, value]) => [name, value === null ? null : r.binary(value, `tools.${name}`)],
      ),
    ),
  };
}
