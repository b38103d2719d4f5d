import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { providerSchema } from "@codex-coder/provider-coder";

const require = createRequire(import.meta.url);
const source = JSON.parse(
  readFileSync(new URL("../schema/source.json", import.meta.url), "utf8"),
) as { provider: string; schemaFile: string };

describe("providerSchema", () => {
  it("is the committed schema file named in schema/source.json", () => {
    const file = new URL(`../schema/${source.schemaFile}`, import.meta.url);
    expect(providerSchema).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("describes the provider's resources and data sources", () => {
    const schema = providerSchema.provider_schemas["registry.terraform.io/coder/coder"] as {
      resource_schemas: Record<string, unknown>;
      data_source_schemas: Record<string, unknown>;
    };
    expect(Object.keys(providerSchema.provider_schemas)).toEqual([source.provider]);
    expect(schema.resource_schemas).toHaveProperty("coder_agent");
    expect(schema.data_source_schemas).toHaveProperty("coder_workspace_tags");
  });

  it('is exported as "@codex-coder/provider-coder/schema" for tools that read the JSON', () => {
    expect(require.resolve("@codex-coder/provider-coder/schema")).toBe(
      require.resolve(`../schema/${source.schemaFile}`),
    );
  });
});
