// start.sh with the real AgentAPI and the real Codex TUI. The model behind Codex is the FAKE
// Responses API from @codex-coder/test-support (the real OpenAI API cannot be reached from tests),
// wired in through a custom model provider in the managed config.toml.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  lastUserText,
  startMockResponses,
  startStaticServer,
  type MockResponses,
  type MockTurn,
  type RecordedRequest,
  type StaticServer,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENTAPI_VERSION,
  CODEX_VERSION,
  PACKAGE_DIR,
  Workspace,
  agentMessages,
  agentStatus,
  agentapiBinary,
  b64,
  freePort,
  managedConfig,
  processesWithHome,
  removeScratchDirs,
  scratchDir,
  screenText,
  sendMessage,
  waitFor,
  type Setting,
} from "./harness.js";

const ARCH = process.arch === "arm64" ? "arm64" : "amd64";
// Runs a command with Docker's default seccomp rules for namespaces (see the file's header).
const DENY_NAMESPACES = join(PACKAGE_DIR, "test", "fixtures", "deny-namespaces.py");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

let server: StaticServer;
let mock: MockResponses;
let agentapiSha: string;
const workspaces: Workspace[] = [];

/**
 * The fake model: "make marker NAME" makes it ask Codex to run `echo ok > NAME` with its shell tool
 * and then report the command's exit; anything else is echoed back as `mock reply: <text>`.
 */
function reply(request: RecordedRequest): MockTurn {
  const input = (request.body as { input?: { type?: string; output?: unknown }[] }).input ?? [];
  const last = input.at(-1);
  if (last?.type === "function_call_output") {
    const ok = String(last.output).includes("exited with code 0");
    return `marker command ${ok ? "succeeded" : `failed: ${String(last.output)}`}`;
  }
  const text = lastUserText(request.body);
  const marker = /^make marker (\S+)$/.exec(text.trim());
  if (marker !== null) {
    return {
      functionCall: {
        name: "exec_command",
        arguments: { cmd: `echo ok > ${marker[1]}`, login: false, yield_time_ms: 10_000 },
      },
    };
  }
  return `mock reply: ${text}`;
}

/**
 * Sends a chat message once AgentAPI is stable. A fresh Codex screen can still change after the
 * first stable status (startup notices); AgentAPI then refuses the message without typing it, which
 * is safe to retry (start.sh retries its prompt the same way).
 */
