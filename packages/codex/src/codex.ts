import { Construct, Fn, Op, TerraformLocal, Token, ref } from "@codex-coder/cdk";
import {
  aiTask,
  app,
  dataCoderParameter,
  dataCoderTask,
  env,
  script,
} from "@codex-coder/provider-coder";
import { setSectionComment, setTerraformName } from "@codex-coder/template-kit";
import { readRuntimeFile } from "@codex-coder/codex-runtime";
import { addTemplateFile } from "./_template-files.js";
import { equals, grouped, notEquals } from "./_choice.js";
import type { CodexProps, CodexTomlOption, SandboxMode } from "./codex-props.js";
import { CodexValidationError } from "./errors.js";
import { codexNames } from "./naming.js";
import { resolveCodex, type ResolvedCodex } from "./resolve.js";
import {
  changedByTerraform,
  renderScriptWrapper,
  type ScriptWrapperOptions,
} from "./_script-wrapper.js";
import { checkScriptSize, limitScriptSize } from "./_script-size.js";
import {
  literalDocument,
  managedConfigLocals,
  textTerraformWouldRewrite,
} from "./_settings-locals.js";
import { DEFAULT_NODE_DIST_URL, TESTED_VERSIONS } from "./versions.js";

/** A metadata item for the workspace's `coder_agent` (see {@link Codex.agentMetadata}). */
export interface AgentMetadataItem {
  readonly key: string;
  readonly displayName: string;
  readonly script: string;
  readonly interval: number;
  readonly timeout: number;
}

/** Runtime files shipped in the template's `codex/` folder, and which wrapper writes which. */
const INSTALL_FILES = ["lib.sh", "install.sh", "merge-config.mjs", "attach.sh"] as const;
const START_FILES = ["lib.sh", "start.sh"] as const;
const STOP_FILES = ["lib.sh", "stop.sh"] as const;

/** Environment values already set on an agent by a `Codex` construct: agent → name → value. */
const agentEnv = new WeakMap<object, Map<string, SetEnv>>();

/** One environment value a `Codex` set on an agent. */
interface SetEnv {
  /** The objects the value and its count come from (data source, variable, auth source). */
  readonly origin: readonly unknown[];
  readonly path: string;
}

/**
 * OpenAI Codex in a Coder workspace: installs the Codex CLI (pinned), logs it in, merges its
 * `config.toml` without clobbering user edits, writes `AGENTS.md`, and starts it behind AgentAPI so
 * Coder shows a chat app (and a terminal app) that Coder Tasks can drive.
 *
 * Emits, with stable Terraform names derived from the construct id (`codex` below):
 * `coder_script.codex_install`, `coder_script.codex_start`, `coder_script.codex_stop` (run on stop:
 * saves the conversation, posts the task's log snapshot, stops AgentAPI), `coder_app.codex` (chat, health-checked
 * on `/status`), `coder_app.codex_cli`, the `coder_env`s its auth source needs, the managed
 * `config.toml` settings as `local.codex_config`, and per Tasks mode `data.coder_task.codex` +
 * `coder_ai_task.codex`, or the "AI Prompt" parameter + `coder_ai_task.codex_sidebar`. The scripts
 * it runs are written into the template's `codex/` folder.
 *
 * Several `Codex` constructs may share a template or an agent: each gets its own Terraform names,
 * app slugs, AgentAPI port and folders in the workspace (see {@link codexNames}: the id `codex`
 * keeps `~/.codex-module` and `~/.codex`; another id gets `~/.codex-module-<slug>`, with its Codex
 * home, `config.toml` included, in `~/.codex-module-<slug>/codex-home`); two on one agent with the
 * same AgentAPI port, or two in a template with the same app slug, fail at synth. One of them at
 * most drives Coder Tasks.
 *
 * @example
 * new Codex(this, "codex", { agent: main, folder: "/home/coder/project" });
 */
export class Codex extends Construct {
  /**
   * Metadata items worth showing on the agent: Codex's status and the sandbox mode in effect
   * (including an explicit fallback when bwrap cannot run), read from the state folder of the
   * `Codex` with this construct id (keys `<base>_status` and `<base>_sandbox`).
   *
   * @param id the construct id of that `Codex` @default "codex"
   */
  static agentMetadata(id = "codex"): AgentMetadataItem[] {
    const names = codexNames(id);
    const state = `${names.moduleDir}/state`;
    const label = names.isDefault ? "Codex" : `Codex (${names.slug})`;
    return [
      {
        key: names.terraformName("status"),
        displayName: label,
        script: `cat "${state}/status" 2>/dev/null || echo "starting"`,
        interval: 10,
        timeout: 1,
      },
      {
        key: names.terraformName("sandbox"),
        displayName: `${label} sandbox`,
        script: `cat "${state}/sandbox" 2>/dev/null || echo "not probed yet"`,
        interval: 30,
        timeout: 1,
      },
    ];
  }

