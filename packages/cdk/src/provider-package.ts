import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * A document printed by `terraform providers schema -json`, typed only as far as provider packages
 * check it, so that it can be passed wherever such a document is expected (the template kit's
 * `schemas` option) without a provider package depending on the template kit.
 */
export interface ProviderSchemaDocument {
  /** Version of the document format, e.g. `1.0`. */
  readonly format_version: string;
  /** Schemas by provider address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider_schemas: { readonly [address: string]: object };
}

/** Where a provider package's bindings come from: its `schema/source.json`. */
export interface ProviderSource {
  /** Registry address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider: string;
  /** The provider version whose schema generated the bindings, e.g. `2.18.0`. */
  readonly version: string;
  /**
   * The version range templates declare in `required_providers`, e.g. `~> 2.18`. Decided, with
   * its reason, in `schema/source.json`.
   */
  readonly constraint: string;
  /** Every provider version the repository's tests run templates against, the newest first. */
  readonly testedVersions: readonly string[];
  /** The Go module (with version) or source tarball the schema's binary was built from. */
  readonly goModule: string;
}

/** What {@link loadProviderPackage} reads from a generated provider package. */
export interface ProviderPackage {
  /** The committed schema the bindings were generated from (`schema/<schemaFile>`). */
  readonly providerSchema: ProviderSchemaDocument;
  /** The package's `schema/source.json`, checked. */
  readonly providerSource: ProviderSource;
}

/**
 * Reads and checks the committed schema and source record of a generated provider package
 * (`packages/provider-*`): the one implementation every provider package's entry point uses.
 *
 * @param packageRoot URL of the package's root directory, e.g. `new URL("..", import.meta.url)`
 *   from `src/index.ts` (the same for the compiled `dist/index.js`)
 * @throws Error naming the file and field when `schema/source.json` or the schema it names is
 *   missing or malformed
 */
export function loadProviderPackage(packageRoot: URL): ProviderPackage {
  const sourceUrl = new URL("schema/source.json", packageRoot);
  const raw = readJson(sourceUrl);
  const field = (name: string): string => {
    const value = raw[name];
    if (typeof value !== "string" || value === "") {
      throw new Error(`${sourceUrl.pathname}: "${name}" must be a non-empty string`);
    }
    return value;
  };
  const provider = field("provider");
  const version = field("version");
  const tested = raw["testedVersions"] ?? [version];
  if (
    !Array.isArray(tested) ||
    !tested.every((v): v is string => typeof v === "string") ||
    !tested.includes(version)
  ) {
    throw new Error(
      `${sourceUrl.pathname}: "testedVersions" must be a list of versions that includes "version" (${version})`,
    );
  }
  const schemaFile = field("schemaFile");
  const schemaUrl = new URL(`schema/${schemaFile}`, packageRoot);
  const schema = (lazySchema(packageRoot, schemaFile, schemaUrl) ??
    readJson(schemaUrl)) as Partial<ProviderSchemaDocument>;
  if (
    typeof schema.format_version !== "string" ||
    typeof schema.provider_schemas?.[provider] !== "object"
  ) {
    throw new Error(
      `${schemaUrl.pathname}: expected \`terraform providers schema -json\` output with the schema of ${provider}`,
    );
  }
  return {
    providerSchema: schema as ProviderSchemaDocument,
    providerSource: {
      provider,
      version,
      constraint: field("constraint"),
      testedVersions: tested,
      goModule: field("goModule"),
    },
  };
}

function readJson(url: URL): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(url, "utf8"));
  } catch (err) {
    throw new Error(
      `${url.pathname}: cannot read JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${url.pathname}: expected a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

/**
 * The schema maps split into one file per type by {@link writeProviderSchemaIndex}: a template
 * uses a few of a provider's types, and the kubernetes schema is 7.7 MB of JSON (reading and
 * parsing it was about a quarter of the kubernetes template's `node lib/main.js`, profiled).
 */
const SPLIT_KINDS = ["resource_schemas", "data_source_schemas"] as const;
const INDEX_DIR = "dist/schema-index/";

interface SchemaIndexFile {
  readonly schemaFile: string;
  /**
   * Size of the schema file the index was written from: a schema of another size is read whole, as
   * without an index. (Not its mtime: npm sets every installed file's to one date; and a schema
   * regenerated without a build leaves the compiled bindings as stale as the index.)
   */
  readonly bytes: number;
  /** The document, with each split map replaced by the list of its type names. */
  readonly document: { readonly provider_schemas: Record<string, Record<string, unknown>> };
}

/**
 * Writes `dist/schema-index/` of a provider package (its build runs this after `build-package`): the
 * committed schema with its resource and data source maps split into one file per type, which
 * {@link loadProviderPackage} then reads only when a type's schema is looked up (folders by the provider's position in the
 * document: an address has slashes).
 *
 * @param packageRoot the package's root directory (a path or file URL)
 */
export function writeProviderSchemaIndex(packageRoot: string | URL): void {
  const root =
    typeof packageRoot === "string" ? pathToFileURL(`${resolve(packageRoot)}/`) : packageRoot;
  const source = readJson(new URL("schema/source.json", root));
  const schemaFile = source["schemaFile"];
  if (typeof schemaFile !== "string") throw new Error("schema/source.json has no schemaFile");
  const schemaUrl = new URL(`schema/${schemaFile}`, root);
  const document = readJson(schemaUrl) as { provider_schemas?: Record<string, unknown> };
  const indexDir = new URL(INDEX_DIR, root);
  rmSync(indexDir, { recursive: true, force: true });
  const providers: Record<string, Record<string, unknown>> = {};
  for (const [i, [address, schema]] of Object.entries(document.provider_schemas ?? {}).entries()) {
    const copy: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
    for (const kind of SPLIT_KINDS) {
      const map = copy[kind];
      if (typeof map !== "object" || map === null) continue;
      const dir = new URL(`${i}/${kind}/`, indexDir);
      mkdirSync(dir, { recursive: true });
      for (const [type, entry] of Object.entries(map)) {
        writeFileSync(new URL(`${encodeURIComponent(type)}.json`, dir), JSON.stringify(entry));
      }
      copy[kind] = Object.keys(map);
    }
    providers[address] = copy;
  }
  const index: SchemaIndexFile = {
    schemaFile,
    bytes: statSync(schemaUrl).size,
    document: { ...document, provider_schemas: providers },
  };
  mkdirSync(indexDir, { recursive: true });
  writeFileSync(new URL("index.json", indexDir), JSON.stringify(index));
}

/**
 * The schema document from `dist/schema-index/`, each type's schema read on first access (the
 * same document as the schema file, property for property); undefined when there is no index or
 * it was written from another schema file.
 */
function lazySchema(packageRoot: URL, schemaFile: string, schemaUrl: URL): object | undefined {
  const indexDir = new URL(INDEX_DIR, packageRoot);
  let index: SchemaIndexFile;
  try {
    index = JSON.parse(readFileSync(new URL("index.json", indexDir), "utf8")) as SchemaIndexFile;
  } catch {
    return undefined;
  }
  if (index.schemaFile !== schemaFile || index.bytes !== statSync(schemaUrl).size) return undefined;
  for (const [i, schema] of Object.values(index.document.provider_schemas).entries()) {
    for (const kind of SPLIT_KINDS) {
      const types = schema[kind];
      if (!Array.isArray(types)) continue;
      const dir = new URL(`${i}/${kind}/`, indexDir);
      const map: Record<string, unknown> = {};
      for (const type of types as string[]) {
        Object.defineProperty(map, type, {
          enumerable: true,
          configurable: true,
          get() {
            const value = readJson(new URL(`${encodeURIComponent(type)}.json`, dir));
            Object.defineProperty(map, type, { value, enumerable: true, writable: true });
            return value;
          },
        });
      }
      schema[kind] = map;
    }
  }
  return index.document;
}
