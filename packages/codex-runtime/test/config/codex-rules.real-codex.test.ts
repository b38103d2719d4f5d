/**
 * Proves the validator against the real Codex CLI 0.169: every case the validator reports as
 * `rejected` makes Codex fail to load the config, every `ignored` case makes it warn about exactly
 * that key, and every key rule is exercised by at least one case.
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CHECKED_KEYS, validateCodexSettings } from "../../src/config/codex-rules.js";
import { parseExtraToml } from "../../src/config/extra-toml.js";
import { renderToml } from "../../src/config/render.js";
import { doctorConfigLoad, makeCodexHome, mcpList } from "../runtime/real-codex.js";
import { removeScratchDir } from "../runtime/scratch-dir.js";

interface Case {
  /** TOML snippet (parsed into settings, then rendered by renderToml). */
  readonly toml: string;
  /** For rejected cases: text Codex prints on stderr. For ignored ones: the ignored key. */
  readonly codex: string;
  /** Also check `codex doctor --json` (slower) for this rejected case. */
  readonly doctor?: boolean;
  /** For ignored cases: the key the validator reports, when Codex names its table instead. */
  readonly path?: string;
}

const PROVIDER = '[model_providers.gw]\nname = "g"\nbase_url = "http://127.0.0.1:9/v1"\n';
const STDIO = '[mcp_servers.a]\ncommand = "x"\n';
const HTTP = '[mcp_servers.a]\nurl = "http://127.0.0.1:9/mcp"\n';

