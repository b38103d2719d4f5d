import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createWriteStream, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { loadToolchain, requireTool, type Toolchain } from "./toolchain.js";

/** Options of {@link startKubeApiServer}. */
export interface KubeApiServerOptions {
  /** Toolchain with the `kube-apiserver` and `etcd` tools. @default loadToolchain() */
  toolchain?: Toolchain;
  /** Directory to create the server's temporary directory in. @default os.tmpdir() */
  tmpDir?: string;
  /** How long to wait for `/readyz`, in milliseconds. @default 120000 */
  readyTimeoutMs?: number;
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
   * token; it skips TLS verification (the server's certificate is self-signed, made at start).
   */
  readonly kubeconfigFile: string;
  /** The temporary directory holding etcd's data, the keys, the token file and the logs. */
  readonly dir: string;
  /** Sends one request to the API as the `system:masters` user, e.g. `get("/api/v1/namespaces")`. */
  request(method: string, path: string, body?: unknown): Promise<KubeResponse>;
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
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const saKey = join(dir, "service-account.key");
    await writeFile(saKey, privateKey.export({ type: "pkcs1", format: "pem" }), { mode: 0o600 });
    const tokenFile = join(dir, "tokens.csv");
    await writeFile(tokenFile, `${token},test-admin,test-admin,system:masters\n`, { mode: 0o600 });
    await mkdir(join(dir, "certs"), { mode: 0o700 });
    children.push(
      launch(
        apiserverBin,
        [
          "--bind-address=127.0.0.1",
          "--advertise-address=127.0.0.1",
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
    const kubeconfigFile = join(dir, "kubeconfig");
    await writeFile(kubeconfigFile, kubeconfig(url, token), { mode: 0o600 });
    const send = (method: string, path: string, body?: unknown) =>
      apiRequest(url, token, method, path, body);

    const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
    for (;;) {
      for (const child of children) {
        if (child.exitCode !== null || child.signalCode !== null) {
          const log = String(child.spawnfile).endsWith("etcd") ? "etcd.log" : "kube-apiserver.log";
          throw new Error(
            `${child.spawnfile} exited (${String(child.exitCode ?? child.signalCode)}) before the API server was ready:\n${tailOf(join(dir, log))}`,
          );
        }
      }
      const ready = await send("GET", "/readyz").catch(() => null);
      if (ready?.status === 200) break;
      if (Date.now() > deadline) {
        throw new Error(
          `kube-apiserver did not get ready within ${options.readyTimeoutMs ?? 120_000} ms:\n${tailOf(join(dir, "kube-apiserver.log"))}`,
        );
      }
      await sleep(500);
    }

    return {
      url,
      kubeconfigFile,
      dir,
      request: send,
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

/** `count` distinct free TCP ports on 127.0.0.1 (held open together, then released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => {
    const address = s.address();
    if (address === null || typeof address === "string") throw new Error("no TCP address");
    return address.port;
  });
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function kubeconfig(url: string, token: string): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "  - name: test",
    "    cluster:",
    `      server: ${url}`,
    "      insecure-skip-tls-verify: true",
    "contexts:",
    "  - name: test",
    "    context:",
    "      cluster: test",
    "      user: test-admin",
    "current-context: test",
    "users:",
    "  - name: test-admin",
    "    user:",
    `      token: ${token}`,
    "",
  ].join("\n");
}

function apiRequest(
  url: string,
  token: string,
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
        // The server's certificate is self-signed at start; the connection stays on 127.0.0.1.
        rejectUnauthorized: false,
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