async function sendWhenIdle(port: number, text: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await waitFor("AgentAPI to be stable", async () =>
      (await agentStatus(port)) === "stable" ? true : undefined,
    );
    try {
      await sendMessage(port, text);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes("waiting for user input")) throw error;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

/** Every user text of a Responses API request's input, oldest first. */
function userTexts(body: unknown): string[] {
  const input = (body as { input?: unknown[] } | undefined)?.input ?? [];
  const texts: string[] = [];
  for (const item of input) {
    const message = item as { role?: string; content?: { text?: unknown }[] };
    if (message.role !== "user" || !Array.isArray(message.content)) continue;
    for (const part of message.content) if (typeof part.text === "string") texts.push(part.text);
  }
  return texts;
}

/** The managed config: the mock as provider `provider`, plus `model` when given. */
function installEnv(
  ws: Workspace,
  { provider = "mock", model }: { provider?: string; model?: string } = {},
): NodeJS.ProcessEnv {
  const settings: Setting[] = [
    { path: ["model_provider"], value: provider },
    { path: ["model_providers", provider, "name"], value: "Mock" },
    { path: ["model_providers", provider, "base_url"], value: mock.url },
    { path: ["model_providers", provider, "env_key"], value: "MOCK_API_KEY" },
    { path: ["model_providers", provider, "request_max_retries"], value: 0 },
    { path: ["model_providers", provider, "stream_max_retries"], value: 0 },
    { path: ["sandbox_mode"], value: "workspace-write" },
    { path: ["approval_policy"], value: "never" },
    { path: ["projects", ws.folder, "trust_level"], value: "trusted" },
    ...(model === undefined ? [] : [{ path: ["model"], value: model }]),
  ];
  return ws.env({
    ARG_FOLDER: b64(ws.folder),
    ARG_INSTALL_CODEX: "true",
    ARG_CODEX_VERSION: CODEX_VERSION,
    ARG_AUTH_SOURCE: "custom-provider",
    ARG_API_KEY_ENV: "MOCK_API_KEY",
    ARG_MANAGED_CONFIG: managedConfig(settings),
    ARG_AGENTS_MD: b64("Answer briefly."),
    ARG_AGENTS_MD_TARGET: "global",
    ARG_INSTALL_AGENTAPI: "true",
    ARG_AGENTAPI_VERSION: AGENTAPI_VERSION,
    ARG_AGENTAPI_URL_BASE: b64(server.url),
    ARG_AGENTAPI_SHA256_AMD64: ARCH === "amd64" ? agentapiSha : "",
    ARG_AGENTAPI_SHA256_ARM64: ARCH === "arm64" ? agentapiSha : "",
    MOCK_API_KEY: "mock-key",
  });
}

function startEnv(
  ws: Workspace,
  port: number,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return ws.env({
    ARG_FOLDER: b64(ws.folder),
    ARG_AGENTAPI_PORT: String(port),
    ARG_SANDBOX_MODE: "workspace-write",
    ARG_INSTALL_WAIT_SECONDS: "300",
    ARG_REPORT_TASKS: "false",
    MOCK_API_KEY: "mock-key",
    ...extra,
  });
}

async function workspace(label: string): Promise<Workspace> {
  const ws = new Workspace(label);
  workspaces.push(ws);
  await ws.seedCodex();
  mkdirSync(ws.folder, { recursive: true });
  return ws;
}

/** Waits until an agent message contains `text` and AgentAPI is idle again. */
async function waitForAgentText(port: number, text: string): Promise<string> {
  return waitFor(
    `an agent message with "${text}"`,
    async () => {
      if ((await agentStatus(port)) !== "stable") return undefined;
      const found = (await agentMessages(port)).find(
        (m) => m.role === "agent" && screenText(m.content).includes(text),
      );
      return found === undefined ? undefined : screenText(found.content);
    },
    90_000,
  );
}

/** What `codex sandbox` says about this machine, independently of start.sh. */
function sandboxWorksHere(ws: Workspace): boolean {
  return ws.codex(["sandbox", "-c", 'sandbox_mode="workspace-write"', "--", "true"]).status === 0;
}

beforeAll(async () => {
  const served = scratchDir("served-start");
  mkdirSync(join(served, AGENTAPI_VERSION), { recursive: true });
  symlinkSync(agentapiBinary(), join(served, AGENTAPI_VERSION, `agentapi-linux-${ARCH}`));
  agentapiSha = createHash("sha256").update(readFileSync(agentapiBinary())).digest("hex");
  server = await startStaticServer(served);
  mock = await startMockResponses({ reply });
});

afterAll(async () => {
  for (const ws of workspaces) await ws.stopProcesses();
  await mock.close();
  await server.close();
  removeScratchDirs();
});

describe("start.sh", () => {
  it("of a Codex with folders of its own waits for its own install and for the agent-wide steps in CODEX_STEPS_RUN_DIR", async () => {
    const ws = new Workspace("start-own-folders");
    workspaces.push(ws);
    // What the wrappers of the construct id codex-docs export (naming.ts).
    const docsDir = join(ws.home, ".codex-module-codex-docs");
    const own = {
      CODEX_MODULE_DIR: docsDir,
      CODEX_HOME: join(docsDir, "codex-home"),
      CODEX_MODULE_RUN_DIR: join(ws.root, "run-codex-docs"),
      CODEX_STEPS_RUN_DIR: ws.runDir,
    };
    mkdirSync(own.CODEX_MODULE_RUN_DIR, { recursive: true });
    mkdirSync(ws.runDir, { recursive: true });
    mkdirSync(join(docsDir, "state"), { recursive: true });
    writeFileSync(join(own.CODEX_MODULE_RUN_DIR, "install.done"), "now\n");
    writeFileSync(join(ws.runDir, "project.done"), "now\n");
    // No key yet: start.sh stops right after the waits.
    writeFileSync(
      join(docsDir, "state", "auth"),
      "source=user-secret\nenv=OPENAI_API_KEY\nlogin=missing\n",
    );
    const args = {
      ARG_FOLDER: b64(join(ws.home, "docs")),
      ARG_WAIT_FOR: "project",
      ARG_WAIT_FOR_SECONDS: "0",
      ARG_INSTALL_WAIT_SECONDS: "0",
    };
    const run = await ws.run("start.sh", ws.env({ ...args, ...own }));
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain("The install script is done");
    expect(run.output).toContain("The project step is done");
    expect(run.output).toContain("see ~/.codex-module-codex-docs/state/status");
    // The default Codex's install marker is not its own.
    writeFileSync(join(ws.runDir, "install.done"), "now\n");
    rmSync(join(own.CODEX_MODULE_RUN_DIR, "install.done"));
    const waiting = await ws.run("start.sh", ws.env({ ...args, ...own }));
    expect(waiting.status).toBe(1);
    expect(waiting.output).toContain("the install script did not finish within 0 s");
  });

  it("starts Codex under AgentAPI, sends the task prompt with the reporting instruction, and answers chat messages", async () => {
    const ws = await workspace("start");
    const port = await freePort();
    const prompt = `Fix the build.\nThen say done (${createHash("sha256").update(ws.root).digest("hex").slice(0, 8)}).`;
    // Coder starts both scripts at once; start.sh waits for install.sh's marker.
    const startRun = ws.run(
      "start.sh",
      startEnv(ws, port, { ARG_TASK_PROMPT: b64(prompt), ARG_REPORT_TASKS: "true" }),
    );
    const install = await ws.run("install.sh", installEnv(ws));
    expect(install.status, install.output).toBe(0);
    const start = await startRun;
    expect(start.status, start.output).toBe(0);
    expect(start.output).toContain("The install script is done");
    expect(start.output).toContain("Sent the task prompt");
    const stable = /Codex is idle after (\d+) ms/.exec(start.output);
    expect(stable, start.output).not.toBeNull();
    expect(ws.state("status")).toContain(`Codex is running (AgentAPI port ${port}`);

    // The first user message is the prompt behind the instruction to report through Coder's MCP tool.
    const firstUser = (await agentMessages(port)).find((m) => m.role === "user");
    expect(firstUser?.content).toContain("coder_report_task");
    expect(firstUser?.content.startsWith("Keep Coder informed")).toBe(true);
    expect(firstUser?.content.endsWith(`\n\n${prompt}`)).toBe(true);
    await waitForAgentText(port, "mock reply: Keep Coder informed");
    const turn = mock.requests().find((r) => lastUserText(r.body).includes(prompt));
    expect(turn?.headers.authorization).toBe("Bearer mock-key");
    expect(typeof (turn?.body as { model?: unknown }).model).toBe("string");

    await sendMessage(port, "say hello");
    expect(await waitForAgentText(port, "mock reply: say hello")).toContain(
      "mock reply: say hello",
    );

    // The sandbox mode in effect matches what this machine can do, and commands run in it.
    const works = sandboxWorksHere(ws);
    expect(ws.state("sandbox")).toContain(
      works ? "mode=workspace-write" : "mode=danger-full-access",
    );
    await sendMessage(port, "make marker marker-start.txt");
    await waitForAgentText(port, "marker command succeeded");
    expect(readFileSync(join(ws.folder, "marker-start.txt"), "utf8")).toBe("ok\n");

    // A restart stops the old AgentAPI (which saves the conversation in its state file), starts a
    // new one that shows the same conversation, and does not send the task again. The template
    // now sets a model: the resumed session must use it, not the one it was recorded with.
    const before = (await agentMessages(port)).map((m) => ({ role: m.role, content: m.content }));
    const oldPid = ws.agentapiPid();
    const reinstall = await ws.run("install.sh", installEnv(ws, { model: "mock-model-2" }));
    expect(reinstall.status, reinstall.output).toBe(0);
    const restart = await ws.run(
      "start.sh",
      startEnv(ws, port, { ARG_TASK_PROMPT: b64(prompt), ARG_REPORT_TASKS: "true" }),
    );
    expect(restart.status, restart.output).toBe(0);
    expect(restart.output).toContain(`Stopping the AgentAPI started earlier (PID ${oldPid})`);
    expect(restart.output).toContain("already sent on an earlier start");
    const newPid = ws.agentapiPid();
    expect(newPid).not.toBe(oldPid);
    expect(processesWithHome(ws.home)).not.toContain(oldPid);
    expect(processesWithHome(ws.home)).toContain(newPid);
    await waitFor("the restarted AgentAPI to be stable", async () =>
      (await agentStatus(port)) === "stable" ? true : undefined,
    );
    const after = (await agentMessages(port)).map((m) => ({ role: m.role, content: m.content }));
    expect(after).toEqual(before);
    expect(after.filter((m) => m.role === "user" && m.content.includes(prompt))).toHaveLength(1);
    expect(restart.output).toContain(
      `Resuming Codex's last session in ${ws.folder} (codex resume --last), with config.toml's current settings: ` +
        '-c model="mock-model-2" -c approval_policy="never" -c sandbox_mode="workspace-write".',
    );
    expect(restart.output).toContain("Codex resumed its last session (stable after");
    // Codex resumed: the next request carries the earlier turns, and the template's new model.
    await sendWhenIdle(port, "after the restart");
    await waitForAgentText(port, "mock reply: after the restart");
    const resumed = mock.requests().find((r) => lastUserText(r.body) === "after the restart");
    expect((resumed?.body as { model?: unknown }).model).toBe("mock-model-2");
    expect(userTexts(resumed?.body)).toEqual(
      expect.arrayContaining(["say hello", "make marker marker-start.txt"]),
    );
    expect(userTexts(resumed?.body).some((t) => t.endsWith(prompt))).toBe(true);

    // The model provider changed: Codex cannot move a session to another provider (it would exit),
    // so it starts a new session; the chat still shows the whole conversation.
    const shown = await agentMessages(port);
    expect(
      (await ws.run("install.sh", installEnv(ws, { provider: "mock2", model: "mock-model-2" })))
        .status,
    ).toBe(0);
    const third = await ws.run(
      "start.sh",
      startEnv(ws, port, { ARG_TASK_PROMPT: b64(prompt), ARG_REPORT_TASKS: "true" }),
    );
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain(
      `Codex's last session in ${ws.folder} used another model provider than config.toml now names ("mock2")`,
    );
    expect(third.output).not.toContain("Resuming Codex's last session");
    await waitFor("the third AgentAPI to be stable", async () =>
      (await agentStatus(port)) === "stable" ? true : undefined,
    );
    expect((await agentMessages(port)).map((m) => m.content)).toEqual(shown.map((m) => m.content));
    await sendWhenIdle(port, "with a new provider");
    await waitForAgentText(port, "mock reply: with a new provider");
    const fresh = mock.requests().find((r) => lastUserText(r.body) === "with a new provider");
    expect(userTexts(fresh?.body)).not.toContain("say hello");
    console.info(
      `start.sh timings: first start ${start.ms} ms (install ran concurrently: ${install.ms} ms), ` +
        `Codex idle for the prompt after ${stable?.[1]} ms; restart: install ${reinstall.ms} ms, start ${restart.ms} ms`,
    );
  }, 300_000);

  it("falls back to danger-full-access, and says so, when bubblewrap cannot create namespaces", async () => {
    const ws = await workspace("fallback");
    const port = await freePort();
    const install = await ws.run("install.sh", installEnv(ws));
    expect(install.status, install.output).toBe(0);
    // Another program on the port (here the release server) would answer for an AgentAPI that
    // cannot listen there: the start refuses, even without an earlier AgentAPI of its own.
    const taken = await ws.run("start.sh", startEnv(ws, server.port));
    expect(taken.status).not.toBe(0);
    expect(taken.output).toContain(
      `Error: port ${server.port} is already in use by another program; set a different AgentAPI port`,
    );
    expect(ws.agentapiPid()).toBeUndefined();
    // The seccomp launcher makes this start look like a default Docker container to bwrap.
    const start = await ws.run("start.sh", startEnv(ws, port), {
      launcher: [PYTHON, DENY_NAMESPACES],
    });
    expect(start.status, start.output).toBe(0);
    expect(start.output).toContain(
      "Warning: Codex's sandbox (bubblewrap) cannot run in this workspace",
    );
    expect(start.output).toContain("No permissions to create a new namespace");
    expect(start.output).toContain('Codex runs with sandbox_mode="danger-full-access"');
    const sandbox = ws.state("sandbox");
    expect(sandbox).toContain("mode=danger-full-access");
    expect(sandbox).toContain("requested=workspace-write");
    expect(sandbox).toContain("No permissions to create a new namespace");
    expect(ws.state("status")).toContain("sandbox: danger-full-access (fallback");

    // Codex itself runs under the filter...
    const seccomp = processesWithHome(ws.home).map((pid) => {
      try {
        return /Seccomp:\s+(\d)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      } catch {
        return undefined;
      }
    });
    expect(seccomp).toContain("2");
    // ...and its commands still run.
    await waitFor("AgentAPI to be stable", async () =>
      (await agentStatus(port)) === "stable" ? true : undefined,
    );
    await sendMessage(port, "make marker marker-fallback.txt");
    await waitForAgentText(port, "marker command succeeded");
    expect(readFileSync(join(ws.folder, "marker-fallback.txt"), "utf8")).toBe("ok\n");
  }, 300_000);
});