const REJECTED: readonly Case[] = [
  {
    toml: 'approval_policy = "untrusted"',
    codex: 'approval_policy = "untrusted" is no longer supported',
    doctor: true,
  },
  { toml: 'approval_policy = "always"', codex: "unknown variant `always`" },
  {
    toml: 'profile = "fast"',
    codex: 'legacy `profile = "fast"` config is no longer supported',
    doctor: true,
  },
  { toml: 'sandbox_mode = "bogus"', codex: "in `sandbox_mode`" },
  {
    toml: '[sandbox_workspace_write]\nnetwork_access = "true"',
    codex: "in `sandbox_workspace_write.network_access`",
  },
  {
    toml: '[sandbox_workspace_write]\nexclude_slash_tmp = "x"',
    codex: "in `sandbox_workspace_write.exclude_slash_tmp`",
  },
  {
    toml: "[sandbox_workspace_write]\nexclude_tmpdir_env_var = 1",
    codex: "in `sandbox_workspace_write.exclude_tmpdir_env_var`",
  },
  {
    toml: '[sandbox_workspace_write]\nwritable_roots = "/srv"',
    codex: "in `sandbox_workspace_write.writable_roots`",
  },
  { toml: "model = 1", codex: "in `model`" },
  { toml: "model_provider = 1", codex: "in `model_provider`" },
  { toml: "model_reasoning_effort = 3", codex: "in `model_reasoning_effort`" },
  { toml: 'model_reasoning_summary = "bogus"', codex: "in `model_reasoning_summary`" },
  { toml: 'model_verbosity = "bogus"', codex: "in `model_verbosity`" },
  { toml: "web_search = true", codex: "in `web_search`" },
  { toml: "developer_instructions = 1", codex: "in `developer_instructions`" },
  { toml: 'notify = "x"', codex: "in `notify`" },
  { toml: 'forced_login_method = "bogus"', codex: "in `forced_login_method`" },
  {
    toml: '[projects."/home/coder/p"]\ntrust_level = "bogus"',
    codex: "expected `trusted` or `untrusted`",
  },
  { toml: '[features]\napps = "no"', codex: "in `features`" },
  {
    toml: '[shell_environment_policy]\ninherit = "bogus"',
    codex: "in `shell_environment_policy.inherit`",
  },
  {
    toml: '[shell_environment_policy]\nignore_default_excludes = "x"',
    codex: "in `shell_environment_policy.ignore_default_excludes`",
  },
  { toml: '[shell_environment_policy]\nexclude = "*TOKEN*"', codex: "expected a sequence" },
  { toml: '[shell_environment_policy]\ninclude_only = "PATH"', codex: "expected a sequence" },
  { toml: "[shell_environment_policy.set]\nA = 1", codex: "in `shell_environment_policy.set.A`" },
  {
    toml: `${PROVIDER}wire_api = "chat"`,
    codex: '`wire_api = "chat"` is no longer supported',
    doctor: true,
  },
  { toml: `${PROVIDER}wire_api = "other"`, codex: "in `model_providers.gw.wire_api`" },
  {
    toml: '[model_providers.gw]\nname = 1\nbase_url = "http://x"',
    codex: "in `model_providers.gw.name`",
  },
  {
    toml: '[model_providers.gw]\nname = "g"\nbase_url = 1',
    codex: "in `model_providers.gw.base_url`",
  },
  { toml: `${PROVIDER}env_key = 1`, codex: "in `model_providers.gw.env_key`" },
  {
    toml: `${PROVIDER}[model_providers.gw.http_headers]\nA = 1`,
    codex: "in `model_providers.gw.http_headers.A`",
  },
  {
    toml: `${PROVIDER}[model_providers.gw.env_http_headers]\nA = 1`,
    codex: "in `model_providers.gw.env_http_headers.A`",
  },
  {
    toml: `${PROVIDER}[model_providers.gw.query_params]\nA = 1`,
    codex: "in `model_providers.gw.query_params.A`",
  },
  {
    toml: `${PROVIDER}request_max_retries = -1`,
    codex: "in `model_providers.gw.request_max_retries`",
  },
  {
    toml: `${PROVIDER}stream_max_retries = "1"`,
    codex: "in `model_providers.gw.stream_max_retries`",
  },
  {
    toml: `${PROVIDER}stream_idle_timeout_ms = 1.5`,
    codex: "in `model_providers.gw.stream_idle_timeout_ms`",
  },
  {
    toml: `${PROVIDER}requires_openai_auth = "x"`,
    codex: "in `model_providers.gw.requires_openai_auth`",
  },
  {
    toml: '[model_providers.openai]\nname = "x"\nbase_url = "http://x"',
    codex: "reserved built-in provider IDs: `openai`",
    doctor: true,
  },
  {
    toml: '[model_providers.ollama]\nname = "x"',
    codex: "reserved built-in provider IDs: `ollama`",
  },
  {
    toml: '[model_providers.lmstudio]\nname = "x"',
    codex: "reserved built-in provider IDs: `lmstudio`",
  },
  { toml: `${STDIO}url = "http://x"`, codex: "url is not supported for stdio", doctor: true },
  { toml: "[mcp_servers.a]\nenabled = true", codex: "invalid transport", doctor: true },
  {
    toml: `${STDIO}bearer_token_env_var = "T"`,
    codex: "bearer_token_env_var is not supported for stdio",
    doctor: true,
  },
  {
    toml: `${STDIO}[mcp_servers.a.http_headers]\nA = "b"`,
    codex: "http_headers is not supported for stdio",
  },
  {
    toml: `${STDIO}[mcp_servers.a.env_http_headers]\nA = "B"`,
    codex: "env_http_headers is not supported for stdio",
  },
  { toml: `${HTTP}args = ["a"]`, codex: "args is not supported for streamable_http" },
  { toml: `${HTTP}cwd = "/"`, codex: "cwd is not supported for streamable_http" },
  { toml: `${HTTP}env_vars = ["A"]`, codex: "env_vars is not supported for streamable_http" },
  {
    toml: `${HTTP}[mcp_servers.a.env]\nA = "b"`,
    codex: "env is not supported for streamable_http",
  },
  { toml: "[mcp_servers.a]\ncommand = 1", codex: "in `mcp_servers.a.command`" },
  { toml: "[mcp_servers.a]\nurl = 1", codex: "in `mcp_servers.a.url`" },
  { toml: `${STDIO}cwd = 1`, codex: "in `mcp_servers.a.cwd`" },
  { toml: `${STDIO}args = "a b"`, codex: "in `mcp_servers.a.args`" },
  { toml: `${STDIO}[mcp_servers.a.env]\nA = 1`, codex: "in `mcp_servers.a.env.A`" },
  { toml: `${STDIO}env_vars = [1]`, codex: "in `mcp_servers.a.env_vars`" },
  {
    toml: `${STDIO}env_vars = [{ name = "A", source = "bogus" }]`,
    codex: "unsupported env_vars source `bogus`",
  },
  { toml: `${STDIO}env_vars = [{ name = "A", extra = 1 }]`, codex: "in `mcp_servers.a.env_vars`" },
  { toml: `${HTTP}bearer_token_env_var = 1`, codex: "in `mcp_servers.a.bearer_token_env_var`" },
  {
    toml: `${HTTP}[mcp_servers.a.http_headers]\nA = 1`,
    codex: "in `mcp_servers.a.http_headers.A`",
  },
  {
    toml: `${HTTP}[mcp_servers.a.env_http_headers]\nA = 1`,
    codex: "in `mcp_servers.a.env_http_headers.A`",
  },
  { toml: `${STDIO}enabled = "x"`, codex: "in `mcp_servers.a.enabled`" },
  { toml: `${STDIO}required = "x"`, codex: "in `mcp_servers.a.required`" },
  { toml: `${STDIO}startup_timeout_sec = "30"`, codex: "in `mcp_servers.a.startup_timeout_sec`" },
  { toml: `${STDIO}startup_timeout_sec = -1`, codex: "value is negative" },
  { toml: `${STDIO}tool_timeout_sec = -1`, codex: "in `mcp_servers.a.tool_timeout_sec`" },
  { toml: `${STDIO}enabled_tools = "x"`, codex: "in `mcp_servers.a.enabled_tools`" },
  { toml: `${STDIO}disabled_tools = "x"`, codex: "in `mcp_servers.a.disabled_tools`" },
  {
    toml: `${STDIO}default_tools_approval_mode = "bogus"`,
    codex: "in `mcp_servers.a.default_tools_approval_mode`",
  },
  {
    toml: `${STDIO}[mcp_servers.a.tools.t]\napproval_mode = "bogus"`,
    codex: "in `mcp_servers.a.tools.t.approval_mode`",
  },
  {
    toml: '[history]\npersistence = "sometimes"',
    codex: "unknown variant `sometimes`, expected `save-all` or `none`",
    doctor: true,
  },
  { toml: "[history]\nmax_bytes = -1", codex: "in `history.max_bytes`" },
  { toml: '[tui]\nnotifications = "yes"', codex: "untagged enum Notifications", doctor: true },
  {
    toml: "project_doc_max_bytes = -1",
    codex: "invalid value: integer `-1`, expected usize",
    doctor: true,
  },
  { toml: 'project_doc_fallback_filenames = "A.md"', codex: "in `project_doc_fallback_filenames`" },
  { toml: 'hide_agent_reasoning = "no"', codex: "in `hide_agent_reasoning`" },
  { toml: "show_raw_agent_reasoning = 1", codex: "in `show_raw_agent_reasoning`" },
];

