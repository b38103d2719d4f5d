/**
 * What Codex CLI 0.169 refuses or ignores in `config.toml`, checked on managed settings so a
 * template fails at synth time instead of in the workspace. Every rule here is proven against the
 * real binary by `test/config/codex-rules.real-codex.test.ts`.
 */
import { describeValue, quotePath } from "./redact.js";
import { isTable, type ManagedSetting, type TomlValue } from "./toml-value.js";

/**
 * `rejected`: Codex fails to load the config (every command exits 1).
 * `ignored`: Codex ignores the key and prints a startup warning.
 */
export type ConfigProblemEffect = "rejected" | "ignored";

/** One thing Codex 0.169 would reject or ignore. */
export interface ConfigProblem {
  /** The offending key path (a table path for whole-table problems such as MCP transports). */
  readonly path: readonly string[];
  /** What is wrong, naming the key, the value received and what is allowed. */
  readonly message: string;
  /** How Codex reacts. */
  readonly effect: ConfigProblemEffect;
}

type Check = (value: TomlValue) => string | undefined;

interface LeafRule {
  /** Key path; `*` matches any one segment. */
  readonly pattern: readonly string[];
  /** Returns what the value must be, or `undefined` when it is fine. */
  readonly check?: Check;
  /** Set when the key must not appear at all: why. */
  readonly forbidden?: string;
  readonly effect?: ConfigProblemEffect;
}

/** Built-in provider ids that `model_providers` may not redefine. */
export const RESERVED_PROVIDER_IDS: readonly string[] = ["openai", "ollama", "lmstudio"];

const isString: Check = (v) => (typeof v === "string" ? undefined : "a string");
const isBoolean: Check = (v) => (typeof v === "boolean" ? undefined : "a boolean (true or false)");
const isSeconds: Check = (v) => (typeof v === "number" && v >= 0 ? undefined : "a number ≥ 0");
const isUnsigned: Check = (v) =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? undefined : "an integer ≥ 0";
const isStringArray: Check = (v) =>
  Array.isArray(v) && v.every((item) => typeof item === "string")
    ? undefined
    : "an array of strings";
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    typeof v === "string" && allowed.includes(v)
      ? undefined
      : `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`;

const APPROVAL_MODES = ["auto", "prompt", "writes", "approve"];

const isEnvVarList: Check = (v) => {
  const expected = 'an array of variable names or { name = "…", source = "local" | "remote" }';
  if (!Array.isArray(v)) return expected;
  const ok = v.every(
    (item) =>
      typeof item === "string" ||
      (isTable(item) &&
        typeof item["name"] === "string" &&
        Object.keys(item).every((key) => key === "name" || key === "source") &&
        (item["source"] === undefined ||
          item["source"] === "local" ||
          item["source"] === "remote")),
  );
  return ok ? undefined : expected;
};

