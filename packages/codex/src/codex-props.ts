import type { CodexAuth } from "./auth.js";
import type { ICoderWorkspaceData, ICoderWorkspaceOwnerData } from "./coder-data.js";
import type { McpServer } from "./mcp-server.js";
import type {
  AgentsMdTarget,
  ApprovalPolicy,
  ReasoningEffort,
  SandboxMode,
  TasksMode,
} from "@codex-coder/codex-runtime";

export {
  AGENTS_MD_TARGETS,
  APPROVAL_POLICIES,
  REASONING_EFFORTS,
  SANDBOX_MODES,
  TASKS_MODES,
  type AgentsMdTarget,
  type ApprovalPolicy,
  type ReasoningEffort,
  type SandboxMode,
  type TasksMode,
} from "@codex-coder/codex-runtime";
import type { ICodexStartStep } from "./project.js";

/** TOML from a template variable or parameter, for {@link CodexProps.tomlOptions}. */
export interface CodexTomlOption {
  /**
   * What error messages call it: the template variable or parameter it comes from, e.g.
   * `codex_mcp_servers_toml` (letters, digits, `_`, `.`, `-`).
   */
  readonly name: string;
  /** The TOML text (an expression, or a literal); empty means nothing. */
  readonly toml: string;
  /** Allow only `[mcp_servers.<name>]` tables. @default false */
  readonly mcpServersOnly?: boolean;
}

/** An architecture-specific sha256 for a downloaded binary. */
export interface Sha256ByArch {
  /** Lower-case hex sha256 of the linux/amd64 binary. @default - not verified */
  readonly amd64?: string;
  /** Lower-case hex sha256 of the linux/arm64 binary. @default - not verified */
  readonly arm64?: string;
}

/**
 * The `coder_agent` Codex is attached to (for example the generated `agent.Agent`). Codex reads
 * exactly these.
 */
export interface ICodexAgent {
  /** The agent's Terraform id (`coder_agent.<name>.id`): every app, script and env attaches to it. */
  readonly id: string;
  /**
   * The agent's Terraform name, which is its name in Coder and part of the chat app's URL path
   * (`/@owner/workspace.<name>/apps/<slug>/`). Without it the chat app is served without a base path.
   * @default - no base path is passed to AgentAPI
   */
  readonly friendlyUniqueId?: string;
}

/**
 * Props of {@link Codex}. Names follow Codex's and Coder's own words; the seed module's Terraform
 * variable is given in brackets so users can map them (see the README's mapping table).
 */
export interface CodexProps {
  /** The Coder agent Codex runs on. [agent_id] */
  readonly agent: ICodexAgent;
  /**
   * The template's `data "coder_workspace"` (access URL, workspace name, start count).
   * @default - the first `coder_workspace` data source in the stack, or `data.coder_workspace.me` created once per stack
   */
  readonly workspace?: ICoderWorkspaceData;
  /**
   * The template's `data "coder_workspace_owner"` (owner name, session token).
   * @default - the first `coder_workspace_owner` data source in the stack, or `data.coder_workspace_owner.me` created once per stack
   */
  readonly workspaceOwner?: ICoderWorkspaceOwnerData;
  /**
   * The project folder Codex starts in and trusts. Absolute, no trailing slash. [folder]
   * A literal, or a template variable's value.
   */
  readonly folder: string;

  /** Order of the Codex apps in the dashboard. [order] @default - Coder's default order */
  readonly order?: number;
  /** Group the Codex apps belong to in the dashboard. [group] @default - no group */
  readonly group?: string;
  /** Icon of the Codex apps and scripts. [icon] @default "/icon/openai.svg" */
  readonly icon?: string;

  /** Install the Codex CLI with npm (skipped when the pinned version is already there). [install_codex] @default true */
  readonly installCodex?: boolean;
  /**
   * Codex CLI version from npm: an exact version such as `0.169.0`, or `latest` when you ask for it.
   * [codex_version]
   * @default "0.169.0" - the version every test runs
   */
  readonly codexVersion?: string;
  /**
   * Bash run before the install, logged to `~/.codex-module/logs/pre_install.log` (for a construct
   * id other than `codex`: `~/.codex-module-<slug>/logs/`). [pre_install_script] @default - none
   */
  readonly preInstallScript?: string;
  /**
   * Bash run after the install, logged to `~/.codex-module/logs/post_install.log` (for a construct
   * id other than `codex`: `~/.codex-module-<slug>/logs/`). [post_install_script] @default - none
   */
  readonly postInstallScript?: string;

