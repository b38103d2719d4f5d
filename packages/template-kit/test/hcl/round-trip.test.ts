import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { printHcl } from "../../src/hcl/index.js";
import { normaliseInput, normaliseParsed } from "../../src/testing/round-trip.js";

/**
 * The round-trip comparison is only worth something if it notices wrong HCL: these feed it
 * hand-written HCL, right and wrong, for the same JSON input.
 */
async function sameMeaning(input: unknown, hcl: string): Promise<boolean> {
  const parsed: unknown = await parse("main.tf", hcl);
  try {
    expect(normaliseParsed(parsed)).toEqual(normaliseInput(input, parsed));
    return true;
  } catch {
    return false;
  }
}

describe("round-trip normaliser", () => {
  const variable = { variable: { v: { default: "${HOME}", type: "string" } } };

  it("accepts a variable default printed with the literal escape", async () => {
    expect(
      await sameMeaning(variable, 'variable "v" {\n  default = "$${HOME}"\n  type = string\n}\n'),
    ).toBe(true);
  });

  it("fails to match a variable default printed as an interpolation", async () => {
    expect(
      await sameMeaning(variable, 'variable "v" {\n  default = "${HOME}"\n  type = string\n}\n'),
    ).toBe(false);
  });

  const local = { locals: { script: "echo $${HOME} ${var.x}" } };

  it("accepts whitespace differences inside interpolations", async () => {
    expect(await sameMeaning(local, 'locals {\n  script = "echo $${HOME} ${ var.x }"\n}\n')).toBe(
      true,
    );
  });

  it("fails to match a lost escape", async () => {
    expect(await sameMeaning(local, 'locals {\n  script = "echo ${HOME} ${var.x}"\n}\n')).toBe(
      false,
    );
  });

  it("fails to match a dropped argument", async () => {
    const input = { resource: { terraform_data: { r: { input: "x", triggers_replace: ["y"] } } } };
    expect(await sameMeaning(input, 'resource "terraform_data" "r" {\n  input = "x"\n}\n')).toBe(
      false,
    );
  });

  const report = { locals: { line: 'export X=\'${("none" == var.m) ? "false" : "true"}\'\n' } };

  it("accepts a conditional inside a longer template, which hcl2json reads back as an if directive", async () => {
    const hcl =
      'locals {\n  line = <<-EOT\n    export X=\'${("none" == var.m) ? "false" : "true"}\'\n  EOT\n}\n';
    expect(await sameMeaning(report, hcl)).toBe(true);
  });

  it("fails to match a conditional inside a template whose branches were swapped", async () => {
    const hcl =
      'locals {\n  line = <<-EOT\n    export X=\'${("none" == var.m) ? "true" : "false"}\'\n  EOT\n}\n';
    expect(await sameMeaning(report, hcl)).toBe(false);
  });

  it.each([
    ['x${a ? "f" : b ? "g" : "h"}', "nested conditionals"],
    ['x${a ? "f\\"q\\\\n" : 1}', "escapes in a branch and a bare number"],
    ['x${a ? ["l"] : null}', "a tuple and null"],
    ['x${a ? "f" : ""}', "an empty false branch"],
    ['x${a ? "u${b ? 1 : 2}" : "t"}', "a conditional inside a branch's template"],
    ["x${a ? true : -1}", "a bool and a negative number"],
    ["x${provider::p::f(1) ? 1 : 2}", "a provider function in the condition"],
    ['x${upper(a ? "f" : "t")}', "a conditional inside a function call (not rewritten)"],
    ['${a ? "f" : "t"}', "a string that is only the conditional (not rewritten)"],
  ])("accepts %s (%s) printed as a quoted template", async (text) => {
    const input = { locals: { v: text } };
    expect(await sameMeaning(input, printHcl(input, { schemas: [] }))).toBe(true);
  });

  it("accepts a single block body printed as a block and bare references", async () => {
    const input = {
      resource: {
        terraform_data: {
          r: { lifecycle: { ignore_changes: "all" }, depends_on: ["terraform_data.a"] },
        },
      },
    };
    const hcl =
      'resource "terraform_data" "r" {\n  lifecycle {\n    ignore_changes = all\n  }\n  depends_on = [terraform_data.a]\n}\n';
    expect(await sameMeaning(input, hcl)).toBe(true);
  });
});
