import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { providerSchema, providerSource } from "@codex-coder/provider-kubernetes";

const require = createRequire(import.meta.url);
const source = JSON.parse(
  readFileSync(new URL("../schema/source.json", import.meta.url), "utf8"),
) as { provider: string; schemaFile: string };

type Schemas = Record<string, { block?: { attributes?: Record<string, unknown> } }>;

describe("providerSchema and providerSource", () => {
  it("are the committed schema and source record of the real provider 3.2.1", () => {
    const file = new URL(`../schema/${source.schemaFile}`, import.meta.url);
    expect(providerSchema).toEqual(JSON.parse(readFileSync(file, "utf8")));
    expect(providerSource).toMatchObject({
      provider: "registry.terraform.io/hashicorp/kubernetes",
      version: "3.2.1",
      constraint: ">= 2.7.0, < 4.0.0",
      testedVersions: ["3.2.1", "2.38.0"],
    });
  });

  it("is the whole schema, with the _v1 types the templates use", () => {
    const schema = providerSchema.provider_schemas[source.provider] as {
      resource_schemas: Schemas;
      data_source_schemas: Schemas;
    };
    expect(Object.keys(providerSchema.provider_schemas)).toEqual([source.provider]);
    expect(Object.keys(schema.resource_schemas).length).toBeGreaterThan(50);
    expect(schema.resource_schemas).toHaveProperty("kubernetes_deployment_v1");
    expect(schema.resource_schemas).toHaveProperty("kubernetes_persistent_volume_claim_v1");
    expect(schema.data_source_schemas).toHaveProperty("kubernetes_namespace_v1");
  });

  it('is exported as "@codex-coder/provider-kubernetes/schema" for tools that read the JSON', () => {
    expect(require.resolve("@codex-coder/provider-kubernetes/schema")).toBe(
      require.resolve(`../schema/${source.schemaFile}`),
    );
  });
});