  /**
   * Where Codex's credentials come from. [openai_api_key, enable_ai_gateway]
   * @default CodexAuth.userSecret() - each user's own `OPENAI_API_KEY` Coder secret; the template holds no key
   */
  readonly auth?: CodexAuth;

  /**
   * The model (`model`). A literal or a template variable's value; empty means Codex's own default.
   * A model chosen in the workspace with `/model` is kept across restarts. [codex_model]
   * @default - Codex's default model
   */
  readonly model?: string;
  /**
   * Reasoning effort (`model_reasoning_effort`): one of {@link REASONING_EFFORTS}.
   * @default - not written; Codex uses the model's default
   */
  readonly modelReasoningEffort?: ReasoningEffort;
  /**
   * Sandbox mode (`sandbox_mode`): one of {@link SANDBOX_MODES}. When the workspace cannot run
   * Codex's bwrap sandbox (a default Docker container), the start script falls back to
   * `danger-full-access` explicitly and says so. [sandbox_mode]
   * @default "workspace-write"
   */
  readonly sandboxMode?: SandboxMode;
  /**
   * Approval policy (`approval_policy`): one of {@link APPROVAL_POLICIES}. [approval_policy]
   * @default "on-request"
   */
  readonly approvalPolicy?: ApprovalPolicy;
  /**
   * Approval policy of an unattended task (a start with a task prompt): nobody watches the chat to
   * approve a command, so with the default `never` Codex runs its commands inside its sandbox
   * (`sandboxMode`) without asking, as upstream's 4.3.1 module does for Tasks. Interactive use (no
   * task prompt) keeps `approvalPolicy`. One of {@link APPROVAL_POLICIES}, or a template
   * variable's value. Passed to the Codex that AgentAPI runs as `-c approval_policy=…`; the
   * `config.toml` a user's own terminal reads keeps `approvalPolicy`.
   * @default "never"
   */
  readonly taskApprovalPolicy?: ApprovalPolicy;
  /**
   * Let sandboxed commands reach the network in `workspace-write` mode
   * (`sandbox_workspace_write.network_access`). [network_access]
   * @default true
   */
  readonly networkAccess?: boolean;
  /**
   * Unattended mode, what `--full-auto` used to mean before Codex removed the flag: sandbox
   * `workspace-write` and approval `never`, so Tasks run without stopping for approvals. Conflicts
   * with a different explicit `sandboxMode` or `approvalPolicy`. [full_auto]
   * @default false
   */
  readonly fullAuto?: boolean;

  /**
   * Extra `config.toml` settings as TOML, managed like the rest (a user's later edit of the same key
   * wins). Parsed at synth time; a key that collides with one this construct manages is an error.
   * [extra_codex_settings_toml]
   * @default - none
   */
  readonly extraSettingsToml?: string;
  /**
   * MCP servers, keyed by name (`[mcp_servers.<name>]`). [additional_extensions]
   * @default - none
   */
  readonly mcpServers?: Readonly<Record<string, McpServer>>;
  /**
   * More MCP servers as raw TOML (`[mcp_servers.x]` tables only), checked at synth time.
   * [additional_extensions]
   * @default - none
   */
  readonly mcpServersToml?: string;
  /**
   * Config.toml settings as TOML text that is only known at plan time: a template variable's or a
   * workspace parameter's value (the literal-only {@link CodexProps.extraSettingsToml} and
   * {@link CodexProps.mcpServersToml} are checked at synth). Each reaches the workspace byte-exact,
   * and the install script checks it as the synth-time check does (valid TOML, only
   * `[mcp_servers.<name>]` tables when {@link CodexTomlOption.mcpServersOnly}, no key or MCP server
   * the template manages, nothing Codex 0.169 rejects or ignores) before it joins the managed
   * settings; a refusal names {@link CodexTomlOption.name} and leaves `config.toml` untouched.
   * @default - none
   */
  readonly tomlOptions?: readonly CodexTomlOption[];
  /**
   * Add Coder's MCP server (`coder exp mcp server`) so Codex reports task progress to Coder, with
   * the approval mode that lets Codex call it unattended. Only used when Tasks are on.
   * @default true
   */
  readonly reportTasks?: boolean;

