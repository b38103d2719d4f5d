import { Token } from "@codex-coder/cdk";
import { AUTH_SOURCES, type AuthSpec } from "./auth.js";
import { RESERVED_PROVIDER_IDS } from "@codex-coder/codex-runtime";
import {
  AGENTS_MD_TARGETS,
  APPROVAL_POLICIES,
  REASONING_EFFORTS,
  SANDBOX_MODES,
  TASKS_MODES,
  type CodexProps,
} from "./codex-props.js";
import type { ValidationProblem } from "./errors.js";
import type { McpServer } from "./mcp-server.js";

const POSIX_ENV = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PROVIDER_ID = /^[A-Za-z0-9_-]+$/;
const MCP_NAME = /^[A-Za-z0-9_-]+$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const AGENTAPI_VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SHA256 = /^[0-9a-f]{64}$/;
const OPENAI_KEY_LIKE = /sk-[A-Za-z0-9_-]{20,}/;

/** Keys of an MCP server whatever its transport. */
const COMMON_MCP_KEYS = [
  "enabled",
  "required",
  "startupTimeoutSec",
  "toolTimeoutSec",
  "enabledTools",
  "disabledTools",
  "defaultToolsApprovalMode",
];
const STDIO_KEYS = new Set(["command", "args", "env", "envVars", "cwd", ...COMMON_MCP_KEYS]);
const HTTP_KEYS = new Set([
  "url",
  "bearerTokenEnvVar",
  "httpHeaders",
  "envHttpHeaders",
  ...COMMON_MCP_KEYS,
]);

