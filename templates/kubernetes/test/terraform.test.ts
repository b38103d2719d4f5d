// Real terraform on the parts of the template that need no kubernetes provider. The real
// hashicorp/kubernetes provider cannot be built on this machine (see TESTING.md), so no test here
// plans the kubernetes resources; each config below says what it leaves out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TerraformConfig } from "@codex-coder/template-kit";
import {
  TerraformCommandError,
  coderAgents,
  createProvisioner,
  parameterValue,
  type PlanBuildOptions,
  type Provisioner,
  type VariableValue,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthKubernetes } from "./build.js";
import { obj } from "./json.js";

let config: TerraformConfig;
let files: ReadonlyMap<string, Uint8Array>;
const dirs: string[] = [];
const provisioners: Provisioner[] = [];

function writeConfig(name: string, body: TerraformConfig, withFiles = false): string {
  const dir = mkdtempSync(join(tmpdir(), `codex-coder-kubernetes-${name}-`));
  dirs.push(dir);
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(body, null, 2));
  if (withFiles) {
    for (const [path, bytes] of files) {
      const target = join(dir, ...path.split("/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
  }
  return dir;
}

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

beforeAll(() => {
  const synthesized = synthKubernetes();
  config = synthesized.config;
  files = synthesized.files;
});

afterAll(async () => {
  for (const p of provisioners) await p.dispose();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the variables, checked by terraform itself", () => {
  // Only the variable blocks: their validations need no provider at all.
  let tf: Provisioner;
  const plan = (variables: Record<string, VariableValue>) => tf.planImport({ variables });

  beforeAll(async () => {
    tf = await createProvisioner(
      writeConfig("variables", { variable: obj(config["variable"]) as TerraformConfig }),
    );
    provisioners.push(tf);
  });

  it("accept a namespace and the defaults", async () => {
    await plan({ namespace: "coder-workspaces" });
  });

  it("accept node selectors, tolerations, a storage class and a kubeconfig", async () => {
    await plan({
      namespace: "ws",
      use_kubeconfig: true,
      storage_class: "fast-ssd.example.com",
      node_selector: { "node-pool": "workspaces", "example.com/zone": "a_1" },
      tolerations: [
        { key: "dedicated", value: "coder", effect: "NoSchedule" },
        { key: "gpu", operator: "Exists" },
        { operator: "Exists" },
        { key: "spot", operator: "Equal", value: "true", effect: "PreferNoSchedule" },
      ],
    });
  });

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

describe("the Coder half, with the real coder provider", () => {
  // Everything except what needs hashicorp/kubernetes: its provider block, the deployment, the
  // volume claim and the coder_metadata that point at them.
  let tf: Provisioner;
  const build = (options: PlanBuildOptions) =>
    tf.planBuild({
      ...options,
      variables: { namespace: "coder-workspaces", ...options.variables },
    });

  beforeAll(async () => {
    const coderOnly = structuredClone(config) as Record<string, unknown>;
    const resource = obj(coderOnly["resource"]);
    for (const type of Object.keys(resource)) {
      if (type.startsWith("kubernetes_") || type === "coder_metadata") delete resource[type];
    }
    delete obj(coderOnly["provider"])["kubernetes"];
    delete obj(obj(coderOnly["terraform"])["required_providers"])["kubernetes"];
    // createProvisioner runs terraform init and terraform validate (the coder resources, Codex's
    // scripts and apps, parameters, presets and variables) and fails when either fails.
    tf = await createProvisioner(writeConfig("coder", coderOnly as TerraformConfig, true));
    provisioners.push(tf);
  });

  it("validates", () => {
    expect(tf.validation?.valid).toBe(true);
  });

  it("plans a template import with the defaults", async () => {
    const plan = await tf.planImport({ variables: { namespace: "coder-workspaces" } });
    expect(coderAgents(plan).map((a) => [a.name, a.os, a.arch])).toEqual([
      ["main", "linux", "amd64"],
    ]);
  });

  it("gives the agent the architecture the user picked", async () => {
    const plan = await build({
      parameters: { arch: "arm64", cpu: 4, memory: 8, home_disk_size: 20 },
    });
    expect(coderAgents(plan).map((a) => a.arch)).toEqual(["arm64"]);
    expect(parameterValue(plan, "cpu")).toBe("4");
    expect(parameterValue(plan, "memory")).toBe("8");
    expect(parameterValue(plan, "home_disk_size")).toBe("20");
  });

  it("fails on a CPU count that is not offered", async () => {
    expect(await failure(() => build({ parameters: { cpu: 3 } }))).toMatch(/valid option/);
  });

  it("fails on a home disk beyond the bounds, with the template's message", async () => {
    expect(await failure(() => build({ parameters: { home_disk_size: 501 } }))).toContain(
      "The home disk size must be between 1 and 500 GiB, got 501.",
    );
  });
});
