/**
 * Typed cdktf bindings for the kreuzwerker/docker Terraform provider, generated from the real provider's
 * schema (see schema/source.json). Import the namespaces you need, e.g.
 * `import { container, volume } from "@codex-coder/provider-docker"`.
 */
export * from "./gen/index.js";
export { providerSchema, type ProviderSchemaDocument } from "./schema.js";
export { providerSource } from "./source.js";
