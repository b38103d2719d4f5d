import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { screenText } from "../src/agentapi-client.js";
import { filesContaining, regularFiles } from "../src/files.js";
import { waitFor } from "../src/polling.js";
import { freePort, freePorts } from "../src/ports.js";
import { processesWithEnv, processSnapshot } from "../src/processes.js";

describe("processesWithEnv and processSnapshot", () => {
  it("find a child by a marker in its environment, and show its command line", async () => {
    // GIVEN a child with a marker nothing else has
    const marker = `TEST_SUPPORT_MARKER=${process.pid}-${Date.now()}`;
    const [name, value] = marker.split("=") as [string, string];
    const child = spawn("sleep", ["30"], { env: { ...process.env, [name]: value } });
    try {
      // WHEN
      const found = await waitFor("the child to be seen", () => {
        const pids = processesWithEnv(marker);
        return pids.length > 0 ? pids : undefined;
      });

      // THEN
      expect(found).toEqual([child.pid]);
      expect(processSnapshot().split("\n")).toContain(`${child.pid} sleep 30`);
      expect(processesWithEnv(`${marker}-other`)).toEqual([]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});

describe("freePorts", () => {
  it("gives distinct ports a server can listen on", async () => {
    const ports = await freePorts(3);
    expect(new Set(ports).size).toBe(3);
    const server = createServer();
    await new Promise<void>((done) => server.listen(portOf(ports[0]), "127.0.0.1", done));
    server.close();
    expect(await freePort()).toBeGreaterThan(0);
  });
});

function portOf(port: number | undefined): number {
  if (port === undefined) throw new Error("no port");
  return port;
}

describe("waitFor", () => {
  it("returns the first value the check gives, and names what it waited for on timeout", async () => {
    let calls = 0;
    expect(await waitFor("three calls", () => (++calls >= 3 ? calls : undefined), 5000, 1)).toBe(3);
    await expect(waitFor("nothing", () => undefined, 20, 1)).rejects.toThrow(
      "timed out after 20 ms waiting for nothing",
    );
  });
});

describe("screenText", () => {
  it("drops AgentAPI's terminal padding and blank lines", () => {
    expect(screenText("> hello   \n\n   \n  world  \n")).toBe("> hello\n  world");
  });
});

describe("regularFiles and filesContaining", () => {
  it("walk the roots without following symlinks or entering skipped folders", () => {
    const root = mkdtempSync(join(tmpdir(), "test-support-files-"));
    try {
      mkdirSync(join(root, "a", "deep"), { recursive: true });
      mkdirSync(join(root, "skipped"));
      writeFileSync(join(root, "a", "deep", "secret.txt"), "key=sk-canary\n");
      writeFileSync(join(root, "a", "plain.txt"), "nothing\n");
      writeFileSync(join(root, "skipped", "secret.txt"), "sk-canary");
      symlinkSync(join(root, "a", "deep", "secret.txt"), join(root, "link.txt"));
      const skip = new Set([join(root, "skipped")]);

      expect(regularFiles([root], skip).sort()).toEqual([
        join(root, "a", "deep", "secret.txt"),
        join(root, "a", "plain.txt"),
      ]);
      expect(filesContaining("sk-canary", [root], skip)).toEqual([
        join(root, "a", "deep", "secret.txt"),
      ]);
      expect(filesContaining("sk-canary", [root])).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
