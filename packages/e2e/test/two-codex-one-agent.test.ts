// Two Codex constructs on ONE agent (one container, one home): the template is planned with real
// Terraform and the real coder provider, then both install scripts and both start scripts run at
// the same time in one emulated workspace. The default construct (id `codex`) keeps
// ~/.codex-module and ~/.codex; the other (id `codex-docs`) has ~/.codex-module-codex-docs, its
// Codex home ~/.codex-module-codex-docs/codex-home and its own run dir (see naming.ts in
// @codex-coder/codex). Each AgentAPI answers on its own port, each Codex works in its own folder
// with its own model and config.toml, neither touches the other's config, state or logs, and both
// come back after the stop scripts and a restart.
//
// FAKES, and why:
// - The Coder server: the provisioner environment is emulated (test-support); the workspace runs
//   the rendered scripts itself (see support/workspace.ts).
// - The OpenAI API: the mock Responses API on 127.0.0.1.
// Everything else is real: terraform, the coder provider, bash, Codex and AgentAPI. The Codex npm
// install is shared between the tests (both module dirs link their npm/ to it, as a home volume
// from an earlier start would hold it); each install still downloads its own AgentAPI.
import { readdirSync, symlinkSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { Codex } from "@codex-coder/codex";
import {
  coderApps,
  coderScripts,
  createProvisioner,
  lastUserText,
  startMockResponses,
  type MockResponses,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentMessages, sendMessage, waitForAgentText, waitForStable } from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import { mockProviderAuth } from "./support/mock-provider.js";
import { makeRunDir, removeRunDir, sleep } from "./support/paths.js";
import { canaryKey, freePort, startAgentapiMirror, type AgentapiMirror } from "./support/plan.js";
import { buildTemplate, templateStack } from "./support/template-build.js";
import { Workspace, type ScriptRun } from "./support/workspace.js";

const PROJECTS = "/home/coder/projects";
const DOCS = "/home/coder/docs";
/** The folders of the construct id codex-docs (naming.ts), inside the workspace. */
const DOCS_MODULE = "~/.codex-module-codex-docs";
const DOCS_HOME = `${DOCS_MODULE}/codex-home`;

let runDir: string;
let mock: MockResponses;
let mirror: AgentapiMirror;
let tf: Provisioner;
let codexPrefix: string;
let ports: { readonly codex: number; readonly docs: number };
let plan: TerraformPlan;
let ws: Workspace | undefined;

async function buildOneAgentTemplate(): Promise<string> {
  const { stack, main } = templateStack(
    "e2e-two-codex-one-agent",
    "Two Codex constructs, one agent",
  );
  const common = {
    agent: main,
    auth: mockProviderAuth(stack, mock),
    tasksMode: "none",
    coderLogin: false,
    agentApiDownloadUrl: mirror.url,
  } as const;
  new Codex(stack, "codex", {
    ...common,
    folder: PROJECTS,
    model: "mock-model-projects",
    agentApiPort: ports.codex,
    systemPrompt: "You work on the projects.",
  });
  new Codex(stack, "codex-docs", {
    ...common,
    folder: DOCS,
    model: "mock-model-docs",
    agentApiPort: ports.docs,
    systemPrompt: "You write the docs.",
  });
  return buildTemplate(stack, join(runDir, "template"));
}

beforeAll(async () => {
  runDir = makeRunDir("two-codex-one-agent");
  mock = await startMockResponses();
  mirror = await startAgentapiMirror(join(runDir, "served"));
  ports = { codex: await freePort(), docs: await freePort() };
  const [prefix, dir] = await Promise.all([sharedCodexPrefix(), buildOneAgentTemplate()]);
  codexPrefix = prefix;
  tf = await createProvisioner(dir, { tmpDir: runDir });
}, 600_000);

afterAll(async () => {
  await ws?.stop();
  await mock?.close();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

/** Runs these scripts of the plan at the same time, as the Coder agent does. */
async function runAll(
  filter: (s: ReturnType<typeof coderScripts>[number]) => boolean,
): Promise<ScriptRun[]> {
  const workspace = ws as Workspace;
  const runs = await Promise.all(
    coderScripts(plan)
      .filter(filter)
      .map((s) => workspace.runScript(s, plan)),
  );
  for (const run of runs) expect(run.status, `${run.displayName}\n${run.output}`).toBe(0);
  return runs;
}

/**
 * The model requests of the turn whose user message is `text` (not the title requests Codex makes
 * for a new or resumed session).
 */
function requestsFor(text: string): Array<{ model?: unknown; text: string }> {
  return mock
    .requests()
    .filter((r) => r.method === "POST" && r.url.endsWith("/responses"))
    .filter((r) => !String(r.headers["x-codex-turn-metadata"] ?? "").includes('"thread_title"'))
    .filter((r) => lastUserText(r.body).trim() === text)
    .map((r) => ({ model: (r.body as { model?: unknown }).model, text: JSON.stringify(r.body) }));
}

/**
 * Sends `text` once AgentAPI is stable; a fresh Codex screen can still change right after its first
 * stable status (startup notices), and AgentAPI then refuses the message without typing anything.
 */
async function send(port: number, text: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await waitForStable(port, 120_000);
    try {
      await sendMessage(port, text);
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(1000);
    }
  }
}

/** Rollout files of a Codex home's sessions, as workspace paths. */
function sessions(home: string): string[] {
  const workspace = ws as Workspace;
  const root = workspace.hostPath(`${home}/sessions`);
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => workspace.read(`${home}/sessions/${f}`));
}

describe("two Codex constructs on one agent", () => {
  it("plans both on the one agent, with their own app slugs and ports", async () => {
    plan = await tf.planBuild({ variables: { e2e_mock_key: canaryKey("two-codex-one-agent") } });
    expect(
      coderScripts(plan)
        .map((s) => `${s.agent}: ${s.displayName}`)
        .sort(),
    ).toEqual([
      "coder_agent.main: Codex (codex-docs): install",
      "coder_agent.main: Codex (codex-docs): start",
      "coder_agent.main: Codex (codex-docs): stop",
      "coder_agent.main: Codex: install",
      "coder_agent.main: Codex: start",
      "coder_agent.main: Codex: stop",
    ]);
    expect(
      coderApps(plan)
        .map((a) => `${a.slug} ${a.url || a.command}`)
        .sort(),
    ).toEqual([
      `codex http://localhost:${ports.codex}/`,
      `codex-cli bash "$HOME/.codex-module/scripts/attach.sh" --port ${ports.codex}`,
      `codex-docs http://localhost:${ports.docs}/`,
      `codex-docs-cli bash "$HOME/.codex-module-codex-docs/scripts/attach.sh" --port ${ports.docs}`,
    ]);
  });

  it("runs both installs and both starts at once in one home; each Codex answers on its own port, in its own folder, with its own model", async () => {
    ws = new Workspace(runDir, "main");
    ws.seedCodex(codexPrefix);
    mkdirSync(ws.hostPath(DOCS_MODULE), { recursive: true });
    symlinkSync(codexPrefix, ws.hostPath(`${DOCS_MODULE}/npm`));

    const runs = await runAll((s) => s.runOnStart);
    expect(runs).toHaveLength(4);

    for (const [port, text] of [
      [ports.codex, "hello from projects"],
      [ports.docs, "hello from docs"],
    ] as const) {
      await send(port, text);
      expect(await waitForAgentText(port, `mock reply: ${text}`, 120_000)).toContain(text);
    }
    // Each reached the model with its own model, folder and AGENTS.md.
    const [projects] = requestsFor("hello from projects");
    const [docs] = requestsFor("hello from docs");
    expect(projects?.model).toBe("mock-model-projects");
    expect(docs?.model).toBe("mock-model-docs");
    expect(projects?.text).toContain(PROJECTS);
    expect(projects?.text).toContain("You work on the projects.");
    expect(projects?.text).not.toContain("You write the docs.");
    expect(docs?.text).toContain(DOCS);
    expect(docs?.text).toContain("You write the docs.");
    expect(docs?.text).not.toContain("You work on the projects.");
  });

  it("keeps each one's config.toml, AGENTS.md, sessions, state and logs apart", () => {
    const workspace = ws as Workspace;
    type Config = { model?: string; projects?: Record<string, { trust_level?: string }> };
    const own = parseToml(workspace.read("~/.codex/config.toml")) as Config;
    const docs = parseToml(workspace.read(`${DOCS_HOME}/config.toml`)) as Config;
    expect(own.model).toBe("mock-model-projects");
    expect(docs.model).toBe("mock-model-docs");
    expect(Object.keys(own.projects ?? {})).toEqual([PROJECTS]);
    expect(Object.keys(docs.projects ?? {})).toEqual([DOCS]);
    expect(workspace.read("~/.codex/AGENTS.md")).toContain("You work on the projects.");
    expect(workspace.read(`${DOCS_HOME}/AGENTS.md`)).toContain("You write the docs.");
    // Each Codex wrote its session into its own home.
    expect(sessions("~/.codex").join("\n")).toContain(PROJECTS);
    expect(sessions("~/.codex").join("\n")).not.toContain(DOCS);
    expect(sessions(DOCS_HOME).join("\n")).toContain(DOCS);
    expect(sessions(DOCS_HOME).join("\n")).not.toContain(PROJECTS);
    // Logs and state: each start script logged its own port, each AgentAPI its own.
    expect(workspace.read("~/.codex-module/logs/start.log")).toContain(
      `on port ${ports.codex} in ${PROJECTS}`,
    );
    expect(workspace.read("~/.codex-module/logs/start.log")).not.toContain(DOCS);
    expect(workspace.read(`${DOCS_MODULE}/logs/start.log`)).toContain(
      `on port ${ports.docs} in ${DOCS}`,
    );
    expect(workspace.read(`${DOCS_MODULE}/logs/start.log`)).not.toContain(PROJECTS);
    expect(workspace.read(`${DOCS_MODULE}/logs/install.log`)).toContain("Install finished");
    expect(workspace.read(`${DOCS_MODULE}/logs/agentapi.log`)).not.toBe("");
    expect(workspace.state("status")).toContain(`Codex is running (AgentAPI port ${ports.codex};`);
    expect(workspace.read(`${DOCS_MODULE}/state/status`)).toContain(
      `Codex is running (AgentAPI port ${ports.docs};`,
    );
    // Two AgentAPIs, each with its own pid file; the terminal's links are the default Codex's.
    const docsPid = workspace.read(
      `/tmp/codex-module-run-${process.getuid?.() ?? 0}-codex-docs/agentapi.pid`,
    );
    expect(Number(docsPid.trim())).not.toBe(workspace.agentapiPid());
    expect(workspace.exists(`${DOCS_MODULE}/bin/agentapi`)).toBe(true);
  });

  it("brings both back after their stop scripts and a restart: each conversation in its own chat", async () => {
    const workspace = ws as Workspace;
    const stops = await runAll((s) => s.runOnStop);
    expect(stops).toHaveLength(2);
    for (const stop of stops) expect(stop.output).toContain("AgentAPI stopped.");
    // Each saved its own conversation in its own state folder.
    expect(workspace.state("agentapi-state.json")).toContain("hello from projects");
    expect(workspace.state("agentapi-state.json")).not.toContain("hello from docs");
    expect(workspace.read(`${DOCS_MODULE}/state/agentapi-state.json`)).toContain("hello from docs");
    expect(workspace.read(`${DOCS_MODULE}/state/agentapi-state.json`)).not.toContain(
      "hello from projects",
    );
    await workspace.restart();

    await runAll((s) => s.runOnStart);
    for (const [port, before, other, text] of [
      [ports.codex, "hello from projects", "hello from docs", "again from projects"],
      [ports.docs, "hello from docs", "hello from projects", "again from docs"],
    ] as const) {
      await waitForStable(port, 120_000);
      const chat = (await agentMessages(port)).map((m) => m.content).join("\n");
      expect(chat).toContain(before);
      expect(chat).not.toContain(other);
      await send(port, text);
      expect(await waitForAgentText(port, `mock reply: ${text}`, 120_000)).toContain(text);
    }
    expect(requestsFor("again from projects")[0]?.model).toBe("mock-model-projects");
    expect(requestsFor("again from docs")[0]?.model).toBe("mock-model-docs");
    // Resumed: each Codex sent its own earlier turn along, not the other's.
    expect(requestsFor("again from projects")[0]?.text).toContain("hello from projects");
    expect(requestsFor("again from projects")[0]?.text).not.toContain("hello from docs");
    expect(requestsFor("again from docs")[0]?.text).toContain("hello from docs");
    expect(requestsFor("again from docs")[0]?.text).not.toContain("hello from projects");
  });
});
