import { Fn, Token } from "@codex-coder/cdk";
import type { AuthSource, AuthSpec } from "./auth.js";
import { allOf, isSet, type Choice } from "./_choice.js";
import type { ApprovalPolicy, CodexProps, SandboxMode, TasksMode } from "./codex-props.js";
import type { ValidationProblem } from "./errors.js";
import { dottedPath, type ManagedSettingSpec, type SettingValue } from "./managed-settings.js";
import type { McpServer } from "./mcp-server.js";
import { parseExtraToml, validateCodexSettings } from "@codex-coder/codex-runtime";

/** Environment variable name patterns kept away from the commands the model runs. */
export const SECRET_ENV_PATTERNS: readonly string[] = [
  "*TOKEN*",
  "*KEY*",
  "*SECRET*",
  "*PASSWORD*",
  "*token*",
  "*key*",
  "*secret*",
  "*password*",
];

/** Result of {@link buildManagedSettings}. */
export interface ManagedSettingsResult {
  readonly specs: ManagedSettingSpec[];
  readonly problems: ValidationProblem[];
}

/**
 * The choices of one `Codex` construct that the managed settings depend on, already resolved
 * (defaults applied once, in `resolve.ts`, whose plan carries them too).
 */
export interface SettingsChoices {
  /** The auth source, a literal or a template variable's value. */
  readonly authSource: Choice<AuthSource>;
  /** The Tasks mode, a literal or a template variable's value. */
  readonly tasksMode: Choice<TasksMode>;
  /** `sandbox_mode` (`fullAuto` applied). */
  readonly sandboxMode: SandboxMode;
  /** `approval_policy` (`fullAuto` applied). */
  readonly approvalPolicy: ApprovalPolicy;
  /** `sandbox_workspace_write.network_access`. */
  readonly networkAccess: boolean;
  /** Whether Coder's MCP server reports task progress (`reportTasks`, before the Tasks mode). */
  readonly reportTasks: boolean;
  /** The port AgentAPI listens on. */
  readonly port: number;
}

/** What the settings need: the {@link SettingsChoices} and where the workspace is reached. */
export interface SettingsContext extends SettingsChoices {
  /** Slug of the chat app (Coder's task status reports name it). */
  readonly slug: string;
  /** The deployment's access URL (`data.coder_workspace.*.access_url`), for the AI Gateway. */
  readonly accessUrl: string;
}

/** What a setting applies under, when a choice is only known at plan time. */
interface Applies {
  /** Only when the auth source is one of these. */
  readonly authSource?: readonly AuthSource[];
  /** Only when the Tasks mode is one of these. */
  readonly tasksMode?: readonly TasksMode[];
  /** Only when this string expression turns out non-empty at plan time. */
  readonly isSet?: string;
}

/**
 * The config.toml keys the template manages, from the props and the resolved choices. A setting
 * that depends on a choice only known at plan time (auth source, Tasks mode, a model from a
 * template variable) carries a Terraform condition; one that a literal choice rules out is left out.
 */
