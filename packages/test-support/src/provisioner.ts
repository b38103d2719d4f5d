import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { declaredVariables, parsePlan, type TerraformPlan } from "./plan.js";
import { loadToolchain, type Toolchain } from "./toolchain.js";

/** Workspace transition, as in `CODER_WORKSPACE_TRANSITION`. */
export type WorkspaceTransition = "start" | "stop" | "destroy";

/**
 * A template variable value. Strings are passed as-is; numbers and booleans as text; lists and
 * objects as JSON (which Terraform parses as HCL for complex-typed variables).
 */
export type VariableValue =
  string | number | boolean | readonly unknown[] | Record<string, unknown>;

/** A parameter value; lists (for `list(string)` parameters) are passed as JSON, like Coder does. */
export type ParameterValue = string | number | boolean | readonly string[];

/** A Terraform diagnostic (from `-json` output). */
export interface TerraformDiagnostic {
  /** `error` or `warning`. */
  severity: string;
  /** One-line summary. */
  summary: string;
  /** Details, when any. */
  detail?: string;
  /** Resource address, when any. */
  address?: string;
  /** Source range, when any. */
  range?: { filename: string; start: { line: number; column: number } };
}

/** Result of `terraform validate -json`. */
export interface TerraformValidation {
  /** Whether the configuration is valid. */
  valid: boolean;
  /** Number of errors. */
  errorCount: number;
  /** Number of warnings. */
  warningCount: number;
  /** All diagnostics. */
  diagnostics: TerraformDiagnostic[];
}

/** One terraform command the provisioner ran (arguments only; the environment is not kept). */
export interface TerraformCommandRecord {
  /** Arguments after `terraform`. */
  args: string[];
  /** Exit code (`null` when killed). */
  exitCode: number | null;
  /** Wall time in milliseconds. */
  durationMs: number;
  /** Names (not values) of the `CODER_*` and `TF_VAR_*` variables that were set. */
  envNames: string[];
}

/** Error thrown when a terraform command fails. */
export class TerraformCommandError extends Error {
  /** Arguments after `terraform`. */
  readonly args: string[];
  /** Exit code, or `null` when killed (timeout or dispose). */
  readonly exitCode: number | null;
  /** Error diagnostics parsed from `-json` output (empty for commands without JSON output). */
  readonly diagnostics: TerraformDiagnostic[];
  /** Combined stdout and stderr (last 8 KiB). */
  readonly output: string;

  constructor(
    message: string,
    args: string[],
    exitCode: number | null,
    diagnostics: TerraformDiagnostic[],
    output: string,
  ) {
    super(message);
    this.name = "TerraformCommandError";
    this.args = args;
    this.exitCode = exitCode;
    this.diagnostics = diagnostics;
    this.output = output;
  }
}

/** Options of {@link createProvisioner}. */
export interface ProvisionerOptions {
  /** Toolchain to use. @default loadToolchain() */
  toolchain?: Toolchain;
  /** Value of `CODER_AGENT_URL` (Coder's access URL). @default "http://localhost:3000/" */
  agentUrl?: string;
  /**
   * Run `terraform validate -json` after init and throw a {@link TerraformCommandError} when the
   * configuration is invalid. @default true
   */
  validate?: boolean;
  /**
   * What to do with a `.terraform.lock.hcl` shipped in the template.
   * - `keep`: use it (what Coder does).
   * - `drop`: delete it from the copy, so init records hashes of what it installs. Locally built
   *   providers never match the registry's hashes, so this is required in mirror mode.
   * @default "drop" in mirror mode, "keep" in registry mode
   */
  lockFile?: "keep" | "drop";
  /** Timeout of each terraform command in milliseconds. @default 300000 */
  timeoutMs?: number;
  /** Directory to create the temporary working directory in. @default os.tmpdir() */
  tmpDir?: string;
  /**
   * `HOME` of the provisioner's user for every terraform command, i.e. where a `~/` path in the
   * template resolves (e.g. the kubernetes provider's `config_path = "~/.kube/config"`).
   * @default the host's `HOME`
   */
  home?: string;
}

/** Options of {@link Provisioner.planImport}. */
export interface PlanImportOptions {
  /** Transition of the import plan (Coder runs `start`, then `stop`). @default "start" */
  transition?: "start" | "stop";
  /** Template variable values by name. @default {} */
  variables?: Record<string, VariableValue>;
}