  /** The chat app (AgentAPI web UI, slug from the construct id: `codex` for the id `codex`). */
  readonly chatApp: app.App;
  /** The terminal app attached to the same session, when enabled. */
  readonly cliApp?: app.App;
  /** The install script (escape hatch). */
  readonly installScript: script.Script;
  /** The start script (escape hatch). */
  readonly startScript: script.Script;
  /** The stop script (run on stop): saves the conversation, posts the task log snapshot, stops AgentAPI. */
  readonly stopScript: script.Script;
  /** The Codex version installed (`latest` only when asked for). */
  readonly codexVersion: string;
  /** The sandbox mode requested (the start script may fall back; see {@link Codex.agentMetadata}). */
  readonly sandboxMode: SandboxMode;
  /** The port AgentAPI listens on. */
  readonly agentApiPort: number;

  private readonly plan: ResolvedCodex;

  constructor(scope: Construct, id: string, props: CodexProps) {
    super(scope, id);
    setSectionComment(
      this,
      `Codex "${id}": the Codex CLI, its config.toml, the AgentAPI chat and Coder Tasks`,
    );
    const { plan, problems } = resolveCodex(this, id, props);
    if (!plan || problems.length > 0) {
      throw new CodexValidationError("Codex", this.node.path, problems);
    }
    this.plan = plan;
    this.codexVersion = plan.codexVersion;
    this.sandboxMode = plan.sandboxMode;
    this.agentApiPort = plan.port;

    this.addCredentialEnvs(props);
    this.chatApp = this.addChatApp(props);
    if (plan.cliApp) this.cliApp = this.addCliApp(props);
    const task = this.addTasks(props);
    for (const file of new Set<string>([...INSTALL_FILES, ...START_FILES, ...STOP_FILES])) {
      addTemplateFile(this, `codex/${file}`, readRuntimeFile(file));
    }
    this.installScript = this.addInstallScript(props);
    this.startScript = this.addStartScript(props, task);
    this.stopScript = this.addStopScript(props, task);
  }

  /** Gives a block of this construct its stable Terraform name (`<base>` or `<base>_<suffix>`). */
  private named<T extends Parameters<typeof setTerraformName>[0]>(element: T, suffix?: string): T {
    setTerraformName(element, this.plan.names.terraformName(suffix));
    return element;
  }

  /**
   * Credentials reach the workspace only through `coder_env`, never through script text. An
   * environment value another `Codex` already set on the same agent is not set twice.
   */
  private addCredentialEnvs(props: CodexProps): void {
    const { auth, authSource, owner, workspace } = this.plan;
    // Where a value comes from: the same origin on the same agent is one env, set once.
    const sourceOrigin = auth.sourceVariable ?? auth.source;
    const addEnv = (
      id: string,
      suffix: string,
      name: string,
      value: string,
      origin: readonly unknown[],
      count?: number | string,
    ): void => {
      const seen = agentEnv.get(props.agent) ?? new Map<string, SetEnv>();
      agentEnv.set(props.agent, seen);
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        const same =
          earlier.origin.length === origin.length &&
          earlier.origin.every((o, i) => o === origin[i]);
        if (same) return;
        throw new CodexValidationError("Codex", this.node.path, [
          {
            code: "EnvConflict",
            path: "auth",
            message: `the Codex at ${earlier.path} already sets ${name} on this agent from another source; use the same auth for both, or another variable name`,
          },
        ]);
      }
      seen.set(name, { origin, path: this.node.path });
      const e = this.named(new env.Env(this, id, { agentId: props.agent.id, name, value }), suffix);
      if (count !== undefined) e.addOverride("count", count);
    };

