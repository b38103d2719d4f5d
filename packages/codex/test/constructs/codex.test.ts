import { createHash } from "node:crypto";
import { Construct, TerraformVariable, Testing } from "@codex-coder/cdk";
import { agent } from "@codex-coder/provider-coder";
import { describe, expect, it } from "vitest";
import {
  APPROVAL_POLICIES,
  Codex,
  CodexAuth,
  CodexValidationError,
  CodexVariables,
  REASONING_EFFORTS,
  SANDBOX_MODES,
  TASKS_MODES,
  TESTED_VERSIONS,
  type ApprovalPolicy,
  type CodexProps,
  type TasksMode,
} from "../../src/index.js";
import {
  fixture,
  managedSettings,
  scriptArg,
  secretVariable,
  decodeArg,
  setting,
  synthCodex,
  type Synth,
} from "./support.js";

const decode = decodeArg;

function failure(props: Partial<CodexProps>): CodexValidationError {
  try {
    synthCodex(props);
  } catch (error) {
    if (error instanceof CodexValidationError) return error;
    throw error;
  }
  throw new Error("expected a CodexValidationError");
}

function codes(props: Partial<CodexProps>): string[] {
  return failure(props).problems.map((p) => p.code);
}

function install(out: Synth): string {
  return out.resource.coder_script?.codex_install?.script as string;
}
function start(out: Synth): string {
  return out.resource.coder_script?.codex_start?.script as string;
}
function stop(out: Synth): string {
  return out.resource.coder_script?.codex_stop?.script as string;
}

describe("Codex defaults", () => {
  it("installs the tested Codex and AgentAPI versions with a chat app, a CLI app and both scripts", () => {
    // WHEN
    const { out, codex } = synthCodex();

    // THEN
    expect(codex.codexVersion).toBe(TESTED_VERSIONS.codex);
    expect(scriptArg(install(out), "ARG_CODEX_VERSION")).toBe("0.169.0");
    expect(scriptArg(install(out), "ARG_AGENTAPI_VERSION")).toBe("v0.12.1");
    expect(scriptArg(install(out), "ARG_INSTALL_CODEX")).toBe("true");
    expect(scriptArg(install(out), "ARG_INSTALL_AGENTAPI")).toBe("true");
    expect(out.resource.coder_app?.codex).toMatchObject({
      slug: "codex",
      display_name: "Codex",
      url: "http://localhost:3284/",
      subdomain: false,
      healthcheck: { url: "http://localhost:3284/status", interval: 3, threshold: 20 },
      agent_id: "${coder_agent.main.id}",
    });
    expect(out.resource.coder_app?.codex_cli).toMatchObject({
      slug: "codex-cli",
      display_name: "Codex CLI",
    });
    expect(out.resource.coder_script?.codex_install).toMatchObject({
      run_on_start: true,
      display_name: "Codex: install",
    });
    expect(out.resource.coder_script?.codex_start).toMatchObject({
      run_on_start: true,
      display_name: "Codex: start",
    });
  });

  it("manages the sandbox, approvals, network access, trust, secret filtering and no daemon", () => {
    const { out } = synthCodex();
    expect(setting(out, "sandbox_mode")).toBe("workspace-write");
    expect(setting(out, "approval_policy")).toBe("on-request");
    expect(setting(out, "sandbox_workspace_write", "network_access")).toBe(true);
    expect(setting(out, "projects", "/home/coder/project", "trust_level")).toBe("trusted");
    expect(setting(out, "shell_environment_policy", "exclude")).toEqual(
      expect.arrayContaining(["*TOKEN*", "*KEY*", "*SECRET*"]),
    );
    expect(setting(out, "features", "daemon_auto_start")).toBe(false);
    expect(setting(out, "model")).toBeUndefined();
    expect(setting(out, "model_reasoning_effort")).toBeUndefined();
  });

  it("defaults to the user-secret auth source: no key variable, no key env", () => {
    const { out } = synthCodex();
    expect(scriptArg(install(out), "ARG_AUTH_SOURCE")).toBe("user-secret");
    expect(scriptArg(install(out), "ARG_API_KEY_ENV")).toBe("OPENAI_API_KEY");
    const envNames = Object.values(out.resource.coder_env ?? {}).map((e) => e.name);
    expect(envNames).not.toContain("OPENAI_API_KEY");
    expect(out.variable).toBeUndefined();
  });

  it("defaults to coder-task: data coder_task feeds the start script, coder_ai_task points at the chat app", () => {
    const { out } = synthCodex();
    expect(out.data.coder_task?.codex).toEqual({});
    expect(out.resource.coder_ai_task?.codex).toMatchObject({
      app_id: "${coder_app.codex.id}",
      count: "${data.coder_workspace.me.start_count}",
    });
    expect(start(out)).toContain(
      "export ARG_TASK_PROMPT='${base64encode(data.coder_task.codex.prompt)}'",
    );
    expect(scriptArg(start(out), "ARG_REPORT_TASKS")).toBe("true");
    expect(setting(out, "mcp_servers", "coder", "command")).toBe("coder");
    expect(setting(out, "mcp_servers", "coder", "default_tools_approval_mode")).toBe("approve");
    expect(setting(out, "mcp_servers", "coder", "env_vars")).toEqual([
      "CODER_AGENT_URL",
      "CODER_AGENT_TOKEN",
    ]);
  });

  it("logs the in-workspace coder CLI in as the owner", () => {
    const { out } = synthCodex();
    expect(out.resource.coder_env?.codex_coder_url).toMatchObject({
      name: "CODER_URL",
      value: "${data.coder_workspace.me.access_url}",
    });
    expect(out.resource.coder_env?.codex_coder_session_token).toMatchObject({
      name: "CODER_SESSION_TOKEN",
    });
  });

  it("ships its scripts as template files the wrappers gzip at plan time and swap in atomically", () => {
    const { out } = synthCodex();
    for (const f of ["lib.sh", "install.sh", "merge-config.mjs"]) {
      expect(install(out)).toContain(`\${base64gzip(file("\${path.module}/codex/${f}"))}`);
      expect(install(out)).toContain(
        `mv -f "$module_dir/scripts/.${f}.$$" "$module_dir/scripts/${f}"`,
      );
    }
    expect(start(out)).toContain('${base64gzip(file("${path.module}/codex/start.sh"))}');
  });
  it("passes no template TOML as an empty ARG_TEMPLATE_TOML (the gzip of nothing is not nothing)", () => {
    // WHEN: no tomlOptions
    const { out } = synthCodex();

    // THEN: the workspace's merge reads an empty argument as "no pieces"; base64gzip("") would
    // decode to an empty document, which it refuses as JSON
    expect(install(out)).toContain("export ARG_TEMPLATE_TOML=''\n");
    expect(install(out)).not.toContain('base64gzip("")');
  });
});