/** The workspace owner of a build plan; unset fields get test defaults. */
export interface WorkspaceOwnerInfo {
  /** `CODER_WORKSPACE_OWNER_ID`. @default a random UUID */
  id: string;
  /** Username, `CODER_WORKSPACE_OWNER`. @default "tester" */
  name: string;
  /** `CODER_WORKSPACE_OWNER_NAME`. @default "Test User" */
  fullName: string;
  /** `CODER_WORKSPACE_OWNER_EMAIL`. @default "tester@example.com" */
  email: string;
  /** `CODER_WORKSPACE_OWNER_GROUPS` (JSON array). @default [] */
  groups: string[];
  /** `CODER_WORKSPACE_OWNER_RBAC_ROLES` (JSON array). @default [] */
  rbacRoles: { name: string; org_id: string }[];
  /** `CODER_WORKSPACE_OWNER_SESSION_TOKEN`. @default a random fake token */
  sessionToken: string;
  /** `CODER_WORKSPACE_OWNER_OIDC_ACCESS_TOKEN`. @default "" */
  oidcAccessToken: string;
  /** `CODER_WORKSPACE_OWNER_SSH_PUBLIC_KEY`. @default "" */
  sshPublicKey: string;
  /** `CODER_WORKSPACE_OWNER_SSH_PRIVATE_KEY`. @default "" */
  sshPrivateKey: string;
  /** `CODER_WORKSPACE_OWNER_LOGIN_TYPE`. @default "password" */
  loginType: string;
}

/** The workspace of a build plan. */
export interface WorkspaceInfo {
  /** `CODER_WORKSPACE_ID`. @default a random UUID */
  id: string;
  /** `CODER_WORKSPACE_NAME`. @default "dev" */
  name: string;
}

/** The template of a build plan. */
export interface TemplateInfo {
  /** `CODER_WORKSPACE_TEMPLATE_ID`. @default a random UUID */
  id: string;
  /** `CODER_WORKSPACE_TEMPLATE_NAME`. @default "test-template" */
  name: string;
  /** `CODER_WORKSPACE_TEMPLATE_VERSION`. @default "test-version" */
  version: string;
}

/** Options of {@link Provisioner.planBuild} and {@link buildEnvironment}. */
export interface PlanBuildOptions {
  /** `CODER_WORKSPACE_TRANSITION`; `destroy` also adds `-destroy`. @default "start" */
  transition?: WorkspaceTransition;
  /** Template variable values by name. @default {} */
  variables?: Record<string, VariableValue>;
  /** Parameter values by parameter name → `CODER_PARAMETER_<sha256hex(name)>`. @default {} */
  parameters?: Record<string, ParameterValue>;
  /** Previous build's values → `CODER_PARAMETER_PREVIOUS_<sha256hex(name)>`. @default {} */
  previousParameters?: Record<string, ParameterValue>;
  /** `CODER_TASK_ID` (task workspaces). @default unset */
  taskId?: string;
  /** `CODER_TASK_PROMPT` (task workspaces). @default unset */
  taskPrompt?: string;
  /** Workspace owner. @default test owner (see {@link WorkspaceOwnerInfo}) */
  owner?: Partial<WorkspaceOwnerInfo>;
  /** Workspace. @default random id, name "dev" */
  workspace?: Partial<WorkspaceInfo>;
  /** Template. @default random id, name "test-template", version "test-version" */
  template?: Partial<TemplateInfo>;
  /** External auth access tokens by provider id (`CODER_EXTERNAL_AUTH_ACCESS_TOKEN_<id>`). */
  externalAuth?: Record<string, string>;
  /**
   * Agent bootstrap script put in `CODER_AGENT_SCRIPT_<os>_<arch>` for every platform, so
   * `coder_agent.init_script` is non-empty. @default a short placeholder shell script
   */
  agentScript?: string;
  /** `CODER_WORKSPACE_BUILD_ID`. @default a random UUID */
  buildId?: string;
}

/** Placeholder agent bootstrap script used when none is given. */
export const PLACEHOLDER_AGENT_SCRIPT =
  '#!/bin/sh\n# test-support placeholder: Coder would download and start the agent here.\necho "coder agent bootstrap placeholder"\n';

