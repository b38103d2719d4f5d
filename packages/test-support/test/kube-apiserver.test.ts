// startKubeApiServer against the real etcd and kube-apiserver that `npm run setup:tools` builds
// (nothing is mocked): versions, TLS, authentication, RBAC for a further user, and stop by PID.
import { existsSync, readFileSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKubeApiServer, type KubeApiServer } from "../src/index.js";
import { waitFor } from "../src/polling.js";
import { loadToolchain } from "../src/toolchain.js";

let cluster: KubeApiServer;

beforeAll(async () => {
  cluster = await startKubeApiServer({ users: ["someone"] });
}, 180_000);

afterAll(async () => {
  await cluster?.stop();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("startKubeApiServer", () => {
  it("serves the kube-apiserver version the versions file pins, on 127.0.0.1", async () => {
    expect(cluster.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await cluster.get("/version");
    expect(res.status).toBe(200);
    const pinned = loadToolchain().tools?.["kube-apiserver"]?.version;
    expect(pinned).toBeDefined();
    expect(res.body).toMatchObject({ gitVersion: `v${String(pinned)}` });
  });

  it("writes a private kubeconfig that trusts the server's own certificate", () => {
    const text = readFileSync(cluster.kubeconfigFile, "utf8");
    expect(statSync(cluster.kubeconfigFile).mode & 0o777).toBe(0o600);
    expect(text).not.toContain("insecure-skip-tls-verify");
    expect(text).toContain(
      `certificate-authority-data: ${Buffer.from(cluster.caCertificate).toString("base64")}`,
    );
    expect(cluster.caCertificate).toContain("BEGIN CERTIFICATE");
  });

  it("stores objects as the admin", async () => {
    await cluster.createNamespace("helper-test");
    const res = await cluster.get("/api/v1/namespaces/helper-test");
    expect(res.status).toBe(200);
  });

  it("gives a further user nothing until RBAC grants it", async () => {
    const path = "/api/v1/namespaces/helper-test/configmaps";
    expect((await cluster.requestAs("someone", "GET", path)).status).toBe(403);
    const rbac = "/apis/rbac.authorization.k8s.io/v1/namespaces/helper-test";
    expect(
      (
        await cluster.request("POST", `${rbac}/roles`, {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "Role",
          metadata: { name: "read-configmaps" },
          rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["list"] }],
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await cluster.request("POST", `${rbac}/rolebindings`, {
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "RoleBinding",
          metadata: { name: "read-configmaps" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "read-configmaps" },
          subjects: [{ kind: "User", apiGroup: "rbac.authorization.k8s.io", name: "someone" }],
        })
      ).status,
    ).toBe(201);
    // kube-apiserver's RBAC authorizer reads bindings from an informer cache, so a new binding
    // takes effect shortly after it is stored, not with the POST's answer.
    const granted = await waitFor(
      "the RoleBinding to let someone list configmaps",
      async () => {
        const status = (await cluster.requestAs("someone", "GET", path)).status;
        return status === 403 ? undefined : status;
      },
      10_000,
    );
    expect(granted).toBe(200);
    expect(statSync(cluster.kubeconfigFor("someone")).mode & 0o777).toBe(0o600);
    expect(() => cluster.kubeconfigFor("nobody")).toThrow(/no user nobody/);
  });

  it("stops etcd and kube-apiserver by PID and removes its directory", async () => {
    expect(cluster.pids).toHaveLength(2);
    for (const pid of cluster.pids) expect(alive(pid)).toBe(true);
    await cluster.stop();
    for (const pid of cluster.pids) expect(alive(pid)).toBe(false);
    expect(existsSync(cluster.dir)).toBe(false);
    await cluster.stop(); // safe twice
  });
});
