// A Coder Task across stops and starts, end to end: the tasks-docker template's build plan (real
// Terraform, real coder and docker providers from the toolchain mirror), its run_on_start scripts
// (project step, install, start) and its run_on_stop script run the way Coder's agent runs them,
// with the real Codex 0.169.0 behind the real AgentAPI v0.12.1 (served from 127.0.0.1 like its
// GitHub release), real bash and Codex's real bwrap sandbox.
//
// FAKES, and why:
// - The OpenAI API is the mock Responses API of @codex-coder/test-support (tests cannot reach the
//   real API): the template's custom-provider variables point Codex at it on 127.0.0.1. Its
//   replies are scripted below (`reply`), including tool calls that make Codex run commands.
// - There is no Coder server or agent: the provisioner's environment (test-support) and the agent's
//   way of running scripts (support/workspace.ts) are emulated, and the agent API the stop script
//   posts the task's log snapshot to is a recording HTTP server on 127.0.0.1 (`CODER_AGENT_URL`)
//   that answers like Coder's endpoint (204).
// A stop/start is what a paused and resumed task is to the workspace: the stop script runs, the
// processes end, the container's /tmp is emptied, the home volume stays (support/workspace.ts).
import { createServer, type IncomingMessage, type Server } from "node:http";
import { join } from "node:path";
import {
  createProvisioner,
  functionCallOutputs,
  lastUserText,
  startMockResponses,
  type MockResponses,
  type MockTurn,
  type Provisioner,
  type RecordedRequest,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  agentMessages,
  agentStatus,
  screenText,
  sendMessage,
  waitForAgentText,
  waitForStable,
} from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import {
  isAlive,
  makeRunDir,
  median,
  removeRunDir,
  tasksDockerTemplateDir,
} from "./support/paths.js";
import {
  canaryKey,
  scriptNamed,
  startAgentapiMirror,
  type AgentapiMirror,
} from "./support/plan.js";
import { Workspace, type ScriptRun } from "./support/workspace.js";

/** The template's AgentAPI port (not configurable in tasks-docker). */
const PORT = 3284;
const PROJECT = "/home/coder/projects";
const TASK_ID = "3c9e2f61-8d4b-4a7e-9b1c-5e6f7a8b9c0d";
const TASK_PROMPT = "Summarise the repository layout for me.";
const CYCLES = 10;
/** What Codex 0.169 shows when it asks the user to approve a command. */
const APPROVAL_PROMPT = "Would you like to run the following command?";

let runDir: string;
let tf: Provisioner;
let mock: MockResponses;
let mirror: AgentapiMirror;
let codexPrefix: string;
let coder: { server: Server; url: string; posts: { url: string; token: string; body: string }[] };
const workspaces: Workspace[] = [];

/** Codex asks the model for a title of each new or resumed session; those are not turns. */
function isTitleRequest(request: RecordedRequest): boolean {
  return String(request.headers["x-codex-turn-metadata"] ?? "").includes('"thread_title"');
}

/** The requests of the conversation itself (no title requests), oldest first. */
function turnRequests(): RecordedRequest[] {
  return mock.requests().filter((r) => r.method === "POST" && !isTitleRequest(r));
}

/** Every user text in a Responses API request's input, oldest first. */
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

/**
 * The fake model. "turn-N" is answered "answer-N"; the task prompt "task-answer". "make marker
 * PATH" asks Codex to run `echo ok > PATH` with its shell tool (inside the sandbox); "escalate
 * marker PATH" asks for the same command with escalated permissions (outside the sandbox, which
 * needs the user's approval unless the policy is never). After a tool call it reports the outcome.
 */