export function buildManagedSettings(
  props: CodexProps,
  auth: AuthSpec,
  context: SettingsContext,
): ManagedSettingsResult {
  const specs: ManagedSettingSpec[] = [];
  const problems: ValidationProblem[] = [];
  const { authSource, tasksMode } = context;

  const add = (path: string[], value: SettingValue, source: string, applies: Applies = {}) => {
    const when = allOf(
      applies.authSource ? authSource.isOneOf(applies.authSource) : true,
      applies.tasksMode ? tasksMode.isOneOf(applies.tasksMode) : true,
      applies.isSet !== undefined ? isSet(applies.isSet) : true,
    );
    if (when === false) return;
    specs.push({ path, value, source, ...(when === true ? {} : { when }) });
  };

  const fullAuto = props.fullAuto === true;
  add(["sandbox_mode"], context.sandboxMode, fullAuto ? "fullAuto" : "sandboxMode");
  add(["approval_policy"], context.approvalPolicy, fullAuto ? "fullAuto" : "approvalPolicy");
  add(["sandbox_workspace_write", "network_access"], context.networkAccess, "networkAccess");
  if (props.model !== undefined && props.model !== "") {
    add(
      ["model"],
      props.model,
      "model",
      Token.isUnresolved(props.model) ? { isSet: props.model } : {},
    );
  }
  if (props.modelReasoningEffort !== undefined) {
    add(["model_reasoning_effort"], props.modelReasoningEffort, "modelReasoningEffort");
  }
  add(["projects", props.folder, "trust_level"], "trusted", "folder");

  // Keep tokens (CODER_AGENT_TOKEN, OPENAI_API_KEY, …) away from the commands the model runs.
  add(["shell_environment_policy", "inherit"], "all", "(built in)");
  add(["shell_environment_policy", "ignore_default_excludes"], false, "(built in)");
  add(["shell_environment_policy", "exclude"], [...SECRET_ENV_PATTERNS], "(built in)");
  // No background app-server daemon or self-updater in the workspace.
  add(["features", "daemon_auto_start"], false, "(built in)");
  add(["check_for_update_on_startup"], false, "(built in)");

  // Model providers for the key-less sources.
  const gateway = ["model_providers", "aigateway"];
  const onGateway: Applies = { authSource: ["ai-gateway"] };
  add(["model_provider"], "aigateway", "auth", onGateway);
  add([...gateway, "name"], "Coder AI Gateway", "auth", onGateway);
  add(
    [...gateway, "base_url"],
    // The access URL may end in "/" (Coder passes it as configured).
    `${Fn.trimsuffix(context.accessUrl, "/")}/api/v2/aibridge/openai/v1`,
    "auth",
    onGateway,
  );
  add([...gateway, "env_key"], "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN", "auth", onGateway);
  add([...gateway, "wire_api"], "responses", "auth", onGateway);
  const cp = auth.customProvider;
  if (cp) {
    const id = cp.id ?? "custom";
    const on: Applies = { authSource: ["custom-provider"] };
    add(["model_provider"], id, "auth.customProvider.id", on);
    add(["model_providers", id, "name"], cp.name ?? id, "auth.customProvider.name", on);
    add(["model_providers", id, "base_url"], cp.baseUrl, "auth.customProvider.baseUrl", on);
    add(
      ["model_providers", id, "env_key"],
      cp.envKey ?? "CODEX_PROVIDER_API_KEY",
      "auth.customProvider.envKey",
      on,
    );
    add(["model_providers", id, "wire_api"], "responses", "auth.customProvider", on);
    for (const [k, v] of Object.entries(cp.httpHeaders ?? {}))
      add(
        ["model_providers", id, "http_headers", k],
        v,
        `auth.customProvider.httpHeaders.${k}`,
        on,
      );
    for (const [k, v] of Object.entries(cp.queryParams ?? {}))
      add(
        ["model_providers", id, "query_params", k],
        v,
        `auth.customProvider.queryParams.${k}`,
        on,
      );
  }

  // Coder's MCP server, so Codex reports task progress (only when Tasks are on).
  if (context.reportTasks && props.mcpServers?.coder === undefined) {
    const on: Applies = { tasksMode: ["coder-task", "ai-prompt-parameter"] };
    const port = context.port;
    const coder = ["mcp_servers", "coder"];
    add([...coder, "command"], "coder", "reportTasks", on);
    add([...coder, "args"], ["exp", "mcp", "server"], "reportTasks", on);
    add([...coder, "env", "CODER_MCP_APP_STATUS_SLUG"], context.slug, "reportTasks", on);
    add(
      [...coder, "env", "CODER_MCP_AI_AGENTAPI_URL"],
      `http://localhost:${port}`,
      "reportTasks",
      on,
    );
    add([...coder, "env", "CODER_MCP_ALLOWED_TOOLS"], "coder_report_task", "reportTasks", on);
    add([...coder, "env_vars"], ["CODER_AGENT_URL", "CODER_AGENT_TOKEN"], "reportTasks", on);
    add([...coder, "default_tools_approval_mode"], "approve", "reportTasks", on);
  }

  for (const [name, server] of Object.entries(props.mcpServers ?? {})) {
    for (const [path, value] of mcpServerEntries(server)) {
      add(["mcp_servers", name, ...path], value, `mcpServers.${name}`);
    }
  }

  for (const [option, text] of [
    ["mcpServersToml", props.mcpServersToml],
    ["extraSettingsToml", props.extraSettingsToml],
  ] as const) {
    if (text === undefined || text === "") continue;
    if (Token.isUnresolved(text)) {
      problems.push({
        code: "TomlNotLiteral",
        path: option,
        message:
          "must be a literal string so it can be checked at synth time; for push-time values use the typed props",
      });
      continue;
    }
    let parsed: ReturnType<typeof parseExtraToml>;
    try {
      parsed = parseExtraToml(text);
    } catch (error) {
      problems.push({ code: "TomlInvalid", path: option, message: (error as Error).message });
      continue;
    }
    for (const setting of parsed) {
      if (containsNul(setting.value)) {
        problems.push({
          code: "NulCharacter",
          path: `${option}.${dottedPath(setting.path)}`,
          message: "must not contain a NUL character (no process can receive it)",
        });
      }
    }
    // Checked after the collisions: a key refused for landing in a managed table would otherwise
    // also be reported as a table without a transport, which is not the user's mistake.
    const accepted: typeof parsed = [];
    for (const setting of parsed) {
      if (option === "mcpServersToml" && setting.path[0] !== "mcp_servers") {
        problems.push({
          code: "McpTomlNotMcp",
          path: option,
          message: `may only hold [mcp_servers.<name>] tables, got \`${dottedPath(setting.path)}\``,
        });
        continue;
      }
      const table = ownedTable(setting.path);
      const owner =
        table === undefined
          ? undefined
          : specs.find((s) => s.source !== option && overlaps(s.path, table));
      if (table !== undefined && owner !== undefined) {
        problems.push({
          code: "TomlCollision",
          path: option,
          message:
            `\`${dottedPath(setting.path)}\` is in the table \`${dottedPath(table)}\`, which is ` +
            `managed by ${describeSource(owner.source)}`,
        });
        continue;
      }
      const clash = specs.find((s) => overlaps(s.path, setting.path));
      if (clash) {
        problems.push({
          code: "TomlCollision",
          path: option,
          message: `\`${dottedPath(setting.path)}\` collides with \`${dottedPath(clash.path)}\`, which is managed by ${clash.source}; set it there instead`,
        });
        continue;
      }
      accepted.push(setting);
    }
    for (const problem of validateCodexSettings(accepted)) {
      problems.push({ code: "TomlRejectedByCodex", path: option, message: problem.message });
    }
    for (const setting of accepted) add([...setting.path], setting.value as SettingValue, option);
  }
  return { specs, problems };
}

