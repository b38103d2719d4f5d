import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { SESSION_KEYS, sessionSettings } from "../../src/runtime/session-settings.js";

/** The value of one `key=value` override, parsed back as TOML the way `codex -c` parses it. */
function parsed(override: string): unknown {
  const at = override.indexOf("=");
  return (parse(`v = ${override.slice(at + 1)}`) as { v: unknown }).v;
}

describe("sessionSettings (what `codex resume` is told with -c)", () => {
  it("passes every recorded-session key that config.toml sets, in SESSION_KEYS order, and the provider", () => {
    const settings = sessionSettings(
      [
        'sandbox_mode = "workspace-write"',
        'approval_policy = "on-request"',
        'model_reasoning_summary = "concise"',
        'model_reasoning_effort = "high"',
        'model = "gpt-5.5"',
        'model_provider = "custom"',
        "[model_providers.custom]",
        'base_url = "http://127.0.0.1:1/v1"',
        '[projects."/home/coder/projects"]',
        'trust_level = "trusted"',
        "",
      ].join("\n"),
    );
    expect(settings).toEqual({
      modelProvider: "custom",
      overrides: [
        'model="gpt-5.5"',
        'model_reasoning_effort="high"',
        'model_reasoning_summary="concise"',
        'approval_policy="on-request"',
        'sandbox_mode="workspace-write"',
      ],
    });
    expect(settings.overrides.map((o) => o.slice(0, o.indexOf("=")))).toEqual(SESSION_KEYS);
  });

  it("leaves out keys config.toml does not set and defaults the provider to openai", () => {
    expect(sessionSettings('model = "m1"\n')).toEqual({
      modelProvider: "openai",
      overrides: ['model="m1"'],
    });
    expect(sessionSettings("")).toEqual({ modelProvider: "openai", overrides: [] });
  });

  it("takes the active profile's value where the profile sets the key", () => {
    const settings = sessionSettings(
      [
        'profile = "work"',
        'model = "top-model"',
        'approval_policy = "on-request"',
        'model_provider = "openai"',
        "[profiles.work]",
        'model = "profile-model"',
        'model_provider = "gateway"',
        "[profiles.other]",
        'approval_policy = "never"',
        "",
      ].join("\n"),
    );
    expect(settings).toEqual({
      modelProvider: "gateway",
      overrides: ['model="profile-model"', 'approval_policy="on-request"'],
    });
  });

  it("ignores a profile that does not exist and values that are not scalars", () => {
    const settings = sessionSettings(
      'profile = "missing"\nmodel = ["a"]\nsandbox_mode = "read-only"\n[approval_policy]\nx = 1\n',
    );
    expect(settings).toEqual({ modelProvider: "openai", overrides: ['sandbox_mode="read-only"'] });
  });

  it("quotes values so `-c` reads back exactly the value config.toml holds", () => {
    const model = 'we"ird \\ model\nname=x';
    const settings = sessionSettings(`model = ${JSON.stringify(model)}\n`);
    expect(settings.overrides).toHaveLength(1);
    expect(settings.overrides[0]?.startsWith("model=")).toBe(true);
    expect(settings.overrides[0]).not.toContain("\n");
    expect(parsed(settings.overrides[0] ?? "")).toBe(model);
  });

  it("throws on a file that is not TOML", () => {
    expect(() => sessionSettings('model = "unterminated\n')).toThrow();
  });
});
