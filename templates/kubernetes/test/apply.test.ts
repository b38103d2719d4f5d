// Applies the built template (dist/template) for real, with each tested hashicorp/kubernetes
// version, against a real Kubernetes API server: kube-apiserver and etcd built by
// `npm run setup:tools`, listening on 127.0.0.1 only. Terraform, the coder provider and the
// kubernetes provider are real; the Coder server is emulated (its provisioner environment), and
// the cluster has no nodes, so the Deployment's pod is stored but never runs (the template does
// not wait for a rollout). The provisioner uses `use_kubeconfig = true` with a HOME whose
// ~/.kube/config points at the test API server as a user that has only the README's Role
// (PROVISIONER_ROLE_RULES) in the workspace namespace.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { providerSource as kubernetesSource } from "@codex-coder/provider-kubernetes";
import {
  createProvisioner,
  resources,
  startKubeApiServer,
  type KubeApiServer,
  type PlanBuildOptions,
  type Provisioner,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVISIONER_ROLE_RULES } from "../src/readme.js";
import { obj } from "./json.js";
import { installedVersion, withKubernetesVersion } from "./provider-version.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const scratch = mkdtempSync(path.join(tmpdir(), "codex-coder-kubernetes-apply-"));
/** The provisioner's user: its ~/.kube/config names the test API server (use_kubeconfig = true). */
const home = path.join(scratch, "home");
/** The Kubernetes user the provisioner authenticates as; RBAC grants it the README's Role. */
const PROVISIONER = "coder-provisioner";

let cluster: KubeApiServer;

