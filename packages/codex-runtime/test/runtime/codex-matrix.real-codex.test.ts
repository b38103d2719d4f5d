/**
 * Writes merged configs for a matrix of template choices into fresh CODEX_HOMEs with the built
 * merge-config.mjs, then asks the real Codex CLI 0.169 to load them: `codex doctor --json` must
 * report `config.load` ok without startup warnings, and `codex mcp list --json` must show the MCP
 * servers exactly as configured. No model is called.
 */
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateCodexSettings } from "../../src/config/codex-rules.js";
import { parseExtraToml } from "../../src/config/extra-toml.js";
import type { ManagedSetting } from "../../src/config/toml-value.js";
import { HOSTILE_STRINGS } from "../config/hostile-values.js";
import { buildMergeConfig, runMergeConfig } from "./merge-cli.js";
import { doctorChecks, makeCodexHome, mcpList } from "./real-codex.js";
import { makeScratchDir, removeScratchDir } from "./scratch-dir.js";

const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"] as const;
const APPROVAL_POLICIES = ["on-request", "never", "on-failure"] as const;
const NETWORK = [true, false] as const;

const EXTRA_TOML = `
[features]
daemon_auto_start = false

[shell_environment_policy]
inherit = "all"
exclude = ["*TOKEN*", "*KEY*", "*SECRET*"]
`;

function templateSettings(sandbox: string, approval: string, network: boolean): ManagedSetting[] {
  return [
    { path: ["sandbox_mode"], value: sandbox },
    { path: ["approval_policy"], value: approval },
    { path: ["sandbox_workspace_write", "network_access"], value: network },
    { path: ["model_reasoning_effort"], value: "high" },
    { path: ["model_provider"], value: "gateway" },
    { path: ["model_providers", "gateway", "name"], value: "Coder AI Gateway" },
    {
      path: ["model_providers", "gateway", "base_url"],
      value: "http://127.0.0.1:9/api/v2/aibridge/openai/v1",
    },
    {
      path: ["model_providers", "gateway", "env_key"],
      value: "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN",
    },
    { path: ["model_providers", "gateway", "wire_api"], value: "responses" },
    { path: ["model_providers", "gateway", "http_headers", "X-Coder-Workspace"], value: "dev" },
    { path: ["mcp_servers", "coder", "command"], value: "coder" },
    { path: ["mcp_servers", "coder", "args"], value: ["exp", "mcp", "server"] },
    { path: ["mcp_servers", "coder", "default_tools_approval_mode"], value: "approve" },
    {
      path: ["mcp_servers", "coder", "env_vars"],
      value: ["CODER_AGENT_URL", { name: "CODER_AGENT_TOKEN", source: "local" }],
    },
    { path: ["mcp_servers", "coder", "env", "CODER_MCP_APP_STATUS_SLUG"], value: "codex" },
    { path: ["mcp_servers", "coder", "startup_timeout_sec"], value: 30 },
    { path: ["mcp_servers", "docs", "url"], value: "http://127.0.0.1:9/mcp" },
    { path: ["mcp_servers", "docs", "bearer_token_env_var"], value: "DOCS_MCP_TOKEN" },
    { path: ["mcp_servers", "docs", "default_tools_approval_mode"], value: "approve" },
    { path: ["mcp_servers", "docs", "http_headers", "X-Team"], value: "platform" },
    { path: ["mcp_servers", "docs", "tool_timeout_sec"], value: 12.5 },
    { path: ["projects", "/home/coder/project", "trust_level"], value: "trusted" },
    ...parseExtraToml(EXTRA_TOML),
  ];
}

