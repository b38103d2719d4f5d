// Runs the built template (dist/template with its main.tf, what `coder templates push` uploads)
// through real Terraform with the real coder provider and the real hashicorp/kubernetes, once with
// each tested version (3.2.1 and 2.38.0, from the local mirror), the way Coder's provisioner does:
// init, validate, import plans (start, stop, every Tasks mode) and build plans; and plans one build
// from main.tf and from main.tf.json. The Coder server is emulated (its provisioner environment);
// planning a new workspace sends no request to a cluster (test/apply.test.ts applies for real).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderTemplateFiles } from "@codex-coder/template-kit";
import { comparablePlan } from "@codex-coder/template-kit/testing";
import { providerSource as kubernetesSource } from "@codex-coder/provider-kubernetes";
import {
  TerraformCommandError,
  coderAgents,
  coderApps,
  coderEnvList,
  coderImportChecks,
  coderScripts,
  configReferences,
  createProvisioner,
  dataSources,
  parameterValue,
  parameters,
  referencedResource,
  resource,
  resources,
  type PlanBuildOptions,
  type Provisioner,
  type TerraformPlan,
  type VariableValue,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ARCH_NODE_LABEL,
  DEFAULT_SYSTEM_PROMPT,
  PROJECT_FOLDER,
  PROVIDER_SCHEMAS,
  REVIEW_SYSTEM_PROMPT,
  WORKSPACE_APP_NAME,
} from "../src/template.js";
import { buildKubernetes, synthKubernetes } from "./build.js";
import { arr, obj, strings } from "./json.js";
import { installedVersion, withKubernetesVersion } from "./provider-version.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const tarball = path.join(packageDir, "dist", "kubernetes.tar");
const CANARY = "canary-key-kubernetes-0123456789abcdefghij";
const NAMESPACE = "coder-workspaces";
const WORKSPACE_ID = "0b6c6f0e-3c8d-4d7e-9a43-2f1e5d6c7b8a";
const MODES = ["coder-task", "ai-prompt-parameter", "none"] as const;
/** Every hashicorp/kubernetes version the template is tested with (schema/source.json). */
const VERSIONS = kubernetesSource.testedVersions;

/** The provisioner of each tested provider version; `tf` is the schema's version (3.2.1). */
const byVersion = new Map<string, Provisioner>();
let tf: Provisioner;
const scratch = mkdtempSync(path.join(tmpdir(), "codex-coder-kubernetes-plan-"));

beforeAll(async () => {
  if (!existsSync(path.join(templateDir, "main.tf"))) {
    throw new Error(`${templateDir}/main.tf is missing: run \`npm run build\` first`);
  }
  // dist/template must be exactly what src/ renders now (main.tf, README.md, the Codex scripts).
  const rendered = renderTemplateFiles(synthKubernetes(), { schemas: PROVIDER_SCHEMAS });
  const built = listFiles(templateDir).map((file) => path.relative(templateDir, file));
  const stale = [...new Set([...rendered.keys(), ...built])].filter((file) => {
    const expected = rendered.get(file);
    const builtFile = path.join(templateDir, file);
    return (
      expected === undefined ||
      !existsSync(builtFile) ||
      !Buffer.from(expected).equals(readFileSync(builtFile))
    );
  });
  if (stale.length > 0) {
    throw new Error(
      `${templateDir} is older than src/ (${stale.sort().join(", ")}): run \`npm run build\` first`,
    );
  }
  for (const version of VERSIONS) {
    const dir = withKubernetesVersion(templateDir, version, scratch);
    byVersion.set(version, await createProvisioner(dir));
  }
  tf = provisioner(kubernetesSource.version);
}, 600_000);