describe("Codex props", () => {
  it.each(SANDBOX_MODES)("accepts sandboxMode %s", (mode) => {
    const { out, codex } = synthCodex({ sandboxMode: mode });
    expect(setting(out, "sandbox_mode")).toBe(mode);
    expect(codex.sandboxMode).toBe(mode);
    expect(scriptArg(start(out), "ARG_SANDBOX_MODE")).toBe(mode);
  });

  it("fails on an unknown sandboxMode, naming the allowed values", () => {
    const error = failure({ sandboxMode: "yolo" as never });
    expect(error.message).toContain(
      'sandboxMode: expected one of "read-only", "workspace-write", "danger-full-access", got "yolo"',
    );
  });

  it.each(APPROVAL_POLICIES)("accepts approvalPolicy %s", (policy) => {
    const { out } = synthCodex({ approvalPolicy: policy });
    expect(setting(out, "approval_policy")).toBe(policy);
  });

  it("fails on approvalPolicy untrusted and says Codex 0.169 removed it", () => {
    const error = failure({ approvalPolicy: "untrusted" as never });
    expect(error.problems[0]?.code).toBe("ApprovalPolicyInvalid");
    expect(error.message).toContain('"untrusted" was removed in Codex 0.169');
  });

  it.each(REASONING_EFFORTS)("accepts modelReasoningEffort %s", (effort) => {
    const { out } = synthCodex({ modelReasoningEffort: effort });
    expect(setting(out, "model_reasoning_effort")).toBe(effort);
  });

  it("fails on a reasoning effort Codex would pass through unchecked", () => {
    expect(codes({ modelReasoningEffort: "bogus" as never })).toEqual(["ReasoningEffortInvalid"]);
  });

  it("writes networkAccess false", () => {
    const { out } = synthCodex({ networkAccess: false });
    expect(setting(out, "sandbox_workspace_write", "network_access")).toBe(false);
  });

  it("fullAuto means workspace-write without approvals", () => {
    const { out } = synthCodex({ fullAuto: true });
    expect(setting(out, "sandbox_mode")).toBe("workspace-write");
    expect(setting(out, "approval_policy")).toBe("never");
  });

  it("fails when fullAuto contradicts an explicit sandboxMode or approvalPolicy", () => {
    expect(
      codes({ fullAuto: true, sandboxMode: "read-only", approvalPolicy: "on-request" }),
    ).toEqual(["FullAutoConflict", "FullAutoConflict"]);
  });

  it("writes the model and keeps it out of the command line", () => {
    const { out } = synthCodex({ model: "gpt-5.5" });
    expect(setting(out, "model")).toBe("gpt-5.5");
    expect(start(out)).not.toContain("gpt-5.5");
  });

  it("fails on a model with a newline", () => {
    expect(codes({ model: "gpt\n5" })).toEqual(["NewlineNotAllowed"]);
  });

  it.each([
    ["relative/path", "FolderNotAbsolute"],
    ["/home/coder/project/", "FolderTrailingSlash"],
    ["", "FolderMissing"],
  ])("fails on folder %j with %s", (folder, code) => {
    expect(codes({ folder })).toContain(code);
  });

  it("passes the folder base64-encoded, so quotes and spaces are safe", () => {
    const folder = "/home/coder/my 'odd' \"project\"";
    const { out } = synthCodex({ folder });
    expect(decode(scriptArg(install(out), "ARG_FOLDER"))).toBe(folder);
    expect(decode(scriptArg(start(out), "ARG_FOLDER"))).toBe(folder);
    expect(setting(out, "projects", folder, "trust_level")).toBe("trusted");
  });

  it("accepts codexVersion latest and an exact version; fails on a range", () => {
    expect(
      scriptArg(install(synthCodex({ codexVersion: "latest" }).out), "ARG_CODEX_VERSION"),
    ).toBe("latest");
    expect(
      scriptArg(install(synthCodex({ codexVersion: "0.170.1" }).out), "ARG_CODEX_VERSION"),
    ).toBe("0.170.1");
    expect(failure({ codexVersion: "^0.169" }).message).toContain(
      'codexVersion: expected an exact version such as "0.169.0" or "latest", got "^0.169"',
    );
  });

  it("turns installCodex and installAgentApi off", () => {
    const { out } = synthCodex({ installCodex: false, installAgentApi: false });
    expect(scriptArg(install(out), "ARG_INSTALL_CODEX")).toBe("false");
    expect(scriptArg(install(out), "ARG_INSTALL_AGENTAPI")).toBe("false");
  });

  it("passes pre/post install scripts and the system prompt byte-exact", () => {
    const pre = "echo 'pre' && printf \"%s\\n\" $HOME `id`";
    const post = "cat <<'EOF'\n$(rm -rf /)\nEOF\n";
    const prompt = "Be careful.\n\"\"\"\n'''\n[x]\n\u00e9\u2603";
    const { out } = synthCodex({
      preInstallScript: pre,
      postInstallScript: post,
      systemPrompt: prompt,
    });
    expect(decode(scriptArg(install(out), "ARG_PRE_INSTALL_SCRIPT"))).toBe(pre);
    expect(decode(scriptArg(install(out), "ARG_POST_INSTALL_SCRIPT"))).toBe(post);
    expect(decode(scriptArg(install(out), "ARG_AGENTS_MD"))).toBe(prompt);
    expect(scriptArg(install(out), "ARG_AGENTS_MD_TARGET")).toBe("global");
  });

  it("writes AGENTS.md into the folder when asked", () => {
    const { out } = synthCodex({ systemPrompt: "x", agentsMdTarget: "folder" });
    expect(scriptArg(install(out), "ARG_AGENTS_MD_TARGET")).toBe("folder");
    expect(codes({ agentsMdTarget: "repo" as never })).toEqual(["AgentsMdTargetInvalid"]);
  });

  it("fails on a NUL character in the system prompt", () => {
    expect(codes({ systemPrompt: "a\u0000b" })).toEqual(["NulCharacter"]);
  });

  it("sets app order, group, icon, display names and subdomain", () => {
    const { out } = synthCodex({
      order: 3,
      group: "AI",
      icon: "/icon/custom.svg",
      webAppDisplayName: "Chat",
      cliAppDisplayName: "Terminal",
      subdomain: true,
    });
    expect(out.resource.coder_app?.codex).toMatchObject({
      order: 3,
      group: "AI",
      icon: "/icon/custom.svg",
      display_name: "Chat",
      subdomain: true,
    });
    expect(out.resource.coder_app?.codex_cli).toMatchObject({
      order: 3,
      group: "AI",
      display_name: "Terminal",
    });
    expect(decode(scriptArg(start(out), "ARG_AGENTAPI_CHAT_BASE_PATH"))).toBe("");
  });

  it("tells AgentAPI its chat base path when the app is served on a path", () => {
    const { out } = synthCodex();
    expect(start(out)).toContain(
      "export ARG_AGENTAPI_CHAT_BASE_PATH='${base64encode(\"/@${data.coder_workspace_owner.me.name}/${data.coder_workspace.me.name}.main/apps/codex/chat\")}'",
    );
  });

  it("drops the CLI app when cliApp is false", () => {
    const { out } = synthCodex({ cliApp: false });
    expect(out.resource.coder_app?.codex_cli).toBeUndefined();
  });

  it("uses another AgentAPI port everywhere", () => {
    const { out } = synthCodex({ agentApiPort: 4000 });
    expect(out.resource.coder_app?.codex).toMatchObject({ url: "http://localhost:4000/" });
    expect(scriptArg(start(out), "ARG_AGENTAPI_PORT")).toBe("4000");
    expect(out.resource.coder_app?.codex_cli?.command).toBe(
      'bash "$HOME/.codex-module/scripts/attach.sh" --port 4000',
    );
    expect(setting(out, "mcp_servers", "coder", "env", "CODER_MCP_AI_AGENTAPI_URL")).toBe(
      "http://localhost:4000",
    );
    expect(codes({ agentApiPort: 70000 })).toEqual(["PortInvalid"]);
  });

  it("passes an AgentAPI mirror and checksums; fails on a bad checksum or URL", () => {
    const sum = "a".repeat(64);
    const { out } = synthCodex({
      agentApiDownloadUrl: "https://mirror.internal/agentapi",
      agentApiSha256: { amd64: sum },
      agentApiVersion: "v0.11.6",
    });
    expect(decode(scriptArg(install(out), "ARG_AGENTAPI_URL_BASE"))).toBe(
      "https://mirror.internal/agentapi",
    );
    expect(scriptArg(install(out), "ARG_AGENTAPI_SHA256_AMD64")).toBe(sum);
    expect(scriptArg(install(out), "ARG_AGENTAPI_VERSION")).toBe("v0.11.6");
    expect(
      codes({
        agentApiSha256: { arm64: "XYZ" },
        agentApiDownloadUrl: "ftp://x",
        agentApiVersion: "0.11",
      }),
    ).toEqual(["AgentApiVersionInvalid", "UrlInvalid", "Sha256Invalid"]);
  });
});

