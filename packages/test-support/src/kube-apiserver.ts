import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePorts } from "./ports.js";
import { loadToolchain, requireTool, type Toolchain } from "./toolchain.js";

/** Options of {@link startKubeApiServer}. */
export interface KubeApiServerOptions {
  /** Toolchain with the `kube-apiserver` and `etcd` tools. @default loadToolchain() */
  toolchain?: Toolchain;
  /** Directory to create the server's temporary directory in. @default os.tmpdir() */
  tmpDir?: string;
  /** How long to wait for `/readyz`, in milliseconds. @default 120000 */
  readyTimeoutMs?: number;
  /**
   * Names of further users, each authenticated by its own random static token and in no group:
   * they may do nothing until RBAC grants it (see {@link KubeApiServer.kubeconfigFor}). Lowercase
   * letters, digits and `-`. @default []
   */
  users?: string[];
}

/** The answer of one API request. */
export interface KubeResponse {
  /** HTTP status. */
  status: number;
  /** The body parsed as JSON (`null` when empty or not JSON). */
  body: unknown;
}

/**
 * A real Kubernetes API server (kube-apiserver built by `npm run setup:tools`) with its own etcd,
 * both listening on 127.0.0.1 only. There are no nodes, kubelet, scheduler or controllers: objects
 * are stored and served exactly as a cluster's API does, and nothing runs them. One difference:
 * without kube-controller-manager nothing would remove the `kubernetes.io/pvc-protection`
 * finalizer, so the admission plugin that adds it is disabled and a deleted PVC goes at once.
 */
export interface KubeApiServer {
  /** `https://127.0.0.1:<port>`. */
  readonly url: string;
  /**
   * A kubeconfig file (mode 0600) for a `system:masters` user authenticated by a random static
   * token. It trusts only the certificate the server made for itself at start (for 127.0.0.1).
   */
  readonly kubeconfigFile: string;
  /** The temporary directory holding etcd's data, the keys, the token file and the logs. */
  readonly dir: string;
  /** The server's self-signed certificate (PEM), the only one the kubeconfig trusts. */
  readonly caCertificate: string;
  /** Process ids of etcd and kube-apiserver, in that order. */
  readonly pids: readonly number[];
  /**
   * A kubeconfig file (mode 0600) for one of {@link KubeApiServerOptions.users}, trusting the same
   * certificate. @throws Error for a user that was not asked for
   */
  kubeconfigFor(user: string): string;
  /** Sends one request to the API as the `system:masters` user, e.g. `get("/api/v1/namespaces")`. */
  request(method: string, path: string, body?: unknown): Promise<KubeResponse>;
  /** Sends one request as one of {@link KubeApiServerOptions.users}. @throws Error for another user */
  requestAs(user: string, method: string, path: string, body?: unknown): Promise<KubeResponse>;
  /** `GET path`. */
  get(path: string): Promise<KubeResponse>;
  /** Creates a namespace. @throws Error when the API refuses it */
  createNamespace(name: string): Promise<void>;
  /** Stops kube-apiserver and etcd (by PID) and removes {@link KubeApiServer.dir}. Safe twice. */
  stop(): Promise<void>;
}

/**
 * Starts etcd and kube-apiserver on free ports of 127.0.0.1 and waits until `/readyz` answers ok
 * (about 15 s on 2 cores). Call {@link KubeApiServer.stop} when done.
 *
 * @throws Error naming the log file when either process exits early or `/readyz` never gets ok;
 *   Error saying how to get them when the toolchain has no `kube-apiserver` or `etcd`
 */
