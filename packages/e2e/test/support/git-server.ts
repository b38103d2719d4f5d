/**
 * A real git server on 127.0.0.1: git's own smart-HTTP CGI (`git http-backend`) behind a small Node
 * HTTP server that requires a token (HTTP basic auth, the token as the password), the way GitHub or
 * GitLab take an OAuth token. Every request is recorded (path and whether it was authorized).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";

/** One request the server answered. */
export interface GitRequest {
  readonly method: string;
  readonly path: string;
  /** The basic-auth user name sent, if any. */
  readonly user?: string;
  /** Whether the request carried the token. */
  readonly authorized: boolean;
}

export interface GitServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly requests: GitRequest[];
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** Required as the basic-auth password; without it every request is accepted. */
  readonly token?: string;
  /** Delay before each answer, so a clone takes long enough to be seen in /proc. @default 0 */
  readonly delayMs?: number;
}

const GIT_HTTP_BACKEND = (() => {
  const execPath = spawnSync("git", ["--exec-path"], { encoding: "utf8" }).stdout.trim();
  return join(execPath, "git-http-backend");
})();

function git(cwd: string, args: readonly string[]): string {
  const run = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: cwd,
    },
  });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * Creates `<root>/<name>.git`, a bare repository with `main` (README.md) and `feature`
 * (README.md plus feature.txt).
 */
export function createBareRepository(root: string, name: string): string {
  const work = join(root, `${name}-work`);
  const bare = join(root, `${name}.git`);
  mkdirSync(work, { recursive: true });
  git(work, ["init", "-q", "-b", "main"]);
  git(work, ["commit", "-q", "--allow-empty", "-m", "empty"]);
  spawnSync("sh", ["-c", 'printf "# web\\n" > README.md'], { cwd: work });
  git(work, ["add", "README.md"]);
  git(work, ["commit", "-q", "-m", "readme"]);
  git(work, ["checkout", "-q", "-b", "feature"]);
  spawnSync("sh", ["-c", 'printf "feature work\\n" > feature.txt'], { cwd: work });
  git(work, ["add", "feature.txt"]);
  git(work, ["commit", "-q", "-m", "feature"]);
  git(work, ["checkout", "-q", "main"]);
  git(root, ["clone", "-q", "--bare", work, bare]);
  return bare;
}

function basicAuth(req: IncomingMessage): { user: string; password: string } | undefined {
  const header = req.headers.authorization;
  if (header === undefined || !header.startsWith("Basic ")) return undefined;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Serves the bare repositories under `root` with `git http-backend`. */
export function startGitServer(root: string, options: GitServerOptions = {}): Promise<GitServer> {
  const requests: GitRequest[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const auth = basicAuth(req);
    const authorized = options.token === undefined || auth?.password === options.token;
    requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      ...(auth !== undefined ? { user: auth.user } : {}),
      authorized,
    });
    if (!authorized) {
      res.writeHead(401, { "WWW-Authenticate": 'Basic realm="git"' });
      res.end("authentication required\n");
      return;
    }
    const cgi = spawn(GIT_HTTP_BACKEND, [], {
      env: {
        PATH: process.env["PATH"] ?? "/usr/bin:/bin",
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: "1",
        GIT_CONFIG_NOSYSTEM: "1",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.replace(/^\?/, ""),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        ...(req.headers["content-length"] !== undefined
          ? { CONTENT_LENGTH: req.headers["content-length"] }
          : {}),
        ...(req.headers["content-encoding"] !== undefined
          ? { HTTP_CONTENT_ENCODING: req.headers["content-encoding"] }
          : {}),
        ...(typeof req.headers["git-protocol"] === "string"
          ? { GIT_PROTOCOL: req.headers["git-protocol"] }
          : {}),
        REMOTE_USER: auth?.user ?? "",
        REMOTE_ADDR: "127.0.0.1",
      },
      stdio: ["pipe", "pipe", "ignore"],
    });
    req.pipe(cgi.stdin);
    const chunks: Buffer[] = [];
    cgi.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    cgi.on("close", () => {
      const out = Buffer.concat(chunks);
      const end = out.indexOf("\r\n\r\n");
      const split = end >= 0 ? end : out.indexOf("\n\n");
      const sep = end >= 0 ? 4 : 2;
      const head = out.subarray(0, split).toString("latin1");
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number(value.split(" ")[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.end(out.subarray(split + sep));
    });
  };
  const server = createServer((req, res) => {
    const delay = options.delayMs ?? 0;
    if (delay > 0) setTimeout(() => handle(req, res), delay);
    else handle(req, res);
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
