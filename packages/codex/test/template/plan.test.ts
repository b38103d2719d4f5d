// Templates built with the real constructs, planned by real Terraform with the real coder provider
// from the local mirror the way Coder's provisioner does (the Coder server is emulated by its
// provisioner environment; nothing else is faked). What the workspace receives is read from the
// planned coder_script values.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import {
  coderApps,
  coderEnvList,
  coderImportChecks,
  coderScripts,
  createProvisioner,
  dataSources,
  resources,
  scratchRoot,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import {
  agent,
  provider as coder,
  providerSchema as coderSchema,
} from "@codex-coder/provider-coder";
import {
  TemplateStack,
  buildTemplates,
  createTemplateApp,
  setTerraformName,
} from "@codex-coder/template-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Codex, CodexAuth, CodexVariables } from "../../src/index.js";

const SCRATCH = scratchRoot(join(import.meta.dirname, "..", ".."), "template-tests");

/** The value of `export NAME='…'` in a planned script, base64-decoded. */
function decodedArg(script: string, name: string): string {
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(script);
  if (!m) throw new Error(`${name} not found in:\n${script}`);
  return Buffer.from(m[1] ?? "", "base64").toString("utf8");
}

function scriptNamed(plan: TerraformPlan, displayName: string): string {
  const found = coderScripts(plan).find((s) => s.displayName === displayName);
  if (!found) throw new Error(`no coder_script "${displayName}"`);
  return found.script;
}

/** The managed settings the install script receives, as `dotted.path=JSON value`. */
function receivedSettings(plan: TerraformPlan, displayName = "Codex: install"): string[] {
  const m = /^export ARG_MANAGED_CONFIG='([^']*)'$/m.exec(scriptNamed(plan, displayName));
  if (!m) throw new Error("ARG_MANAGED_CONFIG not found");
  // base64gzip at plan time: the document may be large.
  const text = gunzipSync(Buffer.from(m[1] ?? "", "base64")).toString("utf8");
  const doc = JSON.parse(text) as {
    version: number;
    settings: Array<Record<string, unknown>>;
  };
  expect(doc.version).toBe(1);
  for (const entry of doc.settings) expect(Object.keys(entry).sort()).toEqual(["path", "value"]);
  return doc.settings.map(
    (s) => `${(s["path"] as string[]).join(".")}=${JSON.stringify(s["value"])}`,
  );
}

async function build(name: string, define: (stack: TemplateStack) => void): Promise<string> {
  mkdirSync(SCRATCH, { recursive: true });
  const out = mkdtempSync(join(SCRATCH, `${name}-`));
  const app = createTemplateApp();
  const stack = new TemplateStack(app, name, {
    displayName: name,
    description: "A template built by the codex package's tests",
    icon: "/icon/openai.svg",
  });
  new coder.CoderProvider(stack, "coder");
  define(stack);
  await buildTemplates([stack], { outDir: out, schemas: [coderSchema] });
  dirs.push(out);
  return join(out, "template");
}

const dirs: string[] = [];
const provisioners: Provisioner[] = [];
afterAll(async () => {
  for (const p of provisioners) await p.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("settings chosen at push time are decided by Terraform, not in the workspace", () => {
  let tf: Provisioner;
  beforeAll(async () => {
    const dir = await build("push-time", (stack) => {
      const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });
      setTerraformName(main, "main");
      const vars = new CodexVariables(stack, "codex-variables");
      new Codex(stack, "codex", {
        agent: main,
        folder: "/home/coder/project",
        ...vars.codexProps(),
      });
    });
    tf = await createProvisioner(dir);
    provisioners.push(tf);
  }, 300_000);

  it("ai-gateway, no Tasks, no model: the gateway provider only, no Coder MCP server, no model key", async () => {
    const plan = await tf.planBuild({
      variables: { codex_auth_source: "ai-gateway", codex_tasks_mode: "none", codex_model: "" },
    });
    expect(coderImportChecks(plan)).toEqual([]);
    const settings = receivedSettings(plan);
    expect(settings).toContain('model_provider="aigateway"');
    expect(settings).toContain(
      'model_providers.aigateway.base_url="http://localhost:3000/api/v2/aibridge/openai/v1"',
    );
    expect(settings.filter((s) => s.startsWith("mcp_servers."))).toEqual([]);
    expect(settings.filter((s) => s.startsWith("model="))).toEqual([]);
    expect(settings.filter((s) => s.startsWith("model_providers.custom"))).toEqual([]);
  });

  it("custom-provider, coder-task, a model: that provider, the Coder MCP server and the model", async () => {
    const plan = await tf.planBuild({
      variables: {
        codex_auth_source: "custom-provider",
        codex_custom_provider_base_url: "https://llm-proxy.internal/v1",
        codex_tasks_mode: "coder-task",
        codex_model: "gpt-5.5",
      },
    });
    const settings = receivedSettings(plan);
    expect(settings).toContain('model="gpt-5.5"');
    expect(settings).toContain('model_providers.custom.base_url="https://llm-proxy.internal/v1"');
    expect(settings).toContain('mcp_servers.coder.command="coder"');
    expect(settings.filter((s) => s.includes("aigateway"))).toEqual([]);
  });

  it("user-secret, ai-prompt-parameter: no provider table, the Coder MCP server", async () => {
    const plan = await tf.planBuild({
      variables: { codex_auth_source: "user-secret", codex_tasks_mode: "ai-prompt-parameter" },
    });
    const settings = receivedSettings(plan);
    expect(settings.filter((s) => s.startsWith("model_provider"))).toEqual([]);
    expect(settings).toContain('mcp_servers.coder.env.CODER_MCP_APP_STATUS_SLUG="codex"');
  });
});

