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

/** `src/templates/<name>.ts`: the template, a Docker workspace with Codex. */
export function templateSource(options: StarterOptions): string {
  const fn = templateFunctionName(options.templateName);
  const auth = authCode(options.auth);
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
    ...auth.setup,
    '  const me = new dataCoderWorkspace.DataCoderWorkspace(stack, "me");',
    '  const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });',
    "",
    '  new Codex(stack, "codex", {',
    "    agent: main,",
    '    folder: "/home/coder",',
    `    auth: ${auth.expression},`,
    '    tasksMode: "none", // Coder Tasks (2.28–2.36): "coder-task"',
    "  });",
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

/** `src/main.ts`: builds every template into `dist/<name>/`. */
export function mainSource(options: StarterOptions): string {
  const fn = templateFunctionName(options.templateName);
  return [
    "// `npm run build`: writes dist/<name>/template/ (the directory to push) and dist/<name>/<name>.tar",
    "// for every template. main.tf needs the schemas of the providers the templates use.",
    'import { providerSchema as coderSchema } from "@codex-coder/provider-coder";',
    'import { providerSchema as dockerSchema } from "@codex-coder/provider-docker";',
    'import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";',
    `import { ${fn} } from "./templates/${options.templateName}.js";`,
    "",
    "const app = createTemplateApp();",
    `await buildTemplates([${fn}(app)], {`,
    "  outDir: (name) => `dist/${name}`,",
    "  schemas: [coderSchema, dockerSchema],",
    "});",
    "",
  ].join("\n");
}
