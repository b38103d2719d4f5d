/**
 * Typed cdktf bindings for the kreuzwerker/docker Terraform provider, generated from the real provider's
 * schema (see schema/source.json). Import the namespaces you need, e.g.
 * `import { container, volume } from "@codex-coder/provider-docker"`, or one binding by its deep import path
 * (`@codex-coder/provider-docker/<binding>`, the folder names of `src/gen/`).
 */
import {
  loadProviderPackage,
  type ProviderSchemaDocument,
  type ProviderSource,
} from "@codex-coder/cdk/provider-package";

export * from "./gen/index.js";
export type { ProviderSchemaDocument, ProviderSource };

const metadata = loadProviderPackage(new URL("..", import.meta.url));

/**
 * The committed schema of the docker provider the bindings were generated from (the `schemaFile`
 * named in `schema/source.json`). Pass it to the template kit, whose HCL output needs it to tell
 * nested blocks from arguments: `buildTemplates(stacks, { outDir: "dist", schemas: [...] })`.
 */
export const providerSchema: ProviderSchemaDocument = metadata.providerSchema;

/** The docker provider these bindings were generated for, and the range templates declare. */
export const providerSource: ProviderSource = metadata.providerSource;
