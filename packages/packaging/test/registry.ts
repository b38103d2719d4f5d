// A real npm registry for the tests: verdaccio (6.8.x, the line that runs on Node 20) on
// 127.0.0.1, holding only what the tests publish. Nothing is proxied: a consumer's npm asks it for
// @codex-coder and the machine's usual registry for everything else.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "@codex-coder/test-support";

/** A running verdaccio and an account that may publish to it. */
export interface TestRegistry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** Token of the account the tests publish with. */
  readonly token: string;
  /** What verdaccio printed, for failure messages. */
  log(): string;
  /** Stops verdaccio (by its PID) and waits for it to exit. */
  stop(): Promise<void>;
}

async function waitForPing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`verdaccio exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const res = await fetch(new URL("-/ping", url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`verdaccio did not answer on ${url}:\n${output()}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Starts verdaccio with its storage and config under `dir`, and creates a user through the
 * registry's own `PUT /-/user/org.couchdb.user:<name>` (what `npm adduser` calls).
 */
export async function startRegistry(dir: string): Promise<TestRegistry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  mkdirSync(path.join(dir, "storage"), { recursive: true });
  const config = path.join(dir, "config.yaml");
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(path.join(dir, "htpasswd"))}`,
      "    max_users: 1",
      "uplinks: {}",
      "packages:",
      "  '@codex-coder/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "server:",
      "  keepAliveTimeout: 60",
      "web:",
      "  enable: false",
      "logs: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const bin = createRequire(import.meta.url).resolve("verdaccio/bin/verdaccio");
  const child = spawn(
    process.execPath,
    [bin, "--config", config, "--listen", `127.0.0.1:${port}`],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(child.pid, "SIGTERM");
    await once(child, "exit");
  };
  try {
    await waitForPing(url, child, () => output);
    const res = await fetch(new URL("-/user/org.couchdb.user:publisher", url), {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: "publisher",
        password: "test-registry-password",
        email: "publisher@example.com",
      }),
    });
    const body = (await res.json()) as { token?: string };
    if (!res.ok || typeof body.token !== "string") {
      throw new Error(`verdaccio refused the test user (${res.status}): ${JSON.stringify(body)}`);
    }
    return { url, token: body.token, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
