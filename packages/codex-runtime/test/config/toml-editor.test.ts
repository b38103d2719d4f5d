import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { insertKey, readKey, removeKey, replaceValue } from "../../src/config/toml-editor.js";
import { scanToml } from "../../src/config/toml-scanner.js";
import type { TomlValue } from "../../src/config/toml-value.js";

function insert(text: string, path: string[], value: TomlValue): string {
  const result = insertKey(text, scanToml(text), path, value);
  if (!result.ok) throw new Error(result.reason);
  expect((parse(result.text) as Record<string, unknown>) !== undefined).toBe(true);
  return result.text;
}

describe("insertKey", () => {
  it("puts a root key after the last root key, before the first header", () => {
    const text = "# head\na = 1\nb = [\n  2,\n]\n\n# about t\n[t]\nx = 1\n";
    expect(insert(text, ["model"], "gpt-6-sol")).toBe(
      '# head\na = 1\nb = [\n  2,\n]\nmodel = "gpt-6-sol"\n\n# about t\n[t]\nx = 1\n',
    );
  });

  it("puts a root key above the first header and its comments when there is no root key", () => {
    expect(insert("# about t\n[t]\nx = 1\n", ["model"], "m")).toBe(
      'model = "m"\n\n# about t\n[t]\nx = 1\n',
    );
    expect(insert("# only a comment\n", ["model"], "m")).toBe('# only a comment\nmodel = "m"\n');
    expect(insert("", ["model"], "m")).toBe('model = "m"\n');
  });

  it("adds a key after the last key line of its table, with the same indentation", () => {
    const text = '[t]\n  x = """\n[u]\ny = 1\n"""\n  # comment\n\n[u]\nz = 1\n';
    expect(insert(text, ["t", "new"], true)).toBe(
      '[t]\n  x = """\n[u]\ny = 1\n"""\n  new = true\n  # comment\n\n[u]\nz = 1\n',
    );
    expect(insert("[t]\n\n[u]\n", ["t", "k"], 1)).toBe("[t]\nk = 1\n\n[u]\n");
  });

  it("extends a table defined with dotted keys with another dotted key", () => {
    const text = "sandbox_workspace_write.network_access = true\n[tui]\nanimations = false\n";
    expect(insert(text, ["sandbox_workspace_write", "writable_roots"], ["/srv"])).toBe(
      'sandbox_workspace_write.network_access = true\nsandbox_workspace_write.writable_roots = ["/srv"]\n[tui]\nanimations = false\n',
    );
  });

  it("appends a new table at the end after a blank line, quoting keys as needed", () => {
    expect(insert("a = 1", ["projects", "/home/coder/p", "trust_level"], "trusted")).toBe(
      'a = 1\n\n[projects."/home/coder/p"]\ntrust_level = "trusted"\n',
    );
    expect(insert("a = 1\n\n", ["t", "k"], 1)).toBe("a = 1\n\n[t]\nk = 1\n");
  });

  it("writes CRLF into a CRLF file and adds a line break to a file without one", () => {
    expect(insert("a = 1\r\n[t]\r\nx = 1", ["t", "y"], 2)).toBe(
      "a = 1\r\n[t]\r\nx = 1\r\ny = 2\r\n",
    );
    expect(insert("a = 1\r\n", ["b"], 2)).toBe("a = 1\r\nb = 2\r\n");
  });

  it("fails to insert into a table written inline", () => {
    const text = '[mcp_servers]\ncoder = { command = "coder" }\n';
    const result = insertKey(text, scanToml(text), ["mcp_servers", "coder", "args"], ["x"]);
    expect(result).toEqual({
      ok: false,
      reason:
        "it is inside the inline value of `mcp_servers.coder` (line 2), which is not edited automatically",
    });
  });
});

describe("replaceValue and removeKey", () => {
  const text = '[a] # keep\n"q.k" = [\n  1,\n  2,\n] # trailing\nafter = 1\n';

  it("replaces only the value, keeping key spelling, spacing and comment", () => {
    const result = replaceValue(text, scanToml(text), ["a", "q.k"], [3]);
    expect(result).toEqual({ ok: true, text: '[a] # keep\n"q.k" = [3] # trailing\nafter = 1\n' });
  });

  it("removes all lines of a statement", () => {
    const result = removeKey(text, scanToml(text), ["a", "q.k"]);
    expect(result).toEqual({ ok: true, text: "[a] # keep\nafter = 1\n" });
  });

  it("fails on a key inside an inline table or an array table", () => {
    const inline = "t = { k = 1 }\n";
    expect(replaceValue(inline, scanToml(inline), ["t", "k"], 2)).toMatchObject({ ok: false });
    const arrays = "[[t]]\nk = 1\n";
    expect(removeKey(arrays, scanToml(arrays), ["t", "k"])).toEqual({
      ok: false,
      reason: "it is inside an array of tables, which is not edited automatically",
    });
  });
});

describe("readKey", () => {
  it("tells values, tables, absent keys and keys blocked by a value apart", () => {
    const document = parse('a = 1\n[t]\nk = "v"\n[[arr]]\nx = 1\n');
    expect(readKey(document, ["t", "k"])).toEqual({ kind: "value", value: "v" });
    expect(readKey(document, ["t"])).toEqual({ kind: "table" });
    expect(readKey(document, ["t", "z", "y"])).toEqual({ kind: "absent" });
    expect(readKey(document, ["a", "b"])).toEqual({
      kind: "blocked-by-value",
      prefix: ["a"],
      value: 1,
    });
    expect(readKey(document, ["arr", "x"])).toMatchObject({
      kind: "blocked-by-value",
      prefix: ["arr"],
    });
  });
});
