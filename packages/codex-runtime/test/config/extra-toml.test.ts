import { describe, expect, it } from "vitest";
import { parseExtraToml } from "../../src/config/extra-toml.js";
import { flattenToml } from "../../src/config/flatten.js";
import { findCollisions, findInternalCollisions } from "../../src/config/collisions.js";

describe("flattenToml", () => {
  it("turns tables into leaf paths and keeps arrays as values", () => {
    expect(
      flattenToml({
        model: "gpt-6.1-sol",
        features: { daemon_auto_start: false },
        mcp_servers: { a: { args: ["x"], env: { K: "v" }, env_vars: [{ name: "A" }] } },
        empty: {},
      }),
    ).toEqual([
      { path: ["model"], value: "gpt-6.1-sol" },
      { path: ["features", "daemon_auto_start"], value: false },
      { path: ["mcp_servers", "a", "args"], value: ["x"] },
      { path: ["mcp_servers", "a", "env", "K"], value: "v" },
      { path: ["mcp_servers", "a", "env_vars"], value: [{ name: "A" }] },
    ]);
  });

  it("fails naming the key when a value is not a TOML value", () => {
    expect(() => flattenToml({ a: { b: Number.NaN } })).toThrow("`a.b`: invalid value: NaN");
    expect(() => flattenToml({ "x.y": null })).toThrow('`"x.y"`: invalid value: null');
  });
});

describe("parseExtraToml", () => {
  it("parses extra TOML into settings", () => {
    const text =
      '[features]\ndaemon_auto_start = false\n\n[shell_environment_policy]\ninherit = "all"\nexclude = ["*TOKEN*", "*KEY*"]\n';
    expect(parseExtraToml(text)).toEqual([
      { path: ["features", "daemon_auto_start"], value: false },
      { path: ["shell_environment_policy", "inherit"], value: "all" },
      { path: ["shell_environment_policy", "exclude"], value: ["*TOKEN*", "*KEY*"] },
    ]);
  });

  it("turns an array of tables into one array value of inline tables", () => {
    expect(parseExtraToml("[[x.y]]\na = 1\n[[x.y]]\na = 2\n")).toEqual([
      { path: ["x", "y"], value: [{ a: 1 }, { a: 2 }] },
    ]);
  });

  it("fails naming the line and the column of a syntax error (the caller names the option)", () => {
    expect(() => parseExtraToml('model = "x"\nfoo = \n')).toThrow(
      /^invalid TOML at line 2, column 7: invalid value/,
    );
  });

  it("fails on a duplicate table", () => {
    expect(() => parseExtraToml("[a]\nx = 1\n[a]\ny = 2\n")).toThrow(
      /^invalid TOML at line 3, column 2: trying to redefine/,
    );
  });

  it("fails naming the key on a date", () => {
    expect(() => parseExtraToml("when = 2026-01-01\n")).toThrow(/^`when`: invalid value: a date/);
  });
});

describe("findCollisions", () => {
  const managed = [
    { path: ["sandbox_mode"], value: "read-only" },
    { path: ["mcp_servers", "coder", "command"], value: "coder" },
    { path: ["x"], value: 1 },
  ];

  it("finds equal paths and a key against a table that holds it, both ways", () => {
    const extra = [
      { path: ["sandbox_mode"], value: "danger-full-access" },
      { path: ["x", "y"], value: 2 },
      { path: ["mcp_servers", "coder"], value: "oops" },
      { path: ["mcp_servers", "other", "command"], value: "o" },
    ];
    const pairs = findCollisions(extra, managed).map(({ a, b }) => [
      a.path.join("."),
      b.path.join("."),
    ]);
    expect(pairs).toEqual([
      ["sandbox_mode", "sandbox_mode"],
      ["x.y", "x"],
      ["mcp_servers.coder", "mcp_servers.coder.command"],
    ]);
  });

  it("finds nothing between siblings or keys that only share a name prefix", () => {
    expect(
      findCollisions(
        [
          { path: ["sandbox"], value: 1 },
          { path: ["mcp_servers", "coder2", "command"], value: "c" },
        ],
        managed,
      ),
    ).toEqual([]);
  });

  it("finds collisions inside one list", () => {
    const pairs = findInternalCollisions([
      { path: ["a"], value: 1 },
      { path: ["b"], value: 1 },
      { path: ["a", "c"], value: 1 },
      { path: ["b"], value: 2 },
    ]).map(({ a, b }) => [a.path.join("."), b.path.join(".")]);
    expect(pairs).toEqual([
      ["a", "a.c"],
      ["b", "b"],
    ]);
  });
});
