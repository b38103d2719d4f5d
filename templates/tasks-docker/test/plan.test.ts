// Runs the built template (dist/template with its main.tf, what `coder templates push` uploads)
// through real Terraform with the real coder and docker providers from the local mirror, the way
// Coder's provisioner does: init, validate, import plans (start, stop) and build plans. The Coder
// server is emulated (its provisioner environment); nothing else is faked.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  coderApps,
  coderEnvs,
  coderImportChecks,
  coderScripts,
  configReferences,
  createProvisioner,
  dataSources,
  parameters,
  resources,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_SYSTEM_PROMPT,
  PROVIDER_SCHEMAS,
  REVIEW_SYSTEM_PROMPT,
  tasksDockerTemplate,
} from "../src/template.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const tarball = path.join(packageDir, "dist", "tasks-docker.tar");
const MODES = ["coder-task", "ai-prompt-parameter", "none"] as const;
const CANARY = "canary-key-tasks-docker-0123456789abcdefghij";

function decodedArg(script: string, name: string): string {
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(script);
  if (!m) throw new Error(`${name} not found in the script`);
  return Buffer.from(m[1] ?? "", "base64").toString("utf8");
}

function script(plan: TerraformPlan, displayName: string): string {
  const found = coderScripts(plan).find((s) => s.displayName === displayName);
  if (!found) throw new Error(`no coder_script "${displayName}"`);
  return found.script;
}

let tf: Provisioner;

beforeAll(async () => {
  if (!existsSync(path.join(templateDir, "main.tf"))) {
    throw new Error(`${templateDir}/main.tf is missing: run \`npm run build\` first`);
  }
  if (existsSync(path.join(templateDir, "main.tf.json"))) {
    throw new Error(`${templateDir} holds main.tf.json too: run \`npm run build\` again`);
  }
  tf = await createProvisioner(templateDir);
}, 300_000);

afterAll(async () => {
  await tf?.dispose();
});

