// The tests every provider package runs on its `providerSchema` export, written once.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/**
 * Declares the `providerSchema` tests of one provider package (call it from a vitest test file):
 * the export is the committed schema file named in `schema/source.json`, it describes the
 * provider at `address` (one resource and one data source type checked), and the package exports
 * that file as `<packageName>/schema`.
 * @param {import("./schema-tests.d.mts").ProviderSchemaCase} options
 */
export function describeProviderSchema(options) {
  const { packageName, schemaDir, providerSchema, address, resource, dataSource } = options;
  const require = createRequire(schemaDir);
  const source = JSON.parse(readFileSync(new URL("source.json", schemaDir), "utf8"));

  describe("providerSchema", () => {
    it("is the committed schema file named in schema/source.json", () => {
      const file = new URL(source.schemaFile, schemaDir);
      expect(providerSchema).toEqual(JSON.parse(readFileSync(file, "utf8")));
    });

    it("describes the provider's resources and data sources", () => {
      const schema = providerSchema.provider_schemas[address];
      expect(Object.keys(providerSchema.provider_schemas)).toEqual([source.provider]);
      expect(schema.resource_schemas).toHaveProperty(resource);
      expect(schema.data_source_schemas).toHaveProperty(dataSource);
    });

    it(`is exported as "${packageName}/schema" for tools that read the JSON`, () => {
      expect(require.resolve(`${packageName}/schema`)).toBe(
        require.resolve(`./${source.schemaFile}`),
      );
    });
  });
}
