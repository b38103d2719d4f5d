import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  coderAgents,
  coderApps,
  coderEnvList,
  coderEnvs,
  coderImportChecks,
  coderScripts,
  parameters,
  parameterValue,
  planOutputs,
  resource,
  type TerraformPlan,
} from "../src/plan.js";
import {
  buildEnvironment,
  createProvisioner,
  parameterEnvName,
  TerraformCommandError,
  type Provisioner,
} from "../src/provisioner.js";

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

// A made-up key: only checked for where it ends up.
const SECRET = "secret-test-0123456789abcdef";

describe("Provisioner on the basic fixture (real terraform + coder provider)", () => {
  let provisioner: Provisioner;

  beforeAll(async () => {
    provisioner = await createProvisioner(fixture("basic"));
  });
  afterAll(async () => {
    await provisioner?.dispose();
  });

  it("inits and validates a copy of the template in a private temp dir", () => {
    expect(provisioner.validation?.valid).toBe(true);
    expect(provisioner.workdir).not.toBe(fixture("basic"));
    expect(existsSync(join(provisioner.workdir, "main.tf.json"))).toBe(true);
    expect(existsSync(join(provisioner.workdir, ".terraform"))).toBe(true);
    expect(statSync(dirname(provisioner.workdir)).mode & 0o077).toBe(0);
    // the coder provider's pprof socket lands next to the workdir, not in the shared tmp dir
    expect(existsSync(join(dirname(provisioner.workdir), ".coder"))).toBe(true);
    expect(provisioner.commands.map((c) => c.args[0])).toEqual(["init", "validate"]);
  });

  it("plans the START import with parameter defaults and no build metadata", async () => {
    const plan = await provisioner.planImport({ variables: { openai_api_key: SECRET } });
    expect(parameters(plan).map((p) => [p.name, p.value, p.order])).toEqual([
      ["model", "gpt-5-codex", 1],
      ["max_turns", "20", 2],
    ]);
    expect(parameters(plan)[0]?.options.map((o) => o.value)).toEqual(["gpt-5-codex", "gpt-5"]);
    expect(planOutputs(plan)).toMatchObject({ transition: "start", start_count: 1 });
    const workspace = resource(plan, "data.coder_workspace.me").values;
    expect(workspace["template_id"]).toBe("");
    expect(workspace["access_url"]).toBe("http://localhost:3000/");
    expect(coderImportChecks(plan)).toEqual([]);
    const last = provisioner.commands.filter((c) => c.args[0] === "plan").at(-1);
    expect(last?.envNames).toEqual([
      "CODER_AGENT_URL",
      "CODER_WORKSPACE_TRANSITION",
      "TF_VAR_openai_api_key",
    ]);
  });

  it("plans the STOP import with start_count 0", async () => {
    const plan = await provisioner.planImport({
      transition: "stop",
      variables: { openai_api_key: SECRET },
    });
    expect(planOutputs(plan)).toMatchObject({ transition: "stop", start_count: 0 });
  });

  it("does not pass host CODER_* variables to terraform", async () => {
    process.env["CODER_WORKSPACE_NAME"] = "leaked-from-host";
    try {
      const plan = await provisioner.planImport({ variables: { openai_api_key: SECRET } });
      expect(resource(plan, "data.coder_workspace.me").values["name"]).toBe("default");
    } finally {
      delete process.env["CODER_WORKSPACE_NAME"];
    }
  });

  describe("build plan", () => {
    let plan: TerraformPlan;

    beforeAll(async () => {
      plan = await provisioner.planBuild({
        variables: { openai_api_key: SECRET, workdir: "/srv/repo" },
        parameters: { model: "gpt-5", max_turns: 7 },
        taskId: "6d7b8f2e-0000-4000-8000-000000000001",
        taskPrompt: "Fix the failing test",
        owner: { name: "alice", email: "alice@example.com", groups: ["devs"] },
        workspace: { name: "codex-1" },
        template: { name: "tasks-docker", version: "v42" },
      });
    });

    it("passes parameter values through CODER_PARAMETER_<sha256>", () => {
      expect(parameterValue(plan, "model")).toBe("gpt-5");
      expect(parameterValue(plan, "max_turns")).toBe("7");
      expect(coderEnvs(plan)["CODEX_MODEL"]).toBe("gpt-5");
    });

    it("returns the value of a coder_env fed by a sensitive variable, marked sensitive", () => {
      expect(coderEnvs(plan)["OPENAI_API_KEY"]).toBe(SECRET);
      const env = coderEnvList(plan).find((e) => e.name === "OPENAI_API_KEY");
      expect(env).toMatchObject({ sensitive: true, agent: "coder_agent.main" });
      expect(coderEnvList(plan).find((e) => e.name === "CODEX_MODEL")?.sensitive).toBe(false);
    });

    it("never puts variable values on a terraform command line", () => {
      for (const command of provisioner.commands) {
        expect(command.args.join(" ")).not.toContain(SECRET);
        expect(command.args.some((a) => a.startsWith("-var"))).toBe(false);
      }
    });

    it("sets workspace, owner, template and task data", () => {
      expect(planOutputs(plan)).toMatchObject({ transition: "start", owner: "alice" });
      expect(resource(plan, "data.coder_workspace.me").values).toMatchObject({
        name: "codex-1",
        template_name: "tasks-docker",
        template_version: "v42",
      });
      expect(resource(plan, "data.coder_workspace_owner.me").values).toMatchObject({
        email: "alice@example.com",
        groups: ["devs"],
      });
      expect(resource(plan, "data.coder_task.me").values).toMatchObject({
        enabled: true,
        prompt: "Fix the failing test",
      });
      expect(coderEnvs(plan)["CODEX_TASK_PROMPT"]).toBe("Fix the failing test");
    });

    it("exposes scripts, apps and agents", () => {
      expect(coderScripts(plan)).toEqual([
        expect.objectContaining({
          displayName: "Install Codex",
          runOnStart: true,
          runOnStop: false,
          agent: "coder_agent.main",
          script: expect.stringContaining('cd "/srv/repo"') as unknown,
        }),
      ]);
      expect(coderScripts(plan)[0]?.script).toContain("installing codex for codex-1");
      expect(coderApps(plan)).toEqual([
        expect.objectContaining({ slug: "codex", command: "codex", agent: "coder_agent.main" }),
      ]);
      expect(coderAgents(plan)).toEqual([
        expect.objectContaining({ name: "main", os: "linux", env: { CODEX_OWNER: "alice" } }),
      ]);
    });

    it("records only the names of CODER_* variables, including the parameter hashes", () => {
      const last = provisioner.commands.filter((c) => c.args[0] === "plan").at(-1);
      expect(last?.envNames).toContain(parameterEnvName("model"));
      expect(last?.envNames).toContain("CODER_WORKSPACE_BUILD_ID");
      expect(last?.envNames).toContain("CODER_AGENT_SCRIPT_linux_amd64");
      expect(JSON.stringify(provisioner.commands)).not.toContain(SECRET);
    });
  });

  it("plans a destroy with -destroy", async () => {
    const plan = await provisioner.planBuild({
      transition: "destroy",
      variables: { openai_api_key: SECRET },
    });
    const last = provisioner.commands.filter((c) => c.args[0] === "plan").at(-1);
    expect(last?.args).toContain("-destroy");
    expect(plan.resource_changes ?? []).toEqual([]);
  });

  it("fails with terraform's diagnostic when a required variable is missing", async () => {
    const err: unknown = await provisioner.planImport().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TerraformCommandError);
    expect((err as TerraformCommandError).message).toMatch(/No value for required variable/);
    expect((err as TerraformCommandError).diagnostics[0]?.summary).toMatch(/required variable/);
  });

  it("fails for a variable the template does not declare", async () => {
    await expect(
      provisioner.planImport({ variables: { openai_api_key: SECRET, modle: "x" } }),
    ).rejects.toThrow(/variables "modle" are not declared by the template/);
  });

  it("fails for a transition that is not start or stop in planImport", async () => {
    await expect(
      provisioner.planImport({ transition: "destroy" as "start", variables: {} }),
    ).rejects.toThrow(/transition must be "start" or "stop", got "destroy"/);
  });
});

