import { App, Fn, TerraformIterator, TerraformLocal, TerraformVariable } from "@codex-coder/cdk";
import {
  CodeServer,
  CodeServerVariables,
  Codex,
  CodexVariables,
  Project,
  ProjectParameters,
  type ProjectPreset,
} from "@codex-coder/codex";
import {
  agent,
  dataCoderParameter,
  dataCoderWorkspace,
  dataCoderWorkspaceOwner,
  dataCoderWorkspacePreset,
  dataCoderWorkspaceTags,
  metadata,
  provider as coderProvider,
  providerSchema as coderSchema,
  providerSource as coderSource,
} from "@codex-coder/provider-coder";
import {
  providerSchema as kubernetesSchema,
  providerSource as kubernetesSource,
} from "@codex-coder/provider-kubernetes";
// Deep imports: the kubernetes bindings have 108 types; these three are all the template
// needs, and loading only them keeps the build fast.
import { DeploymentV1 } from "@codex-coder/provider-kubernetes/deployment-v1";
import { KubernetesProvider } from "@codex-coder/provider-kubernetes/provider";
import { PersistentVolumeClaimV1 } from "@codex-coder/provider-kubernetes/persistent-volume-claim-v1";
import {
  RESOURCE_METADATA,
  TemplateStack,
  gitIdentityEnv,
  homeInitScript,
  providerVersionsSection,
  setTerraformName,
  type ProviderSchemaDocument,
} from "@codex-coder/template-kit";
import { readme } from "./readme.js";

/**
 * The schemas of the providers the template uses (coder, kubernetes 3.2.1): the template kit needs
 * them to write `main.tf` (they tell nested blocks from arguments, e.g. the map-form
 * `resources { limits = { … } }`).
 */
export const PROVIDER_SCHEMAS: readonly ProviderSchemaDocument[] = [coderSchema, kubernetesSchema];

/** Where the project lives in the workspace; Codex starts and is trusted there. */
export const PROJECT_FOLDER = "/home/coder/projects";

/**
 * The hashicorp/kubernetes versions the template accepts: every release from 2.7.0, the first with
 * the `_v1` resource names, through 3.x (decided with its reason in the provider package's
 * `schema/source.json`; the tests plan and apply with 2.38.0 and 3.2.1).
 */
export const KUBERNETES_PROVIDER_VERSION: string = kubernetesSource.constraint;

/**
 * The system prompt the default presets give Codex (written to ~/.codex/AGENTS.md): the default of
 * the `system_prompt` parameter. One line of text per line, each ending in a line break, so that
 * `main.tf` shows it as the text it is (a heredoc in `local.default_system_prompt`).
 */
export const DEFAULT_SYSTEM_PROMPT = [
  "You are Codex, working inside a Coder workspace on Kubernetes on behalf of its owner.",
  "Work in /home/coder/projects. Prefer small, reviewable changes and run the project's tests before you say a change is done.",
  "Only /home/coder survives a stop: install tools there, not elsewhere in the container.",
]
  .map((line) => `${line}\n`)
  .join("");

/** The system prompt of the review preset, written the same way. */
export const REVIEW_SYSTEM_PROMPT = [
  "You are Codex, reviewing code in a Coder workspace.",
  "Explain what you find and propose changes as diffs; do not edit files unless the user asks you to.",
]
  .map((line) => `${line}\n`)
  .join("");

/** The CPU core counts users can pick (the container's CPU limit). */
export const CPU_OPTIONS = [2, 4, 6, 8] as const;
/** The memory sizes users can pick, in GiB (the container's memory limit). */
export const MEMORY_OPTIONS_GIB = [2, 4, 8, 16] as const;
/** Bounds of the home volume size, in GiB. */
export const HOME_DISK_GIB = { min: 1, max: 500, default: 10 } as const;
/** The node architectures users can pick; the agent binary and the pod's node selector follow. */
export const ARCHITECTURES = ["amd64", "arm64"] as const;
const ARCHITECTURE_NAMES: Record<(typeof ARCHITECTURES)[number], string> = {
  amd64: "amd64 (x86-64)",
  arm64: "arm64 (AArch64)",
};
/** Toleration operators Kubernetes accepts. */
export const TOLERATION_OPERATORS = ["Equal", "Exists"] as const;
/** Toleration effects Kubernetes accepts (omit `effect` to match every effect). */
export const TOLERATION_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
/** The node label the architecture parameter sets; `node_selector` may not set it too. */
export const ARCH_NODE_LABEL = "kubernetes.io/arch";
/** Label shared by every workspace pod; the pod anti-affinity spreads pods that carry it. */
export const WORKSPACE_APP_NAME = "coder-workspace";