const LEAF_RULES: readonly LeafRule[] = [
  {
    pattern: ["approval_policy"],
    check: (v) =>
      v === "untrusted"
        ? 'not "untrusted", which Codex 0.169 no longer supports: one of "on-request", "never", "on-failure"'
        : oneOf("on-request", "never", "on-failure")(v),
  },
  {
    pattern: ["profile"],
    forbidden:
      "Codex 0.169 refuses a legacy `profile` key (use `codex --profile NAME` with NAME.config.toml)",
  },
  { pattern: ["sandbox_mode"], check: oneOf("read-only", "workspace-write", "danger-full-access") },
  { pattern: ["sandbox_workspace_write", "network_access"], check: isBoolean },
  { pattern: ["sandbox_workspace_write", "exclude_slash_tmp"], check: isBoolean },
  { pattern: ["sandbox_workspace_write", "exclude_tmpdir_env_var"], check: isBoolean },
  { pattern: ["sandbox_workspace_write", "writable_roots"], check: isStringArray },
  { pattern: ["model"], check: isString },
  { pattern: ["model_provider"], check: isString },
  { pattern: ["model_reasoning_effort"], check: isString },
  { pattern: ["model_reasoning_summary"], check: oneOf("auto", "concise", "detailed", "none") },
  { pattern: ["model_verbosity"], check: oneOf("low", "medium", "high") },
  { pattern: ["web_search"], check: oneOf("disabled", "cached", "live") },
  { pattern: ["developer_instructions"], check: isString },
  { pattern: ["notify"], check: isStringArray },
  { pattern: ["forced_login_method"], check: oneOf("chatgpt", "api") },
  { pattern: ["projects", "*", "trust_level"], check: oneOf("trusted", "untrusted") },
  { pattern: ["history", "persistence"], check: oneOf("save-all", "none") },
  { pattern: ["history", "max_bytes"], check: isUnsigned },
  {
    pattern: ["tui", "notifications"],
    check: (v) =>
      typeof v === "boolean" || isStringArray(v) === undefined
        ? undefined
        : 'true, false, or an array of notification types (e.g. ["agent-turn-complete"])',
  },
  { pattern: ["project_doc_max_bytes"], check: isUnsigned },
  { pattern: ["project_doc_fallback_filenames"], check: isStringArray },
  { pattern: ["hide_agent_reasoning"], check: isBoolean },
  { pattern: ["show_raw_agent_reasoning"], check: isBoolean },
  { pattern: ["features", "*"], check: isBoolean },
  { pattern: ["shell_environment_policy", "inherit"], check: oneOf("core", "all", "none") },
  { pattern: ["shell_environment_policy", "ignore_default_excludes"], check: isBoolean },
  { pattern: ["shell_environment_policy", "exclude"], check: isStringArray },
  { pattern: ["shell_environment_policy", "include_only"], check: isStringArray },
  { pattern: ["shell_environment_policy", "set", "*"], check: isString },
  {
    pattern: ["model_providers", "*", "wire_api"],
    check: (v) =>
      v === "chat" ? '"responses" (Codex 0.169 no longer supports "chat")' : oneOf("responses")(v),
  },
  { pattern: ["model_providers", "*", "name"], check: isString },
  { pattern: ["model_providers", "*", "base_url"], check: isString },
  { pattern: ["model_providers", "*", "env_key"], check: isString },
  { pattern: ["model_providers", "*", "http_headers", "*"], check: isString },
  { pattern: ["model_providers", "*", "env_http_headers", "*"], check: isString },
  { pattern: ["model_providers", "*", "query_params", "*"], check: isString },
  { pattern: ["model_providers", "*", "request_max_retries"], check: isUnsigned },
  { pattern: ["model_providers", "*", "stream_max_retries"], check: isUnsigned },
  { pattern: ["model_providers", "*", "stream_idle_timeout_ms"], check: isUnsigned },
  { pattern: ["model_providers", "*", "requires_openai_auth"], check: isBoolean },
  { pattern: ["mcp_servers", "*", "command"], check: isString },
  { pattern: ["mcp_servers", "*", "url"], check: isString },
  { pattern: ["mcp_servers", "*", "cwd"], check: isString },
  { pattern: ["mcp_servers", "*", "args"], check: isStringArray },
  { pattern: ["mcp_servers", "*", "env", "*"], check: isString },
  { pattern: ["mcp_servers", "*", "env_vars"], check: isEnvVarList },
  { pattern: ["mcp_servers", "*", "bearer_token_env_var"], check: isString },
  { pattern: ["mcp_servers", "*", "http_headers", "*"], check: isString },
  { pattern: ["mcp_servers", "*", "env_http_headers", "*"], check: isString },
  { pattern: ["mcp_servers", "*", "enabled"], check: isBoolean },
  { pattern: ["mcp_servers", "*", "required"], check: isBoolean },
  { pattern: ["mcp_servers", "*", "startup_timeout_sec"], check: isSeconds },
  { pattern: ["mcp_servers", "*", "tool_timeout_sec"], check: isSeconds },
  { pattern: ["mcp_servers", "*", "enabled_tools"], check: isStringArray },
  { pattern: ["mcp_servers", "*", "disabled_tools"], check: isStringArray },
  { pattern: ["mcp_servers", "*", "default_tools_approval_mode"], check: oneOf(...APPROVAL_MODES) },
  { pattern: ["mcp_servers", "*", "tools", "*", "approval_mode"], check: oneOf(...APPROVAL_MODES) },
  {
    pattern: ["preferred_auth_method"],
    effect: "ignored",
    forbidden: "Codex 0.169 ignores it (auth comes from auth.json or a provider's env_key)",
  },
  {
    pattern: ["experimental_instructions_file"],
    effect: "ignored",
    forbidden: "Codex 0.169 ignores it (use AGENTS.md or developer_instructions)",
  },
  {
    pattern: ["mcp_servers", "*", "type"],
    effect: "ignored",
    forbidden: "Codex 0.169 ignores it (the transport follows from `command` or `url`)",
  },
  {
    pattern: ["mcp_servers", "*", "description"],
    effect: "ignored",
    forbidden: "Codex 0.169 ignores it",
  },
];