export async function startKubeApiServer(
  options: KubeApiServerOptions = {},
): Promise<KubeApiServer> {
  const users = options.users ?? [];
  for (const user of users) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(user) || user === ADMIN) {
      throw new Error(`startKubeApiServer: user name ${JSON.stringify(user)} is not allowed`);
    }
  }
  const toolchain = options.toolchain ?? loadToolchain();
  const apiserverBin = requireTool("kube-apiserver", toolchain);
  const etcdBin = requireTool("etcd", toolchain);
  const dir = await mkdtemp(join(options.tmpDir ?? tmpdir(), "codex-coder-kube-"));
  const children: ChildProcess[] = [];
  let stopped = false;

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // The API server first, so that it does not log etcd going away; then etcd.
    for (const child of [...children].reverse()) await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const [etcdClient, etcdPeer, securePort] = await freePorts(3);
    const etcdUrl = `http://127.0.0.1:${etcdClient}`;
    const peerUrl = `http://127.0.0.1:${etcdPeer}`;
    children.push(
      launch(
        etcdBin,
        [
          "--name=test",
          `--data-dir=${join(dir, "etcd")}`,
          `--listen-client-urls=${etcdUrl}`,
          `--advertise-client-urls=${etcdUrl}`,
          `--listen-peer-urls=${peerUrl}`,
          `--initial-advertise-peer-urls=${peerUrl}`,
          `--initial-cluster=test=${peerUrl}`,
          "--log-level=warn",
        ],
        join(dir, "etcd.log"),
      ),
    );

    const token = randomBytes(24).toString("hex");
    const userTokens = new Map(users.map((u) => [u, randomBytes(24).toString("hex")]));
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const saKey = join(dir, "service-account.key");
    await writeFile(saKey, privateKey.export({ type: "pkcs1", format: "pem" }), { mode: 0o600 });
    const tokenFile = join(dir, "tokens.csv");
    // token,user,uid[,"group,..."]
    const tokenLines = [`${token},${ADMIN},${ADMIN},system:masters`];
    for (const [user, t] of userTokens) tokenLines.push(`${t},${user},${user}`);
    await writeFile(tokenFile, `${tokenLines.join("\n")}\n`, { mode: 0o600 });
    await mkdir(join(dir, "certs"), { mode: 0o700 });
    children.push(
      launch(
        apiserverBin,
        [
          "--bind-address=127.0.0.1",
          "--advertise-address=127.0.0.1",
          // The `kubernetes` Service's endpoints may not be a loopback address; nothing uses them.
          "--endpoint-reconciler-type=none",
          `--secure-port=${securePort}`,
          `--etcd-servers=${etcdUrl}`,
          `--cert-dir=${join(dir, "certs")}`,
          `--token-auth-file=${tokenFile}`,
          "--authorization-mode=RBAC",
          "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
          `--service-account-key-file=${saKey}`,
          `--service-account-signing-key-file=${saKey}`,
          // An allocation range for Service IPs only: no traffic is routed anywhere.
          "--service-cluster-ip-range=10.96.0.0/24",
          // It puts the kubernetes.io/pvc-protection finalizer on every PVC, which only
          // kube-controller-manager (not run here) removes: a deleted PVC would never go away.
          "--disable-admission-plugins=StorageObjectInUseProtection",
        ],
        join(dir, "kube-apiserver.log"),
      ),
    );

    const url = `https://127.0.0.1:${securePort}`;
    const certFile = join(dir, "certs", "apiserver.crt");
    const timeoutMs = options.readyTimeoutMs ?? 120_000;
    const deadline = Date.now() + timeoutMs;
    const checkAlive = (): void => {
      for (const [child, log] of [
        [children[0], "etcd.log"],
        [children[1], "kube-apiserver.log"],
      ] as const) {
        if (child !== undefined && (child.exitCode !== null || child.signalCode !== null)) {
          throw new Error(
            `${child.spawnfile} exited (${String(child.exitCode ?? child.signalCode)}) before the API server was ready:\n${tailOf(join(dir, log))}`,
          );
        }
      }
      if (Date.now() > deadline) {
        throw new Error(
          `kube-apiserver did not get ready within ${timeoutMs} ms:\n${tailOf(join(dir, "kube-apiserver.log"))}`,
        );
      }
    };
    // The server writes its self-signed certificate (and the CA that signed it) before serving.
    while (!existsSync(certFile)) {
      checkAlive();
      await sleep(250);
    }
    await sleep(100); // written in one go, but not atomically
    const caCertificate = readFileSync(certFile, "utf8");
    const send = (method: string, path: string, body?: unknown) =>
      apiRequest(url, token, caCertificate, method, path, body);
    for (;;) {
      checkAlive();
      const ready = await send("GET", "/readyz").catch(() => null);
      if (ready?.status === 200) break;
      await sleep(500);
    }
    const kubeconfigFile = join(dir, "kubeconfig");
    await writeFile(kubeconfigFile, kubeconfig(url, ADMIN, token, caCertificate), { mode: 0o600 });
    const userKubeconfigs = new Map<string, string>();
    for (const [user, t] of userTokens) {
      const file = join(dir, `kubeconfig-${user}`);
      await writeFile(file, kubeconfig(url, user, t, caCertificate), { mode: 0o600 });
      userKubeconfigs.set(user, file);
    }
    const tokenOf = (user: string): string => {
      const t = userTokens.get(user);
      if (t === undefined) throw new Error(`no user ${user} (options.users: ${users.join(", ")})`);
      return t;
    };

    return {
      url,
      kubeconfigFile,
      dir,
      caCertificate,
      pids: children.map((c) => c.pid ?? -1),
      kubeconfigFor(user) {
        tokenOf(user);
        return userKubeconfigs.get(user) as string;
      },
      request: send,
      requestAs: (user, method, path, body) =>
        apiRequest(url, tokenOf(user), caCertificate, method, path, body),
      get: (path) => send("GET", path),
      async createNamespace(name) {
        const res = await send("POST", "/api/v1/namespaces", {
          apiVersion: "v1",
          kind: "Namespace",
          metadata: { name },
        });
        if (res.status !== 201) {
          throw new Error(
            `creating namespace ${name}: HTTP ${res.status} ${JSON.stringify(res.body)}`,
          );
        }
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The `system:masters` user of {@link KubeApiServer.request} and `kubeconfigFile`. */
const ADMIN = "test-admin";

function launch(binary: string, args: string[], logFile: string): ChildProcess {
  const log = createWriteStream(logFile, { mode: 0o600 });
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on("error", () => undefined); // reported through exitCode by the readiness loop
  return child;
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the process is gone. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(killer);
}

function kubeconfig(url: string, user: string, token: string, caCertificate: string): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "  - name: test",
    "    cluster:",
    `      server: ${url}`,
    `      certificate-authority-data: ${Buffer.from(caCertificate).toString("base64")}`,
    "contexts:",
    "  - name: test",
    "    context:",
    "      cluster: test",
    `      user: ${user}`,
    "current-context: test",
    "users:",
    `  - name: ${user}`,
    "    user:",
    `      token: ${token}`,
    "",
  ].join("\n");
}

function apiRequest(
  url: string,
  token: string,
  ca: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<KubeResponse> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, url),
      {
        method,
        ca,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...(payload === undefined
            ? {}
            : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }),
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = null;
          try {
            parsed = text === "" ? null : JSON.parse(text);
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

function tailOf(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
  } catch {
    return `(no ${file})`;
  }
}
