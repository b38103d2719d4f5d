import { TerraformStack, type IConstruct } from "@codex-coder/cdk";
import { CodexAuth, type AuthSource, type AuthSpec } from "./auth.js";
import { Choice } from "./_choice.js";
import type { ApprovalPolicy, CodexProps, SandboxMode, TasksMode } from "./codex-props.js";
import {
  stackWorkspaceData,
  stackWorkspaceOwnerData,
  type ICoderWorkspaceData,
  type ICoderWorkspaceOwnerData,
} from "./coder-data.js";
import { buildManagedSettings } from "./codex-settings.js";
import type { ValidationProblem } from "./errors.js";
import type { ManagedSettingSpec } from "./managed-settings.js";
import { codexNames, type CodexNames } from "./naming.js";
import { validateCodexProps } from "./validate.js";
import {
  DEFAULT_AGENTAPI_DOWNLOAD_URL,
  DEFAULT_AGENTAPI_PORT,
  TESTED_VERSIONS,
} from "./versions.js";

/**
 * Every choice of one `Codex` construct, decided once: defaults applied, each choice a literal or a
 * Terraform expression. The constructs, the HCL and the script arguments are all produced from it.
 *
 * @internal
 */
export interface ResolvedCodex {
  readonly names: CodexNames;
  readonly auth: AuthSpec;
  /** The auth source: a literal, or a template variable's value. */
  readonly authSource: Choice<AuthSource>;
  /** The Tasks mode: a literal, or a template variable's value. */
  readonly tasksMode: Choice<TasksMode>;
  readonly workspace: ICoderWorkspaceData;
  readonly owner: ICoderWorkspaceOwnerData;
  readonly codexVersion: string;
  /** `fullAuto` applied. */
  readonly sandboxMode: SandboxMode;
  /** `fullAuto` applied. */
  readonly approvalPolicy: ApprovalPolicy;
  /** Approval policy of an unattended task (the start script applies it when there is a prompt). */
  readonly taskApprovalPolicy: ApprovalPolicy;
  /** Resume Codex's last session in the folder on a later start. */
  readonly resumeSession: boolean;
  /** Post the task log snapshot when a Coder Task's workspace stops. */
  readonly taskLogSnapshot: boolean;
  readonly networkAccess: boolean;
  /** `reportTasks`, before the Tasks mode is taken into account. */
  readonly reportTasks: boolean;
  /** The AgentAPI port: the prop, or 3284 plus the number of `Codex` constructs before on this agent. */
  readonly port: number;
  readonly icon: string;
  readonly cliApp: boolean;
  readonly coderLogin: boolean;
  readonly subdomain: boolean;
  readonly agentApiVersion: string;
  readonly agentApiDownloadUrl: string;
  /** The `config.toml` keys managed, with plan-time conditions where a choice is a variable. */
  readonly settings: readonly ManagedSettingSpec[];
}

/** `Codex` constructs seen so far, per agent object and per stack (for ports and Tasks). */
const onAgent = new WeakMap<object, Array<{ path: string; port: number }>>();
const tasksOwner = new WeakMap<TerraformStack, string>();

/**
 * Resolves the props of the `Codex` construct `scope` (id `id`).
 *
 * @returns the plan, or the problems found (every one, not only the first)
 */
export function resolveCodex(
  scope: IConstruct,
  id: string,
  props: CodexProps,
): { readonly plan?: ResolvedCodex; readonly problems: readonly ValidationProblem[] } {
  const auth = (props.auth ?? CodexAuth.userSecret())._spec;
  const problems = validateCodexProps(props, auth);
  if (problems.length > 0) return { problems };

  const names = codexNames(id);
  const authSource = Choice.of<AuthSource>(auth.source);
  const tasksMode = Choice.of<TasksMode>(props.tasksMode ?? "coder-task");
  const fullAuto = props.fullAuto === true;
  const sandboxMode: SandboxMode = fullAuto
    ? "workspace-write"
    : (props.sandboxMode ?? "workspace-write");
  const approvalPolicy: ApprovalPolicy = fullAuto
    ? "never"
    : (props.approvalPolicy ?? "on-request");

  const siblings = onAgent.get(props.agent) ?? [];
  const port = props.agentApiPort ?? DEFAULT_AGENTAPI_PORT + siblings.length;
  const clash = siblings.find((s) => s.port === port);
  if (clash) {
    problems.push({
      code: "AgentApiPortInUse",
      path: "agentApiPort",
      message: `port ${port} is already used by the Codex at ${clash.path} on the same agent; give each Codex its own agentApiPort`,
    });
  }
  const stack = TerraformStack.of(scope);
  const tasks = tasksMode.literal !== "none";
  const owner = tasksOwner.get(stack);
  if (tasks && owner !== undefined) {
    problems.push({
      code: "TasksModeTaken",
      path: "tasksMode",
      message: `the Codex at ${owner} already is this template's Coder Tasks app (a template has one); set tasksMode: "none" here`,
    });
  }

  const workspace = props.workspace ?? stackWorkspaceData(scope);
  const workspaceOwner = props.workspaceOwner ?? stackWorkspaceOwnerData(scope);
  const reportTasks = props.reportTasks ?? true;
  const built = buildManagedSettings(props, auth, {
    slug: names.slug,
    accessUrl: workspace.accessUrl,
    authSource,
    tasksMode,
    sandboxMode,
    approvalPolicy,
    networkAccess: props.networkAccess ?? true,
    reportTasks,
    port,
  });
  problems.push(...built.problems);
  if (problems.length > 0) return { problems };

  siblings.push({ path: scope.node.path, port });
  onAgent.set(props.agent, siblings);
  if (tasks) tasksOwner.set(stack, scope.node.path);

  return {
    problems,
    plan: {
      names,
      auth,
      authSource,
      tasksMode,
      workspace,
      owner: workspaceOwner,
      codexVersion: props.codexVersion ?? TESTED_VERSIONS.codex,
      sandboxMode,
      approvalPolicy,
      taskApprovalPolicy: props.taskApprovalPolicy ?? "never",
      resumeSession: props.resumeSession ?? true,
      taskLogSnapshot: props.taskLogSnapshot ?? true,
      networkAccess: props.networkAccess ?? true,
      reportTasks,
      port,
      icon: props.icon ?? "/icon/openai.svg",
      cliApp: props.cliApp ?? true,
      coderLogin: props.coderLogin ?? true,
      subdomain: props.subdomain ?? false,
      agentApiVersion: props.agentApiVersion ?? TESTED_VERSIONS.agentApi,
      agentApiDownloadUrl: props.agentApiDownloadUrl ?? DEFAULT_AGENTAPI_DOWNLOAD_URL,
      settings: built.specs,
    },
  };
}