/** `"x"` for messages; tokens are shown as "(a Terraform expression)". */
export function show(value: unknown): string {
  if (typeof value === "string" && Token.isUnresolved(value)) return "(a Terraform expression)";
  return JSON.stringify(value) ?? String(value);
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function isLiteral(value: unknown): value is string {
  return typeof value === "string" && !Token.isUnresolved(value);
}

/** A helper that collects problems. */
class Problems {
  readonly items: ValidationProblem[] = [];
  add(code: string, path: string, message: string): void {
    this.items.push({ code, path, message });
  }
}

/**
 * Checks a version prop: "latest", or a literal matching `pattern` (`expected` says what that is in
 * the message). A Terraform expression is left to plan time.
 */
function checkVersion(
  p: Problems,
  code: string,
  field: string,
  value: unknown,
  pattern: RegExp,
  expected: string,
): void {
  if (isLiteral(value) && value !== "latest" && !pattern.test(value))
    p.add(code, field, `expected ${expected} or "latest", got ${show(value)}`);
}

/** Checks a literal string for characters a script argument or file line cannot carry. */
function checkText(
  p: Problems,
  path: string,
  value: string | undefined,
  allowNewlines: boolean,
): void {
  if (value === undefined || !isLiteral(value)) return;
  if (value.includes("\u0000")) p.add("NulCharacter", path, "must not contain a NUL character");
  if (!allowNewlines && /[\r\n]/.test(value))
    p.add("NewlineNotAllowed", path, `must be a single line, got ${show(value)}`);
}

function checkEnum(
  p: Problems,
  code: string,
  path: string,
  value: string | undefined,
  allowed: readonly string[],
  extra?: string,
): void {
  if (value === undefined || !isLiteral(value)) return;
  if (!allowed.includes(value))
    p.add(code, path, `expected one of ${list(allowed)}, got ${show(value)}${extra ?? ""}`);
}

function checkUrl(p: Problems, path: string, value: string | undefined): void {
  if (value === undefined || !isLiteral(value)) return;
  let ok = false;
  try {
    const u = new URL(value);
    ok = u.protocol === "http:" || u.protocol === "https:";
  } catch {
    ok = false;
  }
  if (!ok) p.add("UrlInvalid", path, `expected an http(s) URL, got ${show(value)}`);
}

function checkEnvName(p: Problems, path: string, value: string | undefined): void {
  if (value === undefined || !isLiteral(value)) return;
  if (!POSIX_ENV.test(value))
    p.add(
      "EnvNameInvalid",
      path,
      `expected an environment variable name ([A-Za-z_][A-Za-z0-9_]*), got ${show(value)}`,
    );
}

function checkAuth(p: Problems, spec: AuthSpec): void {
  checkEnum(p, "AuthSourceInvalid", "auth", spec.source, AUTH_SOURCES);
  for (const [path, variable] of [
    ["auth.apiKey", spec.apiKey],
    ["auth.customProvider.apiKey", spec.customProvider?.apiKey],
  ] as const) {
    if (variable === undefined) continue;
    if (typeof variable !== "object" || variable === null || !("stringValue" in variable)) {
      p.add(
        "ApiKeyNotVariable",
        path,
        'must be a Terraform variable, never a string: new TerraformVariable(this, "openai_api_key", { type: "string", sensitive: true }) and set it with `coder templates push --variables-file`',
      );
    } else if (variable.sensitive !== true) {
      p.add(
        "ApiKeyNotSensitive",
        path,
        "the variable must be declared with sensitive: true so Terraform never prints it",
      );
    }
  }
  if (spec.source === "template-variable" && spec.apiKey === undefined)
    p.add(
      "ApiKeyMissing",
      "auth",
      "template-variable needs the key variable: CodexAuth.templateVariable(variable)",
    );
  checkEnvName(p, "auth.userSecretEnv", spec.userSecretEnv);
  const cp = spec.customProvider;
  if (spec.source === "custom-provider" && cp === undefined)
    p.add(
      "CustomProviderMissing",
      "auth",
      "custom-provider needs the provider: CodexAuth.customProvider({ baseUrl, … })",
    );
  if (cp !== undefined) {
    const id = cp.id ?? "custom";
    if (isLiteral(id)) {
      if (!PROVIDER_ID.test(id))
        p.add(
          "ProviderIdInvalid",
          "auth.customProvider.id",
          `expected letters, digits, "-" or "_", got ${show(id)}`,
        );
      if (RESERVED_PROVIDER_IDS.includes(id))
        p.add(
          "ProviderIdReserved",
          "auth.customProvider.id",
          `${show(id)} is a built-in Codex provider and cannot be redefined (reserved: ${list(RESERVED_PROVIDER_IDS)}); pick another id such as "${id}-proxy"`,
        );
    }
    checkUrl(p, "auth.customProvider.baseUrl", cp.baseUrl);
    checkEnvName(p, "auth.customProvider.envKey", cp.envKey);
    checkText(p, "auth.customProvider.name", cp.name, false);
    for (const [k, v] of Object.entries(cp.httpHeaders ?? {}))
      checkText(p, `auth.customProvider.httpHeaders.${k}`, v, false);
  }
}

function didYouMean(key: string, allowed: Set<string>): string {
  const lower = key.toLowerCase();
  const close = [...allowed].find((a) => {
    const al = a.toLowerCase();
    return al.startsWith(lower.slice(0, 3)) && Math.abs(al.length - lower.length) <= 2;
  });
  return close ? ` (did you mean "${close}"?)` : "";
}

function checkMcpServer(p: Problems, name: string, server: McpServer): void {
  const base = `mcpServers.${name}`;
  if (!MCP_NAME.test(name))
    p.add(
      "McpNameInvalid",
      base,
      `server names use letters, digits, "-" and "_", got ${show(name)}`,
    );
  const hasCommand = "command" in server && server.command !== undefined;
  const hasUrl = "url" in server && server.url !== undefined;
  if (hasCommand === hasUrl) {
    p.add("McpTransportInvalid", base, "set exactly one of `command` (stdio) or `url` (HTTP)");
    return;
  }
  const allowed = hasCommand ? STDIO_KEYS : HTTP_KEYS;
  for (const key of Object.keys(server)) {
    if (!allowed.has(key)) {
      const other = hasCommand ? HTTP_KEYS : STDIO_KEYS;
      const why = other.has(key)
        ? ` is only for ${hasCommand ? "HTTP" : "stdio"} servers`
        : `: unknown key${didYouMean(key, allowed)}`;
      p.add("McpKeyInvalid", `${base}.${key}`, `${key}${why}`);
    }
  }
  for (const [i, arg] of ("args" in server ? (server.args ?? []) : []).entries()) {
    checkText(p, `${base}.args[${i}]`, arg, true);
  }
  for (const [k, v] of Object.entries("env" in server ? (server.env ?? {}) : {})) {
    // Any name a process environment can carry: not empty, no "=" and no NUL.
    if (k === "" || k.includes("=") || k.includes("\u0000"))
      p.add(
        "EnvNameInvalid",
        `${base}.env`,
        `an environment variable name must not be empty or contain "=" or NUL, got ${show(k)}`,
      );
    checkText(p, `${base}.env.${k}`, v, true);
  }
  if ("envVars" in server)
    for (const v of server.envVars ?? []) checkEnvName(p, `${base}.envVars`, v);
  if ("bearerTokenEnvVar" in server)
    checkEnvName(p, `${base}.bearerTokenEnvVar`, server.bearerTokenEnvVar);
  if ("url" in server) checkUrl(p, `${base}.url`, server.url);
  checkEnum(
    p,
    "McpApprovalModeInvalid",
    `${base}.defaultToolsApprovalMode`,
    server.defaultToolsApprovalMode,
    ["auto", "prompt", "approve"],
  );
  for (const key of ["startupTimeoutSec", "toolTimeoutSec"] as const) {
    const v = server[key];
    if (v !== undefined && !(Number.isFinite(v) && v > 0))
      p.add(
        "McpTimeoutInvalid",
        `${base}.${key}`,
        `expected a positive number of seconds, got ${show(v)}`,
      );
  }
}

/** Walks every string in the props, looking for what looks like a literal OpenAI key. */
function findLiteralKeys(
  p: Problems,
  value: unknown,
  path: string,
  seen = new Set<unknown>(),
): void {
  if (typeof value === "string") {
    if (!Token.isUnresolved(value) && OPENAI_KEY_LIKE.test(value))
      p.add(
        "LiteralSecret",
        path,
        "looks like an API key written into the template; pass keys as a sensitive Terraform variable (CodexAuth.templateVariable) or a Coder user secret (CodexAuth.userSecret)",
      );
    return;
  }
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => findLiteralKeys(p, v, `${path}[${i}]`, seen));
    return;
  }
  // Constructs and Terraform variables are references, not user text.
  if (!Object.getPrototypeOf(value) || Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value))
      findLiteralKeys(p, v, path ? `${path}.${k}` : k, seen);
  }
}