describe("two Codex constructs in one template", () => {
  let tf: Provisioner;
  beforeAll(async () => {
    const dir = await build("two-codex", (stack) => {
      const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });
      setTerraformName(main, "main");
      const review = new agent.Agent(stack, "review", { arch: "amd64", os: "linux" });
      setTerraformName(review, "review");
      new Codex(stack, "codex", { agent: main, folder: "/home/coder/project" });
      new Codex(stack, "codex-docs", {
        agent: main,
        folder: "/home/coder/docs",
        tasksMode: "none",
        auth: CodexAuth.userSecret(),
      });
      new Codex(stack, "codex-review", {
        agent: review,
        folder: "/home/coder/project",
        tasksMode: "none",
        auth: CodexAuth.none(),
      });
    });
    tf = await createProvisioner(dir);
    provisioners.push(tf);
  }, 300_000);

  it("plans with one workspace and one owner data source, own slugs and ports", async () => {
    const plan = await tf.planBuild({ taskPrompt: "hello" });
    expect(coderImportChecks(plan)).toEqual([]);
    expect(dataSources(plan, "coder_workspace").map((d) => d.address)).toEqual([
      "data.coder_workspace.me",
    ]);
    expect(dataSources(plan, "coder_workspace_owner").map((d) => d.address)).toEqual([
      "data.coder_workspace_owner.me",
    ]);
    expect(
      coderApps(plan)
        .map((a) => a.slug)
        .sort(),
    ).toEqual([
      "codex",
      "codex-cli",
      "codex-docs",
      "codex-docs-cli",
      "codex-review",
      "codex-review-cli",
    ]);
    expect(resources(plan, "coder_ai_task").map((r) => r.address)).toEqual([
      "coder_ai_task.codex[0]",
    ]);

    const start = scriptNamed(plan, "Codex: start");
    const docs = scriptNamed(plan, "Codex (codex-docs): start");
    const review = scriptNamed(plan, "Codex (codex-review): start");
    expect(start).toContain("export ARG_AGENTAPI_PORT='3284'");
    expect(docs).toContain("export ARG_AGENTAPI_PORT='3285'");
    expect(review).toContain("export ARG_AGENTAPI_PORT='3284'");
    expect(decodedArg(docs, "ARG_FOLDER")).toBe("/home/coder/docs");
    // Folders: the default construct's wrappers set none; codex-docs gets its own (naming.ts),
    // as the workspace receives them after Terraform.
    expect(start).not.toMatch(/CODEX_MODULE_DIR|CODEX_HOME|CODEX_MODULE_RUN_DIR/);
    expect(docs).toContain('\nexport CODEX_MODULE_DIR="$HOME/.codex-module-codex-docs"\n');
    expect(docs).toContain('\nexport CODEX_HOME="$HOME/.codex-module-codex-docs/codex-home"\n');
    expect(docs).toContain(
      '\nexport CODEX_MODULE_RUN_DIR="/tmp/codex-module-run-$(id -u)-codex-docs"\n',
    );
    expect(docs).toContain('\nexport CODEX_STEPS_RUN_DIR="/tmp/codex-module-run-$(id -u)"\n');
    expect(review).toContain('module_dir="$HOME/.codex-module-codex-review"');

    // CODER_URL and CODER_SESSION_TOKEN once per agent, not once per Codex.
    for (const name of ["CODER_URL", "CODER_SESSION_TOKEN"]) {
      const agents = coderEnvList(plan)
        .filter((e) => e.name === name)
        .map((e) => e.agent);
      expect(agents).toHaveLength(2);
      expect(new Set(agents).size).toBe(2);
    }
    // The settings of each Codex name its own app.
    expect(receivedSettings(plan, "Codex (codex-docs): install")).toEqual(
      expect.arrayContaining(['projects./home/coder/docs.trust_level="trusted"']),
    );
  });
});