    if (auth.apiKey) {
      const count = authSource.count(["template-variable"]);
      if (count !== 0) {
        addEnv(
          "openai-api-key",
          "openai_api_key",
          auth.userSecretEnv ?? "OPENAI_API_KEY",
          auth.apiKey.stringValue,
          [auth.apiKey, sourceOrigin],
          count,
        );
      }
    }
    const gatewayCount = authSource.count(["ai-gateway"]);
    if (gatewayCount !== 0) {
      addEnv(
        "ai-gateway-token",
        "ai_gateway_token",
        "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN",
        owner.sessionToken,
        [owner, sourceOrigin],
        gatewayCount,
      );
    }
    const cp = auth.customProvider;
    if (cp?.apiKey) {
      const count = authSource.count(["custom-provider"]);
      if (count !== 0) {
        addEnv(
          "provider-api-key",
          "provider_api_key",
          cp.envKey ?? "CODEX_PROVIDER_API_KEY",
          cp.apiKey.stringValue,
          [cp.apiKey, sourceOrigin],
          count,
        );
      }
    }
    if (this.plan.coderLogin) {
      addEnv("coder-url", "coder_url", "CODER_URL", workspace.accessUrl, [workspace]);
      const token = owner.sessionToken;
      addEnv("coder-session-token", "coder_session_token", "CODER_SESSION_TOKEN", token, [owner]);
    }
  }

  /** The chat app: AgentAPI's web UI, health-checked on `/status`. */
  private addChatApp(props: CodexProps): app.App {
    const { names, port, icon } = this.plan;
    const base = `http://localhost:${port}`;
    return this.named(
      new app.App(this, "chat", {
        agentId: props.agent.id,
        slug: names.slug,
        displayName: props.webAppDisplayName ?? "Codex",
        icon,
        url: `${base}/`,
        subdomain: this.plan.subdomain,
        share: "owner",
        healthcheck: { url: `${base}/status`, interval: 3, threshold: 20 },
        ...(props.order !== undefined ? { order: props.order } : {}),
        ...(props.group !== undefined ? { group: props.group } : {}),
      }),
    );
  }

  /** The terminal app, attached to the same Codex session. */
  private addCliApp(props: CodexProps): app.App {
    const { names, icon } = this.plan;
    return this.named(
      new app.App(this, "cli", {
        agentId: props.agent.id,
        slug: `${names.slug}-cli`,
        displayName: props.cliAppDisplayName ?? "Codex CLI",
        icon,
        // A terminal app does not get the start script's environment: the port goes along.
        command: `bash "${names.moduleDir}/scripts/attach.sh" --port ${this.plan.port}`,
        ...(props.order !== undefined ? { order: props.order } : {}),
        ...(props.group !== undefined ? { group: props.group } : {}),
      }),
      "cli",
    );
  }

  /**
   * The Tasks resources of the Tasks mode; returns the task prompt the start script gets and
   * Coder's id of the task (the start script sends the prompt once per task, the stop script posts
   * the task's log snapshot). The id is empty outside a Coder Task: `data.coder_task` makes up a
   * random id with `enabled = false` there (Coder 2.28+), which must not count as a task.
   */
  private addTasks(props: CodexProps): TaskArgs {
    const { tasksMode, workspace, names } = this.plan;
    let taskPrompt: string = props.taskPrompt ?? "";
    let taskId = "";
    const taskCount = tasksMode.count(["coder-task"], workspace.startCount);
    if (taskCount !== 0) {
      const task = this.named(new dataCoderTask.DataCoderTask(this, "task"));
      const inTask = tasksMode.isToken
        ? Op.and(equals(tasksMode.value, "coder-task"), task.enabled)
        : task.enabled;
      taskId = Fn.conditional(inTask, task.id, "") as string;
      const t = this.named(new aiTask.AiTask(this, "ai-task", { appId: this.chatApp.id }));
      t.addOverride("count", taskCount ?? workspace.startCount);
      if (props.taskPrompt === undefined) {
        taskPrompt = tasksMode.isToken
          ? (Fn.conditional(equals(tasksMode.value, "coder-task"), task.prompt, "") as string)
          : task.prompt;
      }
    }
    const promptParamCount = tasksMode.count(["ai-prompt-parameter"]);
    if (promptParamCount !== 0) {
      const param = this.named(
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
        "ai_prompt",
      );
      const sidebar = this.named(
        new aiTask.AiTask(this, "ai-task-sidebar", { sidebarApp: { id: this.chatApp.id } }),
        "sidebar",
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
                Token.asString(
                  ref(`data.coder_parameter.${names.terraformName("ai_prompt")}[0].value`),
                ),
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
    if (props.taskPrompt === undefined && tasksMode.isToken && Token.isUnresolved(taskPrompt)) {
      // Which prompt the mode picks is a chain of conditionals: a local of its own, in
      // parentheses so that main.tf can show one choice per line.
      const local = new TerraformLocal(this, "task-prompt", grouped(taskPrompt));
      local.overrideLogicalId(names.terraformName("task_prompt"));
      taskPrompt = local.asString;
    }
    return { taskPrompt, taskId };
  }

  private addInstallScript(props: CodexProps): script.Script {
    const { names, auth, authSource, icon, settings } = this.plan;
    const sha = props.agentApiSha256 ?? {};
    // With every setting a literal, the document is known now, as the workspace gets it. Terraform
    // would rewrite a string that is not Unicode NFC, so such a document goes as it is (base64 made
    // at synth) instead of through the readable locals.
    const literal = literalDocument(settings);
    if (literal === undefined) {
      const problems = textTerraformWouldRewrite(settings);
      if (problems.length > 0) throw new CodexValidationError("Codex", this.node.path, problems);
    }
    const managedConfig =
      literal !== undefined && changedByTerraform(literal)
        ? literal
        : managedConfigLocals(this, names, settings);
    const wrapper = (managedConfig: string): ScriptWrapperOptions => ({
      title: "Codex install",
      moduleDir: names.moduleDir,
      env: names.env,
      files: INSTALL_FILES.map((n) => ({ name: n, templatePath: `codex/${n}` })),
      entry: "install.sh",
      log: "install.log",
      args: {
        ARG_FOLDER: props.folder,
        ARG_PRE_INSTALL_SCRIPT: props.preInstallScript ?? "",
        ARG_POST_INSTALL_SCRIPT: props.postInstallScript ?? "",
        ARG_AGENTS_MD: props.systemPrompt ?? "",
        ARG_AGENTAPI_URL_BASE: this.plan.agentApiDownloadUrl,
      },
      compressedArgs: {
        ARG_MANAGED_CONFIG: managedConfig,
        ARG_TEMPLATE_TOML: templateTomlArg(props.tomlOptions ?? []),
      },
      plainArgs: {
        ARG_INSTALL_CODEX: String(props.installCodex ?? true),
        ARG_CODEX_VERSION: this.plan.codexVersion,
        ARG_NODE_VERSION: TESTED_VERSIONS.node,
        ARG_NODE_DIST_URL: DEFAULT_NODE_DIST_URL,
        ARG_AUTH_SOURCE: authSource.value,
        ARG_API_KEY_ENV: auth.userSecretEnv ?? "OPENAI_API_KEY",
        ARG_AGENTS_MD_TARGET: props.agentsMdTarget ?? "global",
        ARG_INSTALL_AGENTAPI: String(props.installAgentApi ?? true),
        ARG_AGENTAPI_VERSION: this.plan.agentApiVersion,
        ARG_AGENTAPI_SHA256_AMD64: sha.amd64 ?? "",
        ARG_AGENTAPI_SHA256_ARM64: sha.arm64 ?? "",
        // The links in ~/.local/bin and $CODER_SCRIPT_BIN_DIR are the default construct's: another
        // one only adds a missing link (see naming.ts).
        ...(names.isDefault ? {} : { ARG_REPLACE_LINKS: "false" }),
      },
    });
    const installScript = this.named(
      new script.Script(this, "install", {
        agentId: props.agent.id,
        displayName: names.isDefault ? "Codex: install" : `Codex (${names.slug}): install`,
        icon,
        runOnStart: true,
        script: renderScriptWrapper(wrapper(managedConfig)),
      }),
      "install",
    );
    if (literal !== undefined) {
      checkScriptSize(this, "install", wrapper(literal), (path) =>
        readRuntimeFile(path.replace(/^codex\//, "")),
      );
    }
    limitScriptSize(installScript, "install");
    const preconditions = this.preconditions();
    if (preconditions.length > 0)
      installScript.addOverride("lifecycle.precondition", preconditions);
    return installScript;
  }

  /**
   * Checks that span two template variables fail the push (template import plan) with a clear
   * message. Preconditions instead of cross-variable validation keep Terraform >= 1.2 enough.
   */
  private preconditions(): Array<{ condition: string; error_message: string }> {
    const { auth, authSource } = this.plan;
    const out: Array<{ condition: string; error_message: string }> = [];
    if (authSource.isToken && auth.apiKey) {
      out.push({
        condition: Op.or(
          notEquals(authSource.value, "template-variable"),
          notEquals(auth.apiKey.stringValue, ""),
        ) as unknown as string,
        error_message:
          "The auth source is template-variable but the OpenAI key variable is empty: set it, or pick user-secret so each user brings their own key.",
      });
    }
    const cp = auth.customProvider;
    if (authSource.isToken && cp && Token.isUnresolved(cp.baseUrl)) {
      out.push({
        condition: Op.or(
          notEquals(authSource.value, "custom-provider"),
          notEquals(cp.baseUrl, ""),
        ) as unknown as string,
        error_message: "The auth source is custom-provider but the provider's base URL is empty.",
      });
    }
    return out;
  }

  private addStartScript(props: CodexProps, { taskPrompt, taskId }: TaskArgs): script.Script {
    const { names, tasksMode, owner, workspace, icon } = this.plan;
    const reportArg = !this.plan.reportTasks
      ? "false"
      : tasksMode.isToken
        ? (Fn.conditional(notEquals(tasksMode.value, "none"), "true", "false") as string)
        : tasksMode.literal === "none"
          ? "false"
          : "true";
    const agentName = props.agent.friendlyUniqueId;
    const chatBasePath =
      this.plan.subdomain || typeof agentName !== "string"
        ? ""
        : `/@${owner.name}/${workspace.name}.${agentName}/apps/${names.slug}/chat`;
    const startScript = this.named(
      new script.Script(this, "start", {
        agentId: props.agent.id,
        displayName: names.isDefault ? "Codex: start" : `Codex (${names.slug}): start`,
        icon,
        runOnStart: true,
        script: renderScriptWrapper({
          title: "Codex start",
          moduleDir: names.moduleDir,
          env: names.env,
          files: START_FILES.map((n) => ({ name: n, templatePath: `codex/${n}` })),
          entry: "start.sh",
          log: "start.log",
          args: {
            ARG_FOLDER: props.folder,
            ARG_TASK_PROMPT: taskPrompt,
            ARG_AGENTAPI_CHAT_BASE_PATH: chatBasePath,
          },
          plainArgs: {
            ARG_REPORT_TASKS: reportArg,
            ARG_AGENTAPI_PORT: String(this.plan.port),
            ARG_SANDBOX_MODE: this.plan.sandboxMode,
            ARG_WAIT_FOR: (props.waitFor ?? []).map((step) => step.stepName).join(","),
            ARG_WAIT_FOR_SECONDS: String(props.waitForSeconds ?? 1800),
            ARG_TASK_ID: taskId,
            ARG_TASK_APPROVAL_POLICY: this.plan.taskApprovalPolicy,
            ARG_RESUME: String(this.plan.resumeSession),
          },
        }),
      }),
      "start",
    );
    limitScriptSize(startScript, "start");
    return startScript;
  }

  /**
   * Runs when the workspace stops: makes AgentAPI save its conversation (its state file, on the
   * home volume), posts the last messages to Coder's task log snapshot inside a Coder Task, and
   * stops AgentAPI, so the next start shows the same conversation and Codex resumes its session.
   */
  private addStopScript(props: CodexProps, { taskId }: TaskArgs): script.Script {
    const { names, icon } = this.plan;
    const stopScript = this.named(
      new script.Script(this, "stop", {
        agentId: props.agent.id,
        displayName: names.isDefault ? "Codex: stop" : `Codex (${names.slug}): stop`,
        icon,
        runOnStop: true,
        script: renderScriptWrapper({
          title: "Codex stop",
          moduleDir: names.moduleDir,
          env: names.env,
          files: STOP_FILES.map((n) => ({ name: n, templatePath: `codex/${n}` })),
          entry: "stop.sh",
          log: "stop.log",
          args: {},
          plainArgs: {
            ARG_AGENTAPI_PORT: String(this.plan.port),
            ARG_TASK_ID: taskId,
            ARG_LOG_SNAPSHOT: String(this.plan.taskLogSnapshot),
          },
        }),
      }),
      "stop",
    );
    return stopScript;
  }
}

/** What the Tasks resources give the scripts. */
interface TaskArgs {
  /** The task prompt (a literal, or a Terraform expression). */
  readonly taskPrompt: string;
  /** Coder's task id inside a Coder Task, else "" (a Terraform expression in coder-task mode). */
  readonly taskId: string;
}

/**
 * `ARG_TEMPLATE_TOML`: the JSON list merge-config checks in the workspace (`jsonencode` at plan
 * time, so each text arrives as Terraform passes it on); empty without options.
 */
function templateTomlArg(options: readonly CodexTomlOption[]): string {
  if (options.length === 0) return "";
  return Fn.jsonencode(
    options.map((o) => ({
      name: o.name,
      toml: o.toml,
      mcpServersOnly: o.mcpServersOnly ?? false,
    })),
  );
}
