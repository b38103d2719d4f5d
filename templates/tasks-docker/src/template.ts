import { App, Fn, TerraformLocal, TerraformVariable } from "@codex-coder/cdk";
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
  app,
  dataCoderParameter,
  dataCoderProvisioner,
  dataCoderWorkspace,
  dataCoderWorkspaceOwner,
  dataCoderWorkspacePreset,
  provider as coderProvider,
  providerSchema as coderSchema,
  providerSource as coderSource,
} from "@codex-coder/provider-coder";
import {
  container,
  provider as dockerProvider,
  providerSchema as dockerSchema,
  providerSource as dockerSource,
  volume,
} from "@codex-coder/provider-docker";
import {
  TemplateStack,
  setTerraformName,
  gitIdentityEnv,
  homeInitScript,
  RESOURCE_METADATA,
  providerVersionsSection,
} from "@codex-coder/template-kit";
import { readme } from "./readme.js";

/** Where the project lives in the workspace; Codex starts and is trusted there. */
export const PROJECT_FOLDER = "/home/coder/projects";

/**
 * The schemas of the providers the template uses (coder, docker): the template kit needs them to
 * write `main.tf`.
 */
export const PROVIDER_SCHEMAS = [coderSchema, dockerSchema] as const;

/**
 * The system prompt the default preset gives Codex (written to ~/.codex/AGENTS.md): the default of
 * the `system_prompt` parameter. One line of text per line, each ending in a line break, so that
 * `main.tf` shows it as the text it is (a heredoc in `local.default_system_prompt`).
 */
