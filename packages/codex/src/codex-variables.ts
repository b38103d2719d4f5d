import { Construct, TerraformVariable } from "@codex-coder/cdk";
import { AUTH_SOURCES, CodexAuth, type AuthSource } from "./auth.js";
import {
  APPROVAL_POLICIES,
  TASKS_MODES,
  type ApprovalPolicy,
  type CodexProps,
  type TasksMode,
} from "./codex-props.js";
import { DEFAULT_AGENTAPI_DOWNLOAD_URL } from "./versions.js";
import { setSectionComment } from "@codex-coder/template-kit";

/** Options for {@link CodexVariables}. */
export interface CodexVariablesProps {
  /** Default of `codex_auth_source`. @default "user-secret" */
  readonly defaultAuthSource?: AuthSource;
  /** Default of `codex_tasks_mode`. @default "coder-task" */
  readonly defaultTasksMode?: TasksMode;
  /** Default of `codex_model`; empty means Codex's own default. @default "" */
  readonly defaultModel?: string;
}

/**
 * The longest value, in characters, of each free-text Codex variable (the two TOML variables and
 * the two install scripts): all of them travel inside the install script, which must stay under
 * 128 KiB (the rendered script is checked as a whole by a postcondition too).
 */
export const MAX_TEXT_VARIABLE_CHARS = 32768;

/**
 * What `codex_mcp_servers_toml` must start with, after blank and `#` comment lines: an
 * `[mcp_servers.<name>]` table header or an `mcp_servers.<name>.<key>` dotted key (RE2, for
 * Terraform's `regex`). Catches a pasted JSON `mcpServers` object or bare keys at push time; the
 * full TOML check happens in the workspace.
 */
const MCP_TOML_START = String.raw`^(\s*(#[^\n]*)?\n)*\s*\[?\s*"?mcp_servers"?\s*\.`;

