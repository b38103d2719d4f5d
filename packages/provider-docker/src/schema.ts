import { createRequire } from "node:module";

/**
 * A document printed by `terraform providers schema -json`, typed only as far as this package
 * checks it, so that it can be passed wherever such a document is expected (the template kit's
 * `schemas` option) without this package depending on the template kit.
 */
export interface ProviderSchemaDocument {
  /** Version of the document format, e.g. `1.0`. */
  readonly format_version: string;
  /** Schemas by provider address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider_schemas: { readonly [address: string]: object };
}

interface SchemaSource {
  readonly provider: string;
  readonly schemaFile: string;
}

const require = createRequire(import.meta.url);
const source = require("../schema/source.json") as SchemaSource;
const document = require(`../schema/${source.schemaFile}`) as Partial<ProviderSchemaDocument>;
if (
  typeof document.format_version !== "string" ||
  typeof document.provider_schemas?.[source.provider] !== "object"
) {
  throw new Error(
    `schema/${source.schemaFile}: expected \`terraform providers schema -json\` output with the schema of ${source.provider}`,
  );
}

/**
 * The committed schema of the docker provider the bindings were generated from
 * (the `schemaFile` named in `schema/source.json`). Pass it to the template kit,
 * whose HCL output needs it to tell nested blocks from arguments:
 * `buildTemplates(stacks, { outDir: "dist", schemas: [coderSchema, providerSchema] })`.
 */
export const providerSchema: ProviderSchemaDocument = document as ProviderSchemaDocument;