const AGENT_SCRIPT_PLATFORMS = [
  "linux_amd64",
  "linux_arm64",
  "linux_armv7",
  "darwin_amd64",
  "darwin_arm64",
  "windows_amd64",
  "windows_arm64",
] as const;

/** Name of the environment variable that carries a parameter value: `CODER_PARAMETER_<sha256hex>`. */
export function parameterEnvName(name: string, previous = false): string {
  const hash = createHash("sha256").update(name).digest("hex");
  return `CODER_PARAMETER_${previous ? "PREVIOUS_" : ""}${hash}`;
}

function parameterText(name: string, value: ParameterValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  throw new Error(
    `parameter "${name}": value must be a string, number, boolean or string[], got ${typeof value}`,
  );
}

function variableText(name: string, value: VariableValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  throw new Error(
    `variable "${name}": value must be a string, number, boolean, array or object, got ${value === null ? "null" : typeof value}`,
  );
}

/**
 * The `CODER_*` environment of a workspace build plan, as Coder's provisioner sets it
 * (`provisionEnv`): workspace, owner, template, build id, parameters, previous parameters, task,
 * external auth and agent bootstrap scripts. Pure; the plan methods add the host environment.
 * @param agentUrl value of `CODER_AGENT_URL`
 */
export function buildEnvironment(
  agentUrl: string,
  options: PlanBuildOptions = {},
): Record<string, string> {
  const transition = options.transition ?? "start";
  const owner: WorkspaceOwnerInfo = {
    id: randomUUID(),
    name: "tester",
    fullName: "Test User",
    email: "tester@example.com",
    groups: [],
    rbacRoles: [],
    sessionToken: `${randomBytes(5).toString("hex")}-${randomBytes(11).toString("hex")}`,
    oidcAccessToken: "",
    sshPublicKey: "",
    sshPrivateKey: "",
    loginType: "password",
    ...options.owner,
  };
  const workspace: WorkspaceInfo = { id: randomUUID(), name: "dev", ...options.workspace };
  const template: TemplateInfo = {
    id: randomUUID(),
    name: "test-template",
    version: "test-version",
    ...options.template,
  };
  const env: Record<string, string> = {
    CODER_AGENT_URL: agentUrl,
    CODER_WORKSPACE_TRANSITION: transition,
    CODER_WORKSPACE_NAME: workspace.name,
    CODER_WORKSPACE_ID: workspace.id,
    CODER_WORKSPACE_OWNER: owner.name,
    CODER_WORKSPACE_OWNER_ID: owner.id,
    CODER_WORKSPACE_OWNER_NAME: owner.fullName,
    CODER_WORKSPACE_OWNER_EMAIL: owner.email,
    CODER_WORKSPACE_OWNER_GROUPS: JSON.stringify(owner.groups),
    CODER_WORKSPACE_OWNER_RBAC_ROLES: JSON.stringify(owner.rbacRoles),
    CODER_WORKSPACE_OWNER_SESSION_TOKEN: owner.sessionToken,
    CODER_WORKSPACE_OWNER_OIDC_ACCESS_TOKEN: owner.oidcAccessToken,
    CODER_WORKSPACE_OWNER_SSH_PUBLIC_KEY: owner.sshPublicKey,
    CODER_WORKSPACE_OWNER_SSH_PRIVATE_KEY: owner.sshPrivateKey,
    CODER_WORKSPACE_OWNER_LOGIN_TYPE: owner.loginType,
    CODER_WORKSPACE_TEMPLATE_ID: template.id,
    CODER_WORKSPACE_TEMPLATE_NAME: template.name,
    CODER_WORKSPACE_TEMPLATE_VERSION: template.version,
    CODER_WORKSPACE_BUILD_ID: options.buildId ?? randomUUID(),
  };
  if (options.taskId !== undefined) env["CODER_TASK_ID"] = options.taskId;
  if (options.taskPrompt !== undefined) env["CODER_TASK_PROMPT"] = options.taskPrompt;
  for (const [name, value] of Object.entries(options.parameters ?? {})) {
    env[parameterEnvName(name)] = parameterText(name, value);
  }
  for (const [name, value] of Object.entries(options.previousParameters ?? {})) {
    env[parameterEnvName(name, true)] = parameterText(name, value);
  }
  for (const [id, token] of Object.entries(options.externalAuth ?? {})) {
    env[`CODER_EXTERNAL_AUTH_ACCESS_TOKEN_${id}`] = token;
    env[`CODER_GIT_AUTH_ACCESS_TOKEN_${id}`] = token;
  }
  const script = options.agentScript ?? PLACEHOLDER_AGENT_SCRIPT;
  for (const platform of AGENT_SCRIPT_PLATFORMS) env[`CODER_AGENT_SCRIPT_${platform}`] = script;
  return env;
}

