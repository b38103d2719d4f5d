import { describe, expect, it } from "vitest";
import {
  HclPrintError,
  printHcl,
  printHclReport,
  type ProviderSchemaDocument,
  type TerraformJson,
} from "../../src/hcl/index.js";
import { coderSchema } from "./helpers/fixtures.js";

/** A hand-written schema document with a `thing` resource in two providers. */
function twoProviders(): ProviderSchemaDocument {
  const asBlock = { block: { block_types: { conf: { nesting_mode: "list", block: {} } } } };
  const asAttribute = { block: { attributes: { conf: { type: ["list", ["object", {}]] } } } };
  return {
    provider_schemas: {
      "registry.terraform.io/acme/thing": { resource_schemas: { thing_box: asBlock } },
      "registry.terraform.io/other/thing": { resource_schemas: { thing_box: asAttribute } },
    },
  };
}

const box: TerraformJson = { resource: { thing_box: { b: { conf: [{ a: 1 }] } } } };

describe("printHcl", () => {
  it("prints top-level blocks in the order terraform, provider, variable, data, locals, resource, output", () => {
    const text = printHcl(
      {
        output: { o: { value: 1 } },
        resource: { terraform_data: { r: {} } },
        locals: { l: 1 },
        data: { terraform_remote_state: { s: { backend: "local" } } },
        variable: { v: {} },
        provider: { coder: {} },
        terraform: { required_version: ">= 1.9" },
      },
      { schemas: [coderSchema()] },
    );
    const order = [...text.matchAll(/^(\w+)/gm)].map((match) => match[1]);
    expect(order).toEqual([
      "terraform",
      "provider",
      "variable",
      "data",
      "locals",
      "resource",
      "output",
    ]);
  });

  it("keeps the order of resources within a type", () => {
    const text = printHcl(
      { resource: { terraform_data: { zeta: {}, alpha: {}, mid: {} } } },
      { schemas: [] },
    );
    expect([...text.matchAll(/"terraform_data" "(\w+)"/g)].map((m) => m[1])).toEqual([
      "zeta",
      "alpha",
      "mid",
    ]);
  });

  it("chooses the schema of the provider required under the resource's implied name", () => {
    const required = (source: string): TerraformJson => ({
      terraform: { required_providers: { thing: { source } } },
      ...box,
    });
    expect(printHcl(required("acme/thing"), { schemas: [twoProviders()] })).toContain("conf {");
    expect(printHcl(required("other/thing"), { schemas: [twoProviders()] })).toContain("conf = [");
  });

  it("prints a nested block given as one object as one block", () => {
    const text = printHcl(
      {
        resource: {
          coder_app: {
            a: { agent_id: "x", slug: "a", healthcheck: { url: "u", interval: 1, threshold: 2 } },
          },
        },
      },
      { schemas: [coderSchema()] },
    );
    expect(text).toContain('  healthcheck {\n    url       = "u"');
  });

  it("reports a key the schema does not know and prints it as an argument", () => {
    const result = printHclReport(
      { resource: { coder_env: { e: { agent_id: "a", name: "N", value: "v", typo: { x: 1 } } } } },
      { schemas: [coderSchema()] },
    );
    expect(result.warnings).toEqual([
      {
        code: "UnknownArgument",
        address: "coder_env.e.typo",
        message: 'the schema has no argument or block named "typo"; printed as an argument',
      },
    ]);
    expect(result.text).toContain("  typo = {\n    x = 1\n  }");
  });

  it("prints the JSON form of a provider reference bare", () => {
    const text = printHcl(
      {
        resource: {
          terraform_data: {
            r: { provider: "${terraform.x}", depends_on: ["${terraform_data.a}"] },
          },
        },
      },
      { schemas: [] },
    );
    expect(text).toContain("provider = terraform.x");
    expect(text).toContain("depends_on = [terraform_data.a]");
  });

  it("prints an empty configuration as an empty file", () => {
    expect(printHcl({}, { schemas: [] })).toBe("");
  });
});

describe("printHcl failures", () => {
  it("fails on an unknown top-level key, naming it", () => {
    expect(() => printHcl({ check: {} }, { schemas: [] })).toThrow(
      /^check: unsupported top-level key; expected one of terraform, provider/,
    );
  });

  it("fails on a block given as a string", () => {
    expect(() =>
      printHcl({ resource: { terraform_data: { r: { lifecycle: "all" } } } }, { schemas: [] }),
    ).toThrow('terraform_data.r.lifecycle: expected an object (a block body), got "all"');
  });

  it("fails on an argument name that is not an identifier", () => {
    expect(() => printHcl({ locals: { "a b": 1 } }, { schemas: [] })).toThrow(
      'locals.a b: "a b" cannot be printed as an HCL argument or block name (not an identifier)',
    );
  });

  it("fails on an unterminated interpolation, naming the argument", () => {
    expect(() => printHcl({ locals: { a: "x ${y" } }, { schemas: [] })).toThrow(
      /^locals\.a: unterminated "\$\{" sequence starting at offset 2 in "x \$\{y"$/,
    );
  });

  it("fails on a number JSON cannot hold", () => {
    expect(() => printHcl({ locals: { a: Number.NaN } }, { schemas: [] })).toThrow(
      "locals.a: expected a finite number, got NaN",
    );
  });

  it("fails on depends_on that is not a list", () => {
    expect(() =>
      printHcl(
        { resource: { terraform_data: { r: { depends_on: "terraform_data.a" } } } },
        { schemas: [] },
      ),
    ).toThrow('terraform_data.r.depends_on: expected a list of references, got "terraform_data.a"');
  });

  it("fails on a schema document without provider_schemas", () => {
    const notASchema = {} as ProviderSchemaDocument;
    expect(() => printHcl({}, { schemas: [notASchema] })).toThrow(/^schemas\[0\]: expected/);
  });

  it("fails on a type without schema when unknownSchema is error", () => {
    expect(() =>
      printHcl(
        { resource: { docker_container: { c: {} } } },
        { schemas: [], unknownSchema: "error" },
      ),
    ).toThrow(HclPrintError);
  });

  it("fails on an unknown unknownSchema policy", () => {
    const options = { schemas: [], unknownSchema: "guess" as "error" };
    expect(() => printHcl({}, options)).toThrow(
      'unknownSchema: expected "attributes" or "error", got "guess"',
    );
  });
});