/**
 * The key paths {@link validateCodexSettings} checks one by one (`*` matches any one key), with
 * Codex's reaction to a bad value. MCP transports and reserved provider ids are checked per table.
 */
export const CHECKED_KEYS: readonly {
  readonly pattern: readonly string[];
  readonly effect: ConfigProblemEffect;
}[] = LEAF_RULES.map((rule) => ({ pattern: rule.pattern, effect: rule.effect ?? "rejected" }));

const STDIO_ONLY = ["args", "env", "env_vars", "cwd"];
const HTTP_ONLY = ["bearer_token_env_var", "http_headers", "env_http_headers"];

/**
 * Lists what Codex 0.169 would reject or ignore in these settings: wrong types and enum values of
 * well-known keys, `approval_policy = "untrusted"`, a legacy `profile`, `wire_api = "chat"`,
 * redefined built-in providers (`openai`, `ollama`, `lmstudio`), MCP servers with both or neither
 * of `command`/`url` or with keys of the other transport, and keys Codex ignores
 * (`preferred_auth_method`, `experimental_instructions_file`, `mcp_servers.*.type`/`.description`).
 * Keys it does not know are not reported. Values of secret-looking keys are not shown.
 */
export function validateCodexSettings(settings: readonly ManagedSetting[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const setting of settings) {
    for (const rule of LEAF_RULES) {
      if (!matches(rule.pattern, setting.path)) continue;
      const got = describeValue(setting.path, setting.value);
      const expected = rule.check?.(setting.value);
      const message =
        rule.forbidden !== undefined
          ? `${quotePath(setting.path)} (set to ${got}) must not be set: ${rule.forbidden}`
          : expected !== undefined
            ? `${quotePath(setting.path)} is ${got}; it must be ${expected}`
            : undefined;
      if (message === undefined) continue;
      problems.push({ path: setting.path, effect: rule.effect ?? "rejected", message });
    }
  }
  problems.push(...reservedProviders(settings), ...mcpTransports(settings), ...typos(settings));
  return problems;
}

/**
 * Top-level keys Codex 0.169 knows that no rule checks: a key one typo away from a checked key is
 * reported only when it is not one of these (or a checked key itself).
 */
