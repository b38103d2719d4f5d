// Runs the built template (dist/template with its main.tf, what `coder templates push` uploads)
// through real Terraform with the real coder provider 2.18.0 and the real hashicorp/kubernetes
// 1.13.4 from the local mirror, the way Coder's provisioner does: init, validate, import plans
// (start, stop) and build plans; and plans one build from main.tf and from main.tf.json. The
// Coder server is emulated (its provisioner environment); there is no Kubernetes cluster:
// planning a new workspace makes the provider read its configuration but send no request (the
// kubeconfig below names a port nothing listens on). The in-cluster test emulates a pod's service
// account files; it is the only emulation besides Coder's.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderTemplateFiles } from "@codex-coder/template-kit";
import { comparablePlan } from "@codex-coder/template-kit/testing";
import {
  TerraformCommandError,
  coderAgents,
  coderApps,
  coderEnvList,
  coderImportChecks,
  coderScripts,
  createProvisioner,
  dataSources,
  loadToolchain,
  parameterValue,
  parameters,
  referencedResource,
  requireProvider,
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
  PROJECT_FOLDER,
  PROVIDER_SCHEMAS,
  WORKSPACE_APP_NAME,
} from "../src/template.js";
import { buildKubernetes, synthKubernetes } from "./build.js";
import { arr, obj, strings } from "./json.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const tarball = path.join(packageDir, "dist", "kubernetes.tar");
const CANARY = "canary-key-kubernetes-0123456789abcdefghij";
const NAMESPACE = "coder-workspaces";
const WORKSPACE_ID = "0b6c6f0e-3c8d-4d7e-9a43-2f1e5d6c7b8a";

let tf: Provisioner;
const scratch = mkdtempSync(path.join(tmpdir(), "codex-coder-kubernetes-plan-"));
const extraProvisioners: Provisioner[] = [];

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
  tf = await createProvisioner(templateDir);
}, 300_000);

