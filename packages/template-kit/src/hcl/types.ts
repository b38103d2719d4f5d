/**
 * A Terraform configuration in JSON syntax, as cdktf synthesizes it: an object with any of
 * `terraform`, `provider`, `variable`, `locals`, `data`, `resource`, `module`, `output`, `moved`,
 * `import`, `removed`, and `//` metadata keys (dropped when printing). Values are read as
 * `unknown` and checked while printing.
 */
export interface TerraformJson {
  readonly [key: string]: unknown;
}

/** The schema of a block, as in `terraform providers schema -json`. */
export interface SchemaBlock {
  /** Arguments; their values print as `name = value`, whatever their type. */
  readonly attributes?: { readonly [name: string]: SchemaAttribute | undefined };
  /** Nested block types; their values print as blocks. */
  readonly block_types?: { readonly [name: string]: SchemaNestedBlock | undefined };
}

/** An argument of a block schema (only its presence matters to the printer). */
export interface SchemaAttribute {
  readonly type?: unknown;
  readonly nested_type?: unknown;
}

/** A nested block type of a block schema. */
export interface SchemaNestedBlock {
  /**
   * `single` or `group` (at most one block), `list` or `set` (repeated blocks), `map` (blocks
   * with one label).
   */
  readonly nesting_mode: string;
  readonly block: SchemaBlock;
}

/** The schema of a resource type, data source or provider configuration. */
export interface SchemaEntry {
  readonly version?: number;
  readonly block: SchemaBlock;
}

/** The schemas of one provider. */
export interface ProviderSchema {
  /** Schema of the `provider "<name>" {}` block. */
  readonly provider?: SchemaEntry;
  readonly resource_schemas?: { readonly [type: string]: SchemaEntry | undefined };
  readonly data_source_schemas?: { readonly [type: string]: SchemaEntry | undefined };
}

/** A document printed by `terraform providers schema -json`. */
export interface ProviderSchemaDocument {
  readonly format_version?: string;
  /** Provider schemas by provider address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider_schemas?: { readonly [address: string]: ProviderSchema | undefined };
}

/** Options of {@link printHcl}. */
export interface HclPrintOptions {
  /**
   * Provider schemas (`terraform providers schema -json` documents) used to tell nested blocks
   * from arguments of map/object type. Any number of documents; each may hold several providers.
   * The builtin `terraform_data` resource and `terraform_remote_state` data source are always
   * known.
   */
  readonly schemas: readonly ProviderSchemaDocument[];
  /**
   * What to do with a resource, data source or provider that no schema describes.
   * - `"attributes"`: print every nested object or list of objects as an argument
   *   (`name = { … }`), never guess blocks, and report an `UnknownSchema` warning.
   * - `"error"`: throw an {@link HclPrintError}.
   *
   * @default "attributes"
   */
  readonly unknownSchema?: "attributes" | "error";
  /**
   * Comment lines printed first, each as `# <line>`, then a blank line: e.g. that the file is
   * generated, and by what.
   *
   * @default [] - no header
   */
  readonly header?: readonly string[];
  /**
   * Sections that keep the blocks of one construct together, printed in this order after the
   * `terraform` and `provider` blocks, each under a one-line comment: its variables, data sources,
   * locals (a `locals` block of its own), resources, modules and outputs. Blocks no section names
   * print before the first section, in the usual type order.
   *
   * @default [] - every block in the usual type order: terraform, provider, variable, data,
   *   locals, resource, module, output (then moved, import, removed)
   */
  readonly sections?: readonly HclSection[];
}

/** Blocks that belong together in `main.tf`, e.g. everything one construct adds. */
export interface HclSection {
  /** The comment above the section (one line, printed as `# <comment>`). */
  readonly comment: string;
  /**
   * Addresses of the section's blocks: `var.<name>`, `local.<name>`, `data.<type>.<name>`,
   * `<type>.<name>` (a resource), `module.<name>`, `output.<name>`. An address the configuration
   * does not hold is ignored; an address named by two sections prints in the first.
   */
  readonly addresses: readonly string[];
}

/** Something the printer could not check and printed on a best-effort basis. */
export interface HclPrintWarning {
  /**
   * - `UnknownSchema`: no schema for a resource type, data source or provider; nested objects
   *   were printed as arguments.
   * - `UnknownArgument`: a key the schema does not list; printed as an argument.
   */
  readonly code: "UnknownSchema" | "UnknownArgument";
  /** Terraform address, e.g. `docker_container.workspace` or `provider.docker`. */
  readonly address: string;
  readonly message: string;
}

/** Result of {@link printHclReport}. */
export interface HclPrintResult {
  /** The HCL text (`main.tf`), `terraform fmt`-clean, ending in one newline. */
  readonly text: string;
  /** Every warning, in the order the configuration was printed. */
  readonly warnings: readonly HclPrintWarning[];
}
