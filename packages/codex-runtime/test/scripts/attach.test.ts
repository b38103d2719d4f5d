// attach.sh, the "Codex CLI" app, run the way a Coder terminal app runs it: the command the
// construct synthesizes (its test in @codex-coder/codex pins the same command text), in a
// pseudo-terminal, with the workspace's HOME. The AgentAPI is the real
// binary, serving a small stand-in agent (a shell that prints a marker) instead of Codex: what is
// under test is that the terminal reaches the AgentAPI the start script runs, on its port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  PACKAGE_DIR,
  SCRIPTS_DIR,
  Workspace,
  agentStatus,
  agentapiBinary,
  freePort,
  removeScratchDirs,
  sleep,
} from "./harness.js";

const PTY_RUN = join(PACKAGE_DIR, "test", "fixtures", "pty-run.py");
const MARKER = "attached-to-the-agent";
const servers: ChildProcess[] = [];

afterAll(async () => {
  for (const server of servers) {
    if (server.pid !== undefined && server.exitCode === null) process.kill(server.pid, "SIGKILL");
  }
  await sleep(100);
  removeScratchDirs();
});

/** A workspace with attach.sh and AgentAPI where the install script puts them. */
function workspace(label: string): Workspace {
  const ws = new Workspace(label);
  mkdirSync(join(ws.moduleDir, "scripts"), { recursive: true });
  mkdirSync(join(ws.moduleDir, "bin"), { recursive: true });
  copyFileSync(join(SCRIPTS_DIR, "attach.sh"), join(ws.moduleDir, "scripts", "attach.sh"));
  symlinkSync(agentapiBinary(), join(ws.moduleDir, "bin", "agentapi"));
  return ws;
}

/** Starts the real AgentAPI on 127.0.0.1:`port` with the stand-in agent; waits until it is stable. */
async function startAgentApi(ws: Workspace, port: number): Promise<void> {
  const server = spawn(
    agentapiBinary(),
    [
      "server",
      "--type",
      "custom",
      "--port",
      String(port),
      "--",
      "sh",
      "-c",
      `echo ${MARKER}; exec sleep 600`,
    ],
    { cwd: ws.home, env: ws.env(), stdio: "ignore" },
  );
  servers.push(server);
  for (let i = 0; i < 300; i += 1) {
    if ((await agentStatus(port)) === "stable") return;
    await sleep(100);
  }
  throw new Error(`AgentAPI on port ${port} did not become stable`);
}

/** Runs the app's command with `sh -c` in a pseudo-terminal for up to 20 s. */
function openApp(ws: Workspace, command: string): { output: string; status: string } {
  const run = spawnSync("python3", [PTY_RUN, "20", MARKER, "sh", "-c", command], {
    cwd: ws.home,
    env: { ...ws.env(), TERM: "xterm-256color", ARG_AGENTAPI_PORT: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = run.stdout.trimEnd().split("\n");
  return { status: lines.pop() ?? "", output: lines.join("\n") };
}

describe("attach.sh (the Codex CLI app)", () => {
  it("attaches to the AgentAPI on the template's port, not only on the default one", async () => {
    const port = await freePort();
    expect(port).not.toBe(3284);
    const command = `bash "$HOME/.codex-module/scripts/attach.sh" --port ${port}`;
    const ws = workspace("attach");
    await startAgentApi(ws, port);

    const app = openApp(ws, command);

    expect(app.output).toContain(MARKER);
    expect(app.output).not.toContain("Attach failed");
    expect(app.status).toBe("running");
  });

  it("attaches a Codex with folders of its own (construct id codex-docs) with its own AgentAPI binary", async () => {
    const port = await freePort();
    const ws = new Workspace("attach-docs");
    const moduleDir = join(ws.home, ".codex-module-codex-docs");
    mkdirSync(join(moduleDir, "scripts"), { recursive: true });
    mkdirSync(join(moduleDir, "bin"), { recursive: true });
    copyFileSync(join(SCRIPTS_DIR, "attach.sh"), join(moduleDir, "scripts", "attach.sh"));
    symlinkSync(agentapiBinary(), join(moduleDir, "bin", "agentapi"));
    await startAgentApi(ws, port);

    // The command the construct synthesizes for the id codex-docs; ~/.codex-module has no AgentAPI.
    const app = openApp(
      ws,
      `bash "$HOME/.codex-module-codex-docs/scripts/attach.sh" --port ${port}`,
    );

    expect(app.output).toContain(MARKER);
    expect(app.status).toBe("running");
  });

  it("says what is missing when AgentAPI is not installed yet", () => {
    const ws = new Workspace("attach-missing");
    mkdirSync(join(ws.moduleDir, "scripts"), { recursive: true });
    copyFileSync(join(SCRIPTS_DIR, "attach.sh"), join(ws.moduleDir, "scripts", "attach.sh"));
    const app = openApp(ws, `bash "$HOME/.codex-module/scripts/attach.sh" --port 4000`);
    expect(app.output).toContain(
      `Error: AgentAPI is not installed yet; see ${ws.moduleDir}/logs/install.log`,
    );
    expect(app.status).toBe("1");

    const docs = join(ws.home, ".codex-module-codex-docs");
    mkdirSync(join(docs, "scripts"), { recursive: true });
    copyFileSync(join(SCRIPTS_DIR, "attach.sh"), join(docs, "scripts", "attach.sh"));
    const other = openApp(
      ws,
      `bash "$HOME/.codex-module-codex-docs/scripts/attach.sh" --port 4000`,
    );
    expect(other.output).toContain(
      `Error: AgentAPI is not installed yet; see ${docs}/logs/install.log`,
    );
  });

  it("refuses a port that is not a TCP port", () => {
    const ws = workspace("attach-bad-port");
    const app = openApp(ws, `bash "$HOME/.codex-module/scripts/attach.sh" --port 70000`);
    expect(app.output).toContain("Error: --port must be a TCP port (1-65535), got '70000'");
    expect(app.status).toBe("2");
  });
});