describe("Codex auth", () => {
  it("template-variable: the key reaches the workspace only as a coder_env from the sensitive variable", () => {
    const { out } = synthCodex({}, (stack) => ({
      auth: CodexAuth.templateVariable(secretVariable(stack, "openai_api_key")),
    }));
    expect(out.resource.coder_env?.codex_openai_api_key).toMatchObject({
      name: "OPENAI_API_KEY",
      value: "${var.openai_api_key}",
    });
    expect(install(out)).not.toContain("var.openai_api_key");
    expect(start(out)).not.toContain("var.openai_api_key");
  });

  it("fails on a key variable that is not sensitive", () => {
    const { stack, main } = fixture();
    const key = new TerraformVariable(stack, "k", { type: "string" });
    expect(
      () =>
        new Codex(stack, "codex", {
          agent: main,
          folder: "/p",
          auth: CodexAuth.templateVariable(key),
        }),
    ).toThrow(/must be declared with sensitive: true/);
  });

  it("fails on a literal string where a key variable belongs, saying how to pass it", () => {
    const error = failure({ auth: CodexAuth.templateVariable("sk-abc" as never) });
    expect(error.problems[0]?.code).toBe("ApiKeyNotVariable");
    expect(error.message).toContain("must be a Terraform variable, never a string");
  });

  it("fails on anything that looks like a literal OpenAI key anywhere in the props", () => {
    // Built at run time so no key-shaped literal sits in the repository.
    const keyLike = ["sk", "proj", "abcdefghijklmnopqrstuvwxyz0123"].join("-");
    const error = failure({ systemPrompt: `use ${keyLike} for calls` });
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["LiteralSecret", "systemPrompt"],
    ]);
  });

  it("ai-gateway: owner's session token as the gateway key, and the gateway provider in config", () => {
    const { out } = synthCodex({ auth: CodexAuth.aiGateway() });
    expect(out.resource.coder_env?.codex_ai_gateway_token).toMatchObject({
      name: "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN",
      value: "${data.coder_workspace_owner.me.session_token}",
    });
    // The base URL is a plan-time value: plain interpolation in the settings local.
    expect(setting(out, "model_provider")).toBe("aigateway");
    expect(setting(out, "model_providers", "aigateway", "base_url")).toBe(
      '${trimsuffix(data.coder_workspace.me.access_url, "/")}/api/v2/aibridge/openai/v1',
    );
  });

  it("custom-provider: provider table, env_key, headers, and the key variable as its env", () => {
    const { out } = synthCodex({}, (stack) => ({
      auth: CodexAuth.customProvider({
        id: "proxy",
        baseUrl: "http://127.0.0.1:8080/v1",
        envKey: "PROXY_KEY",
        apiKey: secretVariable(stack, "proxy_key"),
        httpHeaders: { "api-version": "2025-01-01" },
      }),
    }));
    expect(setting(out, "model_provider")).toBe("proxy");
    expect(setting(out, "model_providers", "proxy", "base_url")).toBe("http://127.0.0.1:8080/v1");
    expect(setting(out, "model_providers", "proxy", "env_key")).toBe("PROXY_KEY");
    expect(setting(out, "model_providers", "proxy", "wire_api")).toBe("responses");
    expect(setting(out, "model_providers", "proxy", "http_headers", "api-version")).toBe(
      "2025-01-01",
    );
    expect(out.resource.coder_env?.codex_provider_api_key).toMatchObject({
      name: "PROXY_KEY",
      value: "${var.proxy_key}",
    });
  });

  it.each(["openai", "ollama", "lmstudio"])("fails on the reserved provider id %s", (id) => {
    const error = failure({
      auth: CodexAuth.customProvider({ id, baseUrl: "https://x.example/v1" }),
    });
    expect(error.problems.map((p) => p.code)).toEqual(["ProviderIdReserved"]);
    expect(error.message).toContain("is a built-in Codex provider and cannot be redefined");
  });

  it("none: no credentials at all", () => {
    const { out } = synthCodex({ auth: CodexAuth.none() });
    expect(scriptArg(install(out), "ARG_AUTH_SOURCE")).toBe("none");
    expect(Object.keys(out.resource.coder_env ?? {}).sort()).toEqual([
      "codex_coder_session_token",
      "codex_coder_url",
    ]);
  });

  it("push-time auth: every source's resources exist behind conditions on the variable", () => {
    const { out } = synthCodex({}, (stack) => new CodexVariables(stack, "vars").codexProps());
    expect(out.resource.coder_env?.codex_openai_api_key?.count).toBe(
      '${(var.codex_auth_source == "template-variable") ? 1 : 0}',
    );
    expect(out.resource.coder_env?.codex_ai_gateway_token?.count).toBe(
      '${(var.codex_auth_source == "ai-gateway") ? 1 : 0}',
    );
    expect(install(out)).toContain("export ARG_AUTH_SOURCE='${var.codex_auth_source}'");
    expect(out.variable?.codex_auth_source?.validation).toEqual([
      expect.objectContaining({
        error_message:
          "codex_auth_source must be one of: template-variable, user-secret, ai-gateway, custom-provider, none.",
      }),
    ]);
  });
});

