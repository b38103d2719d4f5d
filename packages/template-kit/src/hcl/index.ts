export { printHcl, printHclReport } from "./print.js";
export { HclPrintError } from "./errors.js";
export type {
  HclPrintOptions,
  HclPrintResult,
  HclPrintWarning,
  ProviderSchema,
  ProviderSchemaDocument,
  SchemaAttribute,
  SchemaBlock,
  SchemaEntry,
  SchemaNestedBlock,
  TerraformJson,
} from "./types.js";
