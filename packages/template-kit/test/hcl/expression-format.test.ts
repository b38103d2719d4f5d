import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { printHcl } from "../../src/hcl/index.js";
import { terraformFmt } from "./helpers/terraform.js";

/** `[the text inside ${…} in JSON, the expression the printer must print]` */
const CASES: readonly (readonly [string, string])[] = [
  ["length( var.x )>0", "length(var.x) > 0"],
  ["a.b[0].c[*].d", "a.b[0].c[*].d"],
  ["var.list [0]", "var.list[0]"],
  ["{a=1}", "{ a = 1 }"],
  ["{\n  a = 1\n  b = 2\n}", "{ a = 1, b = 2 }"],
  ["{\n  a = 1,\n  b = 2,\n}", "{ a = 1, b = 2, }"],
  ["[\n  1,\n  2\n]", "[1, 2]"],
  ["merge(\n  var.a,\n  var.b\n)", "merge(var.a, var.b)"],
  ["{ for k, v in var.m :\n  k => v }", "{ for k, v in var.m : k => v }"],
  ["var.a # why\n+ 1", "var.a + 1"],
  ["/* note */ var.a", "var.a"],
  ["! var.flag", "!var.flag"],
  ["- 1 + -var.n", "-1 + -var.n"],
  ["x == -1 ? [ -1 ] : [1 - 2]", "x == -1 ? [-1] : [1 - 2]"],
  ["var.a?var.b:var.c", "var.a ? var.b : var.c"],
  ["provider::coder::foo( 1 )", "provider::coder::foo(1)"],
  ["f(var.x ...)", "f(var.x...)"],
  ["[for x in [1,2]: x]", "[for x in [1, 2] : x]"],
  ['upper( "${ var.a }-x" )', 'upper("${var.a}-x")'],
  ['{ "a b" = 1, (var.k) = 2 }', '{ "a b" = 1, (var.k) = 2 }'],
  ['replace(var.s, "/a\\\\.b/", "}")', 'replace(var.s, "/a\\\\.b/", "}")'],
  ["{ a = { b = {} } }", "{ a = { b = {} } }"],
  ["1.5e3 * 2", "1.5e3 * 2"],
];

describe("expression formatting", () => {
  it.each(CASES)("prints %j as %j", (inside, expected) => {
    const text = printHcl({ locals: { x: `\${${inside}}` } }, { schemas: [] });
    expect(text).toBe(`locals {\n  x = ${expected}\n}\n`);
  });

  it("prints expressions terraform fmt leaves unchanged", { timeout: 60_000 }, async () => {
    const locals = Object.fromEntries(CASES.map(([inside], i) => [`x${i}`, `\${${inside}}`]));
    const text = printHcl({ locals }, { schemas: [] });
    expect(await terraformFmt(text)).toBe(text);
  });

  it("prints expressions HCL parses", async () => {
    const locals = Object.fromEntries(CASES.map(([inside], i) => [`x${i}`, `\${${inside}}`]));
    await expect(parse("main.tf", printHcl({ locals }, { schemas: [] }))).resolves.toBeDefined();
  });

  it("formats expressions inside quoted templates the way terraform fmt does", async () => {
    const text = printHcl(
      { locals: { a: "n=${ -1 }, ${ {a=1} }, %{ if var.x }y%{ endif }" } },
      { schemas: [] },
    );
    expect(text).toBe('locals {\n  a = "n=${- 1}, ${ { a = 1 } }, %{if var.x}y%{endif}"\n}\n');
    expect(await terraformFmt(text)).toBe(text);
  });
});