describe("Codex and Coder Tasks", () => {
  it.each(TASKS_MODES)("tasksMode %s emits only its own Tasks resources", (mode) => {
    const { out } = synthCodex({ tasksMode: mode });
    const hasTask = out.resource.coder_ai_task?.codex !== undefined;
    const hasSidebar = out.resource.coder_ai_task?.codex_sidebar !== undefined;
    const hasParam = out.data.coder_parameter?.codex_ai_prompt !== undefined;
    expect([hasTask, hasSidebar, hasParam]).toEqual([
      mode === "coder-task",
      mode === "ai-prompt-parameter",
      mode === "ai-prompt-parameter",
    ]);
    expect(out.resource.coder_app?.codex).toBeDefined();
    expect(out.resource.coder_app?.codex_cli).toBeDefined();
  });

  it("ai-prompt-parameter: the 'AI Prompt' parameter feeds the prompt and sidebar_app is the chat app", () => {
    const { out } = synthCodex({ tasksMode: "ai-prompt-parameter" });
    expect(out.data.coder_parameter?.codex_ai_prompt).toMatchObject({
      name: "AI Prompt",
      order: 0,
      mutable: true,
    });
    expect(out.resource.coder_ai_task?.codex_sidebar).toMatchObject({
      sidebar_app: { id: "${coder_app.codex.id}" },
    });
    expect(start(out)).toContain("${base64encode(data.coder_parameter.codex_ai_prompt.value)}");
  });

  it("none: no Tasks resources, no Coder MCP server, no reporting", () => {
    const { out } = synthCodex({ tasksMode: "none" });
    expect(out.data.coder_task).toBeUndefined();
    expect(out.resource.coder_ai_task).toBeUndefined();
    expect(out.data.coder_parameter).toBeUndefined();
    expect(scriptArg(start(out), "ARG_TASK_ID")).toBe("");
    expect(scriptArg(stop(out), "ARG_TASK_ID")).toBe("");
    expect(setting(out, "mcp_servers", "coder", "command")).toBeUndefined();
    expect(scriptArg(start(out), "ARG_REPORT_TASKS")).toBe("false");
  });

  it("a fixed taskPrompt wins over Tasks", () => {
    const { out } = synthCodex({ taskPrompt: "fix the build; don't `rm` anything" });
    expect(decode(scriptArg(start(out), "ARG_TASK_PROMPT"))).toBe(
      "fix the build; don't `rm` anything",
    );
  });

  it("fails on an unknown tasksMode", () => {
    expect(failure({ tasksMode: "tasks" as never }).message).toContain(
      'tasksMode: expected one of "coder-task", "ai-prompt-parameter", "none", got "tasks"',
    );
  });
});

