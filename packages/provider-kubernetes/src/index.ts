/**
 * Typed cdktf bindings for the hashicorp/kubernetes Terraform provider, generated from the real
 * provider's schema (see schema/source.json). The provider has about 150 resource and data source
 * types, so the package root exports only the schema and the source record: import each binding
 * by its deep import path, e.g.
 * `import { DeploymentV1 } from "@codex-coder/provider-kubernetes/deployment-v1"`
 * (the folder names of `src/gen/`).
 */
import {
  loadProviderPackage,
  type ProviderSchemaDocument,
  type ProviderSource,
} from "@codex-coder/cdk/provider-package";

export type { ProviderSchemaDocument, ProviderSource };

const metadata = loadProviderPackage(new URL("..", import.meta.url));

/**
 * The committed schema of the kubernetes provider the bindings were generated from (the
 * `schemaFile` named in `schema/source.json`). Pass it to the template kit, whose HCL output needs
 * it to tell nested blocks from map arguments (`resources { limits = { … } }`).
 */
export const providerSchema: ProviderSchemaDocument = metadata.providerSchema;

/**
 * The kubernetes provider these bindings were generated for, the range templates declare and the
 * versions the tests run.
 */
export const providerSource: ProviderSource = metadata.providerSource;