  /**
   * The system prompt, written to `AGENTS.md` (a marked block; text outside it is kept).
   * [codex_system_prompt]
   * @default - no AGENTS.md is written
   */
  readonly systemPrompt?: string;
  /**
   * Where the system prompt goes: `global` is `~/.codex/AGENTS.md` (always read by Codex, outside the
   * user's repository; for a construct id other than `codex`, the `AGENTS.md` of its own Codex home
   * `~/.codex-module-<slug>/codex-home`); `folder` is `<folder>/AGENTS.md`, as the seed module did.
   * @default "global"
   */
  readonly agentsMdTarget?: AgentsMdTarget;
  /**
   * The task prompt Codex starts with. [ai_prompt]
   * @default - from Coder Tasks per `tasksMode` (`data.coder_task` or the "AI Prompt" parameter); none when Tasks are off
   */
  readonly taskPrompt?: string;
  /**
   * How the workspace works with Coder Tasks: one of {@link TASKS_MODES}, or a template variable's
   * value (one template for Coder 2.34 and 2.37+).
   * @default "coder-task"
   */
  readonly tasksMode?: TasksMode;
  /**
   * On a start after the first, resume Codex's last session in the folder (`codex resume --last`)
   * so the model keeps the context of the conversation the chat shows again (AgentAPI's state file
   * brings the messages back either way). The resumed session gets `config.toml`'s current model,
   * reasoning effort and summary, approval policy and sandbox mode with `-c` (Codex would otherwise
   * keep the ones it recorded, so a template change of `model` would not apply); after a change of
   * the model provider, which a session cannot switch, Codex starts a new session. `false` starts a
   * new Codex session on every start. [continue]
   * @default true
   */
  readonly resumeSession?: boolean;
  /**
   * When a Coder Task's workspace stops, post the last chat messages to Coder's task log snapshot
   * endpoint, so a paused task still shows its log (Coder versions without the endpoint answer 404,
   * which is ignored). [task_log_snapshot]
   * @default true
   */
  readonly taskLogSnapshot?: boolean;

  /** Install AgentAPI, the chat server Codex runs behind. [install_agentapi] @default true */
  readonly installAgentApi?: boolean;
  /**
   * AgentAPI release to download. [agentapi_version]
   * @default "v0.12.1" - the version every test runs (release binaries carry the chat UI)
   */
  readonly agentApiVersion?: string;
  /**
   * Base URL AgentAPI binaries are downloaded from: `<base>/<version>/agentapi-linux-<arch>`. Point
   * it at a mirror for air-gapped deployments. A literal or a template variable's value.
   * @default "https://github.com/coder/agentapi/releases/download"
   */
  readonly agentApiDownloadUrl?: string;
  /**
   * sha256 of the AgentAPI binary per architecture; when set, a download that does not match is
   * refused before it is used. Get it with `sha256sum agentapi-linux-amd64` on the release asset.
   * @default - not verified
   */
  readonly agentApiSha256?: Sha256ByArch;
  /**
   * Port AgentAPI listens on, 1 to 65535. Each `Codex` on one agent needs its own (a clash fails at
   * synth).
   * @default the first port from 3284 on that no `Codex` constructed before on the same agent uses
   */
  readonly agentApiPort?: number;
  /**
   * Serve the chat app on a subdomain (needs a wildcard access URL). Without it, the chat UI is
   * served on a path and AgentAPI is told its base path.
   * @default false
   */
  readonly subdomain?: boolean;
  /**
   * Display name of the web chat app (slug: the construct id in lower case, other characters as
   * `-`; `codex` for the id `codex`; unique in the template, a clash fails at synth). @default "Codex"
   */
  readonly webAppDisplayName?: string;
  /** Add the terminal app (slug `<slug>-cli`, `codex-cli`) that attaches to the same Codex session. @default true */
  readonly cliApp?: boolean;
  /** Display name of the terminal app. @default "Codex CLI" */
  readonly cliAppDisplayName?: string;

  /**
   * Steps Codex starts after, e.g. a {@link Project} (clone and setup script). Codex's start script
   * waits for each to finish (up to {@link CodexProps.waitForSeconds}) and starts even when one
   * failed: the step's own status says what went wrong.
   * @default - none
   */
  readonly waitFor?: readonly ICodexStartStep[];
  /** How long Codex waits for the {@link CodexProps.waitFor} steps, in seconds. @default 1800 */
  readonly waitForSeconds?: number;

  /**
   * Log the in-workspace `coder` CLI in as the workspace owner (`CODER_URL`,
   * `CODER_SESSION_TOKEN`), as the seed's coder-login prerequisite did.
   * @default true
   */
  readonly coderLogin?: boolean;
}
