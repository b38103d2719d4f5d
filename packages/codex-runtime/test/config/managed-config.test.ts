import { describe, expect, it } from "vitest";
import {
  createManagedConfig,
  decodeManagedConfig,
  encodeManagedConfig,
  parseManagedConfig,
  serializeManagedConfig,
} from "../../src/config/managed-config.js";

const settings = [
  { path: ["sandbox_workspace_write", "network_access"], value: true },
  { path: ["sandbox_mode"], value: "workspace-write" },
];

describe("managed config document", () => {
  it("round-trips through base64 JSON in canonical order", () => {
    const encoded = encodeManagedConfig(settings);
    expect(JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))).toEqual({
      version: 1,
      settings: [
        { path: ["sandbox_mode"], value: "workspace-write" },
        { path: ["sandbox_workspace_write", "network_access"], value: true },
      ],
    });
    expect(decodeManagedConfig(encoded, "ARG_MANAGED_CONFIG")).toEqual(
      createManagedConfig(settings),
    );
  });

  it("serializes the same settings in any order to the same bytes", () => {
    expect(serializeManagedConfig([...settings].reverse())).toBe(serializeManagedConfig(settings));
  });

  it("fails on text that is not base64 or not JSON", () => {
    expect(() => decodeManagedConfig("not base64!", "ARG_MANAGED_CONFIG")).toThrow(
      "ARG_MANAGED_CONFIG is not base64 text",
    );
    expect(() =>
      decodeManagedConfig(Buffer.from("{").toString("base64"), "ARG_MANAGED_CONFIG"),
    ).toThrow(/ARG_MANAGED_CONFIG is not valid JSON/);
  });

  it("fails on a wrong version, bad entries, bad values and collisions", () => {
    expect(() => parseManagedConfig('{"version":2,"settings":[]}', "S")).toThrow(
      "S: unsupported version 2 (allowed: 1)",
    );
    expect(() => parseManagedConfig('{"version":1}', "S")).toThrow(
      'S: "settings" must be an array',
    );
    expect(() =>
      parseManagedConfig('{"version":1,"settings":[{"path":[],"value":1}]}', "S"),
    ).toThrow("S: settings[0].path must be a non-empty array of key names");
    expect(() =>
      parseManagedConfig('{"version":1,"settings":[{"path":["a",1],"value":1}]}', "S"),
    ).toThrow("S: settings[0].path: a key must be a string, got number");
    expect(() =>
      parseManagedConfig('{"version":1,"settings":[{"path":["a"],"value":null}]}', "S"),
    ).toThrow("S: settings[0] (`a`): invalid value: null");
    expect(() =>
      parseManagedConfig('{"version":1,"settings":[{"path":["a"],"value":{"b":1}}]}', "S"),
    ).toThrow("S: settings[0] (`a`): invalid value: a table");
    expect(() =>
      createManagedConfig([
        { path: ["a"], value: 1 },
        { path: ["a", "b"], value: 1 },
      ]),
    ).toThrow("managed config: key `a` collides with key `a.b` (a value cannot also be a table)");
    expect(() =>
      createManagedConfig([
        { path: ["a"], value: 1 },
        { path: ["a"], value: 2 },
      ]),
    ).toThrow("managed config: key `a` is set twice");
  });
});