afterAll(async () => {
  for (const p of byVersion.values()) await p.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

function provisioner(version: string): Provisioner {
  const found = byVersion.get(version);
  if (!found) throw new Error(`no provisioner for hashicorp/kubernetes ${version}`);
  return found;
}

/** A start build with the namespace set and the given parameters and variables. */
function build(options: PlanBuildOptions = {}, on: Provisioner = tf): Promise<TerraformPlan> {
  return on.planBuild({
    workspace: { id: WORKSPACE_ID, name: "dev" },
    ...options,
    variables: { namespace: NAMESPACE, ...options.variables },
  });
}

/** The diagnostics of a terraform command that must fail. */
async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (err) {
    if (err instanceof TerraformCommandError) {
      return err.diagnostics.map((d) => `${d.summary}\n${d.detail ?? ""}`).join("\n---\n");
    }
    throw err;
  }
  throw new Error("expected terraform to fail, but it succeeded");
}

/** A nested single block (planned as a list of one object) or a map attribute (an object). */
function single(value: unknown, what: string): Record<string, unknown> {
  return Array.isArray(value) ? obj(arr(value, what)[0], what) : obj(value, what);
}

/** The base64 value of `export NAME='…'` in a rendered script, decoded. */
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

/** Follows block names through a plan resource's values, taking the first block at each step. */
function block(values: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
  let current = values;
  for (const name of names) current = single(current[name], name);
  return current;
}

/** Every reference made anywhere in a configuration resource's expressions. */
function allReferences(plan: TerraformPlan, address: string): string[] {
  const found = plan.configuration?.root_module?.resources?.find((r) => r.address === address);
  if (!found) throw new Error(`no configuration resource ${address}`);
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "references" && Array.isArray(inner)) {
        for (const r of inner) if (typeof r === "string") out.add(r);
      } else visit(inner);
    }
  };
  visit(found.expressions);
  return [...out];
}