/**
 * The host environment as Coder's provisioner passes it to terraform: without any `CODER_*`
 * variable, without `TF_PLUGIN_CACHE_DIR`, with our `TF_CLI_CONFIG_FILE` and
 * `CHECKPOINT_DISABLE=1`. Deliberately stricter than Coder so tests are hermetic: host
 * `TF_VAR_*`, `TF_CLI_ARGS*`, `TF_DATA_DIR` and `TF_WORKSPACE` are dropped too.
 */
export function terraformBaseEnvironment(toolchain: Toolchain): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key.startsWith("CODER_") || key.startsWith("TF_VAR_") || key.startsWith("TF_CLI_ARGS")) {
      continue;
    }
    if (
      ["TF_PLUGIN_CACHE_DIR", "TF_DATA_DIR", "TF_WORKSPACE", "TF_CLI_CONFIG_FILE"].includes(key)
    ) {
      continue;
    }
    env[key] = value;
  }
  env["TF_CLI_CONFIG_FILE"] = toolchain.cliConfigFile;
  env["CHECKPOINT_DISABLE"] = "1";
  return env;
}

const OUTPUT_LIMIT = 8 * 1024;

function tail(text: string): string {
  return text.length > OUTPUT_LIMIT ? `…${text.slice(-OUTPUT_LIMIT)}` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toDiagnostic(value: unknown): TerraformDiagnostic | null {
  if (!isRecord(value)) return null;
  const severity = value["severity"];
  const summary = value["summary"];
  if (typeof severity !== "string" || typeof summary !== "string") return null;
  const diag: TerraformDiagnostic = { severity, summary };
  if (typeof value["detail"] === "string") diag.detail = value["detail"];
  if (typeof value["address"] === "string") diag.address = value["address"];
  const range = value["range"];
  if (isRecord(range) && typeof range["filename"] === "string" && isRecord(range["start"])) {
    const line = range["start"]["line"];
    const column = range["start"]["column"];
    if (typeof line === "number" && typeof column === "number") {
      diag.range = { filename: range["filename"], start: { line, column } };
    }
  }
  return diag;
}

/** Error diagnostics from machine-readable (`-json`) UI output, one JSON object per line. */
function diagnosticsFromJsonLines(stdout: string): TerraformDiagnostic[] {
  const out: TerraformDiagnostic[] = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const msg: unknown = JSON.parse(line);
      if (isRecord(msg) && msg["type"] === "diagnostic") {
        const diag = toDiagnostic(msg["diagnostic"]);
        if (diag && diag.severity === "error") out.push(diag);
      }
    } catch {
      // not JSON
    }
  }
  return out;
}

function formatDiagnostics(diags: TerraformDiagnostic[]): string {
  return diags
    .map((d) => {
      const where = d.range ? ` (${d.range.filename}:${d.range.start.line})` : "";
      const addr = d.address ? ` [${d.address}]` : "";
      return `- ${d.summary}${addr}${where}${d.detail ? `: ${d.detail}` : ""}`;
    })
    .join("\n");
}

interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Emulates Coder's Terraform provisioner on a copy of a built template directory: `terraform init`,
 * `terraform validate`, and the import and build plans with the environment Coder sets.
 *
 * Deliberate deviation: template variables are passed as `TF_VAR_<name>` environment variables,
 * not `-var name=value` like Coder does, so secret values (API keys) never appear in process
 * arguments, which any user on a shared CI machine can read in `ps`. Terraform treats both the
 * same, except that it ignores `TF_VAR_*` of undeclared variables; the plan methods therefore
 * check every variable name against the plan's configuration and throw for unknown ones, as
 * `-var` would.
 *
 * Commands run one at a time. Call {@link Provisioner.dispose} when done.
 */
