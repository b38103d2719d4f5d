import { describe, expect, it } from "vitest";
import { HclScanError, scanTemplate } from "../../src/hcl/scanner.js";
import { escapeTemplateText } from "@codex-coder/cdk";
import { printString } from "../../src/hcl/strings.js";

const template = { mode: "template", allowHeredoc: true, allowBare: true } as const;
const literal = { mode: "literal", allowHeredoc: true, allowBare: false } as const;

describe("template scanning", () => {
  it("splits literal text and sequences, keeping escapes in the literal text", () => {
    expect(scanTemplate("a $${b} ${c.d} %%{e} %{ if f }")).toEqual([
      { kind: "literal", text: "a $${b} " },
      {
        kind: "sequence",
        open: "${",
        close: "}",
        tokens: [
          { type: "Ident", text: "c" },
          { type: "Dot", text: "." },
          { type: "Ident", text: "d" },
        ],
      },
      { kind: "literal", text: " %%{e} " },
      {
        kind: "sequence",
        open: "%{",
        close: "}",
        tokens: [
          { type: "Ident", text: "if" },
          { type: "Ident", text: "f" },
        ],
      },
    ]);
  });

  it("finds the end of a sequence past braces inside strings and objects", () => {
    const parts = scanTemplate('${f("}", { a = "${x}" })}tail');
    expect(parts.map((part) => part.kind)).toEqual(["sequence", "literal"]);
    expect(parts[1]).toEqual({ kind: "literal", text: "tail" });
  });

  it("keeps strip markers with the delimiters", () => {
    const [part] = scanTemplate("${~ x ~}");
    expect(part).toMatchObject({ kind: "sequence", open: "${~", close: "~}" });
  });

  it("treats a lone $ or % as literal text", () => {
    expect(scanTemplate("$ % $$ %% $")).toEqual([{ kind: "literal", text: "$ % $$ %% $" }]);
  });

  it("fails on an unterminated sequence", () => {
    expect(() => scanTemplate("a ${b")).toThrow(HclScanError);
    expect(() => scanTemplate('${f("x)}')).toThrow(/unterminated quoted string/);
  });

  it("fails on a heredoc inside an interpolation", () => {
    expect(() => scanTemplate("${<<EOT\nx\nEOT\n}")).toThrow(/heredoc inside an expression/);
  });
});

describe("string printing", () => {
  it("prints exactly one interpolation as a bare expression", () => {
    expect(printString("${data.coder_workspace.me.start_count}", template)).toEqual({
      kind: "inline",
      text: "data.coder_workspace.me.start_count",
      tokens: expect.any(Array),
    });
  });

  it("prints one interpolation with strip markers as a bare expression", () => {
    expect(printString("${~ var.x ~}", template)).toEqual({
      kind: "inline",
      text: "var.x",
      tokens: expect.any(Array),
    });
  });

  it("keeps two interpolations in a quoted template", () => {
    expect(printString("${a}${b}", template)).toEqual({ kind: "inline", text: '"${a}${b}"' });
  });

  it("escapes sequences of a string Terraform reads literally", () => {
    expect(escapeTemplateText("${a} $${b} %{c} %%{d}")).toBe("$${a} $$${b} %%{c} %%%{d}");
    expect(printString("${HOME}", literal)).toEqual({ kind: "inline", text: '"$${HOME}"' });
  });

  it("prints an empty string as a pair of quotes in both modes", () => {
    expect(printString("", template)).toEqual({ kind: "inline", text: '""' });
    expect(printString("", literal)).toEqual({ kind: "inline", text: '""' });
  });

  it("prints multi-line text ending in a newline as a heredoc", () => {
    expect(printString("a\n  b\n", template)).toEqual({
      kind: "heredoc",
      flush: true,
      marker: "EOT",
      lines: ["a", "  b"],
    });
  });

  it("prints text whose lines are all indented as a verbatim heredoc", () => {
    expect(printString("  a\n  b\n", template)).toEqual({
      kind: "heredoc",
      flush: false,
      marker: "EOT",
      lines: ["  a", "  b"],
    });
  });

  it("does not use a heredoc where it is not allowed", () => {
    expect(printString("a\nb\n", { ...template, allowHeredoc: false })).toEqual({
      kind: "inline",
      text: '"a\\nb\\n"',
    });
  });

  it("does not use a flush heredoc when a line starts with a combining mark", () => {
    expect(printString("a\n\u0301b\n", template)).toMatchObject({ kind: "heredoc", flush: false });
  });

  it("escapes control characters as unicode escapes", () => {
    expect(printString("\u0000\u001f\u0085", template)).toEqual({
      kind: "inline",
      text: '"\\u0000\\u001f\\u0085"',
    });
  });

  it("escapes invisible characters but keeps visible unicode and emoji sequences", () => {
    expect(printString("a\u2028b\ufeffc\u200bd é 👨‍👩‍👧", template)).toEqual({
      kind: "inline",
      text: '"a\\u2028b\\ufeffc\\u200bd é 👨‍👩‍👧"',
    });
  });

  it("fails on a lone surrogate", () => {
    expect(() => printString("a\ud800b", template)).toThrow(/lone UTF-16 surrogate/);
  });

  it("fails on an empty interpolation", () => {
    expect(() => printString("${}", template)).toThrow(
      "Missing expression: the expression ends too early",
    );
  });
});