/** Where `needle` occurs in the planned values of managed resources: `address.path` entries. */
function occurrences(plan: TerraformPlan, needle: string): string[] {
  return resources(plan).flatMap((r) =>
    strings(r.values)
      .filter(([, s]) => s.includes(needle))
      .map(([p]) => `${r.address}.${p}`),
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe.each(VERSIONS)(
  "the template with real Terraform and hashicorp/kubernetes %s",
  (version) => {
    let tf: Provisioner;
    beforeAll(() => {
      tf = provisioner(version);
    });

    it("installs that hashicorp/kubernetes and passes terraform validate without a warning", () => {
      expect(installedVersion(tf.workdir)).toBe(version);
      expect(tf.validation?.valid).toBe(true);
      expect(tf.validation?.errorCount).toBe(0);
      // 3.x deprecates the unversioned resource names: the template uses none, so no warning.
      expect(tf.validation?.diagnostics).toEqual([]);
    });

    it.each(MODES)(
      "imports in %s mode (start and stop plans) with Coder's checks passing",
      async (mode) => {
        const variables = { namespace: NAMESPACE, codex_tasks_mode: mode };
        const start = await tf.planImport({ transition: "start", variables });
        const stop = await tf.planImport({ transition: "stop", variables });
        for (const plan of [start, stop]) {
          expect(coderImportChecks(plan)).toEqual([]);
          expect(coderAgents(plan).map((a) => [a.address, a.os, a.arch])).toEqual([
            ["coder_agent.main", "linux", "amd64"],
          ]);
          expect(
            resources(plan, "kubernetes_persistent_volume_claim_v1").map((r) => r.address),
          ).toEqual(["kubernetes_persistent_volume_claim_v1.home"]);
        }
        expect(resources(start, "kubernetes_deployment_v1").map((r) => r.address)).toEqual([
          "kubernetes_deployment_v1.main[0]",
        ]);
        expect(resources(stop, "kubernetes_deployment_v1")).toEqual([]);
        // No provisioner tags by default: the builds go to untagged provisioners.
        expect(dataSources(start, "coder_workspace_tags")).toEqual([]);
        expect(
          parameters(start)
            .filter((p) => p.name !== "AI Prompt")
            .map((p) => [p.name, p.order]),
        ).toEqual([
          ["cpu", 1],
          ["memory", 2],
          ["home_disk_size", 3],
          ["arch", 4],
          ["system_prompt", 5],
          ["repo_url", 6],
          ["repo_branch", 7],
          ["setup_script", 8],
        ]);
        expect(resources(start, "coder_ai_task")).toHaveLength(mode === "none" ? 0 : 1);
      },
    );

    it("attaches the agent to the deployment and the metadata to the deployment and the volume", async () => {
      const plan = await tf.planImport({ variables: { namespace: NAMESPACE } });
      const refs = allReferences(plan, "kubernetes_deployment_v1.main");
      expect(refs).toEqual(
        expect.arrayContaining(["coder_agent.main.init_script", "coder_agent.main.token"]),
      );
      expect(referencedResource(plan, "coder_metadata.pod_info[0]", "resource_id")).toBe(
        "kubernetes_deployment_v1.main",
      );
      expect(referencedResource(plan, "coder_metadata.home_info", "resource_id")).toBe(
        "kubernetes_persistent_volume_claim_v1.home",
      );
    });

    it("build in coder-task mode: coder_ai_task points at the chat app and the task prompt feeds the start script", async () => {
      const prompt = "Add a /health endpoint; don't touch `main.go` $(yet)";
      const plan = await build(
        {
          variables: { codex_tasks_mode: "coder-task" },
          taskId: "1c9a6b9a-4e2d-4b8e-9a55-0c2f3d4e5f60",
          taskPrompt: prompt,
        },
        tf,
      );
      expect(coderImportChecks(plan)).toEqual([]);
      expect(configReferences(plan, "coder_ai_task.codex", "app_id")).toContain(
        "coder_app.codex.id",
      );
      expect(dataSources(plan, "coder_task")[0]?.values["prompt"]).toBe(prompt);
      expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe(prompt);
      expect(resources(plan, "kubernetes_deployment_v1")).toHaveLength(1);
    });

    it("build in ai-prompt-parameter mode: the AI Prompt parameter feeds the prompt", async () => {
      const prompt = "Write tests for the parser";
      const plan = await build(
        {
          variables: { codex_tasks_mode: "ai-prompt-parameter" },
          parameters: { "AI Prompt": prompt },
        },
        tf,
      );
      expect(parameters(plan).find((p) => p.name === "AI Prompt")).toMatchObject({ value: prompt });
      expect(resources(plan, "coder_ai_task").map((r) => r.address)).toEqual([
        "coder_ai_task.codex_sidebar[0]",
      ]);
      expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe(prompt);
    });

    it("build in none mode: no Tasks resource, both Codex apps", async () => {
      const plan = await build(
        { variables: { codex_tasks_mode: "none" }, taskPrompt: "ignored" },
        tf,
      );
      expect(resources(plan, "coder_ai_task")).toEqual([]);
      expect(parameters(plan).find((p) => p.name === "AI Prompt")).toBeUndefined();
      expect(coderApps(plan).map((a) => a.slug)).toEqual(
        expect.arrayContaining(["codex", "codex-cli"]),
      );
      expect(decodedArg(script(plan, "Codex: start"), "ARG_TASK_PROMPT")).toBe("");
    });

    it("writes the system prompt parameter to AGENTS.md: the default, and a preset's", async () => {
      const plain = await build({}, tf);
      expect(decodedArg(script(plain, "Codex: install"), "ARG_AGENTS_MD")).toBe(
        DEFAULT_SYSTEM_PROMPT,
      );
      const review = await build({ parameters: { system_prompt: REVIEW_SYSTEM_PROMPT } }, tf);
      expect(decodedArg(script(review, "Codex: install"), "ARG_AGENTS_MD")).toBe(
        REVIEW_SYSTEM_PROMPT,
      );
    });

    describe("a build with cpu 4, memory 8, home disk 20 and arch arm64", () => {
      let plan: TerraformPlan;
      let deployment: Record<string, unknown>;
      let pod: Record<string, unknown>;
      let container: Record<string, unknown>;
      let pvc: Record<string, unknown>;

      beforeAll(async () => {
        plan = await build(
          {
            parameters: { cpu: 4, memory: 8, home_disk_size: 20, arch: "arm64" },
            owner: { email: "dev@example.com", name: "dev-user" },
            variables: {
              storage_class: "fast-ssd",
              workspace_image: "ghcr.io/example/workspace:1.2",
              node_selector: { "node-pool": "workspaces" },
              tolerations: [
                { key: "dedicated", value: "coder", effect: "NoSchedule" },
                { key: "spot", operator: "Exists" },
                { operator: "Exists", effect: "NoExecute" },
              ],
            },
          },
          tf,
        );
        deployment = resource(plan, "kubernetes_deployment_v1.main[0]").values;
        pod = block(deployment, "spec", "template", "spec");
        container = obj(arr(pod["container"])[0]);
        pvc = resource(plan, "kubernetes_persistent_volume_claim_v1.home").values;
      });

      it("passes Coder's checks and gives the agent the architecture", () => {
        expect(coderImportChecks(plan)).toEqual([]);
        expect(coderAgents(plan).map((a) => [a.os, a.arch])).toEqual([["linux", "arm64"]]);
        expect(
          ["cpu", "memory", "home_disk_size", "arch"].map((n) => parameterValue(plan, n)),
        ).toEqual(["4", "8", "20", "arm64"]);
      });

      it("limits the container to the parameters, with small requests", () => {
        expect(block(container, "resources", "limits")).toEqual({ cpu: "4", memory: "8Gi" });
        expect(block(container, "resources", "requests")).toEqual({ cpu: "250m", memory: "512Mi" });
        expect(container["name"]).toBe("dev");
        expect(container["image"]).toBe("ghcr.io/example/workspace:1.2");
        expect(arr(container["env"]).map((e) => obj(e)["name"])).toEqual(["CODER_AGENT_TOKEN"]);
      });

      it("schedules the pod on an arm64 node of the selected pool, with the tolerations", () => {
        expect(pod["node_selector"]).toEqual({
          [ARCH_NODE_LABEL]: "arm64",
          "node-pool": "workspaces",
        });
        expect(
          arr(pod["toleration"]).map((t) => {
            const { key, operator, value, effect } = obj(t);
            return { key: key ?? "", operator, value: value ?? "", effect: effect ?? "" };
          }),
        ).toEqual(
          expect.arrayContaining([
            { key: "dedicated", operator: "Equal", value: "coder", effect: "NoSchedule" },
            { key: "spot", operator: "Exists", value: "", effect: "" },
            { key: "", operator: "Exists", value: "", effect: "NoExecute" },
          ]),
        );
        const term = block(
          pod,
          "affinity",
          "pod_anti_affinity",
          "preferred_during_scheduling_ignored_during_execution",
          "pod_affinity_term",
        );
        expect(term["topology_key"]).toBe("kubernetes.io/hostname");
      });

      it("runs one pod as uid 1000 without a service account token, named after the workspace", () => {
        expect(block(deployment, "metadata")).toMatchObject({
          name: `coder-${WORKSPACE_ID}`,
          namespace: NAMESPACE,
          annotations: { "com.coder.user.email": "dev@example.com" },
        });
        expect(Number(block(deployment, "spec")["replicas"])).toBe(1);
        expect(block(deployment, "spec", "strategy")["type"]).toBe("Recreate");
        expect(deployment["wait_for_rollout"]).toBe(false);
        expect(pod["automount_service_account_token"]).toBe(false);
        const security = block(pod, "security_context");
        expect([
          Number(security["run_as_user"]),
          Number(security["fs_group"]),
          security["run_as_non_root"],
        ]).toEqual([1000, 1000, true]);
        expect(block(deployment, "spec", "template", "metadata")["labels"]).toMatchObject({
          "app.kubernetes.io/name": WORKSPACE_APP_NAME,
          "com.coder.workspace.id": WORKSPACE_ID,
          "com.coder.user.username": "dev-user",
        });
      });

      it("mounts the home volume claim of the chosen size and storage class at /home/coder", () => {
        expect(block(pvc, "metadata")).toMatchObject({
          name: `coder-${WORKSPACE_ID}-home`,
          namespace: NAMESPACE,
        });
        expect(block(pvc, "spec", "resources")["requests"]).toEqual({ storage: "20Gi" });
        expect(block(pvc, "spec")["storage_class_name"]).toBe("fast-ssd");
        expect(block(pvc, "spec")["access_modes"]).toEqual(["ReadWriteOnce"]);
        expect(pvc["wait_until_bound"]).toBe(false);
        expect(arr(container["volume_mount"]).map((m) => obj(m)["mount_path"])).toEqual([
          "/home/coder",
        ]);
        expect(block(obj(arr(pod["volume"])[0]), "persistent_volume_claim")["claim_name"]).toBe(
          `coder-${WORKSPACE_ID}-home`,
        );
      });

      it("has the Codex and code-server apps and scripts, and shows the pod and volume on the workspace page", () => {
        expect(
          coderApps(plan)
            .map((a) => a.slug)
            .sort(),
        ).toEqual(["code-server", "codex", "codex-cli"]);
        expect(coderApps(plan).every((a) => a.agent === "coder_agent.main")).toBe(true);
        expect(coderScripts(plan).map((s) => s.displayName)).toEqual(
          expect.arrayContaining([
            "Codex: install",
            "Codex: start",
            "Project: clone and set up",
            "code-server: install and start",
          ]),
        );
        const install = coderScripts(plan).find((s) => s.displayName === "Codex: install");
        expect(install?.script).toContain(Buffer.from(PROJECT_FOLDER).toString("base64"));
        const items = (address: string) =>
          Object.fromEntries(
            arr(resource(plan, address).values["item"]).map((i) => [
              obj(i)["key"],
              obj(i)["value"],
            ]),
          );
        expect(items("coder_metadata.pod_info[0]")).toMatchObject({
          namespace: NAMESPACE,
          architecture: "arm64",
          "cpu limit": "4 cores",
          "memory limit": "8 GiB",
        });
        expect(items("coder_metadata.home_info")).toEqual({
          size: "20 GiB",
          "storage class": "fast-ssd",
        });
      });
    });

    it("build at stop: the deployment is gone, the home volume stays", async () => {
      const plan = await build({ transition: "stop", parameters: { home_disk_size: 20 } }, tf);
      expect(resources(plan, "kubernetes_deployment_v1")).toEqual([]);
      expect(resources(plan, "coder_metadata").map((r) => r.address)).toEqual([
        "coder_metadata.home_info",
      ]);
      const pvc = resource(plan, "kubernetes_persistent_volume_claim_v1.home").values;
      expect(block(pvc, "spec", "resources")["requests"]).toEqual({ storage: "20Gi" });
      expect(block(pvc, "metadata")["name"]).toBe(`coder-${WORKSPACE_ID}-home`);
    });

    it("fails a build with a CPU count that is not offered", async () => {
      expect(await failure(() => build({ parameters: { cpu: 3 } }, tf))).toMatch(/valid option/);
    });

    it("fails a build with a home disk beyond the bounds, with the template's message", async () => {
      expect(await failure(() => build({ parameters: { home_disk_size: 501 } }, tf))).toContain(
        "The home disk size must be between 1 and 500 GiB, got 501.",
      );
    });
  },
);

describe("the variables, checked by terraform", () => {
  const plan = (variables: Record<string, VariableValue>) => tf.planImport({ variables });

  it("fails without a namespace", async () => {
    expect(await failure(() => plan({}))).toMatch(/No value for required variable[\s\S]*namespace/);
  });

  it("fails on values Kubernetes would reject, naming what is allowed", async () => {
    const message = await failure(() =>
      plan({
        namespace: "Coder_Workspaces",
        workspace_image: "Not An Image",
        storage_class: "Fast SSD",
        node_selector: { "kubernetes.io/arch": "amd64", "bad key!": "x" },
        tolerations: [
          { key: "a", operator: "In", value: "b" },
          { key: "a", value: "b", effect: "Never" },
          { operator: "Equal", value: "b" },
        ],
      }),
    );
    for (const expected of [
      "namespace must be a DNS-1123 label",
      "workspace_image must be an image reference",
      "storage_class must be a StorageClass name",
      "node_selector keys must be label keys",
      "node_selector must not set kubernetes.io/arch",
      "tolerations: operator must be one of: Equal, Exists.",
      "tolerations: effect must be one of: NoSchedule, PreferNoSchedule, NoExecute",
      "tolerations: with operator Equal set key",
    ]) {
      expect(message).toContain(expected);
    }
  });

  it("fails on a toleration with operator Exists and a value", async () => {
    const message = await failure(() =>
      plan({ namespace: "ws", tolerations: [{ key: "a", operator: "Exists", value: "b" }] }),
    );
    expect(message).toContain("with operator Exists leave value out");
  });

  it("fails on a namespace longer than 63 characters", async () => {
    const message = await failure(() => plan({ namespace: "a".repeat(64) }));
    expect(message).toContain("namespace must be a DNS-1123 label");
  });
});

describe("secrets", () => {
  it("a key given at plan time reaches only the OPENAI_API_KEY coder_env, marked sensitive", async () => {
    const plan = await build({
      variables: { codex_auth_source: "template-variable", openai_api_key: CANARY },
    });
    const envs = coderEnvList(plan).filter((e) => e.value.includes(CANARY));
    expect(envs.map((e) => [e.name, e.agent, e.sensitive])).toEqual([
      ["OPENAI_API_KEY", "coder_agent.main", true],
    ]);
    expect(envs[0]?.value).toBe(CANARY);
    expect(occurrences(plan, CANARY)).toEqual([`${envs[0]?.address}.value`]);
    for (const s of coderScripts(plan)) expect(s.script).not.toContain(CANARY);
    for (const file of listFiles(templateDir)) {
      expect(readFileSync(file).includes(CANARY), file).toBe(false);
    }
    expect(readFileSync(tarball).includes(Buffer.from(CANARY))).toBe(false);
  });
});

// --- the same template written as main.tf and as main.tf.json, planned by real Terraform with
// the real providers under the same emulated Coder build.

/**
 * Everything Coder sets per build is fixed (owner, session token, workspace, template and build
 * ids), so two plans can differ only where the coder provider itself is random.
 */
const SAME_BUILD = {
  owner: {
    id: "5d2c8f4e-6a1b-4c3d-8e9f-0a1b2c3d4e5f",
    name: "dev-user",
    email: "dev@example.com",
    sessionToken: "0123456789-0123456789abcdef012345",
  },
  workspace: { id: WORKSPACE_ID, name: "dev" },
  template: { id: "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7" },
  buildId: "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  parameters: { cpu: 4, memory: 8, home_disk_size: 20, arch: "arm64" },
  variables: {
    namespace: NAMESPACE,
    storage_class: "fast-ssd",
    node_selector: { "node-pool": "workspaces" },
    tolerations: [
      { key: "dedicated", value: "coder", effect: "NoSchedule" },
      { key: "spot", operator: "Exists" },
    ],
  },
} as const satisfies PlanBuildOptions;

describe("main.tf and main.tf.json of the template, planned by real Terraform", () => {
  let json: Provisioner | undefined;
  let jsonOutDir: string | undefined;

  beforeAll(async () => {
    const written = await buildKubernetes({}, "json");
    jsonOutDir = path.dirname(written.templateDir);
    json = await createProvisioner(
      withKubernetesVersion(written.templateDir, kubernetesSource.version, jsonOutDir),
    );
  }, 300_000);

  afterAll(async () => {
    await json?.dispose();
    if (jsonOutDir) rmSync(jsonOutDir, { recursive: true, force: true });
  });

  it("plan the same build: cpu 4, memory 8, home disk 20, arm64, a storage class, node selector and tolerations", async () => {
    if (json === undefined) throw new Error("no provisioner for main.tf.json");
    expect(readdirSync(json.templateDir).filter((f) => f.startsWith("main."))).toEqual([
      "main.tf.json",
    ]);
    const [fromHcl, fromJson] = await Promise.all(
      [tf, json].map(async (provisioner) =>
        comparablePlan(await provisioner.planBuild(SAME_BUILD)),
      ),
    );

    expect(fromHcl).toEqual(fromJson);
    expect(fromHcl?.resourceChanges).not.toEqual([]);
  });
});
