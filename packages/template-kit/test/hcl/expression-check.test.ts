// The printer's syntax check of `${…}` / `%{…}` sequences must agree with Terraform's own parser:
// every template here is also given to the real `terraform fmt` inside a quoted string, and the
// check must accept exactly what Terraform accepts.
import { describe, expect, it } from "vitest";
import { checkTemplateSyntax } from "../../src/hcl/expression-check.js";
import { scanTemplate } from "../../src/hcl/scanner.js";
import { terraform } from "./helpers/terraform.js";

const VALID: readonly string[] = [
  "${var.a}",
  '${jsonencode({ "version" = 1, "settings" = [{ "path" = ["a"], "value" = "echo \\"done\\"" }] })}',
  '${base64encode(jsonencode({ "value" = "C:\\\\temp\\\\new", "b" = "%%{ if true }yes%%{ endif }" }))}',
  '${var.m == "none" ? "false" : "true"}',
  '${!(var.a == "x") || 0 < length(var.b)}',
  '${try(data.coder_parameter.p[0].value, "")}',
  '${[for s in var.list : upper(s) if s != ""]}',
  "${{ for k, v in var.map : k => v... }}",
  "${aws_instance.a[*].id}",
  "${provider::p::f(1, 2)}",
  '${contains(["a", "b"], var.x)}',
  "${-1 + 2 * 3 % 4 / 5 - 6}",
  '${{ a = 1, "b" : 2 }}',
  "${{\n  a = 1\n  b = 2\n}}",
  "${f(var.list...)}",
  '${"\\u00e9 \\U0001F642 \\t"}',
  "%{ if var.a }yes%{ else }no%{ endif }",
  "%{ for x in var.list }${x}%{ endfor }",
  'a ${"nested ${var.b}"} c',
];

const INVALID: readonly string[] = [
  '${jsonencode({ "value" = "echo "done"" })}',
  '${{ "a" = 1 "b" = 2 }}',
  '${["a" "b"]}',
  "${f(1 2)}",
  '${"C:\\dir"}',
  '${"\\q"}',
  "${var.a ?}",
  "${var.a ? 1}",
  "${(var.a}",
  "${[1, 2}",
  "${var.}",
  "${1 +}",
  "${= 1}",
  "%{ if }x%{ endif }",
  "%{ unless var.a }x%{ endif }",
  "${a b}",
];

/**
 * Whether `terraform fmt` parses `locals { x = "<template>" }`. The template goes in verbatim: the
 * text outside its sequences has no quote, backslash or newline to escape.
 */
async function terraformAccepts(template: string): Promise<boolean> {
  const run = await terraform(["fmt", "-no-color", "-"], ".", `locals {\n  x = "${template}"\n}\n`);
  return run.code === 0;
}

function checkAccepts(template: string): boolean {
  try {
    checkTemplateSyntax(scanTemplate(template));
    return true;
  } catch {
    return false;
  }
}

describe("expression syntax check", () => {
  it.each(VALID)("accepts %s, as Terraform does", async (template) => {
    expect(await terraformAccepts(template)).toBe(true);
    expect(checkAccepts(template)).toBe(true);
  });

  it.each(INVALID)("rejects %s, as Terraform does", async (template) => {
    expect(await terraformAccepts(template)).toBe(false);
    expect(checkAccepts(template)).toBe(false);
  });
});