/** What {@link limitParameter} asks for: one of a few resource limits. */
interface LimitParameterProps {
  readonly displayName: string;
  readonly description: string;
  readonly order: number;
  /** The limits offered, smallest first. */
  readonly options: readonly number[];
  /** What the numbers count, in the option names and the error ("cores", "GiB"). */
  readonly unit: string;
  readonly defaultOption: number;
}

/**
 * A mutable number parameter (named like its id) choosing one of `options` as a resource limit of
 * the pod: an option per limit, validated between the smallest and the largest.
 */
function limitParameter(
  stack: TemplateStack,
  id: string,
  props: LimitParameterProps,
): dataCoderParameter.DataCoderParameter {
  const { options, unit } = props;
  return new dataCoderParameter.DataCoderParameter(stack, id, {
    name: id,
    displayName: props.displayName,
    description: props.description,
    type: "number",
    icon: "/icon/memory.svg",
    default: String(props.defaultOption),
    mutable: true,
    order: props.order,
    option: options.map((n) => ({ name: `${n} ${unit}`, value: String(n) })),
    validation: {
      min: options[0],
      max: options[options.length - 1],
      error: `${props.displayName} must be one of ${options.join(", ")} ${unit}, got {value}.`,
    },
  });
}

/** `["a", "b"]` as a Terraform list literal. */
function hclList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
}

