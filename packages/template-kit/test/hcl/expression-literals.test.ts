// Literal strings inside Terraform expressions (issue #13.1): every literal a construct passes to
// `Fn.*`, `Op.*` or `Fn.conditional` (values, list items, object keys, fragments around tokens)
// must reach Terraform meaning exactly itself. Checked with the real Terraform: a template of
// outputs is synthesized, written both as main.tf.json and as main.tf (the HCL printer), applied
// (no provider involved), and every output compared with the string the test put in.
import { Fn, Op, TerraformOutput, TerraformVariable } from "@codex-coder/cdk";
import { describe, expect, it } from "vitest";
import { createTemplateApp, synthTemplate, TemplateStack } from "../../src/index.js";
import { printHcl } from "../../src/hcl/index.js";
import { terraformApplyOutputs, terraformFmtCheck, withFiles } from "./helpers/terraform.js";

/** Strings that cdktf 0.21 alone would corrupt in an expression, and some that it would not. */
const CORPUS: readonly string[] = [
  'echo "done"',
  "C:\\temp\\new",
  "%{ if true }yes%{ endif }",
  "${var.flag}",
  "$${x} %%{y} $$${z}",
  '"quoted"',
  '"',
  "\\",
  "ends with a backslash \\",
  "ends with a dollar $",
  "ends with a percent %",
  "$",
  "%",
  "{}",
  "line 1\nline 2\r\n\ttabbed",
  "bell \u0007 delete \u007f next line \u0085 separators \u2028 \u2029 bom \ufeff",
  "\\n is a backslash and an n",
  "",
  "emoji 🙂 and é",
  "<<EOT\nnot a heredoc\nEOT",
  "a = b, c",
];

/** `template-kit` test stack: one set of outputs per corpus string. */
function literalStack(): TemplateStack {
  const stack = new TemplateStack(createTemplateApp(), "literals", {
    displayName: "Literals",
    description: "Literal strings in expressions",
    icon: "/icon/terraform.svg",
  });
  const flag = new TerraformVariable(stack, "flag", { type: "string", default: "on" });
  CORPUS.forEach((text, i) => {
    const same = new TerraformVariable(stack, `same_${i}`, { type: "string", default: text });
    const outputs: Record<string, unknown> = {
      json: Fn.jsonencode({ value: text, list: [text, 1, true], keyed: { [text]: text } }),
      conditional: Fn.conditional(Op.eq(flag.stringValue, "on"), text, "off"),
      equals: Fn.conditional(Op.eq(text, same.stringValue), "equal", "different"),
      join: Fn.join("", [text, flag.stringValue, text]),
      mixed: Fn.format("%s", [`${text}${flag.stringValue}${text}`]),
      raw: Fn.rawString(text),
      rawInside: Fn.jsonencode([Fn.rawString(text)]),
    };
    for (const [name, value] of Object.entries(outputs)) {
      new TerraformOutput(stack, `${name}_${i}`, { value });
    }
  });
  return stack;
}

/** What each output must be, as `terraform output -json` reports it. */
function expected(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  CORPUS.forEach((text, i) => {
    out[`json_${i}`] = { value: text, list: [text, 1, true], keyed: { [text]: text } };
    out[`conditional_${i}`] = text;
    out[`equals_${i}`] = "equal";
    out[`join_${i}`] = `${text}on${text}`;
    out[`mixed_${i}`] = `${text}on${text}`;
    out[`raw_${i}`] = text;
    out[`rawInside_${i}`] = [text];
  });
  return out;
}

/** The outputs' values, with jsonencode results decoded. */
function values(outputs: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, output] of Object.entries(outputs as Record<string, { value: unknown }>)) {
    const value = output.value;
    out[name] =
      (name.startsWith("json_") || name.startsWith("rawInside_")) && typeof value === "string"
        ? (JSON.parse(value) as unknown)
        : value;
  }
  return out;
}

describe("literal strings in expressions", () => {
  const { config } = synthTemplate(literalStack());

  it("reach Terraform byte-exact through main.tf.json", async () => {
    const outputs = await withFiles({ "main.tf.json": JSON.stringify(config) }, (dir) =>
      terraformApplyOutputs(dir),
    );
    expect(values(outputs)).toEqual(expected());
  }, 120_000);

  it("reach Terraform byte-exact through main.tf, which terraform fmt leaves as it is", async () => {
    const text = printHcl(config, { schemas: [] });
    const outputs = await withFiles({ "main.tf": text }, async (dir) => {
      await terraformFmtCheck(dir);
      return terraformApplyOutputs(dir);
    });
    expect(values(outputs)).toEqual(expected());
  }, 120_000);
});
