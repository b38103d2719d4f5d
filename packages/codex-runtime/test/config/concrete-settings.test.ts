import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { parseManagedConfig } from "../../src/config/managed-config.js";

// The template decides every condition at plan time (a `for` expression in its `locals`), so the
// workspace receives concrete settings: the runtime evaluates no condition and refuses one.
describe("managed settings are concrete", () => {
  it("takes every entry as it is", () => {
    const doc = JSON.stringify({
      version: 1,
      settings: [
        { path: ["sandbox_mode"], value: "workspace-write" },
        { path: ["model_provider"], value: "aigateway" },
      ],
    });
    expect(
      parseManagedConfig(doc, "ARG_MANAGED_CONFIG").settings.map((s) => [s.path, s.value]),
    ).toEqual([
      [["model_provider"], "aigateway"],
      [["sandbox_mode"], "workspace-write"],
    ]);
  });

  it("fails on an entry with a condition, naming the entry and the key", () => {
    for (const extra of [
      { when: { authSource: ["ai-gateway"] } },
      { skipIfEmpty: true },
      { when: true },
    ]) {
      const doc = JSON.stringify({
        version: 1,
        settings: [
          { path: ["sandbox_mode"], value: "workspace-write" },
          { path: ["model_provider"], value: "aigateway", ...extra },
        ],
      });
      const key = Object.keys(extra)[0] as string;
      expect(() => parseManagedConfig(doc, "ARG_MANAGED_CONFIG")).toThrow(ConfigError);
      expect(() => parseManagedConfig(doc, "ARG_MANAGED_CONFIG")).toThrow(
        `ARG_MANAGED_CONFIG: settings[1] has "${key}" besides path and value`,
      );
    }
  });
});