function reply(request: RecordedRequest): MockTurn {
  if (isTitleRequest(request)) return "Task title";
  const input = (request.body as { input?: { type?: string }[] }).input ?? [];
  if (input.at(-1)?.type === "function_call_output") {
    const last = functionCallOutputs(request.body).at(-1)?.output ?? "";
    if (last.includes("exited with code 0")) return "marker command succeeded";
    if (/approval policy is never/i.test(last)) return "marker command refused by policy never";
    return `marker command failed: ${last.replace(/\s+/g, " ").slice(0, 160)}`;
  }
  const text = lastUserText(request.body).trim();
  const marker = /(make|escalate) marker (\S+)$/.exec(text);
  if (marker !== null) {
    const escalated =
      marker[1] === "escalate"
        ? { sandbox_permissions: "require_escalated", justification: "write the marker" }
        : {};
    return {
      functionCall: {
        name: "exec_command",
        arguments: {
          cmd: `echo ok > ${marker[2]}`,
          login: false,
          yield_time_ms: 10_000,
          ...escalated,
        },
      },
    };
  }
  const turn = /^turn-(\d+)$/.exec(text);
  if (turn !== null) return `answer-${turn[1]}`;
  if (text.endsWith(TASK_PROMPT)) return "task-answer";
  return `mock reply: ${text}`;
}

/** EMULATED Coder agent API: records what the stop script posts, answers 204 like Coder. */
async function startCoderAgentApi(): Promise<typeof coder> {
  const posts: typeof coder.posts = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      posts.push({
        url: request.url ?? "",
        token: String(request.headers["coder-session-token"] ?? ""),
        body,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}`, posts };
}

function planBuild(taskPrompt = TASK_PROMPT): Promise<TerraformPlan> {
  return tf.planBuild({
    variables: {
      codex_auth_source: "custom-provider",
      codex_custom_provider_base_url: mock.url,
      codex_custom_provider_api_key: canaryKey("lifecycle"),
      codex_model: "mock-model",
      agentapi_download_url: mirror.url,
      agentapi_sha256_amd64: mirror.sha256,
      codex_tasks_mode: "coder-task",
      // code-server has its own end-to-end test (code-server.test.ts); here it would download.
      code_server_enabled: "false",
    },
    taskId: TASK_ID,
    taskPrompt,
    workspace: { id: "5b7c9d1e-3f5a-4b6c-8d0e-2f4a6b8c0d1e", name: "task" },
  });
}

function expectOk(run: ScriptRun | undefined): ScriptRun {
  expect(run, "the plan has this coder_script").toBeDefined();
  expect(run?.status, run?.output).toBe(0);
  return run as ScriptRun;
}

/** The conversation as role + trimmed screen text, what a user sees in the chat. */
async function conversation(): Promise<string[]> {
  return (await agentMessages(PORT)).map((m) => `${m.role}: ${screenText(m.content)}`);
}

/** Runs the plan's run_on_stop script the way the agent does when the workspace stops. */
async function stopWorkspace(ws: Workspace, plan: TerraformPlan): Promise<ScriptRun> {
  const stop = scriptNamed(plan, "Codex: stop");
  expect(stop.runOnStop).toBe(true);
  const pid = ws.agentapiPid();
  expect(pid, "AgentAPI runs before the stop").toBeDefined();
  const run = await ws.runScript(stop, plan, {
    env: { CODER_AGENT_URL: coder.url, CODER_AGENT_TOKEN: "agent-token-for-the-emulated-coder" },
  });
  expect(run.status, run.output).toBe(0);
  // The stop script itself ended AgentAPI (and with it Codex), before the container goes away.
  expect(isAlive(pid ?? 0), `AgentAPI (PID ${pid}) after the stop script`).toBe(false);
  expect(ws.agentapiPid()).toBeUndefined();
  await ws.restart();
  return run;
}

/** The command line of the Codex process AgentAPI runs (`codex --no-daemon …`). */
function codexCommandLine(ws: Workspace): string {
  return ws.commandLines().find((l) => /\/codex --no-daemon/.test(l)) ?? "";
}

beforeAll(async () => {
  runDir = makeRunDir("lifecycle");
  mock = await startMockResponses({ reply });
  mirror = await startAgentapiMirror(join(runDir, "served"));
  coder = await startCoderAgentApi();
  const [provisioner, prefix] = await Promise.all([
    createProvisioner(tasksDockerTemplateDir(), { tmpDir: runDir }),
    sharedCodexPrefix(),
  ]);
  tf = provisioner;
  codexPrefix = prefix;
  if ((await agentStatus(PORT)) !== undefined)
    throw new Error(`something already answers on port ${PORT}; tasks-docker's AgentAPI needs it`);
}, 600_000);

