import type { AuthSource, StarterOptions } from "../options.js";

/** `codex-docker` → `codexDocker`: the name of the function that defines the template. */
export function templateFunctionName(templateName: string): string {
  const camel = templateName.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return /^[0-9]/.test(camel) ? `template${camel}` : camel;
}

/** What `new Codex(…, { auth })` gets, and the lines that declare what it needs. */
function authCode(auth: AuthSource): { readonly setup: string[]; readonly expression: string } {
  switch (auth) {
    case "user-secret":
      return {
        setup: [
          "  // Each user's own key: `coder secret create openai-api-key --env OPENAI_API_KEY`.",
        ],
        expression: "CodexAuth.userSecret()",
      };
    case "template-variable":
      return {
        setup: [
          "  // One key for every workspace, set at push time (never committed: CI appends it).",
          '  const apiKey = new TerraformVariable(stack, "openai_api_key", {',
          '    type: "string",',
          "    sensitive: true,",
          '    description: "OpenAI API key that Codex uses in every workspace",',
          "  });",
        ],
        expression: "CodexAuth.templateVariable(apiKey)",
      };
    case "ai-gateway":
      return {
        setup: ["  // Coder's AI Gateway (Coder Premium): the owner's session authenticates."],
        expression: "CodexAuth.aiGateway()",
      };
  }
}

/** `src/templates/<name>.ts`: the template, a workspace of `options.kind` with Codex. */
export function templateSource(options: StarterOptions): string {
  return options.kind === "kubernetes" ? kubernetesSource(options) : dockerSource(options);
}

/** The lines that create the Codex construct, the same for every kind. */
function codexLines(options: StarterOptions, folder: string): string[] {
  return [
    '  new Codex(stack, "codex", {',
    "    agent: main,",
    `    folder: ${JSON.stringify(folder)},`,
    `    auth: ${authCode(options.auth).expression},`,
    '    tasksMode: "none", // Coder Tasks (2.28–2.36): "coder-task"',
    "  });",
  ];
}

/** A Docker container per started workspace. */
function dockerSource(options: StarterOptions): string {
  const fn = templateFunctionName(options.templateName);
  return [
    `// The ${options.templateName} Coder template: a Docker container running the workspace agent,`,
    "// with OpenAI Codex installed, configured and started in it.",
    'import { App, Fn, TerraformVariable } from "@codex-coder/cdk";',
    'import { Codex, CodexAuth } from "@codex-coder/codex";',
    'import { agent, dataCoderWorkspace, provider as coder } from "@codex-coder/provider-coder";',
    'import { container, provider as docker } from "@codex-coder/provider-docker";',
    'import { TemplateStack } from "@codex-coder/template-kit";',
    "",
    `export function ${fn}(app: App): TemplateStack {`,
    `  const stack = new TemplateStack(app, ${JSON.stringify(options.templateName)}, {`,
    '    displayName: "Codex on Docker",',
    '    description: "A Docker workspace with OpenAI Codex",',
    '    icon: "/icon/openai.svg",',
    "  });",
    '  new coder.CoderProvider(stack, "coder");',
    '  new docker.DockerProvider(stack, "docker");',
    '  const image = new TerraformVariable(stack, "workspace_image", {',
    '    type: "string",',
    '    default: "codercom/enterprise-node:ubuntu",',
    '    description: "Container image of every workspace (needs bash, and curl or wget)",',
    "  });",
    ...authCode(options.auth).setup,
    '  const me = new dataCoderWorkspace.DataCoderWorkspace(stack, "me");',
    '  const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });',
    "",
    ...codexLines(options, "/home/coder"),
    "",
    '  new container.Container(stack, "workspace", {',
    "    count: me.startCount,",
    "    image: image.stringValue,",
    "    name: `coder-${me.id}`,",
    '    entrypoint: ["sh", "-c", Fn.replace(main.initScript, "localhost", "host.docker.internal")],',
    "    env: [`CODER_AGENT_TOKEN=${main.token}`],",
    '    host: [{ host: "host.docker.internal", ip: "host-gateway" }],',
    "  });",
    "  return stack;",
    "}",
    "",
  ].join("\n");
}

/**
 * A Deployment (one pod) per started workspace in an existing namespace, and a
 * PersistentVolumeClaim for `/home/coder` that is kept while the workspace is stopped.
 */