function oneOf(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

/**
 * The template variables every Codex template offers, set at `coder templates push` (for example
 * with `--variables-file`). Each has a `validation` block whose error names the allowed values, so
 * a bad value fails the push, not a workspace.
 *
 * | variable | what |
 * | --- | --- |
 * | `codex_auth_source` | one of `template-variable`, `user-secret`, `ai-gateway`, `custom-provider`, `none` |
 * | `openai_api_key` | sensitive; the shared key for `template-variable` |
 * | `codex_custom_provider_base_url`, `codex_custom_provider_api_key` | the proxy for `custom-provider` (key sensitive) |
 * | `codex_tasks_mode` | `coder-task`, `ai-prompt-parameter` or `none` |
 * | `codex_model` | default model; empty for Codex's default |
 * | `codex_approval_policy` | approval policy for interactive use (`on-request`) |
 * | `codex_task_approval_policy` | approval policy of an unattended task (`never`) |
 * | `agentapi_download_url`, `agentapi_sha256_amd64`, `agentapi_sha256_arm64` | AgentAPI mirror and checksums |
 * | `codex_mcp_servers_toml` | MCP servers for every workspace, as `[mcp_servers.<name>]` TOML tables |
 * | `codex_extra_settings_toml` | more `config.toml` settings as TOML |
 * | `codex_pre_install_script`, `codex_post_install_script` | bash run before / after the Codex install |
 *
 * The two TOML variables cannot be parsed by Terraform: they reach the workspace byte-exact and the
 * install script refuses, naming the variable, TOML that is invalid, touches a key the template
 * manages or that Codex 0.169 would reject (see `CodexProps.tomlOptions`).
 */
export class CodexVariables extends Construct {
  readonly authSource: TerraformVariable;
  readonly openaiApiKey: TerraformVariable;
  readonly customProviderBaseUrl: TerraformVariable;
  readonly customProviderApiKey: TerraformVariable;
  readonly tasksMode: TerraformVariable;
  readonly model: TerraformVariable;
  readonly approvalPolicy: TerraformVariable;
  readonly taskApprovalPolicy: TerraformVariable;
  readonly agentApiDownloadUrl: TerraformVariable;
  readonly agentApiSha256Amd64: TerraformVariable;
  readonly agentApiSha256Arm64: TerraformVariable;
  readonly mcpServersToml: TerraformVariable;
  readonly extraSettingsToml: TerraformVariable;
  readonly preInstallScript: TerraformVariable;
  readonly postInstallScript: TerraformVariable;

  constructor(scope: Construct, id: string, props: CodexVariablesProps = {}) {
    super(scope, id);
    setSectionComment(
      this,
      `CodexVariables "${id}": the admin's Codex settings, set when the template is pushed`,
    );
    const variable = (name: string, config: ConstructorParameters<typeof TerraformVariable>[2]) => {
      const v = new TerraformVariable(this, name, config);
      v.overrideLogicalId(name);
      return v;
    };
    this.authSource = variable("codex_auth_source", {
      type: "string",
      default: props.defaultAuthSource ?? "user-secret",
      description:
        "Where Codex gets its credentials: template-variable (openai_api_key, one key for everyone), user-secret (each user's own `coder secret create openai-api-key --env OPENAI_API_KEY`), ai-gateway (Coder Premium AI Gateway), custom-provider (codex_custom_provider_*), none (users run `codex login`).",
      validation: [
        {
          condition: `\${contains(${oneOf(AUTH_SOURCES)}, var.codex_auth_source)}`,
          errorMessage: `codex_auth_source must be one of: ${AUTH_SOURCES.join(", ")}.`,
        },
      ],
    });
    this.openaiApiKey = variable("openai_api_key", {
      type: "string",
      default: "",
      sensitive: true,
      description:
        "OpenAI API key shared by every workspace (only with codex_auth_source = template-variable). Never shown in logs or plans.",
      validation: [
        {
          condition:
            '${var.openai_api_key == "" || can(regex("^[^\\\\s$]+$", var.openai_api_key))}',
          errorMessage:
            "openai_api_key must be a single token without spaces, newlines or $ (Coder expands $VAR in agent environment values).",
        },
      ],
    });
    this.customProviderBaseUrl = variable("codex_custom_provider_base_url", {
      type: "string",
      default: "",
      description:
        "Base URL of an OpenAI Responses-compatible proxy or gateway (Codex posts to <url>/responses), for codex_auth_source = custom-provider.",
      validation: [
        {
          condition:
            '${var.codex_custom_provider_base_url == "" || can(regex("^https?://[^\\\\s]+$", var.codex_custom_provider_base_url))}',
          errorMessage:
            "codex_custom_provider_base_url must be an http:// or https:// URL, or empty.",
        },
      ],
    });
    this.customProviderApiKey = variable("codex_custom_provider_api_key", {
      type: "string",
      default: "",
      sensitive: true,
      description:
        "Key for the custom provider (sent as Authorization: Bearer). Never shown in logs or plans.",
      validation: [
        {
          condition:
            '${var.codex_custom_provider_api_key == "" || can(regex("^[^\\\\s$]+$", var.codex_custom_provider_api_key))}',
          errorMessage:
            "codex_custom_provider_api_key must be a single token without spaces, newlines or $ (Coder expands $VAR in agent environment values).",
        },
      ],
    });
    this.tasksMode = variable("codex_tasks_mode", {
      type: "string",
      default: props.defaultTasksMode ?? "coder-task",
      description:
        "Coder Tasks integration: coder-task (Coder 2.28-2.36 and the 2.34 long-term release), ai-prompt-parameter (Coder 2.24-2.27), none (Coder 2.37+, where Tasks were removed).",
      validation: [
        {
          condition: `\${contains(${oneOf(TASKS_MODES)}, var.codex_tasks_mode)}`,
          errorMessage: `codex_tasks_mode must be one of: ${TASKS_MODES.join(", ")}.`,
        },
      ],
    });
    this.model = variable("codex_model", {
      type: "string",
      default: props.defaultModel ?? "",
      description:
        "Default model for Codex (e.g. gpt-5.5); empty uses Codex's own default. Users can still switch with /model, and their choice is kept across restarts.",
      validation: [
        {
          condition: '${can(regex("^[A-Za-z0-9._:/-]*$", var.codex_model))}',
          errorMessage:
            "codex_model may only contain letters, digits and . _ : / - (or be empty for Codex's default).",
        },
      ],
    });
    const policy = (name: string, fallback: ApprovalPolicy, description: string) =>
      variable(name, {
        type: "string",
        default: fallback,
        description,
        validation: [
          {
            condition: `\${contains(${oneOf(APPROVAL_POLICIES)}, var.${name})}`,
            errorMessage: `${name} must be one of: ${APPROVAL_POLICIES.join(", ")}.`,
          },
        ],
      });
    this.approvalPolicy = policy(
      "codex_approval_policy",
      "on-request",
      "When Codex asks before it runs a command, in interactive use (the chat without a task, the terminal): on-request (Codex decides when to ask), on-failure, never.",
    );
    this.taskApprovalPolicy = policy(
      "codex_task_approval_policy",
      "never",
      "The same for an unattended Coder Task, where nobody is there to approve: never (commands run inside Codex's sandbox without asking), on-request, on-failure.",
    );
    this.agentApiDownloadUrl = variable("agentapi_download_url", {
      type: "string",
      default: DEFAULT_AGENTAPI_DOWNLOAD_URL,
      description:
        "Where AgentAPI is downloaded from: <url>/<version>/agentapi-linux-<amd64|arm64>. Point it at a mirror for air-gapped deployments.",
      validation: [
        {
          condition: '${can(regex("^https?://[^\\\\s]+$", var.agentapi_download_url))}',
          errorMessage: "agentapi_download_url must be an http:// or https:// URL.",
        },
      ],
    });
    const sha = (name: string, arch: string) =>
      variable(name, {
        type: "string",
        default: "",
        description: `sha256 of agentapi-linux-${arch}; when set, a download that does not match is refused. Get it with: sha256sum agentapi-linux-${arch}`,
        validation: [
          {
            condition: `\${var.${name} == "" || can(regex("^[0-9a-f]{64}$", var.${name}))}`,
            errorMessage: `${name} must be 64 lower-case hex digits (sha256sum output), or empty to skip the check.`,
          },
        ],
      });
    this.agentApiSha256Amd64 = sha("agentapi_sha256_amd64", "amd64");
    this.agentApiSha256Arm64 = sha("agentapi_sha256_arm64", "arm64");
    const text = (
      name: string,
      what: string,
      description: string,
      extra: Array<{ condition: string; errorMessage: string }> = [],
    ) =>
      variable(name, {
        type: "string",
        default: "",
        description,
        validation: [
          {
            condition: `\${length(var.${name}) <= ${MAX_TEXT_VARIABLE_CHARS}}`,
            errorMessage: `${name} must be at most ${MAX_TEXT_VARIABLE_CHARS} characters: the Codex install script carries it, and a coder_script runs as one argument, which Linux limits to 128 KiB. Ship longer ${what} in the workspace image and refer to it.`,
          },
          ...extra,
        ],
      });
    this.mcpServersToml = text(
      "codex_mcp_servers_toml",
      "configuration",
      'MCP servers for every workspace, as [mcp_servers.<name>] TOML tables (Codex\'s config.toml format), e.g. [mcp_servers.playwright] command = "npx" args = ["-y", "@playwright/mcp@latest"]. Checked when the workspace starts: invalid TOML, other tables, a server the template manages (coder) or a table Codex would refuse stops the install with an error naming this variable.',
      [
        {
          condition: `\${var.codex_mcp_servers_toml == "" || can(regex(${JSON.stringify(MCP_TOML_START)}, var.codex_mcp_servers_toml))}`,
          errorMessage:
            'codex_mcp_servers_toml must be TOML that starts (after blank and # comment lines) with an MCP server table such as [mcp_servers.playwright], not JSON or bare keys; e.g. [mcp_servers.playwright] command = "npx" args = ["-y", "@playwright/mcp@latest"] on separate lines.',
        },
      ],
    );
    this.extraSettingsToml = text(
      "codex_extra_settings_toml",
      "configuration",
      'More Codex config.toml settings as TOML, e.g. model_reasoning_effort = "high" or [tui] notifications = true. A user\'s own later edit of the same key wins. Keys the template sets itself (model, sandbox, approvals, providers, the Coder MCP server) are refused, naming this variable, as is anything Codex 0.169 would reject.',
    );
    this.preInstallScript = text(
      "codex_pre_install_script",
      "scripts",
      "Bash run in every workspace before Codex is installed, e.g. apt-get install -y ripgrep (log: ~/.codex-module/logs/pre_install.log). A failure stops the install.",
    );
    this.postInstallScript = text(
      "codex_post_install_script",
      "scripts",
      "Bash run in every workspace after Codex is installed, e.g. codex mcp list (log: ~/.codex-module/logs/post_install.log). A failure stops the install.",
    );
  }

  /** The Codex props these variables drive; spread them into `new Codex(...)`. */
  codexProps(): Pick<
    CodexProps,
    | "auth"
    | "tasksMode"
    | "model"
    | "approvalPolicy"
    | "taskApprovalPolicy"
    | "agentApiDownloadUrl"
    | "agentApiSha256"
    | "tomlOptions"
    | "preInstallScript"
    | "postInstallScript"
  > {
    return {
      auth: CodexAuth.fromTemplateVariables({
        source: this.authSource,
        apiKey: this.openaiApiKey,
        customProvider: {
          id: "custom",
          name: "Custom provider",
          baseUrl: this.customProviderBaseUrl.stringValue,
          envKey: "CODEX_PROVIDER_API_KEY",
          apiKey: this.customProviderApiKey,
        },
      }),
      tasksMode: this.tasksMode.stringValue as TasksMode,
      model: this.model.stringValue,
      approvalPolicy: this.approvalPolicy.stringValue as ApprovalPolicy,
      taskApprovalPolicy: this.taskApprovalPolicy.stringValue as ApprovalPolicy,
      agentApiDownloadUrl: this.agentApiDownloadUrl.stringValue,
      agentApiSha256: {
        amd64: this.agentApiSha256Amd64.stringValue,
        arm64: this.agentApiSha256Arm64.stringValue,
      },
      tomlOptions: [
        {
          name: "codex_mcp_servers_toml",
          toml: this.mcpServersToml.stringValue,
          mcpServersOnly: true,
        },
        { name: "codex_extra_settings_toml", toml: this.extraSettingsToml.stringValue },
      ],
      preInstallScript: this.preInstallScript.stringValue,
      postInstallScript: this.postInstallScript.stringValue,
    };
  }
}
