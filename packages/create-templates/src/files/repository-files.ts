import type { StarterOptions, TemplateKind } from "../options.js";

/**
 * The published packages a new repository depends on, by template kind, all at the starter's own
 * version.
 */
export const TOOLKIT_PACKAGES: Readonly<Record<TemplateKind, readonly string[]>> = {
  docker: [
    "@codex-coder/cdk",
    "@codex-coder/codex",
    "@codex-coder/provider-coder",
    "@codex-coder/provider-docker",
    "@codex-coder/template-kit",
  ],
  kubernetes: [
    "@codex-coder/cdk",
    "@codex-coder/codex",
    "@codex-coder/provider-coder",
    "@codex-coder/provider-kubernetes",
    "@codex-coder/template-kit",
  ],
};

/**
 * `package.json` of the new repository. The toolkit's packages share one version (they are
 * released together), so they are asked for at the version of this starter.
 */
export function packageJson(options: StarterOptions, toolkitVersion: string): string {
  const pkg = {
    name: options.packageName,
    version: "0.0.0",
    private: true,
    description: "Coder templates with OpenAI Codex",
    type: "module",
    engines: { node: ">=20.19" },
    scripts: {
      build: "tsc -p tsconfig.json && node lib/main.js",
      test: "npm run build && node scripts/validate.mjs",
    },
    dependencies: Object.fromEntries(
      TOOLKIT_PACKAGES[options.kind].map((name) => [name, `^${toolkitVersion}`]),
    ),
    devDependencies: { "@types/node": "^20.19.0", typescript: "^5.9.3" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `tsconfig.json`: strict ESM for Node, compiled to `lib/`. */
export function tsconfig(): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      rootDir: "src",
      outDir: "lib",
      types: ["node"],
    },
    include: ["src"],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** `.gitignore`: dependencies, build output and anything Terraform leaves behind. */
export function gitignore(): string {
  return ["node_modules/", "lib/", "dist/", ".terraform/", "*.tfstate", "*.tfstate.*", ""].join(
    "\n",
  );
}

/** `variables/<name>.yaml`: every variable the template has, for `coder templates push --variables-file`. */
export function variablesFile(options: StarterOptions): string {
  return [
    `# Variables for \`coder templates push ${options.templateName}\`. Coder keeps values from earlier`,
    "# pushes, so this file names every variable and CI passes it on every push.",
    ...(options.auth === "template-variable"
      ? ["# openai_api_key is a secret: CI appends it from OPENAI_API_KEY, never commit it here."]
      : []),
    ...(options.kind === "kubernetes"
      ? [
          "# The namespace must exist; the provisioner's service account needs rights there to manage",
          "# deployments and persistentvolumeclaims. use_kubeconfig: true when the provisioner runs",
          "# outside the cluster (it then uses ~/.kube/config of its user).",
          "namespace: coder-workspaces",
          "use_kubeconfig: false",
        ]
      : []),
    "workspace_image: codercom/enterprise-node:ubuntu",
    "",
  ].join("\n");
}

/**
 * `scripts/validate.mjs` (`npm test` after the build): `terraform init` and `terraform validate` of
 * every built template, each in a throwaway copy so nothing Terraform writes ends up in what is
 * pushed.
 */
export function validateScript(): string {
  return `// npm test: terraform init + validate of every template that npm run build wrote to dist/.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const templates = existsSync("dist")
  ? readdirSync("dist").filter((name) => existsSync(join("dist", name, "template")))
  : [];
if (templates.length === 0) {
  console.error("Error: no template in dist/; run npm run build first");
  process.exit(1);
}
for (const name of templates) {
  const work = mkdtempSync(join(tmpdir(), \`validate-\${name}-\`));
  try {
    cpSync(join("dist", name, "template"), work, { recursive: true });
    for (const args of [["init", "-input=false", "-no-color"], ["validate", "-no-color"]]) {
      const run = spawnSync("terraform", args, { cwd: work, stdio: "inherit" });
      if (run.error !== undefined) {
        console.error(\`Error: cannot run terraform (\${run.error.message}); install Terraform >= 1.5\`);
        process.exit(1);
      }
      if (run.status !== 0) {
        console.error(\`Error: terraform \${args[0]} failed for \${name}\`);
        process.exit(1);
      }
    }
    console.log(\`\${name}: valid\`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
`;
}

/** `README.md` of the new repository: the two commands first, then pushing and growing it. */
export function readme(options: StarterOptions): string {
  const name = options.templateName;
  const authLine: Record<StarterOptions["auth"], string> = {
    "user-secret":
      "Each user brings their own OpenAI key as a Coder secret: `coder secret create openai-api-key --env OPENAI_API_KEY`.",
    "template-variable":
      "Every workspace uses one OpenAI key, the sensitive `openai_api_key` variable: CI appends it to the variables file from the `OPENAI_API_KEY` secret; never commit it.",
    "ai-gateway":
      "Codex goes through Coder's AI Gateway (Coder Premium): no key anywhere, the workspace owner's session authenticates.",
  };
  const kindLine: Record<StarterOptions["kind"], string> = {
    docker: "a Docker workspace with Codex",
    kubernetes: "a Kubernetes pod with a persistent home and Codex, in an existing namespace",
  };
  return `# ${options.packageName}

\`\`\`sh
npm install && npm run build   # writes dist/${name}/template/ and dist/${name}/${name}.tar
npm test                       # builds, then terraform init + validate of every template
\`\`\`

Coder templates that give every workspace a working OpenAI Codex agent, written in TypeScript with
the [\`@codex-coder\`](https://www.npmjs.com/package/@codex-coder/codex) packages. Needs Node.js ≥ 20.19;
\`npm test\` also needs Terraform ≥ 1.5 on PATH.

| path | what |
| --- | --- |
| \`src/templates/${name}.ts\` | the \`${name}\` template: ${kindLine[options.kind]} |
| \`src/main.ts\` | builds every template into \`dist/<name>/\` |
| \`variables/${name}.yaml\` | the template's variables, passed on every push |
| \`.github/workflows/coder-templates.yaml\` | CI: build and validate; on \`main\`, push, smoke-test, promote |

${authLine[options.auth]}

## Push

\`\`\`sh
coder login https://coder.example.com
coder templates push ${name} -d dist/${name}/template --variables-file variables/${name}.yaml --yes
\`\`\`

CI does the same on every push to \`main\`: set the repository secrets \`CODER_URL\` and
\`CODER_SESSION_TOKEN\`${options.auth === "template-variable" ? " and `OPENAI_API_KEY`" : ""} (see the workflow's header).

## Add a template

Write \`src/templates/<name>.ts\` like the first one, add it to the list in \`src/main.ts\`, add
\`variables/<name>.yaml\` and the name to the workflow's \`matrix.template\`.
`;
}
