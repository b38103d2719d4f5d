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
import { buildManagedSettings, type SettingsChoices } from "./codex-settings.js";
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
export interface ResolvedCodex extends SettingsChoices {
  readonly names: CodexNames;
  readonly auth: AuthSpec;
  readonly workspace: ICoderWorkspaceData;
  readonly owner: ICoderWorkspaceOwnerData;
  readonly codexVersion: string;
  /** Approval policy of an unattended task (the start script applies it when there is a prompt). */
  readonly taskApprovalPolicy: ApprovalPolicy;
  /** Resume Codex's last session in the folder on a later start. */
  readonly resumeSession: boolean;
  /** Post the task log snapshot when a Coder Task's workspace stops. */
  readonly taskLogSnapshot: boolean;
  /** The AgentAPI port: the prop, or the first port from 3284 on no `Codex` before on this agent took. */
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

/** A `Codex` construct already built: what another one must not take. */
interface Taken {
  readonly path: string;
  readonly port: number;
  /** Its app slugs (chat, and CLI when it has one); they also name its folders (naming.ts). */
  readonly slugs: readonly string[];
}

/**
 * `Codex` constructs seen so far: per agent object (ports), per stack (app slugs: Coder wants them
 * unique in a template, and on an agent they also name the folders) and Tasks.
 */
const onAgent = new WeakMap<object, Taken[]>();
const inStack = new WeakMap<TerraformStack, Taken[]>();
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
  const taken = siblings.map((s) => s.port);
  let port = props.agentApiPort ?? DEFAULT_AGENTAPI_PORT;
  // Without the prop: the first port from 3284 on that no Codex before on this agent took.
  while (props.agentApiPort === undefined && taken.includes(port)) port += 1;
  const clash = siblings.find((s) => s.port === port);
  if (clash) {
    problems.push({
      code: "AgentApiPortInUse",
      path: "agentApiPort",
      message: `got ${port}, which the Codex at ${clash.path} on the same agent already listens on; each Codex on an agent needs its own AgentAPI port: an integer from 1 to 65535 other than ${taken.join(", ")}`,
    });
  }
  const stack = TerraformStack.of(scope);
  const templateCodex = inStack.get(stack) ?? [];
  const cliApp = props.cliApp ?? true;
  const slugs = cliApp ? [names.slug, `${names.slug}-cli`] : [names.slug];
  for (const slug of slugs) {
    const other = templateCodex.find((s) => s.slugs.includes(slug));
    if (other === undefined) continue;
    problems.push({
      code: "AppSlugInUse",
      path: slug === names.slug ? "id" : "cliApp",
      message:
        `the construct id ${JSON.stringify(id)} gives the app slug ${JSON.stringify(slug)}, which the Codex at ${other.path} in this template already uses` +
        ` (slugs: ${other.slugs.map((x) => JSON.stringify(x)).join(", ")}); each Codex needs a construct id whose slug` +
        " (lower case, other characters as -) and CLI slug (<slug>-cli) no other Codex in the template uses (Coder wants app slugs unique in a template)" +
        (slug === names.slug ? "" : ", or cliApp: false"),
    });
  }
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

  siblings.push({ path: scope.node.path, port, slugs });
  onAgent.set(props.agent, siblings);
  templateCodex.push({ path: scope.node.path, port, slugs });
  inStack.set(stack, templateCodex);
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
      cliApp,
      coderLogin: props.coderLogin ?? true,
      subdomain: props.subdomain ?? false,
      agentApiVersion: props.agentApiVersion ?? TESTED_VERSIONS.agentApi,
      agentApiDownloadUrl: props.agentApiDownloadUrl ?? DEFAULT_AGENTAPI_DOWNLOAD_URL,
      settings: built.specs,
    },
  };
}