// Each test's workspace is stopped even when the test failed: its AgentAPI holds port 3284.
afterEach(async () => {
  for (const ws of workspaces) await ws.stop();
});

afterAll(async () => {
  await mock?.close();
  await mirror?.server.close();
  await new Promise((done) => coder?.server.close(done));
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("a Coder Task across stop and start", () => {
  it(`keeps the conversation and Codex's context through ${CYCLES} stop/start cycles, sending the prompt once`, async () => {
    const ws = new Workspace(runDir, "task");
    workspaces.push(ws);
    ws.seedCodex(codexPrefix);
    const plan = await planBuild();

    // Every run_on_start script, as the agent runs them: the project step, install, then start.
    const first = await ws.boot(plan);
    expectOk(first["Project: clone and set up"]);
    expectOk(first["Codex: install"]);
    expect(expectOk(first["Codex: start"]).output).toContain("Sent the task prompt");
    await waitForAgentText(PORT, "task-answer");
    const cycleMs: number[] = [];

    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      await sendMessage(PORT, `turn-${cycle}`);
      await waitForAgentText(PORT, `answer-${cycle}`);
      const before = await conversation();

      const stop = await stopWorkspace(ws, plan);
      expect(stop.output).toContain("AgentAPI saved its conversation");
      expect(stop.output).toContain("Posted the task log snapshot");
      expect(stop.output).toContain("AgentAPI stopped.");
      // What a paused task shows in Coder: the last (up to 10) messages of the chat, as they were.
      expect(coder.posts).toHaveLength(cycle);
      const snapshot = JSON.parse(coder.posts.at(-1)?.body ?? "{}") as {
        messages: { role: string; content: string }[];
      };
      expect(snapshot.messages.map((m) => `${m.role}: ${screenText(m.content)}`)).toEqual(
        before.slice(-10),
      );

      const started = Date.now();
      const boot = await ws.boot(plan);
      const start = expectOk(boot["Codex: start"]);
      expect(start.output).toContain(
        `Resuming Codex's last session in ${PROJECT} (codex resume --last), with config.toml's current settings: -c model="mock-model"`,
      );
      expect(start.output).toContain("Codex resumed its last session");
      expect(start.output).toContain("already sent on an earlier start");
      expect(start.output).not.toContain("Warning:");
      await waitForStable(PORT);
      cycleMs.push(Date.now() - started);

      // Nothing lost, nothing twice: the chat shows exactly the conversation before the stop,
      // which is Codex's welcome screen, the prompt, its answer, then every turn and its answer.
      const shown = await conversation();
      expect(shown).toEqual(before);
      const users = shown.filter((m) => m.startsWith("user: "));
      expect(users).toHaveLength(cycle + 1);
      expect(users[0]?.endsWith(TASK_PROMPT)).toBe(true);
      expect(users.slice(1)).toEqual(
        Array.from({ length: cycle }, (_, i) => `user: turn-${i + 1}`),
      );
      const agents = shown.filter((m) => m.startsWith("agent: "));
      expect(agents).toHaveLength(cycle + 2);
      expect(agents[1]).toContain("task-answer");
      for (let turn = 1; turn <= cycle; turn += 1)
        expect(agents[turn + 1], agents.join("\n---\n")).toContain(`answer-${turn}`);
    }

    // One more turn after the last start: Codex still has every earlier turn as context.
    await sendMessage(PORT, `turn-${CYCLES + 1}`);
    await waitForAgentText(PORT, `answer-${CYCLES + 1}`);
    for (let cycle = 1; cycle <= CYCLES + 1; cycle += 1) {
      const requests = turnRequests().filter(
        (r) => lastUserText(r.body).trim() === `turn-${cycle}`,
      );
      // Each turn reached the model once (a duplicate would mean a message was replayed).
      expect(requests, `requests for turn-${cycle}`).toHaveLength(1);
      const context = userTexts(requests[0]?.body);
      expect((requests[0]?.body as { model?: unknown }).model).toBe("mock-model");
      // The resumed session sends the task prompt and every earlier turn along, each once.
      expect(context.filter((t) => t.endsWith(TASK_PROMPT))).toHaveLength(1);
      for (let earlier = 1; earlier < cycle; earlier += 1)
        expect(
          context.filter((t) => t === `turn-${earlier}`),
          `turn-${cycle} carries turn-${earlier} once`,
        ).toHaveLength(1);
    }
    // The prompt reached the model once: one request has it as its newest user message.
    expect(turnRequests().filter((r) => lastUserText(r.body).endsWith(TASK_PROMPT))).toHaveLength(
      1,
    );

    // Each stop posted the task's log snapshot to Coder's endpoint for this task (within 64 KiB).
    expect(coder.posts).toHaveLength(CYCLES);
    for (const post of coder.posts) {
      expect(post.url).toBe(
        `/api/v2/workspaceagents/me/tasks/${TASK_ID}/log-snapshot?format=agentapi`,
      );
      expect(post.token).toBe("agent-token-for-the-emulated-coder");
      expect(Buffer.byteLength(post.body)).toBeLessThanOrEqual(65_536);
    }
    console.log(
      `[e2e figure] stop/start cycle: boot to AgentAPI stable median ${median(cycleMs)} ms, ` +
        `max ${Math.max(...cycleMs)} ms over ${CYCLES} cycles`,
    );
  }, 1_500_000);

  it("runs an unattended task's command without asking for approval (task approval policy never)", async () => {
    const ws = new Workspace(runDir, "unattended");
    workspaces.push(ws);
    ws.seedCodex(codexPrefix);
    const marker = `${PROJECT}/unattended-marker.txt`;
    const plan = await planBuild(`make marker ${marker}`);

    const start = expectOk((await ws.boot(plan))["Codex: start"]);
    expect(start.output).toContain("Approval policy for this task: never (unattended");
    expect(codexCommandLine(ws)).toContain('approval_policy="never"');
    // The command ran (inside the sandbox) and the task finished, nobody approving anything.
    await waitForAgentText(PORT, "marker command succeeded");
    expect(ws.read(marker)).toBe("ok\n");
    // A command that needs more than the sandbox gives is refused at once instead of waiting for
    // an approval nobody would give: the task goes on.
    const outside = "/home/coder/escalated-marker.txt";
    await sendMessage(PORT, `escalate marker ${outside}`);
    await waitForAgentText(PORT, "marker command refused by policy never");
    expect(ws.exists(outside)).toBe(false);
    const screen = (await conversation()).join("\n");
    expect(screen).not.toContain(APPROVAL_PROMPT);
    expect(await agentStatus(PORT)).toBe("stable");
  });

  it("a workspace without a task keeps the interactive approval policy: the same command waits for the user", async () => {
    const ws = new Workspace(runDir, "interactive");
    workspaces.push(ws);
    ws.seedCodex(codexPrefix);
    const plan = await planBuild("");
    const start = expectOk((await ws.boot(plan))["Codex: start"]);
    expect(start.output).not.toContain("Approval policy for this task");
    expect(codexCommandLine(ws)).not.toContain("approval_policy");
    expect(ws.read("~/.codex/config.toml")).toMatch(/^approval_policy = "on-request"$/m);
    await waitForStable(PORT);
    // What an unattended task would hang on with this policy: Codex asks, and waits.
    const outside = "/home/coder/escalated-marker.txt";
    await sendMessage(PORT, `escalate marker ${outside}`);
    const asked = await waitForAgentText(PORT, APPROVAL_PROMPT);
    expect(asked).toContain(`echo ok > ${outside}`);
    expect(ws.exists(outside)).toBe(false);
  });
});