export const DEFAULT_SYSTEM_PROMPT = [
  "You are Codex, working inside a Coder workspace on behalf of its owner.",
  "Work in /home/coder/projects. Prefer small, reviewable changes and run the project's tests before you say a change is done.",
  "When you start a web server for the user, bind it to 0.0.0.0 on the preview port so the Preview app shows it.",
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

/** Options of {@link tasksDockerTemplate}. */
export interface TasksDockerTemplateOptions {
  /**
   * Presets that start a workspace on a team's repository: each becomes a
   * `coder_workspace_preset` with the default system prompt, preview port 3000 and the
   * repository, branch and setup script, e.g.
   * `{ name: "Codex: acme/web", repositoryUrl: "https://github.com/acme/web.git", branch: "main", setupScript: "npm ci" }`.
   * The URL and branch must pass the parameters' validations and the names must be unique.
   *
   * @default [] - no repository presets (users fill in the Repository parameter)
   */
  readonly projectPresets?: readonly ProjectPreset[];
}

/**
 * The `tasks-docker` template: a Docker workspace with Codex behind a chat app, driven by Coder
 * Tasks on Coder 2.28–2.36 (and the 2.34 long-term release), and a complete Codex workspace on
 * 2.37+, where Tasks were removed.
 *
 * @param options repository presets; by default none
 * @throws Error naming a project preset whose name is taken or whose URL or branch is invalid
 */
export function tasksDockerTemplate(
  scope: App,
  options: TasksDockerTemplateOptions = {},
): TemplateStack {
  const stack = new TemplateStack(scope, "tasks-docker", {
    displayName: "Codex on Docker (Tasks)",
    description:
      "OpenAI Codex in a Docker workspace on your git repository: clone, setup script, VS Code in the browser, chat for Coder Tasks",
    icon: "/icon/openai.svg",
    tags: ["docker", "codex", "ai", "tasks"],
    readme: `${readme}\n${providerVersionsSection([coderSource, dockerSource])}\n`,
  });

  // --- variables set at `coder templates push`
  const codexVariables = new CodexVariables(stack, "codex-variables");
  const codeServerVariables = new CodeServerVariables(stack, "code-server-variables");
  new TerraformVariable(stack, "docker_host", {
    type: "string",
    default: "",
    description:
      "Docker daemon the provisioner talks to, e.g. unix:///var/run/docker.sock or tcp://docker:2376; empty uses the provider's default (the local socket).",
    validation: [
      {
        condition:
          '${var.docker_host == "" || can(regex("^(unix|tcp|ssh|npipe)://", var.docker_host))}',
        errorMessage:
          "docker_host must start with unix://, tcp://, ssh:// or npipe://, or be empty for the local socket.",
      },
    ],
  });
  const image = new TerraformVariable(stack, "workspace_image", {
    type: "string",
    default: "codercom/enterprise-node:ubuntu",
    description:
      "Container image of the workspace. It needs bash, curl and a user named coder; Node.js/npm is installed by the Codex install script when missing.",
    validation: [
      {
        condition: '${can(regex("^[a-z0-9][a-z0-9._/:@-]*$", var.workspace_image))}',
        errorMessage:
          "workspace_image must be an image reference like codercom/enterprise-node:ubuntu (lower-case, no spaces).",
      },
    ],
  });
  const allowSandbox = new TerraformVariable(stack, "allow_codex_sandbox", {
    type: "bool",
    default: false,
    description:
      "Run the container with the security options Codex's bwrap sandbox needs (seccomp=unconfined, apparmor=unconfined). Off: the start script detects that bwrap cannot work and runs Codex with danger-full-access, saying so in the agent metadata.",
  });

  // --- providers and data
  new coderProvider.CoderProvider(stack, "coder");
  new dockerProvider.DockerProvider(stack, "docker", {
    // Written out: cdktf's Op.neq(x, "") would print `x != undefined`.
    host: '${var.docker_host != "" ? var.docker_host : null}',
  });
  const provisioner = new dataCoderProvisioner.DataCoderProvisioner(stack, "coder-provisioner");
  const workspace = new dataCoderWorkspace.DataCoderWorkspace(stack, "coder-workspace");
  const owner = new dataCoderWorkspaceOwner.DataCoderWorkspaceOwner(stack, "coder-owner");
  for (const element of [provisioner, workspace, owner]) setTerraformName(element, "me");

  // --- parameters (per workspace); the prompts are locals, shared by the parameter and the presets
  const defaultPrompt = new TerraformLocal(stack, "default_system_prompt", DEFAULT_SYSTEM_PROMPT);
  const reviewPrompt = new TerraformLocal(stack, "review_system_prompt", REVIEW_SYSTEM_PROMPT);
  const systemPrompt = new dataCoderParameter.DataCoderParameter(stack, "system_prompt", {
    name: "system_prompt",
    displayName: "System prompt",
    description:
      'House rules for Codex, written to ~/.codex/AGENTS.md, e.g. "Prefer small diffs; run npm test before you say you are done."',
    type: "string",
    formType: "textarea",
    default: defaultPrompt.asString,
    mutable: true,
    order: 1,
  });
  const previewPort = new dataCoderParameter.DataCoderParameter(stack, "preview_port", {
    name: "preview_port",
    displayName: "Preview port",
    description:
      "The port the Preview app shows (the web app Codex works on), e.g. 3000 (Next.js, Rails) or 5173 (Vite).",
    type: "number",
    default: "3000",
    mutable: true,
    order: 2,
    validation: {
      min: 1024,
      max: 65535,
      error: "The preview port must be between {min} and {max}, got {value}.",
    },
  });

  const projectParameters = new ProjectParameters(stack, "project-parameters", { firstOrder: 3 });

  // --- the agent
  const main = new agent.Agent(stack, "main", {
    arch: provisioner.arch,
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

  // --- Preview app (a slug named "preview" gets a navbar in the Tasks UI)

  new app.App(stack, "preview", {
    agentId: main.id,
    slug: "preview",
    displayName: "Preview",
    icon: "/emojis/1f50e.png",
    url: `http://localhost:${previewPort.value}`,
    share: "authenticated",
    subdomain: true,
    openIn: "tab",
    order: 0,
    healthcheck: { url: `http://localhost:${previewPort.value}`, interval: 5, threshold: 15 },
  });

  // --- Docker resources
  /** Docker labels saying whose workspace a resource is; `nameLabel` carries the workspace name. */
  const coderLabels = (nameLabel: string): { label: string; value: string }[] => [
    { label: "coder.owner", value: owner.name },
    { label: "coder.owner_id", value: owner.id },
    { label: "coder.workspace_id", value: workspace.id },
    { label: nameLabel, value: workspace.name },
  ];
  const home = new volume.Volume(stack, "home_volume", {
    name: `coder-${workspace.id}-home`,
    lifecycle: { ignoreChanges: "all" as unknown as string[] },
    labels: coderLabels("coder.workspace_name_at_creation"),
  });
  new container.Container(stack, "workspace", {
    count: workspace.startCount as unknown as number,
    image: image.stringValue,
    name: `coder-${owner.name}-${Fn.lower(workspace.name)}`,
    hostname: workspace.name,
    user: "coder",
    entrypoint: [
      "sh",
      "-c",
      Fn.replace(main.initScript, "/localhost|127\\.0\\.0\\.1/", "host.docker.internal"),
    ],
    env: [`CODER_AGENT_TOKEN=${main.token}`],
    host: [{ host: "host.docker.internal", ip: "host-gateway" }],
    volumes: [{ containerPath: "/home/coder", volumeName: home.name, readOnly: false }],
    securityOpts: Fn.conditional(
      allowSandbox.booleanValue,
      ["seccomp=unconfined", "apparmor=unconfined"],
      [],
    ) as unknown as string[],
    labels: coderLabels("coder.workspace_name"),
  });

  // --- presets

  new dataCoderWorkspacePreset.DataCoderWorkspacePreset(stack, "default", {
    name: "Codex: web app",
    default: true,
    description: "Codex with the default house rules; the Preview app shows port 3000.",
    icon: "/icon/openai.svg",
    parameters: { system_prompt: defaultPrompt.asString, preview_port: "3000" },
  });

  new dataCoderWorkspacePreset.DataCoderWorkspacePreset(stack, "review", {
    name: "Codex: code review",
    description: "Codex told to review, explain and suggest, without changing files unasked.",
    icon: "/icon/openai.svg",
    parameters: { system_prompt: reviewPrompt.asString, preview_port: "3000" },
  });
  ProjectParameters.addPresets(stack, options.projectPresets ?? [], {
    system_prompt: defaultPrompt.asString,
    preview_port: "3000",
  });
  return stack;
}