const IGNORED: readonly Case[] = [
  { toml: 'preferred_auth_method = "apikey"', codex: "preferred_auth_method" },
  { toml: 'experimental_instructions_file = "/x"', codex: "experimental_instructions_file" },
  { toml: `${STDIO}type = "stdio"`, codex: "mcp_servers.a.type" },
  { toml: `${STDIO}description = "d"`, codex: "mcp_servers.a.description" },
  // Typos of checked keys: Codex only warns, and the setting meant does not apply.
  { toml: 'modle = "gpt-5.5"', codex: "modle" },
  {
    toml: "[sandbox_workspace_write]\nnetwork_acess = true",
    codex: "sandbox_workspace_write.network_acess",
  },
  { toml: '[histroy]\npersistence = "none"', codex: "histroy", path: "histroy.persistence" },
];

const homes: string[] = [];
afterAll(() => homes.forEach(removeScratchDir));

function home(label: string, toml: string): string {
  const dir = makeCodexHome(label);
  homes.push(dir);
  writeFileSync(join(dir, "config.toml"), renderToml(parseExtraToml(toml)), { mode: 0o600 });
  return dir;
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length === path.length && pattern.every((s, i) => s === "*" || s === path[i]);
}

describe("validator proven against the real Codex 0.169", () => {
  it("has a case for every key rule", () => {
    const covered = [...REJECTED, ...IGNORED].flatMap((c) =>
      validateCodexSettings(parseExtraToml(c.toml)).map((p) => p.path),
    );
    const missing = CHECKED_KEYS.filter(
      (rule) => !covered.some((path) => matches(rule.pattern, path)),
    );
    expect(missing.map((rule) => rule.pattern.join("."))).toEqual([]);
  });

  it.concurrent.each(REJECTED.map((c) => [c.toml.split("\n").at(-1) ?? "", c] as const))(
    "fails to load in Codex and in the validator: %s",
    async (label, { toml, codex, doctor }) => {
      const problems = validateCodexSettings(parseExtraToml(toml));
      expect(problems.map((p) => p.effect)).toContain("rejected");
      const dir = home("rejected", toml);
      const listed = await mcpList(dir);
      expect(listed.run.status).toBe(1);
      expect(listed.run.stderr).toContain(codex);
      if (doctor === true) expect((await doctorConfigLoad(dir)).status).toBe("fail");
    },
  );

  it.concurrent.each(IGNORED.map((c) => [c.codex, c] as const))(
    "is ignored with a warning by Codex and reported as ignored: %s",
    async (label, { toml, codex, path }) => {
      const problems = validateCodexSettings(parseExtraToml(toml));
      expect(problems.map((p) => [p.effect, p.path.join(".")])).toEqual([
        ["ignored", path ?? codex],
      ]);
      const check = await doctorConfigLoad(home("ignored", toml));
      expect(check.status).toBe("warning");
      expect(String(check.details["startup warning"])).toContain(`\`${codex}\` is ignored`);
    },
  );
});
