/**
 * A static file server on 127.0.0.1 for tests that exercise download-and-verify paths (the AgentAPI
 * binary, a Node.js tarball with its SHASUMS256.txt) without the internet.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";

/** A running static server. */
export interface StaticServer {
  /** Base URL without a trailing slash: `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** Paths requested so far (`/v0.12.1/agentapi-linux-amd64`), in order, including 404s. */
  requests(): string[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

/**
 * Serves the files under `dir` (GET and HEAD; `application/octet-stream`). Paths that leave `dir`,
 * folders and missing files answer 404.
 * @param dir folder to serve
 */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const raw = (req.url ?? "/").split("?")[0] ?? "/";
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      // keep the raw path; it will not name a file
    }
    seen.push(path);
    const file = resolve(root, `.${path}`);
    const notFound = (): void => {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end(`not found: ${path}\n`);
    };
    if ((req.method !== "GET" && req.method !== "HEAD") || !file.startsWith(root + sep)) {
      notFound();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          notFound();
          return;
        }
        res.writeHead(200, {
          "content-type": "application/octet-stream",
          "content-length": info.size,
        });
        if (req.method === "HEAD") {
          res.end();
          return;
        }
        createReadStream(file).pipe(res);
      },
      () => notFound(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: () => seen.slice(),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