describe("Codex MCP servers and extra TOML", () => {
  it("writes typed stdio and HTTP servers with Codex's key names", () => {
    const { out } = synthCodex({
      mcpServers: {
        github: {
          command: "npx",
          args: ["-y", "gh-mcp"],
          envVars: ["GITHUB_TOKEN"],
          defaultToolsApprovalMode: "approve",
        },
        docs: {
          url: "https://mcp.example.com/mcp",
          bearerTokenEnvVar: "DOCS_TOKEN",
          startupTimeoutSec: 20,
        },
      },
    });
    expect(setting(out, "mcp_servers", "github", "args")).toEqual(["-y", "gh-mcp"]);
    expect(setting(out, "mcp_servers", "github", "env_vars")).toEqual(["GITHUB_TOKEN"]);
    expect(setting(out, "mcp_servers", "docs", "bearer_token_env_var")).toBe("DOCS_TOKEN");
    expect(setting(out, "mcp_servers", "docs", "startup_timeout_sec")).toBe(20);
  });

  it("fails on a typo'd MCP key with the path and a suggestion, and on a server with both transports", () => {
    const error = failure({
      mcpServers: {
        github: { comand: "npx" } as never,
        both: { command: "x", url: "https://y.example" } as never,
        stdio: { command: "x", bearerTokenEnvVar: "T" } as never,
      },
    });
    expect(error.problems.map((p) => p.path)).toEqual([
      "mcpServers.github",
      "mcpServers.both",
      "mcpServers.stdio.bearerTokenEnvVar",
    ]);
    expect(error.message).toContain("bearerTokenEnvVar is only for HTTP servers");
  });

  it("fails on NUL in MCP args, env values and extra TOML (no process can receive it)", () => {
    const error = failure({
      mcpServers: { x: { command: "x", args: ["a\u0000b"], env: { K: "v\u0000" } } },
    });
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["NulCharacter", "mcpServers.x.args[0]"],
      ["NulCharacter", "mcpServers.x.env.K"],
    ]);
    const toml = failure({ extraSettingsToml: '[tui]\nstatus_line = ["a\\u0000"]\n' });
    expect(toml.problems.map((p) => [p.code, p.path])).toEqual([
      ["NulCharacter", "extraSettingsToml.tui.status_line"],
    ]);
  });

  it("fails on a system prompt that contains the AGENTS.md block markers", () => {
    expect(codes({ systemPrompt: "x <!-- codex-module:end --> y" })).toEqual([
      "SystemPromptMarker",
    ]);
  });

  it("merges extra settings TOML into the managed keys", () => {
    const { out } = synthCodex({
      extraSettingsToml: '[tui]\nanimations = false\n[history]\npersistence = "none"\n',
    });
    expect(setting(out, "tui", "animations")).toBe(false);
    expect(setting(out, "history", "persistence")).toBe("none");
  });

  it("fails when extra TOML collides with a managed key, naming both", () => {
    const error = failure({ extraSettingsToml: 'sandbox_mode = "read-only"\n' });
    expect(error.message).toContain(
      "`sandbox_mode` collides with `sandbox_mode`, which is managed by sandboxMode; set it there instead",
    );
  });

  it("fails on extra TOML that does not parse, with line and column, naming the option once", () => {
    const error = failure({ extraSettingsToml: "model = \n" });
    expect(error.problems[0]?.code).toBe("TomlInvalid");
    expect(error.message).toMatch(/^- extraSettingsToml: invalid TOML at line 1, column \d+/m);
    expect(error.message).not.toContain("extraSettingsToml: extraSettingsToml");
  });

  it("fails on a key added to the Coder MCP table, naming the Tasks reporting option that manages it", () => {
    const error = failure({ extraSettingsToml: "[mcp_servers.coder]\nstartup_timeout_sec = 30\n" });
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["TomlCollision", "extraSettingsToml"],
    ]);
    expect(error.problems[0]?.message).toBe(
      "`mcp_servers.coder.startup_timeout_sec` is in the table `mcp_servers.coder`, which is managed by " +
        "the Tasks reporting option (reportTasks); to change that server, set reportTasks: false " +
        "and define it in mcpServers.coder",
    );
    expect(error.message).not.toContain("sets neither");
  });

  it("fails on a key added to a typed MCP server's table, naming the prop", () => {
    const error = failure({
      mcpServers: { docs: { url: "https://mcp.example.com/mcp" } },
      mcpServersToml: "[mcp_servers.docs]\ntool_timeout_sec = 5\n",
    });
    expect(error.problems.map((p) => p.message)).toEqual([
      "`mcp_servers.docs.tool_timeout_sec` is in the table `mcp_servers.docs`, which is managed by " +
        "mcpServers.docs; set it there instead",
    ]);
  });

  it("fails on extra TOML that Codex 0.169 rejects", () => {
    const error = failure({
      extraSettingsToml: '[model_providers.x]\nwire_api = "chat"\nbase_url = "http://x"\n',
    });
    expect(error.problems.map((p) => p.code)).toContain("TomlRejectedByCodex");
  });

  it("fails at synth on extra settings Codex 0.169 rejects or ignores (#13.3), naming each key", () => {
    const error = failure({
      extraSettingsToml:
        'modle = "gpt-5.5"\nproject_doc_max_bytes = -1\n[history]\npersistence = "sometimes"\n' +
        '[tui]\nnotifications = "yes"\n',
    });
    expect(error.problems.map((p) => [p.code, p.message])).toEqual([
      ["TomlRejectedByCodex", "`project_doc_max_bytes` is -1; it must be an integer ≥ 0"],
      [
        "TomlRejectedByCodex",
        '`history.persistence` is "sometimes"; it must be one of "save-all", "none"',
      ],
      [
        "TomlRejectedByCodex",
        '`tui.notifications` is "yes"; it must be true, false, or an array of notification types (e.g. ["agent-turn-complete"])',
      ],
      [
        "TomlRejectedByCodex",
        "`modle` is not a setting Codex 0.169 knows (it would ignore it): did you mean `model`?",
      ],
    ]);
  });

  it("accepts raw MCP TOML and refuses anything else in it", () => {
    const { out } = synthCodex({
      mcpServersToml: '[mcp_servers.fs]\ncommand = "mcp-fs"\nargs = ["/srv"]\n',
    });
    expect(setting(out, "mcp_servers", "fs", "command")).toBe("mcp-fs");
    expect(codes({ mcpServersToml: 'model = "x"\n' })).toEqual(["McpTomlNotMcp"]);
  });
});

