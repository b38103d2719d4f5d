import { Construct, Fn, Op, TerraformStack, Token, ref } from "@codex-coder/cdk";
import {
  aiTask,
  app,
  dataCoderParameter,
  dataCoderTask,
  dataCoderWorkspace,
  dataCoderWorkspaceOwner,
  env,
  script,
} from "@codex-coder/provider-coder";
import { addTemplateFile } from "./_template-files.js";
import { CodexAuth, type AuthSource } from "./auth.js";
import { Choice, containsToken, equals } from "./_choice.js";
import type { CodexProps, SandboxMode, TasksMode } from "./codex-props.js";
import { CodexValidationError } from "./errors.js";
import { buildManagedSettings } from "./codex-settings.js";
import { toDocument } from "./managed-settings.js";
import { renderScriptWrapper, type ScriptWrapperOptions } from "./_script-wrapper.js";
import { checkScriptSize, limitScriptSize } from "./_script-size.js";
import { readRuntimeFile } from "@codex-coder/codex-runtime";
import { validateCodexProps } from "./validate.js";
import {
  DEFAULT_AGENTAPI_DOWNLOAD_URL,
  DEFAULT_AGENTAPI_PORT,
  DEFAULT_NODE_DIST_URL,
  TESTED_VERSIONS,
} from "./versions.js";

/** A metadata item for the workspace's `coder_agent` (see {@link Codex.agentMetadata}). */
export interface AgentMetadataItem {
  readonly key: string;
  readonly displayName: string;
  readonly script: string;
  readonly interval: number;
  readonly timeout: number;
}

/**
 * OpenAI Codex in a Coder workspace: installs the Codex CLI (pinned), logs it in, merges its
 * `config.toml` without clobbering user edits, writes `AGENTS.md`, and starts it behind AgentAPI so
 * Coder shows a chat app (and a terminal app) that Coder Tasks can drive.
 *
 * Emits, with stable Terraform names derived from the construct id (`codex` below):
 * `coder_script.codex_install`, `coder_script.codex_start`, `coder_app.codex` (chat, health-checked
 * on `/status`), `coder_app.codex_cli`, the `coder_env`s its auth source needs, and per Tasks mode
 * `data.coder_task.codex` + `coder_ai_task.codex`, or the "AI Prompt" parameter +
 * `coder_ai_task.codex_sidebar`. The scripts it runs are written into the template's `codex/`
 * folder.
 *
 * @example
 * new Codex(this, "codex", { agent: main, folder: "/home/coder/project" });
 */
export class Codex extends Construct {
  /**
   * Metadata items worth showing on the agent: Codex's status and the sandbox mode in effect
   * (including an explicit fallback when bwrap cannot run).
   */
  static agentMetadata(): AgentMetadataItem[] {
    const state = "$HOME/.codex-module/state";
    return [
      {
        key: "codex_status",
        displayName: "Codex",
        script: `cat "${state}/status" 2>/dev/null || echo "starting"`,
        interval: 10,
        timeout: 1,
      },
      {
        key: "codex_sandbox",
        displayName: "Codex sandbox",
        script: `cat "${state}/sandbox" 2>/dev/null || echo "not probed yet"`,
        interval: 30,
        timeout: 1,
      },
    ];
  }

  /** The chat app (AgentAPI web UI, slug `codex` by default). */
  readonly chatApp: app.App;
  /** The terminal app attached to the same session, when enabled. */
  readonly cliApp?: app.App;
  /** The install script (escape hatch). */
  readonly installScript: script.Script;
  /** The start script (escape hatch). */
  readonly startScript: script.Script;
  /** The Codex version installed (`latest` only when asked for). */
  readonly codexVersion: string;
  /** The sandbox mode requested (the start script may fall back; see {@link Codex.agentMetadata}). */
  readonly sandboxMode: SandboxMode;

