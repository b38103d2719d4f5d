import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { flattenToml } from "../../src/config/flatten.js";
import { renderToml } from "../../src/config/render.js";
import { sortSettings, type ManagedSetting } from "../../src/config/toml-value.js";
import { HOSTILE_STRINGS } from "./hostile-values.js";

describe("renderToml", () => {
  it("renders root keys first, then tables in canonical order", () => {
    const text = renderToml([
      { path: ["sandbox_workspace_write", "network_access"], value: true },
      { path: ["mcp_servers", "coder", "env", "MODE"], value: "x" },
      { path: ["sandbox_mode"], value: "workspace-write" },
      { path: ["mcp_servers", "coder", "command"], value: "coder" },
      { path: ["approval_policy"], value: "never" },
    ]);
    expect(text).toBe(
      [
        'approval_policy = "never"',
        'sandbox_mode = "workspace-write"',
        "",
        "[mcp_servers.coder]",
        'command = "coder"',
        "",
        "[mcp_servers.coder.env]",
        'MODE = "x"',
        "",
        "[sandbox_workspace_write]",
        "network_access = true",
        "",
      ].join("\n"),
    );
  });

  it("renders an empty document for no settings", () => {
    expect(renderToml([])).toBe("");
  });

  it("round-trips hostile string values byte-exact through parse", () => {
    const settings: ManagedSetting[] = HOSTILE_STRINGS.map((value, index) => ({
      path: ["hostile", `s${index}`],
      value,
    }));
    settings.push({ path: ["hostile", "list"], value: HOSTILE_STRINGS });
    settings.push({ path: ["hostile", "tables"], value: HOSTILE_STRINGS.map((v) => ({ [v]: v })) });
    const parsed = parse(renderToml(settings));
    expect(flattenToml(parsed)).toEqual(sortSettings(settings));
  });

  it("round-trips hostile keys byte-exact through parse", () => {
    const keyNames = ["a.b", 'q"k', "q'k", "with space", "é🙂", "", "__proto__", "[x]", "=", "#"];
    const settings = keyNames.map((key, index) => ({ path: ["k", key, "v"], value: index }));
    const text = renderToml(settings);
    expect(flattenToml(parse(text))).toEqual(sortSettings(settings));
  });

  it("round-trips numbers and booleans", () => {
    const settings = [
      { path: ["n", "a"], value: 0 },
      { path: ["n", "b"], value: -42 },
      { path: ["n", "c"], value: 1.5 },
      { path: ["n", "d"], value: 1e-7 },
      { path: ["n", "e"], value: Number.MAX_SAFE_INTEGER },
      { path: ["n", "f"], value: false },
    ];
    expect(flattenToml(parse(renderToml(settings)))).toEqual(settings);
  });

  it("fails on values that are not TOML values", () => {
    expect(() => renderToml([{ path: ["a"], value: Number.NaN }])).toThrow(/invalid value: NaN/);
    expect(() => renderToml([{ path: ["a"], value: Number.POSITIVE_INFINITY }])).toThrow(
      /Infinity/,
    );
  });
});
