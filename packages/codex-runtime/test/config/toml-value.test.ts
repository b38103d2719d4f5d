import { describe, expect, it } from "vitest";
import { TomlDate } from "smol-toml";
import {
  checkTomlValue,
  compareSettingPaths,
  sortSettings,
  tomlValuesEqual,
} from "../../src/config/toml-value.js";
import { formatKeyPath, renderValue } from "../../src/config/toml-format.js";

describe("checkTomlValue", () => {
  it("accepts scalars, arrays of scalars and arrays of inline tables", () => {
    for (const value of [
      "x",
      "",
      0,
      -3,
      1.5,
      true,
      false,
      [],
      ["a", 1],
      [{ name: "A", source: "local" }],
      [[1], [2]],
    ]) {
      expect(checkTomlValue(value)).toBeUndefined();
    }
  });

  it("fails on NaN, Infinity, null, undefined, tables, dates and lone surrogates", () => {
    expect(checkTomlValue(Number.NaN)).toMatch(/NaN \(not a finite number\)/);
    expect(checkTomlValue(Number.POSITIVE_INFINITY)).toMatch(/Infinity/);
    expect(checkTomlValue(-Infinity)).toMatch(/-Infinity/);
    expect(checkTomlValue(null)).toMatch(/null/);
    expect(checkTomlValue(undefined)).toMatch(/undefined/);
    expect(checkTomlValue({ a: 1 })).toMatch(/a table/);
    expect(checkTomlValue(new Date())).toMatch(/a date/);
    expect(checkTomlValue("\uD800")).toMatch(/surrogate/);
    expect(checkTomlValue([1, Number.NaN])).toMatch(/item 1: NaN/);
    expect(checkTomlValue([{ a: null }])).toMatch(/item 0: key "a": null/);
    expect(checkTomlValue(10n)).toMatch(/bigint/);
  });
});

describe("tomlValuesEqual", () => {
  it("compares deeply, tables by key set, numbers by value", () => {
    expect(tomlValuesEqual([1, { a: "x", b: [true] }], [1, { b: [true], a: "x" }])).toBe(true);
    expect(tomlValuesEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(tomlValuesEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(tomlValuesEqual("1", 1)).toBe(false);
    expect(tomlValuesEqual(new TomlDate("2020-01-01"), new TomlDate("2020-01-01"))).toBe(true);
    expect(tomlValuesEqual(new TomlDate("2020-01-01"), "2020-01-01")).toBe(false);
  });
});

describe("canonical order", () => {
  it("puts root keys first, then tables before their sub-tables, keys by name", () => {
    const paths = [
      ["mcp_servers", "a", "env", "X"],
      ["sandbox_mode"],
      ["mcp_servers", "a", "command"],
      ["approval_policy"],
      ["features", "x"],
      ["mcp_servers", "a", "args"],
    ];
    const sorted = sortSettings(paths.map((path) => ({ path, value: 1 }))).map((s) =>
      s.path.join("."),
    );
    expect(sorted).toEqual([
      "approval_policy",
      "sandbox_mode",
      "features.x",
      "mcp_servers.a.args",
      "mcp_servers.a.command",
      "mcp_servers.a.env.X",
    ]);
    expect(compareSettingPaths(["a"], ["a"])).toBe(0);
  });
});

describe("formatting", () => {
  it("quotes keys that are not bare", () => {
    expect(formatKeyPath(["projects", "/home/coder/p", "trust_level"])).toBe(
      'projects."/home/coder/p".trust_level',
    );
    expect(formatKeyPath(["a.b", 'q"t', "é", ""])).toBe('"a.b"."q\\"t"."é".""');
  });

  it("renders values on one line", () => {
    expect(renderValue("a\nb")).toBe('"a\\nb"');
    expect(renderValue(["x", 1, true, 1.5])).toBe('["x", 1, true, 1.5]');
    expect(renderValue([{ name: "A", source: "local" }, {}])).toBe(
      '[{ name = "A", source = "local" }, {}]',
    );
    expect(renderValue([])).toBe("[]");
  });
});