  constructor(scope: Construct, id: string, props: CodexProps) {
    super(scope, id);
    const auth = (props.auth ?? CodexAuth.userSecret())._spec;
    const name =
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "") || "codex";
    const slug = name.replace(/_/g, "-");
    const named = <T extends { overrideLogicalId(id: string): void }>(
      resource: T,
      logical: string,
    ): T => {
      resource.overrideLogicalId(logical);
      return resource;
    };
    const workspace = named(new dataCoderWorkspace.DataCoderWorkspace(this, "workspace"), name);
    const owner = named(new dataCoderWorkspaceOwner.DataCoderWorkspaceOwner(this, "owner"), name);

    const problems = validateCodexProps(props, auth);
    const settings =
      problems.length === 0
        ? buildManagedSettings(props, auth, { slug, accessUrl: workspace.accessUrl })
        : undefined;
    if (settings && settings.problems.length > 0) problems.push(...settings.problems);
    if (problems.length > 0 || !settings) {
      throw new CodexValidationError("Codex", this.node.path, problems);
    }
    const stack = TerraformStack.of(this);
    const port = props.agentApiPort ?? DEFAULT_AGENTAPI_PORT;
    const icon = props.icon ?? "/icon/openai.svg";
    const tasksMode = Choice.of<TasksMode>(props.tasksMode ?? "coder-task");
    const authSource = Choice.of<AuthSource>(auth.source);
    this.codexVersion = props.codexVersion ?? TESTED_VERSIONS.codex;
    this.sandboxMode = props.fullAuto
      ? "workspace-write"
      : (props.sandboxMode ?? "workspace-write");

    // --- credentials reach the workspace only through coder_env, never through script text
    if (auth.apiKey) {
      const e = named(
        new env.Env(this, "openai-api-key", {
          agentId: props.agent.id,
          name: auth.userSecretEnv ?? "OPENAI_API_KEY",
          value: auth.apiKey.stringValue,
        }),
        `${name}_openai_api_key`,
      );
      const count = authSource.count(["template-variable"]);
      if (count !== undefined) e.addOverride("count", count);
    }
    const gatewayCount = authSource.count(["ai-gateway"]);
    if (gatewayCount !== 0) {
      const e = named(
        new env.Env(this, "ai-gateway-token", {
          agentId: props.agent.id,
          name: "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN",
          value: owner.sessionToken,
        }),
        `${name}_ai_gateway_token`,
      );
      if (gatewayCount !== undefined) e.addOverride("count", gatewayCount);
    }
    const cp = auth.customProvider;
    if (cp?.apiKey) {
      const e = named(
        new env.Env(this, "provider-api-key", {
          agentId: props.agent.id,
          name: cp.envKey ?? "CODEX_PROVIDER_API_KEY",
          value: cp.apiKey.stringValue,
        }),
        `${name}_provider_api_key`,
      );
      const count = authSource.count(["custom-provider"]);
      if (count !== undefined) e.addOverride("count", count);
    }
    if (props.coderLogin ?? true) {
      named(
        new env.Env(this, "coder-url", {
          agentId: props.agent.id,
          name: "CODER_URL",
          value: workspace.accessUrl,
        }),
        `${name}_coder_url`,
      );
      named(
        new env.Env(this, "coder-session-token", {
          agentId: props.agent.id,
          name: "CODER_SESSION_TOKEN",
          value: owner.sessionToken,
        }),
        `${name}_coder_session_token`,
      );
    }

    // --- apps
    const base = `http://localhost:${port}`;
    this.chatApp = named(
      new app.App(this, "chat", {
        agentId: props.agent.id,
        slug,
        displayName: props.webAppDisplayName ?? "Codex",
        icon,
        url: `${base}/`,
        subdomain: props.subdomain ?? false,
        share: "owner",
        healthcheck: { url: `${base}/status`, interval: 3, threshold: 20 },
        ...(props.order !== undefined ? { order: props.order } : {}),
        ...(props.group !== undefined ? { group: props.group } : {}),
      }),
      name,
    );
    if (props.cliApp ?? true) {
      this.cliApp = named(
        new app.App(this, "cli", {
          agentId: props.agent.id,
          slug: `${slug}-cli`,
          displayName: props.cliAppDisplayName ?? "Codex CLI",
          icon,
          // A terminal app does not get the start script's environment: the port goes along.
          command: `bash "$HOME/.codex-module/scripts/attach.sh" --port ${port}`,
          ...(props.order !== undefined ? { order: props.order } : {}),
          ...(props.group !== undefined ? { group: props.group } : {}),
        }),
        `${name}_cli`,
      );
    }

