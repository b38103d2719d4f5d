/**
 * Typed cdktf bindings for the coder/coder Terraform provider, generated from the real provider's
 * schema (see schema/source.json). Import the namespaces you need, e.g.
 * `import { agent, app } from "@codex-coder/provider-coder"`.
 */
export * from "./gen/index.js";
export { providerSchema, type ProviderSchemaDocument } from "./schema.js";
export { providerSource } from "./source.js";