afterAll(async () => {
  await tf?.dispose();
  for (const p of extraProvisioners) await p.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

/** A start build with the namespace set and the given parameters and variables. */
function build(options: PlanBuildOptions = {}): Promise<TerraformPlan> {
  return tf.planBuild({
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

/**
 * A nested single block as 1.x plans it (a list of one object), or a map attribute as 2.x does
 * (container `resources.limits` is a block in 1.x and a map in 2.x; Terraform JSON writes both as
 * one object, which is why the template works with both).
 */
function single(value: unknown, what: string): Record<string, unknown> {
  return Array.isArray(value) ? obj(arr(value, what)[0], what) : obj(value, what);
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

describe("the template with real Terraform, coder 2.18.0 and hashicorp/kubernetes 1.13.4", () => {
  it("installs the toolchain's hashicorp/kubernetes and passes terraform validate", () => {
    const lock = readFileSync(path.join(tf.workdir, ".terraform.lock.hcl"), "utf8");
    const installed =
      /provider "registry\.terraform\.io\/hashicorp\/kubernetes" \{\s*version\s*=\s*"([^"]+)"/.exec(
        lock,
      )?.[1];
    expect(installed).toBe(requireProvider("kubernetes").version);
    if (loadToolchain().mode === "mirror") expect(installed).toBe("1.13.4");
    expect(tf.validation?.valid).toBe(true);
    expect(tf.validation?.errorCount).toBe(0);
  });

  it("imports (start and stop plans) with Coder's checks passing", async () => {
    const variables = { namespace: NAMESPACE };
    const start = await tf.planImport({ transition: "start", variables });
    const stop = await tf.planImport({ transition: "stop", variables });
    for (const plan of [start, stop]) {
      expect(coderImportChecks(plan)).toEqual([]);
      expect(coderAgents(plan).map((a) => [a.address, a.os, a.arch])).toEqual([
        ["coder_agent.main", "linux", "amd64"],
      ]);
      expect(resources(plan, "kubernetes_persistent_volume_claim").map((r) => r.address)).toEqual([
        "kubernetes_persistent_volume_claim.home",
      ]);
    }
    expect(resources(start, "kubernetes_deployment").map((r) => r.address)).toEqual([
      "kubernetes_deployment.main[0]",
    ]);
    expect(resources(stop, "kubernetes_deployment")).toEqual([]);
    // No provisioner tags by default: the builds go to untagged provisioners.
    expect(dataSources(start, "coder_workspace_tags")).toEqual([]);
    expect(parameters(start).map((p) => [p.name, p.order])).toEqual([
      ["cpu", 1],
      ["memory", 2],
      ["home_disk_size", 3],
      ["arch", 4],
    ]);
  });

  it("attaches the agent to the deployment and the metadata to the deployment and the volume", async () => {
    const plan = await tf.planImport({ variables: { namespace: NAMESPACE } });
    const refs = allReferences(plan, "kubernetes_deployment.main");
    expect(refs).toEqual(
      expect.arrayContaining(["coder_agent.main.init_script", "coder_agent.main.token"]),
    );
    expect(referencedResource(plan, "coder_metadata.pod_info[0]", "resource_id")).toBe(
      "kubernetes_deployment.main",
    );
    expect(referencedResource(plan, "coder_metadata.home_info", "resource_id")).toBe(
      "kubernetes_persistent_volume_claim.home",
    );
  });

  describe("a build with cpu 4, memory 8, home disk 20 and arch arm64", () => {
    let plan: TerraformPlan;
    let deployment: Record<string, unknown>;
    let pod: Record<string, unknown>;
    let container: Record<string, unknown>;
    let pvc: Record<string, unknown>;

    beforeAll(async () => {
      plan = await build({
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
      });
      deployment = resource(plan, "kubernetes_deployment.main[0]").values;
      pod = block(deployment, "spec", "template", "spec");
      container = obj(arr(pod["container"])[0]);
      pvc = resource(plan, "kubernetes_persistent_volume_claim.home").values;
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

    it("has the Codex apps and scripts, and shows the pod and volume on the workspace page", () => {
      expect(
        coderApps(plan)
          .map((a) => a.slug)
          .sort(),
      ).toEqual(["codex", "codex-cli"]);
      expect(coderApps(plan).every((a) => a.agent === "coder_agent.main")).toBe(true);
      expect(coderScripts(plan).map((s) => s.displayName)).toEqual(
        expect.arrayContaining(["Codex: install", "Codex: start"]),
      );
      const install = coderScripts(plan).find((s) => s.displayName === "Codex: install");
      expect(install?.script).toContain(Buffer.from(PROJECT_FOLDER).toString("base64"));
      const items = (address: string) =>
        Object.fromEntries(
          arr(resource(plan, address).values["item"]).map((i) => [obj(i)["key"], obj(i)["value"]]),
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
    const plan = await build({ transition: "stop", parameters: { home_disk_size: 20 } });
    expect(resources(plan, "kubernetes_deployment")).toEqual([]);
    expect(resources(plan, "coder_metadata").map((r) => r.address)).toEqual([
      "coder_metadata.home_info",
    ]);
    const pvc = resource(plan, "kubernetes_persistent_volume_claim.home").values;
    expect(block(pvc, "spec", "resources")["requests"]).toEqual({ storage: "20Gi" });
    expect(block(pvc, "metadata")["name"]).toBe(`coder-${WORKSPACE_ID}-home`);
  });

  it("fails a build with a CPU count that is not offered", async () => {
    expect(await failure(() => build({ parameters: { cpu: 3 } }))).toMatch(/valid option/);
  });

  it("fails a build with a home disk beyond the bounds, with the template's message", async () => {
    expect(await failure(() => build({ parameters: { home_disk_size: 501 } }))).toContain(
      "The home disk size must be between 1 and 500 GiB, got 501.",
    );
  });
});

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

// --- how the provider finds its cluster. Planning a new workspace sends no request to the
// cluster, so these tests read the provider's own log (TF_LOG=DEBUG) to see which configuration
// it loaded. Terraform gets the test process's environment, so it is changed around one plan.

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: unreachable
    cluster:
      server: https://127.0.0.1:1
contexts:
  - name: test
    context:
      cluster: unreachable
      user: test
current-context: test
users:
  - name: test
    user:
      token: test-token-not-a-secret
`;

/** A home directory with a ~/.kube/config that points at a port nothing listens on. */
function homeWithKubeconfig(): string {
  const home = mkdtempSync(path.join(scratch, "home-"));
  mkdirSync(path.join(home, ".kube"), { mode: 0o700 });
  writeFileSync(path.join(home, ".kube", "config"), KUBECONFIG, { mode: 0o600 });
  return home;
}

/** Runs `plan` with HOME set and debug logging on; returns the kubernetes provider's log lines. */
async function providerLog(home: string, plan: () => Promise<unknown>): Promise<string> {
  const log = path.join(mkdtempSync(path.join(scratch, "log-")), "terraform.log");
  const saved = { HOME: process.env["HOME"], TF_LOG: process.env["TF_LOG"] };
  const savedPath = process.env["TF_LOG_PATH"];
  Object.assign(process.env, { HOME: home, TF_LOG: "DEBUG", TF_LOG_PATH: log });
  try {
    await plan();
  } finally {
    for (const [key, value] of Object.entries({ ...saved, TF_LOG_PATH: savedPath })) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((line) => line.includes("provider.terraform-provider-kubernetes"))
    .join("\n");
}

describe("the kubernetes provider configuration, with the real 1.13.4 provider", () => {
  it("use_kubeconfig = true: reads ~/.kube/config of the provisioner's user; the plan needs no reachable cluster", async () => {
    const home = homeWithKubeconfig();
    const log = await providerLog(home, () => build({ variables: { use_kubeconfig: true } }));
    expect(log).toContain(`Configuration file is: ${path.join(home, ".kube", "config")}`);
    expect(log).toContain("Successfully initialized config");
  });

  it("use_kubeconfig = false: reads no kubeconfig file, even when the provisioner's user has one", async () => {
    const log = await providerLog(homeWithKubeconfig(), () =>
      build({ variables: { use_kubeconfig: false } }),
    );
    expect(log).not.toContain("Configuration file is:");
    // client-go's empty-configuration result, after which it tries the pod's service account
    // (absent here; see the next test).
    expect(log).toContain("no configuration has been provided");
  });

  it("use_kubeconfig = false in a pod: uses the pod's service account (emulated with a private mount namespace: needs root)", async () => {
    requirePodEmulation();
    const pod = await createProvisioner(templateDir, {
      toolchain: {
        ...loadToolchain(),
        terraform: { ...loadToolchain().terraform, path: podTerraform() },
      },
      validate: false,
    });
    extraProvisioners.push(pod);
    const log = await providerLog(homeWithKubeconfig(), () =>
      pod.planBuild({ variables: { namespace: NAMESPACE, use_kubeconfig: false } }),
    );
    expect(log).not.toContain("Configuration file is:");
    expect(log).toContain("Successfully initialized config");
  });
});

/**
 * Fails unless this machine can run terraform in a private mount namespace with a tmpfs over
 * /var/run (root with CAP_SYS_ADMIN, util-linux `unshare`), as CI can: the test runs everywhere and
 * is never skipped. The probe mounts only inside a throwaway namespace.
 */
function requirePodEmulation(): void {
  const needs =
    "the in-pod test emulates a pod's service account with a tmpfs over /var/run in a private mount namespace; " +
    "it needs Linux, root with CAP_SYS_ADMIN and util-linux unshare and mount (CI runs as root)";
  if (process.platform !== "linux") throw new Error(`${needs}; this is ${process.platform}`);
  const uid = process.getuid?.();
  if (uid !== 0) throw new Error(`${needs}; this runs as uid ${String(uid)}`);
  const probe = spawnSync(
    "unshare",
    ["--mount", "--propagation", "private", "--", "mount", "-t", "tmpfs", "tmpfs", runDir()],
    { encoding: "utf8" },
  );
  if (probe.error) throw new Error(`${needs}; unshare could not run: ${probe.error.message}`);
  if (probe.status !== 0) {
    throw new Error(
      `${needs}; \`unshare --mount -- mount -t tmpfs tmpfs ${runDir()}\` failed (exit ${String(probe.status)}): ${probe.stderr.trim()}`,
    );
  }
}

/** The real directory behind /var/run, where client-go reads a pod's service account. */
function runDir(): string {
  return realpathSync("/var/run");
}

/**
 * A terraform wrapper that runs the real terraform as if inside a pod: in a private mount
 * namespace, a tmpfs over /var/run holds a service account (a token and the namespace, as the
 * kubelet mounts them), and KUBERNETES_SERVICE_HOST/PORT name a port nothing listens on.
 */
function podTerraform(): string {
  const dir = mkdtempSync(path.join(scratch, "pod-"));
  const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  const script = path.join(dir, "terraform");
  writeFileSync(
    script,
    [
      "#!/usr/bin/env bash",
      "set -euo pipefail",
      'if [ "${IN_POD_NAMESPACE:-}" != "1" ]; then',
      '  IN_POD_NAMESPACE=1 exec unshare --mount --propagation private -- "$0" "$@"',
      "fi",
      `mount -t tmpfs tmpfs ${quote(runDir())}`,
      `sa=${quote(path.join(runDir(), "secrets", "kubernetes.io", "serviceaccount"))}`,
      'mkdir -p "$sa"',
      "printf '%s' test-token-not-a-secret >\"$sa/token\"",
      `printf '%s' ${quote(NAMESPACE)} >"$sa/namespace"`,
      "export KUBERNETES_SERVICE_HOST=127.0.0.1 KUBERNETES_SERVICE_PORT=1",
      `exec ${quote(loadToolchain().terraform.path)} "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(script, 0o700);
  return script;
}

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
    json = await createProvisioner(written.templateDir);
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