describe("tasks-docker with real Terraform and providers", () => {
  it("passes terraform validate", () => {
    expect(tf.validation?.valid).toBe(true);
  });

  it.each(MODES)(
    "imports in %s mode (start and stop plans) with Coder's checks passing",
    async (mode) => {
      const variables = { codex_tasks_mode: mode };
      const start = await tf.planImport({ transition: "start", variables });
      const stop = await tf.planImport({ transition: "stop", variables });
      for (const plan of [start, stop]) {
        expect(coderImportChecks(plan)).toEqual([]);
        expect(resources(plan, "coder_agent").map((r) => r.address)).toEqual(["coder_agent.main"]);
      }
      expect(resources(start, "docker_container")).toHaveLength(1);
      expect(resources(stop, "docker_container")).toHaveLength(0);
      expect(resources(stop, "docker_volume")).toHaveLength(1);
      const names = parameters(start).map((p) => [p.name, p.order]);
      expect(names).toEqual(
        expect.arrayContaining([
          ["system_prompt", 1],
          ["preview_port", 2],
        ]),
      );
    },
  );

  it("gives the system prompt parameter its default and the presets their prompts from locals", async () => {
    const plan = await tf.planImport({ transition: "start", variables: {} });
    const parameter = parameters(plan).find((p) => p.name === "system_prompt");
    expect(parameter).toMatchObject({
      default: DEFAULT_SYSTEM_PROMPT,
      value: DEFAULT_SYSTEM_PROMPT,
    });
    const presets = Object.fromEntries(
      dataSources(plan, "coder_workspace_preset").map((p) => [
        p.values["name"],
        (p.values["parameters"] as Record<string, unknown>)["system_prompt"],
      ]),
    );
    expect(presets).toEqual({
      "Codex: web app": DEFAULT_SYSTEM_PROMPT,
      "Codex: code review": REVIEW_SYSTEM_PROMPT,
    });
    expect(coderImportChecks(plan)).toEqual([]);
  });

  it("build in coder-task mode: coder_ai_task points at the chat app and data.coder_task feeds the start script", async () => {
    const prompt = "Add a /health endpoint; don't touch `main.go` $(yet)";
    const plan = await tf.planBuild({
      variables: { codex_tasks_mode: "coder-task" },
      taskId: "1c9a6b9a-4e2d-4b8e-9a55-0c2f3d4e5f60",
      taskPrompt: prompt,
    });
    expect(coderImportChecks(plan)).toEqual([]);
    expect(configReferences(plan, "coder_ai_task.codex", "app_id")).toContain("coder_app.codex.id");
    expect(resources(plan, "coder_ai_task").map((r) => r.address)).toEqual([
      "coder_ai_task.codex[0]",
    ]);
    expect(dataSources(plan, "coder_task")[0]?.values["prompt"]).toBe(prompt);
    expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe(prompt);
    expect(script(plan, "Codex: start")).toContain("export ARG_REPORT_TASKS='true'");
    expect(
      coderApps(plan)
        .map((a) => a.slug)
        .sort(),
    ).toEqual(["code-server", "codex", "codex-cli", "preview"]);
    expect(resources(plan, "docker_container")).toHaveLength(1);
  });

  it("build in ai-prompt-parameter mode: the AI Prompt parameter feeds the prompt, sidebar_app is the chat app", async () => {
    const prompt = "Write tests for the parser";
    const plan = await tf.planBuild({
      variables: { codex_tasks_mode: "ai-prompt-parameter" },
      parameters: { "AI Prompt": prompt },
    });
    expect(parameters(plan).find((p) => p.name === "AI Prompt")).toMatchObject({
      value: prompt,
      order: 0,
    });
    expect(sidebarAppReferences(plan)).toContain("coder_app.codex.id");
    expect(resources(plan, "coder_ai_task").map((r) => r.address)).toEqual([
      "coder_ai_task.codex_sidebar[0]",
    ]);
    expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe(prompt);
  });

  it("build in none mode: no Tasks resource, both Codex apps, no reporting", async () => {
    const plan = await tf.planBuild({
      variables: { codex_tasks_mode: "none" },
      taskPrompt: "ignored",
    });
    expect(resources(plan, "coder_ai_task")).toEqual([]);
    expect(parameters(plan).find((p) => p.name === "AI Prompt")).toBeUndefined();
    expect(coderApps(plan).map((a) => a.slug)).toEqual(
      expect.arrayContaining(["codex", "codex-cli"]),
    );
    expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe("");
    expect(script(plan, "Codex: start")).toContain("export ARG_REPORT_TASKS='false'");
  });

  it("keeps every rendered coder_script under the 128 KiB a single `sh -c` argument may have", async () => {
    const plan = await tf.planBuild({ variables: { codex_tasks_mode: "coder-task" } });
    const sizes = coderScripts(plan).map(
      (s) => [s.displayName, Buffer.byteLength(s.script)] as const,
    );
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const [, size] of sizes) expect(size).toBeLessThan(128 * 1024);
  });

  it("refuses a build whose start script would reach 128 KiB (a huge task prompt), naming the cause", async () => {
    // Before #13.4 this planned fine and the workspace failed with "Argument list too long".
    await expect(
      tf.planBuild({
        variables: { codex_tasks_mode: "coder-task" },
        taskPrompt: "Refactor this module. ".repeat(5000),
      }),
    ).rejects.toThrow(/The Codex start script is 128 KiB or longer/);
  });

  it("build at stop: no container, the home volume stays", async () => {
    const plan = await tf.planBuild({ transition: "stop" });
    expect(resources(plan, "docker_container")).toEqual([]);
    expect(resources(plan, "docker_volume").map((r) => r.address)).toEqual([
      "docker_volume.home_volume",
    ]);
  });

  it("fails the import when the shared-key source has no key, naming the fix", async () => {
    await expect(
      tf.planImport({ variables: { codex_auth_source: "template-variable" } }),
    ).rejects.toThrow(/OpenAI key variable is empty/);
  });

  it("fails the import on a bad Tasks mode with the allowed values", async () => {
    await expect(tf.planImport({ variables: { codex_tasks_mode: "tasks" } })).rejects.toThrow(
      /codex_tasks_mode must be one of: coder-task, ai-prompt-parameter, none/,
    );
  });

  it("user-secret (the default): no coder_env carries a key; each user's own Coder secret does", async () => {
    const plan = await tf.planBuild({ variables: { codex_auth_source: "user-secret" } });
    const envs = resources(plan, "coder_env").map((r) => r.values["name"]);
    expect(envs).not.toContain("OPENAI_API_KEY");
    expect(envs).not.toContain("CODEX_PROVIDER_API_KEY");
    expect(envs).not.toContain("OPENAI_CODER_AIGATEWAY_SESSION_TOKEN");
    expect(script(plan, "Codex: install")).toContain("export ARG_AUTH_SOURCE='user-secret'");
  });

  it("keeps a canary key out of the template, the tarball and the scripts; only the coder_env carries it", async () => {
    const plan = await tf.planBuild({
      variables: { codex_auth_source: "template-variable", openai_api_key: CANARY },
    });
    expect(coderEnvs(plan)["OPENAI_API_KEY"]).toBe(CANARY);
    for (const s of coderScripts(plan)) expect(s.script).not.toContain(CANARY);
    const files = listFiles(templateDir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(file, "utf8")).not.toContain(CANARY);
    expect(readFileSync(tarball).includes(Buffer.from(CANARY))).toBe(false);
    // The plan itself marks it sensitive, so `terraform show` never prints it.
    const env = resources(plan, "coder_env").find((r) => r.values["name"] === "OPENAI_API_KEY");
    expect(env?.sensitive_values?.["value"]).toBe(true);
  });

  it("builds the same tarball bytes twice", async () => {
    const dirs = [
      mkdtempSync(path.join(tmpdir(), "tasks-docker-a-")),
      mkdtempSync(path.join(tmpdir(), "tasks-docker-b-")),
    ];
    try {
      const shas: string[] = [];
      for (const dir of dirs) {
        const [written] = await buildTemplates([tasksDockerTemplate(createTemplateApp())], {
          outDir: dir,
          schemas: PROVIDER_SCHEMAS,
        });
        shas.push(written?.tarSha256 ?? "");
      }
      expect(shas[0]).toMatch(/^[0-9a-f]{64}$/);
      expect(shas[1]).toBe(shas[0]);
      expect(
        readFileSync(path.join(dirs[0] ?? "", "tasks-docker.tar")).equals(
          readFileSync(path.join(dirs[1] ?? "", "tasks-docker.tar")),
        ),
      ).toBe(true);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** References inside the `sidebar_app` block of `coder_ai_task.codex_sidebar`, from the configuration. */
function sidebarAppReferences(plan: TerraformPlan): string[] {
  const config = plan.configuration as
    | {
        root_module?: {
          resources?: Array<{ address: string; expressions?: Record<string, unknown> }>;
        };
      }
    | undefined;
  const res = config?.root_module?.resources?.find(
    (r) => r.address === "coder_ai_task.codex_sidebar",
  );
  const block = (
    res?.expressions?.["sidebar_app"] as Array<{ id?: { references?: string[] } }> | undefined
  )?.[0];
  return block?.id?.references ?? [];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