describe("createProvisioner", () => {
  it("removes its working directory on dispose", async () => {
    const p = await createProvisioner(fixture("basic"), { validate: false });
    expect(p.validation).toBeNull();
    expect(existsSync(p.workdir)).toBe(true);
    await p.dispose();
    expect(existsSync(p.workdir)).toBe(false);
    expect(existsSync(dirname(p.workdir))).toBe(false);
    await expect(p.planImport()).rejects.toThrow(/already disposed/);
  });

  it("fails for a directory that does not exist", async () => {
    await expect(createProvisioner(fixture("no-such-template"))).rejects.toThrow(
      /templateDir ".*no-such-template" is not a directory/,
    );
  });

  it("fails with validate diagnostics for an invalid template, and cleans up", async () => {
    const parent = mkdtempSync(join(tmpdir(), "test-support-invalid-"));
    try {
      await expect(createProvisioner(fixture("invalid-slug"), { tmpDir: parent })).rejects.toThrow(
        /terraform validate: .* is invalid:\n- .*slug/,
      );
      // the temp workdir was removed again
      expect(existsSync(parent) && statSync(parent).isDirectory()).toBe(true);
      expect(readdirSync(parent)).toEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe("buildEnvironment", () => {
  it("names parameters CODER_PARAMETER_<sha256hex(name)> and JSON-encodes lists", () => {
    const env = buildEnvironment("http://coder.test/", {
      parameters: { repos: ["a", "b"] },
      previousParameters: { repos: ["a"] },
    });
    const hash = createHash("sha256").update("repos").digest("hex");
    expect(env[`CODER_PARAMETER_${hash}`]).toBe('["a","b"]');
    expect(env[`CODER_PARAMETER_PREVIOUS_${hash}`]).toBe('["a"]');
    expect(env["CODER_WORKSPACE_OWNER_GROUPS"]).toBe("[]");
    expect(env["CODER_WORKSPACE_OWNER_RBAC_ROLES"]).toBe("[]");
    expect(env["CODER_WORKSPACE_BUILD_ID"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(env["CODER_AGENT_SCRIPT_linux_amd64"]).toContain("placeholder");
    expect(env["CODER_TASK_ID"]).toBeUndefined();
  });
});