    // --- Tasks
    let taskPrompt: string = props.taskPrompt ?? "";
    const taskCount = tasksMode.count(["coder-task"], workspace.startCount);
    if (taskCount !== 0) {
      const task = named(new dataCoderTask.DataCoderTask(this, "task"), name);
      const t = named(new aiTask.AiTask(this, "ai-task", { appId: this.chatApp.id }), name);
      t.addOverride("count", taskCount ?? workspace.startCount);
      if (props.taskPrompt === undefined) {
        taskPrompt = tasksMode.isToken
          ? (Fn.conditional(equals(tasksMode.value, "coder-task"), task.prompt, "") as string)
          : task.prompt;
      }
    }
    const promptParamCount = tasksMode.count(["ai-prompt-parameter"]);
    if (promptParamCount !== 0) {
      const param = named(
        new dataCoderParameter.DataCoderParameter(this, "ai-prompt", {
          name: "AI Prompt",
          displayName: "AI Prompt",
          description: "The task Codex starts working on (Coder Tasks).",
          type: "string",
          default: "",
          mutable: true,
          order: 0,
          formType: "textarea",
        }),
        `${name}_ai_prompt`,
      );
      const sidebar = named(
        new aiTask.AiTask(this, "ai-task-sidebar", { sidebarApp: { id: this.chatApp.id } }),
        `${name}_sidebar`,
      );
      sidebar.addOverride(
        "count",
        promptParamCount === undefined
          ? workspace.startCount
          : Fn.conditional(equals(tasksMode.value, "ai-prompt-parameter"), workspace.startCount, 0),
      );
      if (promptParamCount !== undefined) param.addOverride("count", promptParamCount);
      if (props.taskPrompt === undefined) {
        const value =
          promptParamCount === undefined
            ? param.value
            : (Fn.try([
                Token.asString(ref(`data.coder_parameter.${name}_ai_prompt[0].value`)),
                "",
              ]) as string);
        taskPrompt = tasksMode.isToken
          ? (Fn.conditional(
              equals(tasksMode.value, "ai-prompt-parameter"),
              value,
              taskPrompt,
            ) as string)
          : value;
      }
    }
    const reportTasks = (props.reportTasks ?? true) === true;
    const reportArg = !reportTasks
      ? "false"
      : tasksMode.isToken
        ? (Fn.conditional(equals(tasksMode.value, "none"), "false", "true") as string)
        : tasksMode.literal === "none"
          ? "false"
          : "true";

    // --- files the scripts need, shipped in the template directory
    for (const file of ["install.sh", "start.sh", "attach.sh", "lib.sh", "merge-config.mjs"]) {
      addTemplateFile(this, `codex/${file}`, readRuntimeFile(file));
    }
    const files = (names: string[]) => names.map((n) => ({ name: n, templatePath: `codex/${n}` }));

    const managed = toDocument(settings.specs);
    const managedArg = containsToken(managed)
      ? (Fn.jsonencode(managed) as string)
      : JSON.stringify(managed);
    const sha = props.agentApiSha256 ?? {};
    const agentName = (props.agent as { friendlyUniqueId?: unknown }).friendlyUniqueId;
    const chatBasePath =
      props.subdomain === true || typeof agentName !== "string"
        ? ""
        : `/@${owner.name}/${workspace.name}.${agentName}/apps/${slug}/chat`;