/**
 * The table a setting belongs to when that table is one unit for Codex: an MCP server
 * (`mcp_servers.<name>`) or a model provider (`model_providers.<id>`). Extra TOML must not add
 * keys to such a table when a typed option manages it: Codex reads the table as a whole (its
 * transport, its base URL), so the result would be neither what the option nor what the TOML says.
 */
function ownedTable(path: readonly string[]): readonly string[] | undefined {
  const [head, name] = path;
  if ((head === "mcp_servers" || head === "model_providers") && name !== undefined) {
    return [head, name];
  }
  return undefined;
}

/** How a message names the option that manages a table, and how to change it. */
function describeSource(source: string): string {
  if (source === "reportTasks") {
    return (
      "the Tasks reporting option (reportTasks); to change that server, set reportTasks: false " +
      "and define it in mcpServers.coder"
    );
  }
  return `${source}; set it there instead`;
}

/** True when one path equals the other or is a table that contains it. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The leaf entries of one MCP server in Codex's config.toml key names. */
function mcpServerEntries(server: McpServer): Array<[string[], SettingValue]> {
  const out: Array<[string[], SettingValue]> = [];
  const put = (key: string, value: SettingValue | undefined) => {
    if (value !== undefined) out.push([[key], value]);
  };
  const map = (key: string, value: Readonly<Record<string, string>> | undefined) => {
    for (const [k, v] of Object.entries(value ?? {})) out.push([[key, k], v]);
  };
  if ("command" in server) {
    put("command", server.command);
    if (server.args) put("args", [...server.args]);
    map("env", server.env);
    if (server.envVars) put("env_vars", [...server.envVars]);
    put("cwd", server.cwd);
  } else {
    put("url", server.url);
    put("bearer_token_env_var", server.bearerTokenEnvVar);
    map("http_headers", server.httpHeaders);
    map("env_http_headers", server.envHttpHeaders);
  }
  put("enabled", server.enabled);
  put("required", server.required);
  put("startup_timeout_sec", server.startupTimeoutSec);
  put("tool_timeout_sec", server.toolTimeoutSec);
  if (server.enabledTools) put("enabled_tools", [...server.enabledTools]);
  if (server.disabledTools) put("disabled_tools", [...server.disabledTools]);
  put("default_tools_approval_mode", server.defaultToolsApprovalMode);
  return out;
}

/** True when a string anywhere in `value` holds a NUL character. */
function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsNul);
  return false;
}
