// Builds the example in-process, the way `npm run build` does, and runs it through real Terraform
// with the real coder and docker providers from the local mirror, the way Coder's provisioner
// does: init, validate, import plans. The Coder server is emulated (its provisioner environment);
// nothing else is faked.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { providerSchema as coderSchema } from "@codex-coder/provider-coder";
import { providerSchema as dockerSchema } from "@codex-coder/provider-docker";
import {
  buildTemplates,
  createTemplateApp,
  synthTemplate,
  type TemplateFormat,
  type WrittenTemplate,
} from "@codex-coder/template-kit";
import {
  comparablePlan,
  hclRoundTrip,
  readabilityProblems,
} from "@codex-coder/template-kit/testing";
import {
  coderImportChecks,
  createProvisioner,
  dataSources,
  loadToolchain,
  resources,
  terraformBaseEnvironment,
  type Provisioner,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalTemplate } from "../src/template.js";

const schemas = [coderSchema, dockerSchema];
const outDirs: string[] = [];
const built = new Map<TemplateFormat, WrittenTemplate>();
const provisioners = new Map<TemplateFormat, Provisioner>();

function provisioner(format: TemplateFormat): Provisioner {
  const found = provisioners.get(format);
  if (found === undefined) throw new Error(`no provisioner for format ${format}`);
  return found;
}

beforeAll(async () => {
  for (const format of ["hcl", "json"] as const) {
    const outDir = mkdtempSync(path.join(tmpdir(), `minimal-codex-${format}-`));
    outDirs.push(outDir);
    const [written] = await buildTemplates([minimalTemplate(createTemplateApp())], {
      outDir,
      // The default format is "hcl"; the JSON build is only here to compare plans with.
      ...(format === "json" ? { format } : {}),
      schemas,
    });
    if (written === undefined) throw new Error("buildTemplates wrote nothing");
    built.set(format, written);
    // init + validate with the providers of the local mirror; throws when either fails.
    provisioners.set(format, await createProvisioner(written.templateDir));
  }
});

afterAll(async () => {
  for (const p of provisioners.values()) await p.dispose();
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe("the minimal example", () => {
  it("builds main.tf, README.md and the Codex scripts", () => {
    const files = built.get("hcl")?.files ?? [];
    expect(files).toEqual(expect.arrayContaining(["README.md", "main.tf", "codex/start.sh"]));
    expect(files).not.toContain("main.tf.json");
  });

  it("passes terraform fmt -check", () => {
    const toolchain = loadToolchain();
    const run = spawnSync(
      toolchain.terraform.path,
      ["fmt", "-check", "-diff", "-no-color", "main.tf"],
      {
        cwd: built.get("hcl")?.templateDir,
        env: terraformBaseEnvironment(toolchain),
        encoding: "utf8",
      },
    );
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("reads back through HashiCorp's HCL parser as the synthesized configuration", async () => {
    const { config } = synthTemplate(minimalTemplate(createTemplateApp()));
    const text = readFileSync(path.join(built.get("hcl")?.templateDir ?? "", "main.tf"), "utf8");

    const { fromHcl, fromJson } = await hclRoundTrip(text, config);

    expect(fromHcl).toEqual(fromJson);
  });

  it("reads as hand-written HCL: header, short lines, no base64 or literal-first leftovers", async () => {
    const text = readFileSync(path.join(provisioner("hcl").templateDir, "main.tf"), "utf8");
    expect(await readabilityProblems(text)).toEqual([]);
  });

  it("passes terraform validate with the real providers", () => {
    expect(provisioner("hcl").validation).toMatchObject({ valid: true, errorCount: 0 });
  });

  it("imports (start and stop plans) with Coder's checks passing", async () => {
    const start = await provisioner("hcl").planImport({ transition: "start" });
    const stop = await provisioner("hcl").planImport({ transition: "stop" });

    for (const plan of [start, stop]) {
      expect(coderImportChecks(plan)).toEqual([]);
      expect(resources(plan, "coder_agent").map((r) => r.address)).toEqual(["coder_agent.main"]);
    }
    expect(resources(start, "docker_container")).toHaveLength(1);
    expect(resources(stop, "docker_container")).toHaveLength(0);
  });

  it("plans a build from main.tf exactly as from main.tf.json", async () => {
    // Fixed ids: the plans may only differ where the coder provider is random (see RANDOM_IDS).
    const options = {
      owner: { id: "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", sessionToken: "0123456789-abcdef" },
      workspace: { id: "6f0c1d5e-2b7a-4c3d-9e8f-1a2b3c4d5e6f" },
      template: { id: "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d" },
      buildId: "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e",
    };
    const fromHcl = comparablePlan(await provisioner("hcl").planBuild(options));
    const fromJson = comparablePlan(await provisioner("json").planBuild(options));

    expect(readdirSync(provisioner("json").templateDir)).toContain("main.tf.json");
    expect(fromHcl).toEqual(fromJson);
    expect(fromHcl.resourceChanges).not.toEqual([]);
  });

  it("built with the literal Tasks mode none, holds no Tasks resource or data source anywhere in its graph", async () => {
    // Coder before 2.37 decides a template is a Tasks template from its graph (coder_ai_task, data
    // coder_task), so none of them may be declared at all, not merely counted to zero.
    const plan = await provisioner("hcl").planBuild({ taskPrompt: "ignored" });
    const declared = (plan.configuration?.root_module?.resources ?? []).map((r) => r.address);
    expect(declared).toContain("coder_script.codex_start");
    expect(declared.filter((a) => /coder_ai_task|coder_task\b|ai_prompt/.test(a))).toEqual([]);
    expect(resources(plan, "coder_ai_task")).toEqual([]);
    expect(dataSources(plan, "coder_task")).toEqual([]);
    expect(dataSources(plan, "coder_parameter")).toEqual([]);
    const text = readFileSync(path.join(built.get("hcl")?.templateDir ?? "", "main.tf"), "utf8");
    expect(text).not.toMatch(/coder_ai_task|"coder_task"/);
  });
});
