// The split schema (dist/schema-index/, written by the build) is read per type on first use, and
// the document it gives is the committed schema file's; a schema changed since the index was
// written (another size) is read whole.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadProviderPackage, writeProviderSchemaIndex } from "@codex-coder/cdk/provider-package";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = JSON.parse(readFileSync(path.join(root, "schema/source.json"), "utf8")) as {
  provider: string;
  schemaFile: string;
};
const committed: unknown = JSON.parse(
  readFileSync(path.join(root, "schema", source.schemaFile), "utf8"),
);
const scratch = mkdtempSync(path.join(tmpdir(), "schema-index-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the package's schema folder, as a package root, with its index written as the build does. */
function copyPackage(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(path.join(root, "schema"), path.join(dir, "schema"), { recursive: true });
  writeProviderSchemaIndex(dir);
  return dir;
}

describe("the split schema", () => {
  it("gives the committed schema, type by type, read when looked up", () => {
    const dir = copyPackage("lazy");
    const { providerSchema } = loadProviderPackage(pathToFileURL(`${dir}/`));
    const resources = (
      providerSchema.provider_schemas[source.provider] as {
        resource_schemas: Record<string, unknown>;
      }
    ).resource_schemas;
    // Not read yet: an accessor until its first use.
    expect(Object.getOwnPropertyDescriptor(resources, "coder_agent")?.get).toBeTypeOf("function");
    expect(resources["coder_agent"]).toBeTypeOf("object");
    expect(Object.getOwnPropertyDescriptor(resources, "coder_agent")?.get).toBeUndefined();
    expect(JSON.parse(JSON.stringify(providerSchema))).toEqual(committed);
  });

  it("is not used when the schema file changed (its size) since the index was written", () => {
    const dir = copyPackage("changed");
    const file = path.join(dir, "schema", source.schemaFile);
    appendFileSync(file, "\n");
    const { providerSchema } = loadProviderPackage(pathToFileURL(`${dir}/`));
    const resources = (
      providerSchema.provider_schemas[source.provider] as {
        resource_schemas: Record<string, unknown>;
      }
    ).resource_schemas;
    expect(Object.getOwnPropertyDescriptor(resources, "coder_agent")?.get).toBeUndefined();
    expect(providerSchema).toEqual(committed);
  });
});
