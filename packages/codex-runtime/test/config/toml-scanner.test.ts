import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { scanToml, type TomlKeyValue } from "../../src/config/toml-scanner.js";

function keys(text: string): { path: string; value: string; lines: string }[] {
  parse(text); // every input here is valid TOML
  return scanToml(text)
    .statements.filter((s): s is TomlKeyValue => s.kind === "key-value")
    .map((s) => ({
      path: JSON.stringify(s.path),
      value: text.slice(s.valueStart, s.valueEnd),
      lines: text.slice(s.start, s.end),
    }));
}

describe("scanToml", () => {
  it("follows headers with quoted keys, dotted keys and array tables", () => {
    const text = [
      "top = 1",
      '[a."b.c"] # comment',
      ' x.y = "v" # trailing',
      "[ 'lit.key' . z ]",
      "w = 2",
      "[[arr]]",
      "q = 3",
      "[arr.sub]",
      "r = 4",
      "",
    ].join("\n");
    const scan = scanToml(text);
    expect(scan.statements.map((s) => s.kind)).toEqual([
      "key-value",
      "table",
      "key-value",
      "table",
      "key-value",
      "array-table",
      "key-value",
      "table",
      "key-value",
    ]);
    const kvs = scan.statements.filter((s): s is TomlKeyValue => s.kind === "key-value");
    expect(kvs.map((s) => [s.path.join("|"), s.inArray, s.indent])).toEqual([
      ["top", false, ""],
      ["a|b.c|x|y", false, " "],
      ["lit.key|z|w", false, ""],
      ["arr|q", true, ""],
      ["arr|sub|r", true, ""],
    ]);
    expect(kvs[1]?.line).toBe(3);
  });

  it("keeps multi-line strings that contain headers and key lines inside one statement", () => {
    const text = [
      'a = """',
      "[not.a.table]",
      'key = "value"',
      '\\""" still inside',
      'end""""',
      "b = '''",
      "[x]",
      "c = 1'''",
      'd = "quote \\" # not a comment"',
      "e = 'C:\\path'",
      "",
    ].join("\n");
    expect(keys(text)).toEqual([
      {
        path: '["a"]',
        value: text.slice(4, text.indexOf('""""') + 4),
        lines: text.slice(0, text.indexOf("b = ")),
      },
      { path: '["b"]', value: "'''\n[x]\nc = 1'''", lines: "b = '''\n[x]\nc = 1'''\n" },
      {
        path: '["d"]',
        value: '"quote \\" # not a comment"',
        lines: 'd = "quote \\" # not a comment"\n',
      },
      { path: '["e"]', value: "'C:\\path'", lines: "e = 'C:\\path'\n" },
    ]);
  });

  it("spans arrays and inline tables over several lines, with comments inside", () => {
    const text =
      'args = [\n  "a", # first\n  "]",\n  [1, 2],\n]\nenv = { A = "}", B = [1] }\nnext = 1\n';
    expect(keys(text).map((k) => k.lines)).toEqual([
      'args = [\n  "a", # first\n  "]",\n  [1, 2],\n]\n',
      'env = { A = "}", B = [1] }\n',
      "next = 1\n",
    ]);
  });

  it("handles CRLF, a missing final line break, a BOM and scalars with spaces", () => {
    const text = "\uFEFFa = 1\r\n[t]\r\nwhen = 1979-05-27 07:32:00Z # c\r\nlast = true";
    const scan = scanToml(text);
    expect(scan.newline).toBe("\r\n");
    expect(keys(text).map((k) => [k.value, k.lines])).toEqual([
      ["1", "a = 1\r\n"],
      ["1979-05-27 07:32:00Z", "when = 1979-05-27 07:32:00Z # c\r\n"],
      ["true", "last = true"],
    ]);
  });

  it("covers the whole text with statements", () => {
    const text = "# c\n\n  \na = 1\n[b]\n";
    const statements = scanToml(text).statements;
    expect(statements.map((s) => [s.kind, s.start, s.end])).toEqual([
      ["comment", 0, 4],
      ["blank", 4, 5],
      ["blank", 5, 8],
      ["key-value", 8, 14],
      ["table", 14, 18],
    ]);
    expect(scanToml("").statements).toEqual([]);
  });

  it("fails with a line number where the structure cannot be followed", () => {
    expect(() => scanToml('a = 1\nb = "open\n')).toThrow(/line 2: unterminated string/);
    expect(() => scanToml("a = 1\n= 2\n")).toThrow(/line 2: expected a key/);
  });
});