export class Provisioner {
  /** The template directory that was copied. */
  readonly templateDir: string;
  /**
   * Directory terraform runs in: the copy of the template, inside a private (mode 0700) temporary
   * directory that {@link Provisioner.dispose} removes.
   */
  readonly workdir: string;
  /** The toolchain in use. */
  readonly toolchain: Toolchain;
  /** Value of `CODER_AGENT_URL`. */
  readonly agentUrl: string;
  /** Result of `terraform validate`, or `null` when validation was skipped. */
  validation: TerraformValidation | null = null;
  /** Every terraform command run so far (arguments only). */
  readonly commands: TerraformCommandRecord[] = [];

  private readonly timeoutMs: number;
  private readonly home: string | undefined;
  private readonly children = new Set<ChildProcess>();
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;

  private constructor(
    templateDir: string,
    private readonly rootDir: string,
    workdir: string,
    toolchain: Toolchain,
    options: ProvisionerOptions,
  ) {
    this.templateDir = templateDir;
    this.workdir = workdir;
    this.toolchain = toolchain;
    this.agentUrl = options.agentUrl ?? "http://localhost:3000/";
    this.timeoutMs = options.timeoutMs ?? 300_000;
    this.home = options.home;
  }

  /**
   * Copies `templateDir` to a fresh temporary directory, runs `terraform init` and (unless
   * disabled) `terraform validate`. Prefer {@link createProvisioner}.
   * @throws Error when `templateDir` is not a directory; {@link TerraformCommandError} when init
   *   fails or the configuration is invalid.
   */
  static async create(templateDir: string, options: ProvisionerOptions = {}): Promise<Provisioner> {
    const source = resolve(templateDir);
    if (!existsSync(source) || !statSync(source).isDirectory()) {
      throw new Error(`createProvisioner: templateDir "${templateDir}" is not a directory`);
    }
    const toolchain = options.toolchain ?? loadToolchain();
    // Like provisionerd: a private work directory with a per-build subdirectory that terraform runs
    // in. The coder provider puts a pprof socket in `../.coder/`, i.e. inside our private dir.
    const root = await mkdtemp(join(options.tmpDir ?? tmpdir(), "codex-coder-provisioner-"));
    const provisioner = new Provisioner(source, root, join(root, "build"), toolchain, options);
    const workdir = provisioner.workdir;
    try {
      await cp(source, workdir, {
        recursive: true,
        filter: (src) => {
          const name = basename(src);
          return (
            name !== ".terraform" &&
            !name.startsWith("terraform.tfstate") &&
            !name.endsWith(".tfplan")
          );
        },
      });
      const lockFile = options.lockFile ?? (toolchain.mode === "mirror" ? "drop" : "keep");
      if (lockFile === "drop") await rm(join(workdir, ".terraform.lock.hcl"), { force: true });
      await provisioner.init();
      if (options.validate ?? true) {
        const validation = await provisioner.validate();
        if (!validation.valid) {
          throw new TerraformCommandError(
            `terraform validate: the template in "${templateDir}" is invalid:\n${formatDiagnostics(validation.diagnostics.filter((d) => d.severity === "error"))}`,
            ["validate", "-json"],
            1,
            validation.diagnostics,
            "",
          );
        }
      }
      return provisioner;
    } catch (err) {
      await provisioner.dispose();
      throw err;
    }
  }

  /**
   * `terraform init -no-color -input=false`.
   * @throws TerraformCommandError when init fails.
   */
  async init(): Promise<void> {
    await this.serial(async () => {
      const args = ["init", "-no-color", "-input=false"];
      const res = await this.run(args, {});
      if (res.exitCode !== 0) {
        throw new TerraformCommandError(
          `terraform init failed (exit ${res.exitCode}) in "${this.workdir}":\n${tail(res.stderr || res.stdout)}`,
          args,
          res.exitCode,
          [],
          tail(`${res.stdout}\n${res.stderr}`),
        );
      }
    });
  }

  /**
   * `terraform validate -json`; also stored in {@link Provisioner.validation}.
   * @throws TerraformCommandError when terraform prints no JSON.
   */
  async validate(): Promise<TerraformValidation> {
    return this.serial(async () => {
      const args = ["validate", "-json", "-no-color"];
      const res = await this.run(args, {});
      let parsed: unknown;
      try {
        parsed = JSON.parse(res.stdout);
      } catch {
        throw new TerraformCommandError(
          `terraform validate printed no JSON (exit ${res.exitCode}):\n${tail(res.stderr || res.stdout)}`,
          args,
          res.exitCode,
          [],
          tail(`${res.stdout}\n${res.stderr}`),
        );
      }
      const rec = isRecord(parsed) ? parsed : {};
      const diagnostics = Array.isArray(rec["diagnostics"])
        ? rec["diagnostics"].map(toDiagnostic).filter((d): d is TerraformDiagnostic => d !== null)
        : [];
      const validation: TerraformValidation = {
        valid: rec["valid"] === true,
        errorCount: typeof rec["error_count"] === "number" ? rec["error_count"] : 0,
        warningCount: typeof rec["warning_count"] === "number" ? rec["warning_count"] : 0,
        diagnostics,
      };
      this.validation = validation;
      return validation;
    });
  }