    const installWrapper: ScriptWrapperOptions = {
      title: "Codex install",
      files: files(["lib.sh", "install.sh", "merge-config.mjs", "attach.sh"]),
      entry: "install.sh",
      log: "install.log",
      args: {
        ARG_FOLDER: props.folder,
        ARG_PRE_INSTALL_SCRIPT: props.preInstallScript ?? "",
        ARG_POST_INSTALL_SCRIPT: props.postInstallScript ?? "",
        ARG_AGENTS_MD: props.systemPrompt ?? "",
        ARG_AGENTAPI_URL_BASE: props.agentApiDownloadUrl ?? DEFAULT_AGENTAPI_DOWNLOAD_URL,
      },
      compressedArgs: { ARG_MANAGED_CONFIG: managedArg },
      plainArgs: {
        ARG_INSTALL_CODEX: String(props.installCodex ?? true),
        ARG_CODEX_VERSION: this.codexVersion,
        ARG_NODE_VERSION: TESTED_VERSIONS.node,
        ARG_NODE_DIST_URL: DEFAULT_NODE_DIST_URL,
        ARG_AUTH_SOURCE: authSource.value,
        ARG_API_KEY_ENV: auth.userSecretEnv ?? "OPENAI_API_KEY",
        ARG_TASKS_MODE: tasksMode.value,
        ARG_AGENTS_MD_TARGET: props.agentsMdTarget ?? "global",
        ARG_INSTALL_AGENTAPI: String(props.installAgentApi ?? true),
        ARG_AGENTAPI_VERSION: props.agentApiVersion ?? TESTED_VERSIONS.agentApi,
        ARG_AGENTAPI_SHA256_AMD64: sha.amd64 ?? "",
        ARG_AGENTAPI_SHA256_ARM64: sha.arm64 ?? "",
      },
    };
    this.installScript = named(
      new script.Script(this, "install", {
        agentId: props.agent.id,
        displayName: "Codex: install",
        icon,
        runOnStart: true,
        script: renderScriptWrapper(installWrapper),
      }),
      `${name}_install`,
    );
    checkScriptSize(this, "install", installWrapper, (path) =>
      readRuntimeFile(path.replace(/^codex\//, "")),
    );
    limitScriptSize(this.installScript, "install");
    // Checks that span two template variables fail the push (template import plan) with a clear
    // message. Preconditions instead of cross-variable validation keep Terraform >= 1.2 enough.
    const preconditions: Array<{ condition: string; error_message: string }> = [];
    if (authSource.isToken && auth.apiKey) {
      preconditions.push({
        condition: Op.or(
          Op.not(equals(authSource.value, "template-variable")),
          Op.lt(0, Fn.lengthOf(auth.apiKey.stringValue)),
        ) as unknown as string,
        error_message:
          "The auth source is template-variable but the OpenAI key variable is empty: set it, or pick user-secret so each user brings their own key.",
      });
    }
    if (authSource.isToken && cp) {
      preconditions.push({
        condition: Op.or(
          Op.not(equals(authSource.value, "custom-provider")),
          Op.lt(0, Fn.lengthOf(cp.baseUrl)),
        ) as unknown as string,
        error_message: "The auth source is custom-provider but the provider's base URL is empty.",
      });
    }
    if (preconditions.length > 0)
      this.installScript.addOverride("lifecycle.precondition", preconditions);

    this.startScript = named(
      new script.Script(this, "start", {
        agentId: props.agent.id,
        displayName: "Codex: start",
        icon,
        runOnStart: true,
        script: renderScriptWrapper({
          title: "Codex start",
          files: files(["lib.sh", "start.sh"]),
          entry: "start.sh",
          log: "start.log",
          args: {
            ARG_FOLDER: props.folder,
            ARG_TASK_PROMPT: taskPrompt,
            ARG_AGENTAPI_CHAT_BASE_PATH: chatBasePath,
          },
          plainArgs: {
            ARG_REPORT_TASKS: reportArg,
            ARG_AGENTAPI_PORT: String(port),
            ARG_SANDBOX_MODE: this.sandboxMode,
          },
        }),
      }),
      `${name}_start`,
    );
    limitScriptSize(this.startScript, "start");
  }
}