describe("Codex across stop and start", () => {
  it("adds a run_on_stop script that saves the conversation and posts the task's log snapshot", () => {
    const { out } = synthCodex();
    expect(out.resource.coder_script?.codex_stop).toMatchObject({
      run_on_stop: true,
      display_name: "Codex: stop",
      agent_id: "${coder_agent.main.id}",
    });
    expect(out.resource.coder_script?.codex_stop?.["run_on_start"]).toBeUndefined();
    expect(stop(out)).toContain('bash "$module_dir/scripts/stop.sh"');
    expect(scriptArg(stop(out), "ARG_TASK_ID")).toBe(
      '${data.coder_task.codex.enabled ? data.coder_task.codex.id : ""}',
    );
    expect(scriptArg(stop(out), "ARG_LOG_SNAPSHOT")).toBe("true");
    expect(scriptArg(stop(out), "ARG_AGENTAPI_PORT")).toBe("3284");
  });

  it("resumes Codex's last session and gives an unattended task approval never, by default", () => {
    const { out } = synthCodex();
    expect(scriptArg(start(out), "ARG_RESUME")).toBe("true");
    expect(scriptArg(start(out), "ARG_TASK_APPROVAL_POLICY")).toBe("never");
    expect(scriptArg(start(out), "ARG_TASK_ID")).toBe(
      '${data.coder_task.codex.enabled ? data.coder_task.codex.id : ""}',
    );
    // the config.toml a user's own terminal reads stays interactive
    expect(setting(out, "approval_policy")).toBe("on-request");
  });

  it("takes resumeSession, taskApprovalPolicy and taskLogSnapshot from props", () => {
    const { out } = synthCodex({
      resumeSession: false,
      taskApprovalPolicy: "on-request",
      taskLogSnapshot: false,
    });
    expect(scriptArg(start(out), "ARG_RESUME")).toBe("false");
    expect(scriptArg(start(out), "ARG_TASK_APPROVAL_POLICY")).toBe("on-request");
    expect(scriptArg(stop(out), "ARG_LOG_SNAPSHOT")).toBe("false");
  });

  it("takes the task approval policy from a template variable and checks a literal one", () => {
    const { out } = synthCodex({}, (stack) => ({
      taskApprovalPolicy: new TerraformVariable(stack, "task_approval", { type: "string" })
        .stringValue as ApprovalPolicy,
    }));
    expect(scriptArg(start(out), "ARG_TASK_APPROVAL_POLICY")).toBe("${var.task_approval}");
    expect(failure({ taskApprovalPolicy: "always" as never }).message).toContain(
      'taskApprovalPolicy: expected one of "on-request", "never", "on-failure", got "always"',
    );
  });

  it("a Tasks mode chosen at push time passes the task id only in coder-task mode", () => {
    const { out } = synthCodex({}, (stack) => ({
      tasksMode: new TerraformVariable(stack, "mode", { type: "string" }).stringValue as TasksMode,
    }));
    for (const script of [start(out), stop(out)]) {
      const arg = scriptArg(script, "ARG_TASK_ID") ?? "";
      expect(arg).toMatch(/("coder-task" == var\.mode|var\.mode == "coder-task")/);
      expect(arg).toContain("&& data.coder_task.codex.enabled");
      expect(arg).toContain('? data.coder_task.codex.id : ""}');
    }
  });
});

