// The template is written as HCL (main.tf) by default. These tests show that main.tf is the same
// template as the synthesized Terraform JSON: terraform fmt accepts it, HashiCorp's HCL parser
// reads it back as the synthesized configuration, and real Terraform with the real providers
// plans it exactly like the JSON form (main.tf.json) under the same emulated Coder build.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildTemplates,
  createTemplateApp,
  synthTemplate,
  type TemplateFormat,
} from "@codex-coder/template-kit";
import {
  comparablePlan,
  hclRoundTrip,
  readabilityProblems,
} from "@codex-coder/template-kit/testing";
import {
  createProvisioner,
  loadToolchain,
  loadToolchainVersions,
  terraformBaseEnvironment,
  type PlanBuildOptions,
  type Provisioner,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerSource as coderSource } from "@codex-coder/provider-coder";
import { providerSource as dockerSource } from "@codex-coder/provider-docker";
import { PROVIDER_SCHEMAS, tasksDockerTemplate } from "../src/template.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mainTf = path.join(packageDir, "dist", "template", "main.tf");

/**
 * Everything Coder sets per build is fixed (owner, session token, workspace, template and build
 * ids), so two plans can only differ where the coder provider itself is random.
 */
const BUILD = {
  owner: {
    id: "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
    sessionToken: "0123456789-0123456789abcdef012345",
  },
  workspace: { id: "6f0c1d5e-2b7a-4c3d-9e8f-1a2b3c4d5e6f", name: "dev" },
  template: { id: "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d" },
  buildId: "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
} as const satisfies PlanBuildOptions;

const SCENARIOS: readonly [string, PlanBuildOptions][] = [
  [
    "coder-task mode with a task prompt",
    {
      variables: { codex_tasks_mode: "coder-task" },
      taskId: "1c9a6b9a-4e2d-4b8e-9a55-0c2f3d4e5f60",
      taskPrompt: "Add a /health endpoint; don't touch `main.go` $(yet)",
    },
  ],
  [
    "ai-prompt-parameter mode with the AI Prompt parameter",
    {
      variables: { codex_tasks_mode: "ai-prompt-parameter", allow_codex_sandbox: true },
      parameters: { "AI Prompt": "Write tests", preview_port: "8080" },
    },
  ],
  [
    "none mode with a shared key",
    {
      variables: {
        codex_tasks_mode: "none",
        codex_auth_source: "template-variable",
        openai_api_key: "sk-test-0123456789",
      },
    },
  ],
  ["a stop", { transition: "stop" }],
];

describe("tasks-docker main.tf", () => {
  it("passes terraform fmt -check", () => {
    const toolchain = loadToolchain();
    const run = spawnSync(
      toolchain.terraform.path,
      ["fmt", "-check", "-diff", "-no-color", "main.tf"],
      { cwd: path.dirname(mainTf), env: terraformBaseEnvironment(toolchain), encoding: "utf8" },
    );
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("reads back through HashiCorp's HCL parser as the synthesized configuration", async () => {
    const { config } = synthTemplate(tasksDockerTemplate(createTemplateApp()));

    const { fromHcl, fromJson } = await hclRoundTrip(readFileSync(mainTf, "utf8"), config);

    expect(fromHcl).toEqual(fromJson);
  });
});

describe("tasks-docker main.tf, read as hand-written HCL", () => {
  it("has the header, short lines, and no base64 or literal-first leftovers", async () => {
    expect(await readabilityProblems(readFileSync(mainTf, "utf8"))).toEqual([]);
  });
});

describe("tasks-docker provider versions", () => {
  it("asks for compatible ranges in main.tf, never one exact version", () => {
    const text = readFileSync(mainTf, "utf8");
    const versions = [...text.matchAll(/^\s*version\s*=\s*"([^"]*)"/gm)].map((m) => m[1]);
    expect(versions).toEqual([coderSource.constraint, dockerSource.constraint]);
    expect(versions).toEqual(["~> 2.18", "~> 4.6"]);
  });

  it("states the exact tested versions in its README, the ones the test mirror carries", () => {
    const text = readFileSync(path.join(path.dirname(mainTf), "README.md"), "utf8");
    const tested = loadToolchainVersions().providers;
    expect(text).toContain(`| \`coder/coder\` | \`~> 2.18\` | ${tested["coder"]?.version} |`);
    expect(text).toContain(
      `| \`kreuzwerker/docker\` | \`~> 4.6\` | ${tested["docker"]?.version} |`,
    );
    expect(coderSource.version).toBe(tested["coder"]?.version);
    expect(dockerSource.version).toBe(tested["docker"]?.version);
  });
});

describe("tasks-docker planned from main.tf and from main.tf.json", () => {
  const outDirs: string[] = [];
  const provisioners = new Map<TemplateFormat, Provisioner>();

  beforeAll(async () => {
    for (const format of ["hcl", "json"] as const) {
      const outDir = mkdtempSync(path.join(tmpdir(), `tasks-docker-${format}-`));
      outDirs.push(outDir);
      const [written] = await buildTemplates([tasksDockerTemplate(createTemplateApp())], {
        outDir,
        format,
        schemas: PROVIDER_SCHEMAS,
      });
      if (written === undefined) throw new Error("buildTemplates wrote nothing");
      provisioners.set(format, await createProvisioner(written.templateDir));
    }
  });

  afterAll(async () => {
    for (const provisioner of provisioners.values()) await provisioner.dispose();
    for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("has main.tf in one template and main.tf.json in the other", () => {
    const terraformFiles = (format: TemplateFormat): string[] =>
      readdirSync(provisioners.get(format)?.templateDir ?? "").filter((f) => f.startsWith("main."));
    expect([terraformFiles("hcl"), terraformFiles("json")]).toEqual([
      ["main.tf"],
      ["main.tf.json"],
    ]);
  });

  it.each(SCENARIOS)("plans the same build: %s", async (_, scenario) => {
    const options: PlanBuildOptions = { ...BUILD, ...scenario };
    const [fromHcl, fromJson] = await Promise.all(
      (["hcl", "json"] as const).map(async (format) => {
        const provisioner = provisioners.get(format);
        if (provisioner === undefined) throw new Error(`no provisioner for ${format}`);
        return comparablePlan(await provisioner.planBuild(options));
      }),
    );

    expect(fromHcl).toEqual(fromJson);
    expect(fromHcl?.resourceChanges).not.toEqual([]);
  });
});
