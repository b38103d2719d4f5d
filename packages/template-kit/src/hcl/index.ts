export { printHcl, printHclReport } from "./print.js";
export { HclPrintError } from "./errors.js";
export type {
  HclPrintOptions,
  HclPrintResult,
  HclPrintWarning,
  HclSection,
  ProviderSchema,
  ProviderSchemaDocument,
  SchemaAttribute,
  SchemaBlock,
  SchemaEntry,
  SchemaNestedBlock,
  TerraformJson,
} from "./types.js";