const OTHER_KNOWN_KEYS: readonly string[] = [
  "agents",
  "analytics",
  "apps",
  "audio",
  "auto_review",
  "background_terminal_max_timeout",
  "check_for_update_on_startup",
  "cli_auth_credentials_store",
  "compact_prompt",
  "default_permissions",
  "experimental_use_unified_exec_tool",
  "file_opener",
  "ghost_snapshot",
  "include_apps_instructions",
  "include_environment_context",
  "instructions",
  "log_dir",
  "mcp_oauth_callback_port",
  "mcp_oauth_callback_url",
  "mcp_oauth_credentials_store",
  "model_auto_compact_token_limit",
  "model_catalog_json",
  "model_context_window",
  "model_instructions_file",
  "notice",
  "openai_base_url",
  "oss_provider",
  "plan_mode_reasoning_effort",
  "profiles",
  "project_root_markers",
  "review_model",
  "service_tier",
  "sqlite_home",
  "tool_output_token_limit",
  "tools",
  "windows",
];

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return (
      diff.length === 2 &&
      j === (i as number) + 1 &&
      a[i as number] === b[j] &&
      a[j] === b[i as number]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i += 1) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * Keys one typo away from a key the rules check (`modle` for `model`,
 * `sandbox_workspace_write.network_acess`): Codex 0.169 ignores them with only a startup warning,
 * so the setting the user meant silently does not apply.
 */
function typos(settings: readonly ManagedSetting[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const setting of settings) {
    const { path } = setting;
    if (LEAF_RULES.some((rule) => matches(rule.pattern, path))) continue;
    if (path.length === 1 && OTHER_KNOWN_KEYS.includes(path[0] as string)) continue;
    const meant = LEAF_RULES.map((rule) => rule.pattern).find(
      (pattern) =>
        pattern.length === path.length &&
        pattern.filter((segment, i) => segment !== "*" && segment !== path[i]).length === 1 &&
        pattern.every(
          (segment, i) =>
            segment === "*" || segment === path[i] || oneEditApart(segment, path[i] as string),
        ),
    );
    if (meant === undefined) continue;
    const suggestion = meant.map((segment, i) => (segment === "*" ? (path[i] as string) : segment));
    problems.push({
      path,
      effect: "ignored",
      message:
        `${quotePath(path)} is not a setting Codex 0.169 knows (it would ignore it): ` +
        `did you mean ${quotePath(suggestion)}?`,
    });
  }
  return problems;
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return (
    pattern.length === path.length &&
    pattern.every((segment, index) => segment === "*" || segment === path[index])
  );
}

function groupBy(settings: readonly ManagedSetting[], table: string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const { path } of settings) {
    const [head, id, key] = path;
    if (head !== table || id === undefined || key === undefined) continue;
    const keys = groups.get(id) ?? new Set<string>();
    keys.add(key);
    groups.set(id, keys);
  }
  return groups;
}

function reservedProviders(settings: readonly ManagedSetting[]): ConfigProblem[] {
  return [...groupBy(settings, "model_providers").keys()]
    .filter((id) => RESERVED_PROVIDER_IDS.includes(id))
    .map((id) => ({
      path: ["model_providers", id],
      effect: "rejected" as const,
      message:
        `${quotePath(["model_providers", id])} redefines a built-in provider; Codex 0.169 refuses ` +
        `the ids ${RESERVED_PROVIDER_IDS.join(", ")}: choose another id (e.g. "${id}-custom")`,
    }));
}

function mcpTransports(settings: readonly ManagedSetting[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const [name, keys] of groupBy(settings, "mcp_servers")) {
    const path = ["mcp_servers", name];
    const where = quotePath(path);
    const stdio = keys.has("command");
    const http = keys.has("url");
    if (stdio && http) {
      problems.push({
        path,
        effect: "rejected",
        message: `${where} sets both \`command\` (stdio) and \`url\` (streamable_http); set exactly one`,
      });
      continue;
    }
    if (!stdio && !http) {
      problems.push({
        path,
        effect: "rejected",
        message: `${where} sets neither \`command\` (stdio) nor \`url\` (streamable_http); set exactly one`,
      });
      continue;
    }
    const wrong = stdio ? HTTP_ONLY : STDIO_ONLY;
    for (const key of wrong.filter((k) => keys.has(k))) {
      problems.push({
        path: [...path, key],
        effect: "rejected",
        message:
          `${quotePath([...path, key])} is not allowed on a ${stdio ? "stdio" : "streamable_http"} ` +
          `server (it has \`${stdio ? "command" : "url"}\`); allowed only with \`${stdio ? "url" : "command"}\``,
      });
    }
  }
  return problems;
}
