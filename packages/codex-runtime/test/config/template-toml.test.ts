// templateTomlSettings: TOML from template variables checked in the workspace (pure functions, no fakes).
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeTemplateToml, templateTomlSettings } from "../../src/config/template-toml.js";
import type { ManagedSetting } from "../../src/config/toml-value.js";

const managed: ManagedSetting[] = [
  { path: ["model"], value: "gpt-5.5" },
  { path: ["mcp_servers", "coder", "command"], value: "coder" },
];
const mcp = (toml: string) => ({ name: "codex_mcp_servers_toml", toml, mcpServersOnly: true });
const extra = (toml: string) => ({
  name: "codex_extra_settings_toml",
  toml,
  mcpServersOnly: false,
});

function refusal(pieces: Parameters<typeof templateTomlSettings>[1]): string {
  try {
    templateTomlSettings(managed, pieces);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected a refusal");
}

describe("templateTomlSettings", () => {
  it("adds MCP servers and extra settings byte-exact, hostile strings included", () => {
    const hostile = "$(touch /tmp/pwned) `id` ${x} %{y} 'q' \"d\" \\ ü 𝄞\ttab";
    const out = templateTomlSettings(managed, [
      mcp(`[mcp_servers.pw]\ncommand = "npx"\nargs = ["-y", ${JSON.stringify(hostile)}]\n`),
      extra('model_reasoning_effort = "high"\n'),
    ]);
    expect(out).toEqual([
      { path: ["mcp_servers", "pw", "command"], value: "npx" },
      { path: ["mcp_servers", "pw", "args"], value: ["-y", hostile] },
      { path: ["model_reasoning_effort"], value: "high" },
    ]);
    expect(templateTomlSettings(managed, [mcp(""), extra("  \n")])).toEqual([]);
  });

  it("refuses, naming the variable: invalid TOML, non-MCP keys, managed keys and tables, Codex rejections", () => {
    expect(refusal([extra("model = ")])).toMatch(
      /codex_extra_settings_toml: invalid TOML at line 1/,
    );
    expect(refusal([mcp('model = "x"\n')])).toContain(
      "codex_mcp_servers_toml: may only hold [mcp_servers.<name>] tables, got `model`",
    );
    expect(refusal([extra('model = "other"\n')])).toContain(
      "codex_extra_settings_toml: `model` collides with `model`, which the template sets already",
    );
    expect(refusal([mcp('[mcp_servers.coder]\nargs = ["x"]\n')])).toContain(
      "codex_mcp_servers_toml: `mcp_servers.coder.args` is in the table `mcp_servers.coder`, which the template manages",
    );
    expect(
      refusal([mcp('[mcp_servers.a]\ncommand = "x"\n'), extra('[mcp_servers.a]\ncommand = "y"\n')]),
    ).toContain("which codex_mcp_servers_toml sets already");
    expect(refusal([extra('approval_policy = "untrusted"\n')])).toMatch(
      /^the template's TOML settings were refused.*codex_extra_settings_toml: .*approval_policy/,
    );
    expect(refusal([mcp('[mcp_servers.a]\nurl = "http://x"\ncommand = "y"\n')])).toContain(
      "codex_mcp_servers_toml: ",
    );
  });
});

describe("decodeTemplateToml", () => {
  it("reads base64 of the JSON list, gzipped or not; empty is none; anything else is refused", () => {
    const list = [{ name: "v", toml: "a = 1\n", mcpServersOnly: false }];
    const json = Buffer.from(JSON.stringify(list));
    expect(decodeTemplateToml(json.toString("base64"), "ARG_TEMPLATE_TOML")).toEqual(list);
    expect(decodeTemplateToml(gzipSync(json).toString("base64"), "ARG_TEMPLATE_TOML")).toEqual(
      list,
    );
    expect(decodeTemplateToml("", "ARG_TEMPLATE_TOML")).toEqual([]);
    expect(() => decodeTemplateToml("%%", "ARG_TEMPLATE_TOML")).toThrow(/not base64/);
    expect(() =>
      decodeTemplateToml(Buffer.from('[{"name":"a b"}]').toString("base64"), "ARG_TEMPLATE_TOML"),
    ).toThrow(/ARG_TEMPLATE_TOML\[0\] must be/);
  });
});