  /**
   * Plans like Coder's template import: only `CODER_AGENT_URL` and `CODER_WORKSPACE_TRANSITION`
   * are set, so parameters resolve to their defaults and `CODER_WORKSPACE_BUILD_ID` is empty.
   * @returns the plan JSON (`terraform show -json`).
   * @throws TerraformCommandError when the plan fails; Error for undeclared variables.
   */
  async planImport(options: PlanImportOptions = {}): Promise<TerraformPlan> {
    const transition = options.transition ?? "start";
    if (transition !== "start" && transition !== "stop") {
      throw new Error(
        `planImport: transition must be "start" or "stop", got ${JSON.stringify(transition)}`,
      );
    }
    const coderEnv = { CODER_AGENT_URL: this.agentUrl, CODER_WORKSPACE_TRANSITION: transition };
    return this.plan(coderEnv, options.variables ?? {}, false);
  }

  /**
   * Plans like a Coder workspace build, with the full provisioner environment (see
   * {@link buildEnvironment}).
   * @returns the plan JSON (`terraform show -json`).
   * @throws TerraformCommandError when the plan fails; Error for undeclared variables.
   */
  async planBuild(options: PlanBuildOptions = {}): Promise<TerraformPlan> {
    const transition = options.transition ?? "start";
    if (!["start", "stop", "destroy"].includes(transition)) {
      throw new Error(
        `planBuild: transition must be "start", "stop" or "destroy", got ${JSON.stringify(transition)}`,
      );
    }
    const coderEnv = buildEnvironment(this.agentUrl, options);
    return this.plan(coderEnv, options.variables ?? {}, transition === "destroy");
  }

  /**
   * Plans like {@link Provisioner.planBuild}, then applies that saved plan
   * (`terraform apply <planfile>`), as Coder's provisioner does for a workspace build. The state
   * stays in the working directory, so the next build plans against it.
   * @returns the plan that was applied (`terraform show -json`).
   * @throws TerraformCommandError when the plan or the apply fails; Error for undeclared variables.
   */
  async applyBuild(options: PlanBuildOptions = {}): Promise<TerraformPlan> {
    const transition = options.transition ?? "start";
    if (!["start", "stop", "destroy"].includes(transition)) {
      throw new Error(
        `applyBuild: transition must be "start", "stop" or "destroy", got ${JSON.stringify(transition)}`,
      );
    }
    const coderEnv = buildEnvironment(this.agentUrl, options);
    return this.plan(coderEnv, options.variables ?? {}, transition === "destroy", true);
  }