/**
 * Checks every prop that is known at synth time and returns all problems (empty when valid).
 * Values that are Terraform expressions are checked by the template variables' validation blocks.
 */
export function validateCodexProps(props: CodexProps, auth: AuthSpec): ValidationProblem[] {
  const p = new Problems();
  if (props.agent === undefined || typeof props.agent.id !== "string")
    p.add(
      "AgentMissing",
      "agent",
      "pass the coder_agent Codex runs on (e.g. the generated agent.Agent)",
    );

  const folder = props.folder;
  if (typeof folder !== "string" || folder === "")
    p.add("FolderMissing", "folder", "an absolute path is required");
  else if (isLiteral(folder)) {
    if (!folder.startsWith("/"))
      p.add("FolderNotAbsolute", "folder", `expected an absolute path, got ${show(folder)}`);
    if (folder.length > 1 && folder.endsWith("/"))
      p.add(
        "FolderTrailingSlash",
        "folder",
        `remove the trailing slash (Codex's trust entry must match exactly), got ${show(folder)}`,
      );
    checkText(p, "folder", folder, false);
  }

  if (props.order !== undefined && !Number.isInteger(props.order))
    p.add("OrderInvalid", "order", `expected an integer, got ${show(props.order)}`);
  checkText(p, "group", props.group, false);
  checkText(p, "icon", props.icon, false);

  checkVersion(
    p,
    "CodexVersionInvalid",
    "codexVersion",
    props.codexVersion,
    SEMVER,
    'an exact version such as "0.169.0"',
  );
  checkText(p, "preInstallScript", props.preInstallScript, true);
  checkText(p, "postInstallScript", props.postInstallScript, true);
  const tomlNames = new Set<string>();
  for (const [index, option] of (props.tomlOptions ?? []).entries()) {
    if (!/^[A-Za-z0-9_.-]+$/.test(option.name) || tomlNames.has(option.name))
      p.add(
        "TomlOptionNameInvalid",
        `tomlOptions[${index}].name`,
        `expected a distinct name of letters, digits, _ . -, got ${show(option.name)}`,
      );
    tomlNames.add(option.name);
    checkText(p, `tomlOptions[${index}].toml`, option.toml, true);
  }

  checkAuth(p, auth);

  checkText(p, "model", props.model, false);
  checkEnum(
    p,
    "ReasoningEffortInvalid",
    "modelReasoningEffort",
    props.modelReasoningEffort,
    REASONING_EFFORTS,
  );
  checkEnum(p, "SandboxModeInvalid", "sandboxMode", props.sandboxMode, SANDBOX_MODES);
  checkEnum(
    p,
    "ApprovalPolicyInvalid",
    "approvalPolicy",
    props.approvalPolicy,
    APPROVAL_POLICIES,
    (props.approvalPolicy as string | undefined) === "untrusted"
      ? ' ("untrusted" was removed in Codex 0.169, where it is a hard error)'
      : undefined,
  );
  checkEnum(
    p,
    "ApprovalPolicyInvalid",
    "taskApprovalPolicy",
    props.taskApprovalPolicy,
    APPROVAL_POLICIES,
  );
  if (props.fullAuto === true) {
    if (props.sandboxMode !== undefined && props.sandboxMode !== "workspace-write")
      p.add(
        "FullAutoConflict",
        "fullAuto",
        `fullAuto means sandboxMode "workspace-write", but sandboxMode is ${show(props.sandboxMode)}`,
      );
    if (props.approvalPolicy !== undefined && props.approvalPolicy !== "never")
      p.add(
        "FullAutoConflict",
        "fullAuto",
        `fullAuto means approvalPolicy "never", but approvalPolicy is ${show(props.approvalPolicy)}`,
      );
  }

  if (
    props.waitForSeconds !== undefined &&
    (!Number.isInteger(props.waitForSeconds) || props.waitForSeconds < 0)
  )
    p.add(
      "WaitForSecondsInvalid",
      "waitForSeconds",
      `must be a whole number of seconds >= 0, got ${show(props.waitForSeconds)}`,
    );

  for (const [name, server] of Object.entries(props.mcpServers ?? {}))
    checkMcpServer(p, name, server);

  checkText(p, "systemPrompt", props.systemPrompt, true);
  if (isLiteral(props.systemPrompt) && props.systemPrompt.includes("<!-- codex-module:"))
    p.add(
      "SystemPromptMarker",
      "systemPrompt",
      "must not contain the AGENTS.md block markers (`<!-- codex-module:`); the install script uses them to replace its block",
    );
  checkEnum(p, "AgentsMdTargetInvalid", "agentsMdTarget", props.agentsMdTarget, AGENTS_MD_TARGETS);
  checkText(p, "taskPrompt", props.taskPrompt, true);
  checkEnum(p, "TasksModeInvalid", "tasksMode", props.tasksMode, TASKS_MODES);

  checkVersion(
    p,
    "AgentApiVersionInvalid",
    "agentApiVersion",
    props.agentApiVersion,
    AGENTAPI_VERSION,
    'a release tag such as "v0.12.1"',
  );
  checkUrl(p, "agentApiDownloadUrl", props.agentApiDownloadUrl);
  for (const arch of ["amd64", "arm64"] as const) {
    const sum = props.agentApiSha256?.[arch];
    if (isLiteral(sum) && sum !== "" && !SHA256.test(sum))
      p.add(
        "Sha256Invalid",
        `agentApiSha256.${arch}`,
        `expected 64 lower-case hex digits, got ${show(sum)}`,
      );
  }
  const port = props.agentApiPort;
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535))
    p.add("PortInvalid", "agentApiPort", `expected an integer from 1 to 65535, got ${show(port)}`);
  checkText(p, "webAppDisplayName", props.webAppDisplayName, false);
  checkText(p, "cliAppDisplayName", props.cliAppDisplayName, false);

  const { agent: _agent, auth: _auth, ...rest } = props;
  findLiteralKeys(p, rest, "");
  return p.items;
}