describe("Codex script sizes (a coder_script is one argument: Linux caps it at 128 KiB)", () => {
  /** About `kib` KiB of extra TOML: project trust entries under long, similar paths. */
  const largeToml = (kib: number, name: (i: number) => string): string => {
    const lines: string[] = [];
    for (let i = 0; Buffer.byteLength(lines.join("\n")) < kib * 1024; i += 1) {
      lines.push(`[projects."/home/coder/src/${name(i)}"]`, 'trust_level = "trusted"', "");
    }
    return lines.join("\n");
  };
  const mcpServers = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      `tool${i}`,
      { command: `/opt/mcp/tool-${i}`, args: ["--stdio", `--name=tool-${i}`], envVars: ["TOKEN"] },
    ]),
  );

  it("carries ~100 KiB of extra TOML plus MCP servers compressed, well under the limit", () => {
    const extraSettingsToml = largeToml(100, (i) => `team-${i % 7}/service-${i}/checkout`);
    const { out } = synthCodex({ extraSettingsToml, mcpServers });
    const settings = managedSettings(out);
    expect(settings.filter((s) => s.path[0] === "projects")).toHaveLength(
      extraSettingsToml.split("[projects.").length - 1 + 1,
    );
    expect(settings.filter((s) => s.path[0] === "mcp_servers").length).toBeGreaterThanOrEqual(60);
    const line = install(out)
      .split("\n")
      .find((l) => l.startsWith("export ARG_MANAGED_CONFIG="));
    expect(Buffer.byteLength(line ?? "")).toBeLessThan(24 * 1024);
  });

  it("fails at synth, naming the settings and their size, when the install script would not fit", () => {
    // Hash-like names barely compress: ~200 KiB of them cannot travel in one argument.
    const extraSettingsToml = largeToml(200, (i) =>
      createHash("sha256").update(String(i)).digest("base64url"),
    );
    const error = failure({ extraSettingsToml, mcpServers });
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      [
        "ScriptTooLarge",
        "the config.toml settings (extraSettingsToml, mcpServersToml, mcpServers, the auth provider)",
      ],
    ]);
    expect(error.problems[0]?.message).toMatch(
      /^the install script would be about \d{3}\.\d KiB, and a coder_script runs as one `sh -c` argument, which Linux limits to 128 KiB; its largest parts \(compressed\): the config\.toml settings \(.*\) \d+\.\d KiB; make them smaller/,
    );
  });

  it("lets Terraform refuse a plan whose rendered script reaches the limit (values from variables)", () => {
    const { out } = synthCodex();
    for (const name of ["codex_install", "codex_start"]) {
      const lifecycle = out.resource.coder_script?.[name]?.lifecycle as {
        postcondition?: Array<{ condition: string; error_message: string }>;
      };
      expect(lifecycle.postcondition).toEqual([
        {
          condition: "${length(self.script) < 131072}",
          error_message: expect.stringMatching(
            /^The Codex (install|start) script is 128 KiB or longer/,
          ),
        },
      ]);
    }
  });
});

describe("Codex names", () => {
  it("gives every element a stable name without a cdktf hash suffix", () => {
    const { out } = synthCodex({ tasksMode: "ai-prompt-parameter" });
    const addresses = [
      ...Object.entries(out.resource).flatMap(([t, r]) => Object.keys(r).map((n) => `${t}.${n}`)),
      ...Object.entries(out.data).flatMap(([t, r]) => Object.keys(r).map((n) => `data.${t}.${n}`)),
    ].sort();
    expect(addresses).toEqual([
      "coder_agent.main",
      "coder_ai_task.codex_sidebar",
      "coder_app.codex",
      "coder_app.codex_cli",
      "coder_env.codex_coder_session_token",
      "coder_env.codex_coder_url",
      "coder_script.codex_install",
      "coder_script.codex_start",
      "coder_script.codex_stop",
      "data.coder_parameter.codex_ai_prompt",
      "data.coder_workspace.me",
      "data.coder_workspace_owner.me",
    ]);
  });

  it("collects every problem into one error with the construct path", () => {
    const error = failure({ folder: "x/", sandboxMode: "nope" as never, agentApiPort: 0 });
    expect(error.problems.length).toBe(4);
    expect(error.message).toMatch(
      /^Codex initialization failed due to the following validation error\(s\):/,
    );
    expect(error.message).toContain("at path [t/codex]");
  });

  it("managed settings never hold a Terraform reference to a key", () => {
    const { out } = synthCodex({}, (stack) => ({
      auth: CodexAuth.templateVariable(secretVariable(stack, "openai_api_key")),
    }));
    expect(JSON.stringify(managedSettings(out))).not.toContain("openai_api_key");
  });
});