  /**
   * Kills terraform commands this provisioner started that are still running, and removes the
   * working directory. Safe to call twice.
   */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const child of this.children) child.kill("SIGKILL");
    this.children.clear();
    await rm(this.rootDir, { recursive: true, force: true });
  }

  // -------------------------------------------------------------------------------------------

  private async plan(
    coderEnv: Record<string, string>,
    variables: Record<string, VariableValue>,
    destroy: boolean,
    apply = false,
  ): Promise<TerraformPlan> {
    const varEnv: Record<string, string> = {};
    for (const [name, value] of Object.entries(variables)) {
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        throw new Error(
          `variable name ${JSON.stringify(name)} is not a valid Terraform identifier`,
        );
      }
      varEnv[`TF_VAR_${name}`] = variableText(name, value);
    }
    return this.serial(async () => {
      const planFile = join(this.workdir, "terraform.tfplan");
      const args = [
        "plan",
        "-no-color",
        "-input=false",
        "-json",
        "-refresh=true",
        `-out=${planFile}`,
      ];
      if (destroy) args.push("-destroy");
      const res = await this.run(args, { ...coderEnv, ...varEnv });
      if (res.exitCode !== 0) {
        const diags = diagnosticsFromJsonLines(res.stdout);
        const text = diags.length > 0 ? formatDiagnostics(diags) : tail(res.stderr || res.stdout);
        throw new TerraformCommandError(
          `terraform plan (transition ${coderEnv["CODER_WORKSPACE_TRANSITION"]}) failed (exit ${res.exitCode}):\n${text}`,
          args,
          res.exitCode,
          diags,
          tail(`${res.stdout}\n${res.stderr}`),
        );
      }
      const showArgs = ["show", "-json", "-no-color", planFile];
      const shown = await this.run(showArgs, {});
      if (shown.exitCode !== 0) {
        throw new TerraformCommandError(
          `terraform show failed (exit ${shown.exitCode}):\n${tail(shown.stderr)}`,
          showArgs,
          shown.exitCode,
          [],
          tail(shown.stderr),
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(shown.stdout);
      } catch (err) {
        throw new TerraformCommandError(
          `terraform show -json printed invalid JSON: ${err instanceof Error ? err.message : String(err)}`,
          showArgs,
          shown.exitCode,
          [],
          "",
        );
      }
      const plan = parsePlan(json);
      const declared = new Set(declaredVariables(plan));
      const unknown = Object.keys(variables).filter((n) => !declared.has(n));
      if (unknown.length > 0) {
        throw new Error(
          `variables ${unknown.map((n) => `"${n}"`).join(", ")} are not declared by the template (declared: ${[...declared].join(", ") || "none"})`,
        );
      }
      if (apply) {
        const applyArgs = ["apply", "-no-color", "-input=false", "-json", planFile];
        const applied = await this.run(applyArgs, { ...coderEnv, ...varEnv });
        if (applied.exitCode !== 0) {
          const diags = diagnosticsFromJsonLines(applied.stdout);
          const text =
            diags.length > 0 ? formatDiagnostics(diags) : tail(applied.stderr || applied.stdout);
          throw new TerraformCommandError(
            `terraform apply (transition ${coderEnv["CODER_WORKSPACE_TRANSITION"]}) failed (exit ${applied.exitCode}):\n${text}`,
            applyArgs,
            applied.exitCode,
            diags,
            tail(`${applied.stdout}\n${applied.stderr}`),
          );
        }
      }
      return plan;
    });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.disposed) throw new Error("Provisioner: already disposed");
      return fn();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private run(args: string[], extraEnv: Record<string, string>): Promise<RunResult> {
    const env = {
      ...terraformBaseEnvironment(this.toolchain),
      ...(this.home === undefined ? {} : { HOME: this.home }),
      ...extraEnv,
    };
    const started = Date.now();
    return new Promise<RunResult>((resolvePromise, reject) => {
      const child = spawn(this.toolchain.terraform.path, args, {
        cwd: this.workdir,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      this.children.add(child);
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout?.on("data", (b: Buffer) => stdout.push(b));
      child.stderr?.on("data", (b: Buffer) => stderr.push(b));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }, this.timeoutMs);
      child.on("error", (err) => {
        clearTimeout(timer);
        this.children.delete(child);
        reject(
          new Error(`could not run ${this.toolchain.terraform.path}: ${err.message}`, {
            cause: err,
          }),
        );
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        this.children.delete(child);
        this.commands.push({
          args,
          exitCode: code,
          durationMs: Date.now() - started,
          envNames: Object.keys(extraEnv).sort(),
        });
        if (timedOut) {
          reject(
            new TerraformCommandError(
              `terraform ${args[0] ?? ""} timed out after ${this.timeoutMs} ms (ProvisionerOptions.timeoutMs)`,
              args,
              code,
              [],
              tail(Buffer.concat([...stdout, ...stderr]).toString("utf8")),
            ),
          );
          return;
        }
        resolvePromise({
          exitCode: code,
          stdout: Buffer.concat(stdout).toString("utf8"),
          stderr: Buffer.concat(stderr).toString("utf8"),
        });
      });
    });
  }
}

/**
 * Copies a built template directory (e.g. `templates/tasks-docker/dist/template`) to a fresh
 * temporary directory, runs `terraform init` and `terraform validate`, and returns a
 * {@link Provisioner} to run import and build plans on it.
 */
export function createProvisioner(
  templateDir: string,
  options: ProvisionerOptions = {},
): Promise<Provisioner> {
  return Provisioner.create(templateDir, options);
}