/** A DNS-1123 label: lower-case letters, digits and `-`, alphanumeric at both ends. */
const DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
/** A DNS-1123 subdomain: DNS labels joined by dots. */
const DNS_SUBDOMAIN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?([.][a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";
/** A label key: optional DNS-subdomain prefix and `/`, then a name. */
const LABEL_KEY =
  "^([a-z0-9]([-a-z0-9]*[a-z0-9])?([.][a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$";
/** A label value (may be empty). */
const LABEL_VALUE = "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$";

/** Options of {@link kubernetesTemplate}. */
export interface KubernetesTemplateOptions {
  /**
   * Provisioner tags of every workspace build: the template gets
   * `data "coder_workspace_tags" "provisioner" { tags = { … } }`, and Coder runs its builds only
   * on provisioners started with all of these tags (`coder provisioner start --tag cluster=eu-1`).
   * Use it for a variant of the template that a team builds for provisioners of its own; for
   * static routing of the shipped template, `coder templates push --provisioner-tag cluster=eu-1`
   * needs no code.
   *
   * - Names are literal: letters, digits, `.`, `_`, `-` and `/`, starting with a letter or digit
   *   (Coder reads the keys as written, never evaluated).
   * - Values are literals (`"eu-1"`, never empty), or one reference each: `${var.<name>}` of a
   *   string variable of the template that is not sensitive and has no empty default (e.g.
   *   `${var.namespace}`), or `${data.coder_parameter.<name>.value}` of an immutable parameter
   *   with a non-empty default (e.g. `${data.coder_parameter.arch.value}`), so that a workspace
   *   cannot move between provisioners. References are checked when the template is synthesized.
   *
   * @default {} - no `coder_workspace_tags`: builds go to the organization's untagged provisioners
   */
  readonly provisionerTags?: Readonly<Record<string, string>>;
  /**
   * Presets that start a workspace on a team's repository: each becomes a
   * `coder_workspace_preset` with the standard resources (2 cores, 4 GiB, amd64), the default
   * system prompt and the repository, branch and setup script, e.g.
   * `{ name: "Codex: acme/web", repositoryUrl: "https://github.com/acme/web.git", branch: "main", setupScript: "npm ci" }`.
   * The URL and branch must pass the parameters' validations and the names must be unique.
   *
   * @default [] - no repository presets (users fill in the Repository parameter)
   */
  readonly projectPresets?: readonly ProjectPreset[];
}

/** A provisioner tag name: what `coder provisioner start --tag <name>=<value>` can give too. */
const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const TAG_VARIABLE = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;
const TAG_PARAMETER = /^\$\{data\.coder_parameter\.([A-Za-z_][A-Za-z0-9_-]*)\.value\}$/;
const TAG_VALUES_ALLOWED =
  "a non-empty literal, ${var.<name>} or ${data.coder_parameter.<name>.value}";

/**
 * Checks the form of `provisionerTags`.
 *
 * @throws Error naming every tag that is not a literal name with a value of an allowed form
 */
function checkProvisionerTags(tags: Readonly<Record<string, string>>): void {
  const problems = Object.entries(tags).flatMap(([name, value]) => {
    const tag = `provisionerTags[${JSON.stringify(name)}]`;
    if (!TAG_NAME.test(name)) {
      return [
        `${tag}: the name must be literal letters, digits, ".", "_", "-" and "/", starting with a letter or digit`,
      ];
    }
    if (typeof value !== "string") {
      return [`${tag}: expected a string (${TAG_VALUES_ALLOWED}), got ${JSON.stringify(value)}`];
    }
    if (value.trim() === "") {
      return [`${tag}: got ${JSON.stringify(value)}; Coder refuses an empty provisioner tag`];
    }
    const isReference = TAG_VARIABLE.test(value) || TAG_PARAMETER.test(value);
    if (!isReference && (value.includes("${") || value.includes("%{"))) {
      return [`${tag}: expected ${TAG_VALUES_ALLOWED}, got ${JSON.stringify(value)}`];
    }
    return [];
  });
  if (problems.length > 0) {
    throw new Error(`kubernetesTemplate: invalid provisionerTags:\n- ${problems.join("\n- ")}`);
  }
}

/**
 * What Coder would refuse in the references of `tags`, found once the stack is complete (so a
 * variant may declare the variables and parameters it refers to after calling
 * {@link kubernetesTemplate}): each must exist, and must evaluate to a non-empty string with the
 * defaults Coder uses for the template import.
 */
function tagReferenceProblems(
  stack: TemplateStack,
  tags: Readonly<Record<string, string>>,
): string[] {
  const constructs = stack.node.findAll();
  const variables = new Map(
    constructs
      .filter((c): c is TerraformVariable => c instanceof TerraformVariable)
      .map((v) => [v.friendlyUniqueId, v]),
  );
  const parameters = new Map(
    constructs
      .filter(
        (c): c is dataCoderParameter.DataCoderParameter =>
          c instanceof dataCoderParameter.DataCoderParameter,
      )
      .map((p) => [p.friendlyUniqueId, p]),
  );
  return Object.entries(tags).flatMap(([name, value]) => {
    const tag = `provisionerTags[${JSON.stringify(name)}] = ${JSON.stringify(value)}`;
    const variableName = TAG_VARIABLE.exec(value)?.[1];
    if (variableName !== undefined) {
      const variable = variables.get(variableName);
      if (variable === undefined) {
        return [
          `${tag}: the template has no variable ${variableName} (it has ${[...variables.keys()].sort().join(", ")})`,
        ];
      }
      if (variable.sensitive === true) {
        return [`${tag}: var.${variableName} is sensitive; provisioner tags are not secret`];
      }
      if (variable.type !== "string") {
        return [`${tag}: var.${variableName} must be of type string, not ${String(variable.type)}`];
      }
      if (typeof variable.default === "string" && variable.default.trim() === "") {
        return [
          `${tag}: var.${variableName} defaults to ""; Coder refuses an empty provisioner tag (give it no default, or a non-empty one)`,
        ];
      }
      return [];
    }
    const parameterName = TAG_PARAMETER.exec(value)?.[1];
    if (parameterName === undefined) return [];
    const parameter = parameters.get(parameterName);
    if (parameter === undefined) {
      return [
        `${tag}: the template has no coder_parameter ${parameterName} (it has ${[...parameters.keys()].sort().join(", ")})`,
      ];
    }
    if (parameter.mutableInput !== false && parameter.mutableInput !== undefined) {
      return [
        `${tag}: coder_parameter ${parameterName} is mutable; a workspace would move between provisioners (use an immutable parameter)`,
      ];
    }
    const fallback = parameter.defaultInput;
    if (typeof fallback !== "string" || fallback.trim() === "") {
      return [
        `${tag}: coder_parameter ${parameterName} needs a non-empty default; Coder evaluates the tags with it for the template import`,
      ];
    }
    return [];
  });
}

/**
 * The `kubernetes` template: one Deployment (a single pod) per started workspace, a
 * PersistentVolumeClaim for `/home/coder` that survives stops, and OpenAI Codex behind a chat app
 * that Coder Tasks can drive on Coder 2.28–2.36 (and the 2.34 long-term release); a complete Codex
 * workspace on 2.37+, where Tasks were removed.
 *
 * @param options provisioner routing; by default none
 * @throws Error naming every `provisionerTags` entry that is not a literal name with an allowed
 *   value; references to variables and parameters are checked at synthesis
 */
export function kubernetesTemplate(
  scope: App,
  options: KubernetesTemplateOptions = {},
): TemplateStack {
  const provisionerTags = options.provisionerTags ?? {};
  checkProvisionerTags(provisionerTags);
  const stack = new TemplateStack(scope, "kubernetes", {
    displayName: "Codex on Kubernetes",
    description:
      "OpenAI Codex in a Kubernetes pod on your git repository: persistent home, setup script, VS Code in the browser, Coder Tasks",
    icon: "/icon/k8s.png",
    tags: ["kubernetes", "codex", "ai", "tasks"],
    readme: `${readme}\n${providerVersionsSection([coderSource, kubernetesSource])}\n`,
  });

  // --- variables set at `coder templates push`
  new TerraformVariable(stack, "use_kubeconfig", {
    type: "bool",
    default: false,
    description:
      "false (default): the provisioner runs as a pod in the cluster and uses its service account. true: use ~/.kube/config of the provisioner's user (provisioner outside the cluster).",
  });
  const namespace = new TerraformVariable(stack, "namespace", {
    type: "string",
    description:
      "Namespace the workspaces run in. It must exist already, and the provisioner's service account needs the Role described in the README there.",
    validation: [
      {
        condition: `\${length(var.namespace) <= 63 && can(regex("${DNS_LABEL}", var.namespace))}`,
        errorMessage:
          "namespace must be a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. coder-workspaces).",
      },
    ],
  });
  const image = new TerraformVariable(stack, "workspace_image", {
    type: "string",
    default: "codercom/enterprise-node:ubuntu",
    description:
      "Container image of the workspace. It needs bash, curl and a user named coder with uid 1000; Node.js/npm is installed by the Codex install script when missing.",
    validation: [
      {
        condition: '${can(regex("^[a-z0-9][a-z0-9._/:@-]*$", var.workspace_image))}',
        errorMessage:
          "workspace_image must be an image reference like codercom/enterprise-node:ubuntu (lower-case, no spaces).",
      },
    ],
  });
  const codexVariables = new CodexVariables(stack, "codex-variables");
  const codeServerVariables = new CodeServerVariables(stack, "code-server-variables");
  new TerraformVariable(stack, "storage_class", {
    type: "string",
    default: "",
    description:
      "StorageClass of the home volumes; empty uses the cluster's default StorageClass. Pick one that allows volume expansion if you want to grow home disks later.",
    validation: [
      {
        condition: `\${var.storage_class == "" || (length(var.storage_class) <= 253 && can(regex("${DNS_SUBDOMAIN}", var.storage_class)))}`,
        errorMessage:
          "storage_class must be a StorageClass name (lower-case letters, digits, '-' and '.', at most 253 characters), or empty for the cluster's default.",
      },
    ],
  });
  const nodeSelector = new TerraformVariable(stack, "node_selector", {
    type: "map(string)",
    default: {},
    description: `Extra node labels the workspace pods must match, e.g. { "node-pool" = "workspaces" }. ${ARCH_NODE_LABEL} is set from the Architecture parameter.`,
    validation: [
      {
        condition: `\${alltrue([for k, v in var.node_selector : can(regex("${LABEL_KEY}", k)) && length(v) <= 63 && can(regex("${LABEL_VALUE}", v))])}`,
        errorMessage:
          "node_selector keys must be label keys ([prefix/]name, e.g. node-pool or example.com/pool) and values label values (at most 63 letters, digits, '-', '_' and '.', alphanumeric at both ends).",
      },
      {
        condition: `\${!contains(keys(var.node_selector), "${ARCH_NODE_LABEL}")}`,
        errorMessage: `node_selector must not set ${ARCH_NODE_LABEL}: the workspace's Architecture parameter sets it.`,
      },
    ],
  });
  const tolerations = new TerraformVariable(stack, "tolerations", {
    type: 'list(object({ key = optional(string), operator = optional(string, "Equal"), value = optional(string), effect = optional(string) }))',
    default: [],
    description:
      'Tolerations of the workspace pods, e.g. [{ key = "dedicated", value = "coder", effect = "NoSchedule" }]. operator is Equal (default) or Exists; omit effect to tolerate every effect.',
    validation: [
      {
        condition: `\${alltrue([for t in var.tolerations : contains(${hclList(TOLERATION_OPERATORS)}, t.operator)])}`,
        errorMessage: `tolerations: operator must be one of: ${TOLERATION_OPERATORS.join(", ")}.`,
      },
      {
        condition: `\${alltrue([for t in var.tolerations : t.effect == null ? true : contains(${hclList(TOLERATION_EFFECTS)}, t.effect)])}`,
        errorMessage: `tolerations: effect must be one of: ${TOLERATION_EFFECTS.join(", ")}, or left out to match every effect.`,
      },
      {
        condition:
          '${alltrue([for t in var.tolerations : t.operator == "Exists" ? t.value == null || t.value == "" : t.key != null && t.key != ""])}',
        errorMessage:
          "tolerations: with operator Equal set key (and value); with operator Exists leave value out (key may be left out to tolerate every taint).",
      },
    ],
  });

  // --- providers and data
  new coderProvider.CoderProvider(stack, "coder");
  // As Coder's kubernetes example: ~/.kube/config of the provisioner's user, or (null) no file,
  // so that the provider uses the in-cluster service account.
  new KubernetesProvider(stack, "kubernetes", {
    configPath: '${var.use_kubeconfig ? "~/.kube/config" : null}',
  });
  const workspace = new dataCoderWorkspace.DataCoderWorkspace(stack, "coder-workspace");
  const owner = new dataCoderWorkspaceOwner.DataCoderWorkspaceOwner(stack, "coder-owner");
  for (const element of [workspace, owner]) setTerraformName(element, "me");

  // --- parameters (per workspace); the prompts are locals, shared by the parameter and the presets
  const defaultPrompt = new TerraformLocal(stack, "default_system_prompt", DEFAULT_SYSTEM_PROMPT);
  const reviewPrompt = new TerraformLocal(stack, "review_system_prompt", REVIEW_SYSTEM_PROMPT);
  const systemPrompt = new dataCoderParameter.DataCoderParameter(stack, "system_prompt", {
    name: "system_prompt",
    displayName: "System prompt",
    description: "House rules for Codex, written to ~/.codex/AGENTS.md.",
    type: "string",
    formType: "textarea",
    default: defaultPrompt.asString,
    mutable: true,
    order: 5,
  });
  const cpu = limitParameter(stack, "cpu", {
    displayName: "CPU",
    description: "CPU cores the workspace may use (its limit; 250m are reserved).",
    order: 1,
    options: CPU_OPTIONS,
    unit: "cores",
    defaultOption: CPU_OPTIONS[0],
  });
  const memory = limitParameter(stack, "memory", {
    displayName: "Memory",
    description: "Memory the workspace may use, in GiB (its limit; 512 MiB are reserved).",
    order: 2,
    options: MEMORY_OPTIONS_GIB,
    unit: "GiB",
    defaultOption: MEMORY_OPTIONS_GIB[1],
  });
  const homeDiskSize = new dataCoderParameter.DataCoderParameter(stack, "home_disk_size", {
    name: "home_disk_size",
    displayName: "Home disk size",
    description:
      "Size of the persistent home volume (/home/coder) in GiB. Fixed at creation; it survives stops and restarts.",
    type: "number",
    icon: "/emojis/1f4be.png",
    default: String(HOME_DISK_GIB.default),
    mutable: false,
    order: 3,
    validation: {
      min: HOME_DISK_GIB.min,
      max: HOME_DISK_GIB.max,
      error: "The home disk size must be between {min} and {max} GiB, got {value}.",
    },
  });
  const arch = new dataCoderParameter.DataCoderParameter(stack, "arch", {
    name: "arch",
    displayName: "Architecture",
    description:
      "CPU architecture of the node the workspace runs on. The pod is scheduled on a node with this kubernetes.io/arch, and the agent binary follows it.",
    type: "string",
    default: ARCHITECTURES[0],
    mutable: false,
    order: 4,
    option: ARCHITECTURES.map((a) => ({ name: ARCHITECTURE_NAMES[a], value: a })),
    validation: {
      regex: `^(${ARCHITECTURES.join("|")})$`,
      error: `The architecture must be one of: ${ARCHITECTURES.join(", ")}; got {value}.`,
    },
  });

  const projectParameters = new ProjectParameters(stack, "project-parameters", { firstOrder: 6 });

  // --- the agent
  const main = new agent.Agent(stack, "main", {
    arch: arch.value,
    os: "linux",
    startupScript: homeInitScript(PROJECT_FOLDER),
    env: gitIdentityEnv(owner),
    metadata: [
      ...RESOURCE_METADATA,
      ...Codex.agentMetadata(),
      Project.agentMetadata(),
      CodeServer.agentMetadata(),
    ],
    displayApps: { vscode: true, webTerminal: true, sshHelper: true, portForwardingHelper: true },
  });

  // --- the project folder: the repository and the setup script, before Codex starts
  const project = new Project(stack, "project", {
    agent: main,
    folder: PROJECT_FOLDER,
    ...projectParameters.projectProps(),
  });

  // --- Codex
  new Codex(stack, "codex", {
    agent: main,
    folder: PROJECT_FOLDER,
    ...codexVariables.codexProps(),
    systemPrompt: systemPrompt.value,
    order: 1,
    waitFor: [project],
  });

  // --- VS Code in the browser, opening the project folder
  new CodeServer(stack, "code-server", {
    agent: main,
    folder: PROJECT_FOLDER,
    ...codeServerVariables.codeServerProps(),
    order: 2,
  });
  // --- Kubernetes resources
  const labels = (name: string, instance: string): Record<string, string> => ({
    "app.kubernetes.io/name": name,
    "app.kubernetes.io/instance": instance,
    "app.kubernetes.io/part-of": "coder",
    "com.coder.resource": "true",
    "com.coder.workspace.id": workspace.id,
    "com.coder.workspace.name": workspace.name,
    "com.coder.user.id": owner.id,
    "com.coder.user.username": owner.name,
  });
  const annotations = { "com.coder.user.email": owner.email };

  // The home volume has no count: it is kept while the workspace is stopped and deleted with it.
  const home = new PersistentVolumeClaimV1(stack, "home", {
    waitUntilBound: false,
    metadata: {
      name: `coder-${workspace.id}-home`,
      namespace: namespace.stringValue,
      labels: labels("coder-pvc", `coder-pvc-${workspace.id}`),
      annotations,
    },
    spec: {
      accessModes: ["ReadWriteOnce"],
      // A plain expression: cdktf 0.21's Op.neq(x, "") / Op.gt(x, 0) render the falsy literal
      // as `undefined`, and Fn.conditional would quote a "${...}" condition as a string.
      storageClassName: '${var.storage_class == "" ? null : var.storage_class}',
      resources: { requests: { storage: `${homeDiskSize.value}Gi` } },
    },
  });
  setTerraformName(home, "home");

  const tolerationItems = TerraformIterator.fromList(tolerations.listValue);
  const podLabels = labels(WORKSPACE_APP_NAME, `coder-workspace-${workspace.id}`);
  const deployment = new DeploymentV1(stack, "main-deployment", {
    count: workspace.startCount as unknown as number,
    dependsOn: [home],
    waitForRollout: false,
    metadata: {
      name: `coder-${workspace.id}`,
      namespace: namespace.stringValue,
      labels: podLabels,
      annotations,
    },
    spec: {
      replicas: "1",
      // The home volume is ReadWriteOnce: the old pod must be gone before the new one starts.
      strategy: { type: "Recreate" },
      selector: {
        matchLabels: {
          "app.kubernetes.io/name": WORKSPACE_APP_NAME,
          "app.kubernetes.io/instance": `coder-workspace-${workspace.id}`,
          "app.kubernetes.io/part-of": "coder",
          "com.coder.resource": "true",
          "com.coder.workspace.id": workspace.id,
        },
      },
      template: {
        metadata: { labels: podLabels, annotations },
        spec: {
          // The workspace user gets no Kubernetes API credentials of the namespace.
          automountServiceAccountToken: false,
          securityContext: { runAsUser: "1000", fsGroup: "1000", runAsNonRoot: true },
          nodeSelector: Fn.merge([nodeSelector.value, { [ARCH_NODE_LABEL]: arch.value }]) as {
            [key: string]: string;
          },
          toleration: tolerationItems.dynamic({
            key: tolerationItems.getString("key"),
            operator: tolerationItems.getString("operator"),
            value: tolerationItems.getString("value"),
            effect: tolerationItems.getString("effect"),
          }),
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  weight: 1,
                  podAffinityTerm: {
                    topologyKey: "kubernetes.io/hostname",
                    labelSelector: [
                      {
                        matchExpressions: [
                          {
                            key: "app.kubernetes.io/name",
                            operator: "In",
                            values: [WORKSPACE_APP_NAME],
                          },
                        ],
                      },
                    ],
                  },
                },
              ],
            },
          },
          container: [
            {
              name: "dev",
              image: image.stringValue,
              imagePullPolicy: "IfNotPresent",
              command: ["sh", "-c", main.initScript],
              env: [{ name: "CODER_AGENT_TOKEN", value: main.token }],
              resources: {
                requests: { cpu: "250m", memory: "512Mi" },
                limits: { cpu: cpu.value, memory: `${memory.value}Gi` },
              },
              volumeMount: [{ mountPath: "/home/coder", name: "home", readOnly: false }],
            },
          ],
          volume: [
            {
              name: "home",
              persistentVolumeClaim: { claimName: home.metadata.name, readOnly: false },
            },
          ],
        },
      },
    },
  });
  setTerraformName(deployment, "main");

  // --- what the workspace page shows about the resources
  const podInfo = new metadata.Metadata(stack, "pod-info", {
    count: workspace.startCount as unknown as number,
    resourceId: `\${kubernetes_deployment_v1.main[0].id}`,
    icon: "/icon/k8s.png",
    item: [
      { key: "namespace", value: namespace.stringValue },
      { key: "image", value: image.stringValue },
      { key: "architecture", value: arch.value },
      { key: "cpu limit", value: `${cpu.value} cores` },
      { key: "memory limit", value: `${memory.value} GiB` },
    ],
  });
  setTerraformName(podInfo, "pod_info");
  const homeInfo = new metadata.Metadata(stack, "home-info", {
    resourceId: home.id,
    icon: "/emojis/1f4be.png",
    item: [
      { key: "size", value: `${homeDiskSize.value} GiB` },
      {
        key: "storage class",
        value: '${var.storage_class == "" ? "cluster default" : var.storage_class}',
      },
    ],
  });
  setTerraformName(homeInfo, "home_info");

  // --- provisioner routing (only when asked for: tags route every build)
  if (Object.keys(provisionerTags).length > 0) {
    // Each tag is its own key: Coder reads `tags = { … }` as an object constructor with literal
    // keys, without evaluating it, and only from *.tf files (main.tf is one).
    const tags = new dataCoderWorkspaceTags.DataCoderWorkspaceTags(stack, "provisioner", {
      tags: { ...provisionerTags },
    });
    setTerraformName(tags, "provisioner");
    tags.node.addValidation({ validate: () => tagReferenceProblems(stack, provisionerTags) });
  }

  // --- presets
  new dataCoderWorkspacePreset.DataCoderWorkspacePreset(stack, "standard", {
    name: "Codex: standard",
    default: true,
    description:
      "Codex with the default house rules, 2 cores and 4 GiB on amd64: enough for a typical web project.",
    icon: "/icon/openai.svg",
    parameters: { cpu: "2", memory: "4", arch: "amd64", system_prompt: defaultPrompt.asString },
  });
  new dataCoderWorkspacePreset.DataCoderWorkspacePreset(stack, "large", {
    name: "Codex: large",
    description:
      "Codex with the default house rules, 8 cores and 16 GiB on amd64, for big builds and test suites.",
    icon: "/icon/openai.svg",
    parameters: { cpu: "8", memory: "16", arch: "amd64", system_prompt: defaultPrompt.asString },
  });
  new dataCoderWorkspacePreset.DataCoderWorkspacePreset(stack, "review", {
    name: "Codex: code review",
    description:
      "Codex told to review, explain and suggest, without changing files unasked; 2 cores and 4 GiB on amd64.",
    icon: "/icon/openai.svg",
    parameters: { cpu: "2", memory: "4", arch: "amd64", system_prompt: reviewPrompt.asString },
  });
  ProjectParameters.addPresets(stack, options.projectPresets ?? [], {
    cpu: "2",
    memory: "4",
    arch: "amd64",
    system_prompt: defaultPrompt.asString,
  });
  return stack;
}
