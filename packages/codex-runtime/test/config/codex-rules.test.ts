import { describe, expect, it } from "vitest";
import { validateCodexSettings } from "../../src/config/codex-rules.js";
import { parseExtraToml } from "../../src/config/extra-toml.js";

const check = (toml: string) => validateCodexSettings(parseExtraToml(toml));

describe("validateCodexSettings", () => {
  it("accepts a typical managed config", () => {
    expect(
      check(`
approval_policy = "on-request"
sandbox_mode = "workspace-write"
model_reasoning_effort = "high"
model_provider = "gateway"
[sandbox_workspace_write]
network_access = true
[model_providers.gateway]
name = "Gateway"
base_url = "https://coder.example/api/v2/aibridge/openai/v1"
env_key = "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN"
wire_api = "responses"
[mcp_servers.coder]
command = "coder"
args = ["exp", "mcp", "server"]
env_vars = ["CODER_AGENT_URL", { name = "CODER_AGENT_TOKEN", source = "local" }]
default_tools_approval_mode = "approve"
[mcp_servers.web]
url = "http://127.0.0.1:9/mcp"
bearer_token_env_var = "WEB_TOKEN"
[features]
daemon_auto_start = false
`),
    ).toEqual([]);
  });

  it("fails on approval_policy untrusted with what is allowed", () => {
    expect(check('approval_policy = "untrusted"')).toEqual([
      {
        path: ["approval_policy"],
        effect: "rejected",
        message:
          '`approval_policy` is "untrusted"; it must be not "untrusted", which Codex 0.169 no longer supports: one of "on-request", "never", "on-failure"',
      },
    ]);
  });

  it("fails on a redefined built-in provider, once per provider", () => {
    expect(check('[model_providers.openai]\nname = "x"\nbase_url = "http://x"\n')).toEqual([
      {
        path: ["model_providers", "openai"],
        effect: "rejected",
        message:
          '`model_providers.openai` redefines a built-in provider; Codex 0.169 refuses the ids openai, ollama, lmstudio: choose another id (e.g. "openai-custom")',
      },
    ]);
  });

  it("fails on MCP servers with both, neither, or the other transport's keys", () => {
    const messages = check(`
[mcp_servers.both]
command = "x"
url = "http://x"
[mcp_servers.neither]
enabled = true
[mcp_servers.stdio]
command = "x"
bearer_token_env_var = "T"
[mcp_servers.stdio.http_headers]
A = "b"
[mcp_servers.http]
url = "http://x"
args = ["a"]
`).map((p) => p.message);
    expect(messages).toEqual([
      "`mcp_servers.both` sets both `command` (stdio) and `url` (streamable_http); set exactly one",
      "`mcp_servers.neither` sets neither `command` (stdio) nor `url` (streamable_http); set exactly one",
      "`mcp_servers.stdio.bearer_token_env_var` is not allowed on a stdio server (it has `command`); allowed only with `url`",
      "`mcp_servers.stdio.http_headers` is not allowed on a stdio server (it has `command`); allowed only with `url`",
      "`mcp_servers.http.args` is not allowed on a streamable_http server (it has `url`); allowed only with `command`",
    ]);
  });

  it("reports keys Codex ignores as ignored", () => {
    expect(
      check('preferred_auth_method = "apikey"\n[mcp_servers.a]\ncommand = "x"\ntype = "stdio"\n'),
    ).toEqual([
      {
        path: ["preferred_auth_method"],
        effect: "ignored",
        message:
          '`preferred_auth_method` (set to "apikey") must not be set: Codex 0.169 ignores it (auth comes from auth.json or a provider\'s env_key)',
      },
      {
        path: ["mcp_servers", "a", "type"],
        effect: "ignored",
        message:
          '`mcp_servers.a.type` (set to "stdio") must not be set: Codex 0.169 ignores it (the transport follows from `command` or `url`)',
      },
    ]);
  });

  it("does not show values of secret-looking keys", () => {
    const [problem] = check("[model_providers.x.http_headers]\nX-Api-Key = 12345\n");
    expect(problem?.message).toBe(
      "`model_providers.x.http_headers.X-Api-Key` is (redacted); it must be a string",
    );
  });
});

describe("typos of checked keys", () => {
  it("names the key and the one it is one typo away from", () => {
    expect(check('modle = "x"\n[sandbox_workspace_write]\nnetwrok_access = true\n')).toEqual([
      {
        path: ["modle"],
        effect: "ignored",
        message:
          "`modle` is not a setting Codex 0.169 knows (it would ignore it): did you mean `model`?",
      },
      {
        path: ["sandbox_workspace_write", "netwrok_access"],
        effect: "ignored",
        message:
          "`sandbox_workspace_write.netwrok_access` is not a setting Codex 0.169 knows (it would " +
          "ignore it): did you mean `sandbox_workspace_write.network_access`?",
      },
    ]);
  });

  it("leaves real keys alone, also those one letter from a checked one", () => {
    expect(
      check(
        'review_model = "x"\nmodel_context_window = 1000\n[notice]\nx = true\n' +
          '[tui]\nanimations = false\n[mcp_servers.modle]\ncommand = "x"\n',
      ),
    ).toEqual([]);
  });
});