const EXPECTED_SERVERS = [
  {
    name: "coder",
    enabled: true,
    transport: {
      type: "stdio",
      command: "coder",
      args: ["exp", "mcp", "server"],
      env: { CODER_MCP_APP_STATUS_SLUG: "codex" },
      env_vars: ["CODER_AGENT_URL", { name: "CODER_AGENT_TOKEN", source: "local" }],
      cwd: null,
    },
    startup_timeout_sec: 30,
    tool_timeout_sec: null,
  },
  {
    name: "docs",
    enabled: true,
    transport: {
      type: "streamable_http",
      url: "http://127.0.0.1:9/mcp",
      bearer_token_env_var: "DOCS_MCP_TOKEN",
      http_headers: { "X-Team": "platform" },
      env_http_headers: null,
    },
    startup_timeout_sec: null,
    tool_timeout_sec: 12.5,
  },
];

let root: string;
let bundle: string;
const homes: string[] = [];

beforeAll(() => {
  root = makeScratchDir("matrix");
  bundle = buildMergeConfig(root);
});
afterAll(() => {
  homes.forEach(removeScratchDir);
  removeScratchDir(root);
});

const MATRIX = SANDBOX_MODES.flatMap((sandbox) =>
  APPROVAL_POLICIES.flatMap((approval) =>
    NETWORK.map((network) => [sandbox, approval, network] as const),
  ),
);

describe("merged configs load cleanly in the real Codex 0.169", () => {
  it.concurrent.each(MATRIX)(
    "sandbox %s, approval %s, network %s",
    async (sandbox, approval, network) => {
      const settings = templateSettings(sandbox, approval, network);
      expect(validateCodexSettings(settings)).toEqual([]);
      const home = makeCodexHome(`${sandbox}-${approval}-${network}`);
      homes.push(home);
      const merged = runMergeConfig(
        bundle,
        { config: join(home, "config.toml"), state: join(root, `${basename(home)}-state.json`) },
        settings,
      );
      expect(merged.stderr).toBe("");
      expect(merged.status).toBe(0);

      const checks = await doctorChecks(home);
      const check = checks["config.load"];
      expect(check?.status).toBe("ok");
      expect(check?.details["config.toml parse"]).toBe("ok");
      expect(check?.details["startup warning"]).toBeUndefined();
      expect(check?.details["mcp servers"]).toBe("2");
      expect(check?.details["model provider"]).toBe("gateway");
      // Codex read the values, not just the syntax (0.169 runs "on-failure" as on-request).
      expect(checks["sandbox.helpers"]?.details).toMatchObject({
        "approval policy": approval === "never" ? "Never" : "OnRequest",
        "filesystem sandbox": sandbox === "danger-full-access" ? "unrestricted" : "restricted",
        "network sandbox":
          sandbox === "danger-full-access" || (sandbox === "workspace-write" && network)
            ? "enabled"
            : "restricted",
      });

      const listed = await mcpList(home);
      expect(listed.run.stderr).toBe("");
      expect(listed.servers).toMatchObject(EXPECTED_SERVERS);
    },
  );
});

describe("hostile values read back through the real Codex 0.169", () => {
  it("keeps every string byte-exact in MCP args and env as Codex parses them", async () => {
    const env = Object.fromEntries(
      HOSTILE_STRINGS.map((value, index) => [
        [`K${index}`, "a.b", 'q"k', "é🙂", "sp ace"][index % 5] + `_${index}`,
        value,
      ]),
    );
    const settings: ManagedSetting[] = [
      { path: ["mcp_servers", "hostile", "command"], value: "node" },
      { path: ["mcp_servers", "hostile", "args"], value: HOSTILE_STRINGS },
      ...Object.entries(env).map(([name, value]) => ({
        path: ["mcp_servers", "hostile", "env", name],
        value,
      })),
    ];
    const home = makeCodexHome("hostile");
    homes.push(home);
    const merged = runMergeConfig(
      bundle,
      { config: join(home, "config.toml"), state: join(root, "hostile-state.json") },
      settings,
    );
    expect(merged.status).toBe(0);
    const listed = await mcpList(home);
    expect(listed.run.stderr).toBe("");
    expect(listed.servers?.[0]?.transport).toMatchObject({
      type: "stdio",
      args: HOSTILE_STRINGS,
      env,
    });
  });
});