beforeAll(async () => {
  cluster = await startKubeApiServer({ tmpDir: scratch, users: [PROVISIONER] });
  mkdirSync(path.join(home, ".kube"), { recursive: true, mode: 0o700 });
  copyFileSync(cluster.kubeconfigFor(PROVISIONER), path.join(home, ".kube", "config"));
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

interface Container {
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}

/** Creates an object as the cluster admin; throws unless the API answers 201. */
async function create(apiPath: string, body: Record<string, unknown>): Promise<void> {
  const res = await cluster.request("POST", apiPath, body);
  if (res.status !== 201) {
    throw new Error(`POST ${apiPath}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/** The namespace's Role from the README, bound to the provisioner's user. */
async function grantProvisionerRole(namespace: string): Promise<void> {
  const rbac = `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}`;
  await create(`${rbac}/roles`, {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "Role",
    metadata: { name: "coder-workspaces", namespace },
    rules: PROVISIONER_ROLE_RULES,
  });
  await create(`${rbac}/rolebindings`, {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "RoleBinding",
    metadata: { name: "coder-workspaces", namespace },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "coder-workspaces" },
    subjects: [{ kind: "User", apiGroup: "rbac.authorization.k8s.io", name: PROVISIONER }],
  });
}

/** The API's view of an object: its uid and, for a Deployment, the workspace container. */
async function read(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await cluster.get(path);
  return { status: res.status, body: res.status === 200 ? obj(res.body) : {} };
}

function uid(body: Record<string, unknown>): string {
  return String(obj(body["metadata"])["uid"]);
}

function workspaceContainer(deployment: Record<string, unknown>): Container {
  const spec = obj(obj(obj(deployment["spec"])["template"])["spec"]);
  const containers = spec["containers"] as Container[];
  if (containers.length !== 1) throw new Error(`expected one container, got ${containers.length}`);
  return containers[0] as Container;
}

describe.each(kubernetesSource.testedVersions)(
  "terraform apply with hashicorp/kubernetes %s against a real kube-apiserver",
  (version) => {
    const namespace = `ws-${version.replaceAll(".", "-")}`;
    const workspaceId = `7d0c3a52-1b6e-4f0a-9c1d-${version.replaceAll(".", "").padStart(12, "0")}`;
    const deploymentPath = `/apis/apps/v1/namespaces/${namespace}/deployments/coder-${workspaceId}`;
    const pvcPath = `/api/v1/namespaces/${namespace}/persistentvolumeclaims/coder-${workspaceId}-home`;
    let tf: Provisioner;
    let pvcUid: string;
    let deploymentUid: string;

    /** One workspace build, applied: the same workspace every time, as Coder would run it. */
    const apply = (options: PlanBuildOptions) =>
      tf.applyBuild({
        workspace: { id: workspaceId, name: "dev" },
        ...options,
        variables: { namespace, use_kubeconfig: true, ...options.variables },
      });

    beforeAll(async () => {
      await cluster.createNamespace(namespace);
      await grantProvisionerRole(namespace);
      tf = await createProvisioner(withKubernetesVersion(templateDir, version, scratch), { home });
    }, 300_000);

    afterAll(async () => {
      await tf?.dispose();
    });

    it("installs that version", () => {
      expect(installedVersion(tf.workdir)).toBe(version);
    });

    it("runs as a user with only the README's Role in the namespace", async () => {
      const deployments = `/apis/apps/v1/namespaces/${namespace}/deployments`;
      expect((await cluster.requestAs(PROVISIONER, "GET", deployments)).status).toBe(200);
      expect(
        (
          await cluster.requestAs(
            PROVISIONER,
            "GET",
            "/apis/apps/v1/namespaces/default/deployments",
          )
        ).status,
      ).toBe(403);
      expect(
        (await cluster.requestAs(PROVISIONER, "GET", `/api/v1/namespaces/${namespace}/secrets`))
          .status,
      ).toBe(403);
    });

    it("start: creates the home PVC and the Deployment with the limits the parameters ask for", async () => {
      await apply({ parameters: { cpu: 2, memory: 4, home_disk_size: 10 } });

      const pvc = await read(pvcPath);
      expect(pvc.status).toBe(200);
      expect(obj(obj(obj(pvc.body["spec"])["resources"])["requests"])["storage"]).toBe("10Gi");
      pvcUid = uid(pvc.body);
      const deployment = await read(deploymentPath);
      expect(deployment.status).toBe(200);
      deploymentUid = uid(deployment.body);
      expect(workspaceContainer(deployment.body).resources).toEqual({
        limits: { cpu: "2", memory: "4Gi" },
        requests: { cpu: "250m", memory: "512Mi" },
      });
      const claim = obj(obj(obj(deployment.body["spec"])["template"])["spec"])["volumes"];
      expect(claim).toEqual([
        { name: "home", persistentVolumeClaim: { claimName: `coder-${workspaceId}-home` } },
      ]);
    });

    it("stop: removes the Deployment and keeps the PVC", async () => {
      await apply({ transition: "stop", parameters: { cpu: 2, memory: 4, home_disk_size: 10 } });

      expect((await read(deploymentPath)).status).toBe(404);
      const pvc = await read(pvcPath);
      expect(pvc.status).toBe(200);
      expect(uid(pvc.body)).toBe(pvcUid);
    });

    it("a second start creates a new Deployment on the same PVC", async () => {
      await apply({ parameters: { cpu: 2, memory: 4, home_disk_size: 10 } });

      const pvc = await read(pvcPath);
      expect(uid(pvc.body)).toBe(pvcUid);
      const deployment = await read(deploymentPath);
      expect(deployment.status).toBe(200);
      expect(uid(deployment.body)).not.toBe(deploymentUid);
      deploymentUid = uid(deployment.body);
    });

    it("changing CPU and memory updates the Deployment in place", async () => {
      const plan = await apply({ parameters: { cpu: 4, memory: 8, home_disk_size: 10 } });

      const change = plan.resource_changes?.find(
        (c) => c.address === "kubernetes_deployment_v1.main[0]",
      );
      expect(change?.change.actions).toEqual(["update"]);
      expect(
        resources(plan, "kubernetes_persistent_volume_claim_v1").map((r) => r.address),
      ).toEqual(["kubernetes_persistent_volume_claim_v1.home"]);
      const deployment = await read(deploymentPath);
      expect(uid(deployment.body)).toBe(deploymentUid);
      expect(workspaceContainer(deployment.body).resources?.limits).toEqual({
        cpu: "4",
        memory: "8Gi",
      });
      expect(uid((await read(pvcPath)).body)).toBe(pvcUid);
    });

    it("delete (destroy): removes the Deployment and the PVC", async () => {
      await apply({ transition: "destroy", parameters: { cpu: 4, memory: 8, home_disk_size: 10 } });

      expect((await read(deploymentPath)).status).toBe(404);
      expect((await read(pvcPath)).status).toBe(404);
      expect(readFileSync(path.join(tf.workdir, "terraform.tfstate"), "utf8")).not.toContain(
        `coder-${workspaceId}-home`,
      );
    });
  },
);