describe("several Codex constructs on one agent", () => {
  function onOneAgent(
    second: Partial<CodexProps>,
    first: Partial<CodexProps> = {},
    ids: readonly [string, string] = ["codex", "codex-docs"],
  ): Synth {
    const { stack, main } = fixture();
    new Codex(stack, ids[0], { agent: main, folder: "/home/coder/project", ...first });
    new Codex(stack, ids[1], {
      agent: main,
      folder: "/home/coder/docs",
      tasksMode: "none",
      ...second,
    });
    return JSON.parse(Testing.synth(stack)) as Synth;
  }

  function clash(
    second: Partial<CodexProps>,
    first: Partial<CodexProps> = {},
    ids: readonly [string, string] = ["codex", "codex-docs"],
  ): CodexValidationError {
    try {
      onOneAgent(second, first, ids);
    } catch (error) {
      if (error instanceof CodexValidationError) return error;
      throw error;
    }
    throw new Error("expected a CodexValidationError");
  }

  it("keeps the default construct's folders: its wrappers set no folder at all", () => {
    const out = onOneAgent({});
    for (const suffix of ["install", "start", "stop"]) {
      const script = out.resource.coder_script?.[`codex_${suffix}`]?.script as string;
      expect(script).toContain('module_dir="$HOME/.codex-module"');
      expect(script).not.toMatch(/CODEX_MODULE_DIR|CODEX_HOME|CODEX_MODULE_RUN_DIR|CODEX_STEPS/);
    }
    expect(scriptArg(install(out), "ARG_REPLACE_LINKS")).toBeUndefined();
  });

  it("gives another construct its own module dir, Codex home and run dir, in every wrapper and its CLI app", () => {
    const out = onOneAgent({});
    for (const suffix of ["install", "start", "stop"]) {
      const script = out.resource.coder_script?.[`codex_docs_${suffix}`]?.script as string;
      expect(script).toContain('module_dir="$HOME/.codex-module-codex-docs"');
      expect(script).toContain('export CODEX_MODULE_DIR="$HOME/.codex-module-codex-docs"\n');
      expect(script).toContain('export CODEX_HOME="$HOME/.codex-module-codex-docs/codex-home"\n');
      expect(script).toContain(
        'export CODEX_MODULE_RUN_DIR="/tmp/codex-module-run-$(id -u)-codex-docs"\n',
      );
      expect(script).toContain('export CODEX_STEPS_RUN_DIR="/tmp/codex-module-run-$(id -u)"\n');
      expect(script).not.toContain("${UID");
    }
    const docsInstall = out.resource.coder_script?.codex_docs_install?.script as string;
    expect(scriptArg(docsInstall, "ARG_REPLACE_LINKS")).toBe("false");
    expect(out.resource.coder_app?.codex_docs_cli?.command).toBe(
      'bash "$HOME/.codex-module-codex-docs/scripts/attach.sh" --port 3285',
    );
    expect(Codex.agentMetadata("codex-docs").map((m) => [m.key, m.script])).toEqual([
      [
        "codex_docs_status",
        'cat "$HOME/.codex-module-codex-docs/state/status" 2>/dev/null || echo "starting"',
      ],
      [
        "codex_docs_sandbox",
        'cat "$HOME/.codex-module-codex-docs/state/sandbox" 2>/dev/null || echo "not probed yet"',
      ],
    ]);
    expect(Codex.agentMetadata()[0]?.key).toBe("codex_status");
  });

  it("picks the first free AgentAPI port for a construct without one", () => {
    const out = onOneAgent({}, { agentApiPort: 3285 });
    expect(out.resource.coder_app?.codex_docs).toMatchObject({ url: "http://localhost:3284/" });
  });

  it("fails on two constructs with the same AgentAPI port, naming the option, the value and what is allowed", () => {
    const error = clash({ agentApiPort: 4000 }, { agentApiPort: 4000 });
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["AgentApiPortInUse", "agentApiPort"],
    ]);
    expect(error.message).toContain(
      "- agentApiPort: got 4000, which the Codex at t/codex on the same agent already listens on; each Codex on an agent needs its own AgentAPI port: an integer from 1 to 65535 other than 4000 [AgentApiPortInUse]",
    );
    expect(error.message).toContain("at path [t/codex-docs]");
  });

  it("fails on two constructs whose ids give the same app slug", () => {
    const error = clash({}, {}, ["codex docs", "Codex_Docs"]);
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ["AppSlugInUse", "id"],
      ["AppSlugInUse", "cliApp"],
    ]);
    expect(error.message).toContain(
      '- id: the construct id "Codex_Docs" gives the app slug "codex-docs", which the Codex at t/codex docs in this template already uses (slugs: "codex-docs", "codex-docs-cli")',
    );
    expect(error.message).toContain(
      "needs a construct id whose slug (lower case, other characters as -) and CLI slug (<slug>-cli) no other Codex in the template uses",
    );
  });

  it("fails when a chat slug is another construct's CLI slug, and suggests cliApp false", () => {
    const error = clash({}, {}, ["codex", "codex-cli"]);
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([["AppSlugInUse", "id"]]);
    expect(error.message).toContain('gives the app slug "codex-cli"');
    const other = clash({}, {}, ["codex-cli", "codex"]);
    expect(other.problems.map((p) => [p.code, p.path])).toEqual([["AppSlugInUse", "cliApp"]]);
    expect(other.message).toContain("or cliApp: false");
    expect(() => onOneAgent({ cliApp: false }, {}, ["codex-cli", "codex"])).not.toThrow();
  });

  it("lets two agents use the same port, but not the same app slug (Coder wants slugs unique in a template)", () => {
    const { stack, main } = fixture();
    const review = new agent.Agent(stack, "review", { arch: "amd64", os: "linux" });
    new Codex(stack, "codex", { agent: main, folder: "/home/coder/project" });
    const props = { agent: review, folder: "/home/coder/project", tasksMode: "none" } as const;
    expect(() => new Codex(stack, "codex-review", props)).not.toThrow();
    const scope = new Construct(stack, "review-scope");
    let error: unknown;
    try {
      new Codex(scope, "codex", { ...props, agentApiPort: 4000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CodexValidationError);
    expect((error as CodexValidationError).problems.map((p) => p.code)).toEqual([
      "AppSlugInUse",
      "AppSlugInUse",
    ]);
    expect((error as CodexValidationError).message).toContain(
      "which the Codex at t/codex in this template already uses",
    );
  });
});
