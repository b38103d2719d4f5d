import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { parseManagedConfig } from "../../src/config/managed-config.js";

// A document as a template with push-time auth source and Tasks mode ships it: the settings of
// every choice, each with a condition on the facts the install script knows.
const doc = JSON.stringify({
  version: 1,
  settings: [
    { path: ["sandbox_mode"], value: "workspace-write" },
    { path: ["model"], value: "", skipIfEmpty: true },
    { path: ["model_provider"], value: "aigateway", when: { authSource: ["ai-gateway"] } },
    { path: ["model_provider"], value: "custom", when: { authSource: ["custom-provider"] } },
    {
      path: ["mcp_servers", "coder", "command"],
      value: "coder",
      when: { tasksMode: ["coder-task", "ai-prompt-parameter"] },
    },
  ],
});

function paths(facts: { authSource?: string; tasksMode?: string }): string[] {
  return parseManagedConfig(doc, "ARG_MANAGED_CONFIG", facts)
    .settings.map((s) => `${s.path.join(".")}=${String(s.value)}`)
    .sort();
}

describe("conditional managed settings", () => {
  it("keeps only the settings whose conditions hold, and drops empty skipIfEmpty values", () => {
    expect(paths({ authSource: "ai-gateway", tasksMode: "coder-task" })).toEqual([
      "mcp_servers.coder.command=coder",
      "model_provider=aigateway",
      "sandbox_mode=workspace-write",
    ]);
    expect(paths({ authSource: "custom-provider", tasksMode: "none" })).toEqual([
      "model_provider=custom",
      "sandbox_mode=workspace-write",
    ]);
    expect(paths({ authSource: "user-secret", tasksMode: "none" })).toEqual([
      "sandbox_mode=workspace-write",
    ]);
  });

  it("keeps a skipIfEmpty value that is set", () => {
    const withModel = doc.replace('"value":"","skipIfEmpty"', '"value":"gpt-5.5","skipIfEmpty"');
    const settings = parseManagedConfig(withModel, "ARG_MANAGED_CONFIG", {
      authSource: "none",
      tasksMode: "none",
    }).settings;
    expect(settings.find((s) => s.path[0] === "model")?.value).toBe("gpt-5.5");
  });

  it("fails when a condition needs a fact the script did not pass, naming the variable", () => {
    expect(() => paths({ tasksMode: "none" })).toThrow(ConfigError);
    expect(() => paths({ tasksMode: "none" })).toThrow(
      /depends on authSource, but it is not set \(ARG_AUTH_SOURCE\)/,
    );
  });

  it("fails on an unknown fact", () => {
    const bad = JSON.stringify({
      version: 1,
      settings: [{ path: ["a"], value: 1, when: { os: ["linux"] } }],
    });
    expect(() => parseManagedConfig(bad, "ARG_MANAGED_CONFIG", {})).toThrow(
      /when.os is not a known fact/,
    );
  });
});