function kubernetesSource(options: StarterOptions): string {
  const fn = templateFunctionName(options.templateName);
  return [
    `// The ${options.templateName} Coder template: a Kubernetes pod running the workspace agent, with`,
    "// OpenAI Codex installed, configured and started in it, and a home volume that survives stops.",
    'import { App, TerraformVariable } from "@codex-coder/cdk";',
    'import { Codex, CodexAuth } from "@codex-coder/codex";',
    'import { agent, dataCoderWorkspace, provider as coder } from "@codex-coder/provider-coder";',
    "// Deep imports: only the three Kubernetes types the template uses are loaded.",
    'import { DeploymentV1 } from "@codex-coder/provider-kubernetes/deployment-v1";',
    'import { PersistentVolumeClaimV1 } from "@codex-coder/provider-kubernetes/persistent-volume-claim-v1";',
    'import { KubernetesProvider } from "@codex-coder/provider-kubernetes/provider";',
    'import { TemplateStack, homeInitScript } from "@codex-coder/template-kit";',
    "",
    `export function ${fn}(app: App): TemplateStack {`,
    `  const stack = new TemplateStack(app, ${JSON.stringify(options.templateName)}, {`,
    '    displayName: "Codex on Kubernetes",',
    '    description: "A Kubernetes workspace with a persistent home and OpenAI Codex",',
    '    icon: "/icon/k8s.png",',
    "  });",
    '  new coder.CoderProvider(stack, "coder");',
    '  new TerraformVariable(stack, "use_kubeconfig", {',
    '    type: "bool",',
    "    default: false,",
    "    description:",
    '      "false: the provisioner runs in the cluster and uses its service account; true: ~/.kube/config of the provisioner\'s user",',
    "  });",
    "  // null: the provider uses the in-cluster service account.",
    '  new KubernetesProvider(stack, "kubernetes", {',
    "    configPath: '${var.use_kubeconfig ? \"~/.kube/config\" : null}',",
    "  });",
    '  const namespace = new TerraformVariable(stack, "namespace", {',
    '    type: "string",',
    '    description: "Existing namespace the workspaces run in",',
    "  });",
    '  const image = new TerraformVariable(stack, "workspace_image", {',
    '    type: "string",',
    '    default: "codercom/enterprise-node:ubuntu",',
    '    description: "Container image of every workspace (needs bash, curl and a user coder with uid 1000)",',
    "  });",
    ...authCode(options.auth).setup,
    '  const me = new dataCoderWorkspace.DataCoderWorkspace(stack, "me");',
    '  const main = new agent.Agent(stack, "main", {',
    '    arch: "amd64",',
    '    os: "linux",',
    '    startupScript: homeInitScript("/home/coder/projects"),',
    "  });",
    "",
    ...codexLines(options, "/home/coder/projects"),
    "",
    "  // No count: the home volume is kept while the workspace is stopped, deleted with it.",
    '  const home = new PersistentVolumeClaimV1(stack, "home", {',
    "    waitUntilBound: false,",
    "    metadata: { name: `coder-${me.id}-home`, namespace: namespace.stringValue },",
    "    spec: {",
    '      accessModes: ["ReadWriteOnce"],',
    '      resources: { requests: { storage: "10Gi" } },',
    "    },",
    "  });",
    '  const labels = { "app.kubernetes.io/name": "coder-workspace", "com.coder.workspace.id": me.id };',
    '  new DeploymentV1(stack, "workspace", {',
    "    count: me.startCount,",
    "    waitForRollout: false,",
    "    metadata: { name: `coder-${me.id}`, namespace: namespace.stringValue, labels },",
    "    spec: {",
    '      replicas: "1",',
    "      // The home volume is ReadWriteOnce: the old pod goes before the new one starts.",
    '      strategy: { type: "Recreate" },',
    "      selector: { matchLabels: labels },",
    "      template: {",
    "        metadata: { labels },",
    "        spec: {",
    "          automountServiceAccountToken: false,",
    '          securityContext: { runAsUser: "1000", fsGroup: "1000", runAsNonRoot: true },',
    "          container: [",
    "            {",
    '              name: "dev",',
    "              image: image.stringValue,",
    '              command: ["sh", "-c", main.initScript],',
    '              env: [{ name: "CODER_AGENT_TOKEN", value: main.token }],',
    '              volumeMount: [{ mountPath: "/home/coder", name: "home" }],',
    "            },",
    "          ],",
    '          volume: [{ name: "home", persistentVolumeClaim: { claimName: home.metadata.name } }],',
    "        },",
    "      },",
    "    },",
    "  });",
    "  return stack;",
    "}",
    "",
  ].join("\n");
}

/** `src/main.ts`: builds every template into `dist/<name>/`. */
export function mainSource(options: StarterOptions): string {
  const fn = templateFunctionName(options.templateName);
  return [
    "// `npm run build`: writes dist/<name>/template/ (the directory to push) and dist/<name>/<name>.tar",
    "// for every template. main.tf needs the schemas of the providers the templates use.",
    'import { providerSchema as coderSchema } from "@codex-coder/provider-coder";',
    options.kind === "kubernetes"
      ? 'import { providerSchema as kubernetesSchema } from "@codex-coder/provider-kubernetes";'
      : 'import { providerSchema as dockerSchema } from "@codex-coder/provider-docker";',
    'import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";',
    `import { ${fn} } from "./templates/${options.templateName}.js";`,
    "",
    "const app = createTemplateApp();",
    `await buildTemplates([${fn}(app)], {`,
    "  outDir: (name) => `dist/${name}`,",
    `  schemas: [coderSchema, ${options.kind === "kubernetes" ? "kubernetesSchema" : "dockerSchema"}],`,
    "});",
    "",
  ].join("\n");
}
