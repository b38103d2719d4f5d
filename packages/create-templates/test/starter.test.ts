// The starter's command line and what it writes, run as users run it (the built CLI in a child
// process with no terminal). That the written repository installs from a registry, builds and
// passes Terraform is checked in packages/packaging (a real npm registry on 127.0.0.1).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { templateNameProblem as coderTemplateNameProblem } from "@codex-coder/template-kit";
import { requireTool } from "@codex-coder/test-support";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AUTH_SOURCES,
  TEMPLATE_KINDS,
  TOOLKIT_PACKAGES,
  UsageError,
  parseStarterArgs,
  renderStarter,
  templateNameProblem,
  writeStarter,
  type StarterOptions,
} from "../src/index.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(packageDir, "dist", "cli.js");
const ownVersion = (
  JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }
).version;

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "create-templates-"));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, [cli, ...args], {
    cwd: scratch,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

function options(overrides: Partial<StarterOptions> = {}): StarterOptions {
  const parsed = parseStarterArgs(["my-templates"], scratch);
  if (parsed === "help") throw new Error("unexpected help");
  return { ...parsed, ...overrides };
}

describe("command line", () => {
  it("needs nothing but a folder: docker, user-secret, template codex-docker", () => {
    expect(parseStarterArgs(["my-templates"], "/work")).toEqual({
      directory: "/work/my-templates",
      packageName: "my-templates",
      templateName: "codex-docker",
      kind: "docker",
      auth: "user-secret",
      force: false,
    });
  });

  it("takes the template name, kind, auth source, package name and --force as flags", () => {
    expect(
      parseStarterArgs(
        [
          "repo",
          "--name",
          "team-codex",
          "--kind",
          "docker",
          "--auth",
          "ai-gateway",
          "--package-name",
          "platform-templates",
          "--force",
        ],
        "/x",
      ),
    ).toEqual({
      directory: "/x/repo",
      packageName: "platform-templates",
      templateName: "team-codex",
      kind: "docker",
      auth: "ai-gateway",
      force: true,
    });
  });

  it("takes --kind kubernetes, naming the template codex-kubernetes", () => {
    expect(parseStarterArgs(["repo", "--kind", "kubernetes"], "/x")).toMatchObject({
      templateName: "codex-kubernetes",
      kind: "kubernetes",
    });
  });

  it("fails naming the flag, the value and what is allowed", () => {
    expect(() => parseStarterArgs(["r", "--kind", "podman"], "/x")).toThrow(
      '--kind: "podman" is not allowed; use one of docker, kubernetes',
    );
    expect(() => parseStarterArgs(["r", "--auth", "api-key"], "/x")).toThrow(
      '--auth: "api-key" is not allowed; use one of user-secret, template-variable, ai-gateway',
    );
    expect(() => parseStarterArgs(["r", "--name", "Team_Codex"], "/x")).toThrow(
      /--name: "Team_Codex" must be lowercase letters and digits/,
    );
    expect(() => parseStarterArgs(["r", "--name", "create"], "/x")).toThrow(
      /must not be new or create/,
    );
    expect(() => parseStarterArgs([], "/x")).toThrow(UsageError);
    expect(() => parseStarterArgs(["a", "b"], "/x")).toThrow(/exactly one is allowed/);
    expect(() => parseStarterArgs(["r", "--colour"], "/x")).toThrow(UsageError);
    expect(() => parseStarterArgs(["My Templates"], "/x")).toThrow(/--package-name/);
  });

  it("accepts only template names Coder accepts", () => {
    const names = ["codex", "codex-docker", "a1-b2-c3", "x".repeat(32), "0day"];
    for (const name of names) {
      expect(templateNameProblem(name), name).toBeUndefined();
      expect(coderTemplateNameProblem(name), name).toBeUndefined();
    }
    for (const name of ["new", "create", "-a", "a--b", "a_b", "x".repeat(33), ""]) {
      expect(templateNameProblem(name), name).toBeDefined();
    }
  });
});

describe("what it writes", () => {
  it.each(TEMPLATE_KINDS)(
    "depends on the toolkit packages of a %s template at its own version and nothing from the monorepo",
    (kind) => {
      const files = renderStarter(options({ kind }), ownVersion);
      const pkg = JSON.parse(files.get("package.json") ?? "") as {
        dependencies: Record<string, string>;
        devDependencies: Record<string, string>;
        scripts: Record<string, string>;
      };
      expect(pkg.dependencies).toEqual(
        Object.fromEntries(TOOLKIT_PACKAGES[kind].map((name) => [name, `^${ownVersion}`])),
      );
      expect(pkg.dependencies).toHaveProperty(`@codex-coder/provider-${kind}`);
      expect(Object.keys(pkg.devDependencies).sort()).toEqual(["@types/node", "typescript"]);
      for (const text of files.values()) {
        expect(text).not.toMatch(/test-support|\.cache\/toolchain|\*"|workspace:|file:/);
      }
    },
  );

  it("writes a Kubernetes template for --kind kubernetes: a pod per started workspace and a kept home volume", () => {
    const parsed = parseStarterArgs(["my-templates", "--kind", "kubernetes"], scratch);
    if (parsed === "help") throw new Error("unexpected help");
    const files = renderStarter(parsed, ownVersion);
    const template = files.get("src/templates/codex-kubernetes.ts") ?? "";
    expect(template).toContain('new DeploymentV1(stack, "workspace", {\n    count: me.startCount,');
    expect(template).toContain('new PersistentVolumeClaimV1(stack, "home", {\n    waitUntilBound');
    expect(template).not.toContain("provider-docker");
    expect(files.get("src/main.ts")).toContain("schemas: [coderSchema, kubernetesSchema]");
    expect(files.get("variables/codex-kubernetes.yaml")).toMatch(/^namespace: coder-workspaces$/m);
    expect(files.get("README.md")).toContain("a Kubernetes pod with a persistent home and Codex");
  });

  it("writes the template, CI workflow, variables file, .gitignore and a README with the two commands", () => {
    const written = writeStarter(options({ templateName: "team-codex" }), ownVersion);
    const dir = path.join(scratch, "my-templates");
    expect(written.sort()).toEqual(
      [
        ".github/workflows/coder-templates.yaml",
        ".gitignore",
        "README.md",
        "package.json",
        "scripts/validate.mjs",
        "src/main.ts",
        "src/templates/team-codex.ts",
        "tsconfig.json",
        "variables/team-codex.yaml",
      ].sort(),
    );
    const readme = readFileSync(path.join(dir, "README.md"), "utf8");
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm install && npm run build\s+#/m);
    expect(firstBlock).toMatch(/^npm test\s+#/m);
    expect(readFileSync(path.join(dir, ".gitignore"), "utf8")).toMatch(/^node_modules\/$/m);
    expect(readFileSync(path.join(dir, "src/templates/team-codex.ts"), "utf8")).toContain(
      'new TemplateStack(app, "team-codex"',
    );
  });

  it.each(AUTH_SOURCES)("writes the %s auth source into the template and the workflow", (auth) => {
    const files = renderStarter(options({ auth }), ownVersion);
    const template = files.get("src/templates/codex-docker.ts") ?? "";
    const workflow = files.get(".github/workflows/coder-templates.yaml") ?? "";
    const expected = {
      "user-secret": "CodexAuth.userSecret()",
      "template-variable": "CodexAuth.templateVariable(apiKey)",
      "ai-gateway": "CodexAuth.aiGateway()",
    }[auth];
    expect(template).toContain(`auth: ${expected},`);
    // Only a template with the key variable gets the key appended at push time.
    expect(workflow.includes("secrets.OPENAI_API_KEY")).toBe(auth === "template-variable");
    expect(workflow).toContain('-d "dist/${TEMPLATE}/template"');
    expect(workflow).toContain("template: [codex-docker]");
  });

  it.each(AUTH_SOURCES)("writes a workflow that passes actionlint (%s)", (auth) => {
    const files = renderStarter(options({ auth }), ownVersion);
    const file = path.join(scratch, ".github", "workflows", "coder-templates.yaml");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, files.get(".github/workflows/coder-templates.yaml") ?? "");
    const res = spawnSync(requireTool("actionlint"), ["-no-color", file], { encoding: "utf8" });
    expect(`${res.stdout}${res.stderr}`).toBe("");
    expect(res.status).toBe(0);
  });
});

describe("the CLI, run without a terminal", () => {
  it("writes the repository and says what to run next", () => {
    const res = runCli(["my-templates", "--auth", "template-variable"]);
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("npm install && npm run build");
    expect(existsSync(path.join(scratch, "my-templates", "variables", "codex-docker.yaml"))).toBe(
      true,
    );
  });

  it("fails with status 2 and the usage on a bad flag, writing nothing", () => {
    const res = runCli(["my-templates", "--kind", "podman"]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(
      'Error: --kind: "podman" is not allowed; use one of docker, kubernetes',
    );
    expect(res.stderr).toContain("Usage: npm create @codex-coder/templates");
    expect(existsSync(path.join(scratch, "my-templates"))).toBe(false);
  });

  it("fails to write into a folder that is not empty, and leaves it alone", () => {
    mkdirSync(path.join(scratch, "existing"));
    writeFileSync(path.join(scratch, "existing", "notes.txt"), "mine\n");
    const res = runCli(["existing"]);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("is not empty (notes.txt); choose a new folder, or pass --force");
    expect(existsSync(path.join(scratch, "existing", "package.json"))).toBe(false);
  });

  it("writes into a folder that is not empty with --force, keeping the other files", () => {
    mkdirSync(path.join(scratch, "existing"));
    writeFileSync(path.join(scratch, "existing", "notes.txt"), "mine\n");
    const res = runCli(["existing", "--force"]);
    expect(res.status).toBe(0);
    expect(readFileSync(path.join(scratch, "existing", "notes.txt"), "utf8")).toBe("mine\n");
    expect(existsSync(path.join(scratch, "existing", "package.json"))).toBe(true);
  });

  it("prints the usage for --help and writes nothing", () => {
    const res = runCli(["--help"]);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain("--auth <source>");
  });
});
