/** One provider package, as {@link describeProviderSchema} tests it. */
export interface ProviderSchemaCase {
  /** The package name, e.g. `@codex-coder/provider-coder`. */
  readonly packageName: string;
  /** The package's `schema/` folder, as a file URL ending in `/`. */
  readonly schemaDir: URL;
  /** The package's `providerSchema` export. */
  readonly providerSchema: {
    readonly provider_schemas: Readonly<
      Record<
        string,
        {
          resource_schemas?: Record<string, unknown>;
          data_source_schemas?: Record<string, unknown>;
        }
      >
    >;
  };
  /** The provider's registry address, e.g. `registry.terraform.io/coder/coder`. */
  readonly address: string;
  /** A resource type the provider has. */
  readonly resource: string;
  /** A data source type the provider has. */
  readonly dataSource: string;
}

/** Declares the `providerSchema` tests of one provider package (from a vitest test file). */
export function describeProviderSchema(options: ProviderSchemaCase): void;
