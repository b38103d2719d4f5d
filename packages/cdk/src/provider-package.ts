import { readFileSync } from "node:fs";

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
  const schema = readJson(schemaUrl) as Partial<ProviderSchemaDocument>;
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
