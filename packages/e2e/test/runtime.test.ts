// The tasks-docker template end to end, in an emulated workspace: a real Terraform build plan of
// the built template (real coder and docker providers from the toolchain mirror), then the install
// and start `coder_script`s exactly as rendered in that plan, run under bash the way Coder's agent
// runs them, which install the real Codex CLI from npm and the real AgentAPI binary and start Codex.
//
// FAKES, and why:
// - The OpenAI API is the mock Responses API of @codex-coder/test-support (tests cannot reach the
//   real API): the template's custom-provider variables point Codex at it on 127.0.0.1.
// - There is no Coder server or agent: the provisioner's environment (test-support) and the agent's
//   way of running scripts (support/workspace.ts) are emulated; Coder's URL is a closed port.
// Everything else is real: terraform, providers, bash, npm and the registry, Codex 0.169.0,
// AgentAPI v0.12.1 (served from 127.0.0.1 like its GitHub release), Codex's bwrap sandbox.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import {
  coderAgents,
  coderApps,
  coderScripts,
  createProvisioner,
  lastUserText,
  startMockResponses,
  type MockResponses,
  type PlanBuildOptions,
  type Provisioner,
  type RecordedRequest,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { parse as parseToml } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agentMessages,
  agentStatus,
  sendMessage,
  waitForAgentText,
  waitForStable,
} from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import {
  USER_TABLE,
  addModelMigrationNotice,
  addTrustEntry,
  addUserTable,
  occurrences,
  setModelLikeCodex,
} from "./support/config-edits.js";
import {
  AGENTAPI_VERSION,
  CODEX_VERSION,
  DENY_NAMESPACES,
  TASKS_DOCKER_DIST,
  PAUSED_BASE64,
  makeRunDir,
  median,
  removeRunDir,
  tasksDockerTemplateDir,
  waitFor,
} from "./support/paths.js";
import {
  canaryKey,
  closedPort,
  scriptNamed,
  startAgentapiMirror,
  type AgentapiMirror,
} from "./support/plan.js";
import {
  MAX_ARG_STRLEN,
  ProcessWatch,
  SCRIPT_BIN_DIR,
  SYSTEM_PATH,
  Workspace,
  type ScriptRun,
} from "./support/workspace.js";

/** The template's AgentAPI port (not configurable in tasks-docker). */
const PORT = 3284;
const PROJECT = "/home/coder/projects";
const CONFIG = "~/.codex/config.toml";
const TASK_PROMPT = "Fix the failing build in ./src, then tell me what you changed.";
const TASK_ID = "7f1d2c3b-4a5e-4f60-8a71-9b2c3d4e5f60";
const PYTHON = "/usr/bin/python3";

let runDir: string;
let tf: Provisioner;
let mock: MockResponses;
let mock2: MockResponses;
let mirror: AgentapiMirror;
let codexPrefix: string;
let canary: string;
/** The main workspace's build plan (re-planned when a restart changes template variables). */
let plan: TerraformPlan;
const workspaces: Workspace[] = [];
const figures: string[] = [];
/** Process snapshots of every boot of the main workspace (custom-provider key). */
let watch: ProcessWatch;

function figure(text: string): void {
  figures.push(text);
  console.log(`[e2e figure] ${text}`);
}

function workspace(label: string): Workspace {
  const ws = new Workspace(runDir, label);
  workspaces.push(ws);
  return ws;
}

/** The build plan of one workspace, with the custom provider pointing at the mock. */
function planBuild(
  variables: Record<string, string> = {},
  options: Omit<PlanBuildOptions, "variables"> = {},
): Promise<TerraformPlan> {
  return tf.planBuild({
    variables: {
      codex_auth_source: "custom-provider",
      codex_custom_provider_base_url: mock.url,
      codex_custom_provider_api_key: canary,
      codex_model: "mock-model",
      agentapi_download_url: mirror.url,
      agentapi_sha256_amd64: mirror.sha256,
      codex_tasks_mode: "coder-task",
      // code-server has its own end-to-end test (code-server.test.ts); here it would download.
      code_server_enabled: "false",
      ...variables,
    },
    taskId: TASK_ID,
    taskPrompt: TASK_PROMPT,
    workspace: { id: "0d6c1f9e-2b1a-4c3d-9e8f-7a6b5c4d3e2f", name: "dev" },
    ...options,
  });
}

function expectOk(run: ScriptRun | undefined): ScriptRun {
  expect(run, "the plan has this coder_script").toBeDefined();
  expect(run?.status, run?.output).toBe(0);
  return run as ScriptRun;
}

function configText(ws: Workspace): string {
  return ws.read(CONFIG);
}

function config(ws: Workspace): Record<string, unknown> {
  return parseToml(configText(ws)) as Record<string, unknown>;
}

/** `codex mcp list --json` in the workspace: the server names, sorted. */
async function mcpServerNames(ws: Workspace, plan: TerraformPlan): Promise<string[]> {
  const run = await ws.codex(plan, ["mcp", "list", "--json"]);
  expect(run.status, run.output).toBe(0);
  const servers = JSON.parse(run.stdout) as Array<{ name: string }>;
  return servers.map((s) => s.name).sort();
}

/** `codex doctor --json` in the workspace: the config.load check. */
async function doctorConfigLoad(
  ws: Workspace,
  plan: TerraformPlan,
): Promise<{ status: string; details: Record<string, unknown> }> {
  const run = await ws.codex(plan, ["doctor", "--json"]);
  const report = JSON.parse(run.stdout) as {
    checks: Record<string, { status: string; details: Record<string, unknown> }>;
  };
  const check = report.checks["config.load"];
  if (check === undefined) throw new Error(`codex doctor --json has no config.load: ${run.output}`);
  return check;
}

/** The requests of a mock that carried this user text. */
function requestsWith(server: MockResponses, text: string): RecordedRequest[] {
  return server.requests().filter((r) => lastUserText(r.body).includes(text));
}

beforeAll(async () => {
  const templateDir = tasksDockerTemplateDir();
  runDir = makeRunDir("runtime");
  canary = canaryKey("runtime");
  watch = new ProcessWatch([canary], {
    install: /codex-module\/scripts\/install\.sh/,
    agentapi: /agentapi server --type codex/,
    codex: /\/codex --no-daemon/,
  });
  mock = await startMockResponses();
  mock2 = await startMockResponses();
  mirror = await startAgentapiMirror(join(runDir, "served"));
  const [provisioner, prefix] = await Promise.all([
    createProvisioner(templateDir, { tmpDir: runDir }),
    sharedCodexPrefix(),
  ]);
  tf = provisioner;
  codexPrefix = prefix;
  plan = await planBuild();
  if ((await agentStatus(PORT)) !== undefined)
    throw new Error(`something already answers on port ${PORT}; tasks-docker's AgentAPI needs it`);
}, 600_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await mock?.close();
  await mock2?.close();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
  if (figures.length > 0) console.log(`[e2e figures]\n  ${figures.join("\n  ")}`);
});

describe("how the Coder agent runs the scripts", () => {
  it("renders every coder_script short enough for the one exec argument the Coder agent passes it (`$SHELL -c <script>`)", async () => {
    const sizes = coderScripts(plan).map(
      (s) => `${s.displayName}: ${Buffer.byteLength(s.script)} bytes`,
    );
    console.log(`[e2e] coder_script sizes: ${sizes.join(", ")} (limit ${MAX_ARG_STRLEN - 1})`);
    for (const s of coderScripts(plan))
      expect(
        Buffer.byteLength(s.script),
        `${s.address} ("${s.displayName}") cannot be started by the Coder agent: Linux refuses an exec argument of ${MAX_ARG_STRLEN} bytes or more (E2BIG)`,
      ).toBeLessThan(MAX_ARG_STRLEN);
  });

  it("survives the agent starting both scripts at once: start.sh sources lib.sh while the install wrapper rewrites it", async () => {
    const ws = workspace("lib-race");
    ws.seedCodex(codexPrefix);
    const racePlan = await planBuild({ codex_tasks_mode: "none" });
    // Each wrapper gets a base64 that can hold it at one step (test instrumentation on PATH).
    const shims = (name: string): string => {
      const dir = `/tmp/e2e-${name}`;
      mkdirSync(ws.hostPath(dir), { recursive: true });
      copyFileSync(PAUSED_BASE64, ws.hostPath(`${dir}/base64`));
      chmodSync(ws.hostPath(`${dir}/base64`), 0o755);
      return dir;
    };
    const startShims = shims("start-shims");
    const installShims = shims("install-shims");
    const calls = (dir: string): number =>
      ws.exists(`${dir}/calls`) ? Number(ws.read(`${dir}/calls`).trim()) : 0;
    const path = (dir: string): string => `${dir}:${SCRIPT_BIN_DIR}:${SYSTEM_PATH}`;
    const release = "/tmp/e2e-release";
    // The project step (no repository here) runs first, as the agent would run it: Codex's start
    // waits for it (waitFor), and this test is about the other two scripts.
    const project = await ws.runScript(
      scriptNamed(racePlan, "Project: clone and set up"),
      racePlan,
    );
    expect(project.status, project.output).toBe(0);

    // 1. The start wrapper writes lib.sh, then is held writing start.sh until the install wrapper
    //    has begun rewriting lib.sh.
    let startDone = false;
    const start = ws
      .runScript(scriptNamed(racePlan, "Codex: start"), racePlan, {
        env: {
          PATH: path(startShims),
          E2E_PAUSE_CALL: "2",
          E2E_PAUSE_UNTIL: `${installShims}/calls`,
        },
      })
      .finally(() => (startDone = true));
    await waitFor("the start wrapper to write lib.sh", () =>
      calls(startShims) >= 2 ? true : undefined,
    );
    // 2. The install wrapper truncates lib.sh and is held before writing it again.
    const install = ws.runScript(scriptNamed(racePlan, "Codex: install"), racePlan, {
      env: { PATH: path(installShims), E2E_PAUSE_CALL: "1", E2E_PAUSE_UNTIL: release },
    });
    // 3. start.sh runs meanwhile. The install goes on once start.sh ended or waits for it.
    await waitFor(
      "start.sh to end, or to wait for the install",
      () =>
        startDone ||
        (ws.exists("~/.codex-module/logs/start.log") &&
          ws.read("~/.codex-module/logs/start.log").includes("=== Codex start"))
          ? true
          : undefined,
      60_000,
    );
    writeFileSync(ws.hostPath(release), "");
    const [startRun, installRun] = await Promise.all([start, install]);
    await ws.stop();
    expect(
      calls(installShims),
      "the install wrapper was held while rewriting lib.sh",
    ).toBeGreaterThanOrEqual(1);
    expect(installRun.status, installRun.output).toBe(0);
    expect(
      startRun.status,
      `start.sh sourced ~/.codex-module/scripts/lib.sh while the install wrapper was rewriting it in place:\n${startRun.output}`,
    ).toBe(0);
  });
});

describe("tasks-docker in an emulated workspace", () => {
  let ws: Workspace;
  let firstBoot: Record<string, ScriptRun>;

  it("first start: installs Codex from npm and a verified AgentAPI, then starts Codex under AgentAPI with the task", async () => {
    ws = workspace("main");
    const downloads = mirror.downloads();
    const started = Date.now();
    firstBoot = await ws.boot(plan, { concurrent: true, onTick: watch.tick });
    const install = expectOk(firstBoot["Codex: install"]);
    const start = expectOk(firstBoot["Codex: start"]);
    expect(install.output).toContain(`Installing @openai/codex@${CODEX_VERSION}`);
    expect(install.output).toContain(`Installed Codex ${CODEX_VERSION}`);
    expect(install.output).toContain(`Installed AgentAPI ${AGENTAPI_VERSION}`);
    expect(mirror.downloads()).toBe(downloads + 1);
    expect(start.output).toContain("The install script is done");
    expect(start.output).toContain("Sent the task prompt");
    const stableAfter = await waitForStable(PORT);
    const idle = /Codex is idle after (\d+) ms/.exec(start.output)?.[1];
    expect(ws.state("status")).toContain(`Codex is running (AgentAPI port ${PORT}`);
    // The logs the wrappers tee into, and the links the agent's PATH finds.
    expect(ws.read("~/.codex-module/logs/install.log")).toContain("Install finished in");
    expect(ws.read("~/.codex-module/logs/start.log")).toContain("Codex is running");
    expect(readlinkSync(ws.hostPath(`${SCRIPT_BIN_DIR}/codex`))).toBe(
      "/home/coder/.codex-module/npm/bin/codex",
    );
    expect(readlinkSync(ws.hostPath(`${SCRIPT_BIN_DIR}/agentapi`))).toBe(
      `/home/coder/.codex-module/bin/agentapi-${AGENTAPI_VERSION}`,
    );
    figure(
      `first install (npm install of Codex ${CODEX_VERSION}, AgentAPI download): ${install.ms} ms`,
    );
    figure(
      `first start: start.sh ${start.ms} ms; AgentAPI up to Codex idle (time-to-stable): ${idle} ms; boot to stable: ${Date.now() - started} ms (the last ${stableAfter} ms after start.sh)`,
    );
  });

  it("answers through AgentAPI's HTTP API: the task as the first user message, chat replies from the model, the chat app's health check", async () => {
    expect(await agentStatus(PORT)).toBe("stable");
    const messages = await agentMessages(PORT);
    const firstUser = messages.find((m) => m.role === "user");
    expect(firstUser?.content.endsWith(`\n\n${TASK_PROMPT}`)).toBe(true);
    const instruction = firstUser?.content.slice(0, -(TASK_PROMPT.length + 2)) ?? "";
    expect(instruction).toMatch(/^Keep Coder informed/);
    expect(instruction).toContain("coder_report_task");

    await sendMessage(PORT, "say hello");
    expect(await waitForAgentText(PORT, "mock reply: say hello")).toContain(
      "mock reply: say hello",
    );

    // The mock saw the model and the key the template variables set.
    const turns = [...requestsWith(mock, TASK_PROMPT), ...requestsWith(mock, "say hello")];
    expect(turns.length).toBeGreaterThanOrEqual(2);
    for (const turn of turns) {
      expect((turn.body as { model?: unknown }).model).toBe("mock-model");
      expect(
        turn.headers.authorization === `Bearer ${canary}`,
        "Authorization: Bearer <canary>",
      ).toBe(true);
    }

    // What Coder's app health check polls.
    const chat = coderApps(plan).find((a) => a.slug === "codex");
    expect(chat?.healthcheck?.url).toBe(`http://localhost:${PORT}/status`);
    const health = await fetch(chat?.healthcheck?.url ?? "", { signal: AbortSignal.timeout(5000) });
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status?: string }).status).toBe("stable");
  });

  it("restarts 10 times keeping user and Codex edits of config.toml, applying template changes to keys the user left alone, without reinstalling", async () => {
    const npmPackageJson = "~/.codex-module/npm/lib/node_modules/@openai/codex/package.json";
    const installed = statSync(ws.hostPath(npmPackageJson));
    const downloads = mirror.downloads();
    // npm commands this workspace runs, sampled every ~100 ms while it boots.
    const npmRuns: string[] = [];
    let samples = 0;
    const npmTick = (): void => {
      samples += 1;
      for (const line of ws.commandLines())
        if (/\bnpm(-cli\.js)?\s+(install|i|ci|add|update|view)\b/.test(line)) npmRuns.push(line);
    };
    const installMs: number[] = [];
    const startMs: number[] = [];
    const stableMs: number[] = [];
    let steady: string | undefined;

    for (let restart = 1; restart <= 10; restart += 1) {
      await ws.restart();
      const file = ws.hostPath(CONFIG);
      // What changed while the workspace was stopped (or in the last session).
      if (restart === 1) addUserTable(file);
      if (restart === 2) addTrustEntry(file, "/home/coder/other-repo");
      if (restart === 3) addModelMigrationNotice(file);
      if (restart === 4) plan = await planBuild({ codex_model: "mock-model-2" });
      if (restart === 5) setModelLikeCodex(file, "user-picked-model");
      if (restart === 6)
        plan = await planBuild({
          codex_model: "mock-model-3",
          codex_custom_provider_base_url: mock2.url,
        });

      const began = Date.now();
      const runs = await ws.boot(plan, {
        onTick: () => {
          watch.tick();
          npmTick();
        },
      });
      const install = expectOk(runs["Codex: install"]);
      const start = expectOk(runs["Codex: start"]);
      await waitForStable(PORT);
      stableMs.push(Date.now() - began);
      installMs.push(install.ms);
      startMs.push(start.ms);

      // Not reinstalled: npm did not run and the package was not touched.
      expect(install.output).not.toContain("Installing @openai/codex");
      expect(install.output).toMatch(
        /Codex 0\.169\.0 is already installed; the version check took \d+ ms/,
      );
      expect(install.output).toContain(
        "AgentAPI v0.12.1 is already installed and matches its sha256",
      );
      expect(statSync(ws.hostPath(npmPackageJson)).mtimeMs).toBe(installed.mtimeMs);
      expect(mirror.downloads()).toBe(downloads);
      // The task was sent on the first start only; the conversation came back from AgentAPI's
      // state file (saved when AgentAPI was stopped), so the prompt is in it exactly once.
      expect(start.output).toContain("already sent on an earlier start");
      const users = (await agentMessages(PORT)).filter((m) => m.role === "user");
      expect(users.filter((m) => m.content.endsWith(TASK_PROMPT))).toHaveLength(1);

      // Nothing lost, nothing duplicated: smol-toml refuses duplicate keys and tables.
      const text = configText(ws);
      const parsed = config(ws);
      expect(occurrences(text, USER_TABLE.trim())).toBe(1);
      expect(parsed["mcp_servers"]).toMatchObject({
        user_tool: { command: "user-tool", args: ["--stdio"] },
      });
      if (restart >= 2) {
        expect(occurrences(text, '[projects."/home/coder/other-repo"]')).toBe(1);
        expect(parsed["projects"]).toMatchObject({
          "/home/coder/other-repo": { trust_level: "trusted" },
        });
      }
      if (restart >= 3) {
        expect(occurrences(text, "[notice.model_migrations]")).toBe(1);
        expect(parsed["notice"]).toMatchObject({ model_migrations: { "gpt-5.5": "gpt-6-sol" } });
      }
      expect(parsed["projects"]).toMatchObject({ [PROJECT]: { trust_level: "trusted" } });
      expect(occurrences(text, "\nmodel =") + (text.startsWith("model =") ? 1 : 0)).toBe(1);
      // The model: the template's, until the user picked one with /model.
      const model =
        restart < 4 ? "mock-model" : restart === 4 ? "mock-model-2" : "user-picked-model";
      expect(parsed["model"]).toBe(model);
      const provider = (parsed["model_providers"] as Record<string, { base_url?: string }>)[
        "custom"
      ];
      expect(provider?.base_url).toBe(restart < 6 ? mock.url : mock2.url);
      if (restart === 6) {
        expect(install.output).toMatch(/`model`.*user-picked-model/);
        expect(install.output).toContain("kept");
      }

      // The real Codex reads it all: every MCP server, and the config loads cleanly.
      expect(await mcpServerNames(ws, plan)).toEqual(["coder", "user_tool"]);
      const doctor = await doctorConfigLoad(ws, plan);
      expect(doctor.status, JSON.stringify(doctor)).toBe("ok");

      if (restart === 4 || restart === 6) {
        // The changed template value is what Codex uses: the model, and the provider's base URL.
        const server = restart === 4 ? mock : mock2;
        const word = `restart-${restart}`;
        await sendMessage(PORT, word);
        await waitForAgentText(PORT, `mock reply: ${word}`);
        const [turn] = requestsWith(server, word);
        expect((turn?.body as { model?: unknown }).model).toBe(model);
        expect(turn?.headers.authorization === `Bearer ${canary}`).toBe(true);
      }
      if (restart === 7) steady = text;
      if (restart > 7) expect(text).toBe(steady);
    }
    expect(samples).toBeGreaterThan(100);
    expect(npmRuns).toEqual([]);
    figure(
      `restart overhead (install.sh on a restart, Codex already installed): median ${median(installMs)} ms, ` +
        `min ${Math.min(...installMs)} ms, max ${Math.max(...installMs)} ms`,
    );
    figure(
      `restart: start.sh median ${median(startMs)} ms; boot to AgentAPI stable median ${median(stableMs)} ms`,
    );
    // Ten boots, each with a Codex resume and two more Codex runs: ~90 s on an idle 2-core machine,
    // three times that under load.
  }, 900_000);

  it("restarts with the npm registry unreachable when Codex is already installed", async () => {
    await ws.restart();
    const registry = `http://127.0.0.1:${await closedPort()}/`;
    const runs = await ws.boot(plan, {
      env: { npm_config_registry: registry },
      onTick: watch.tick,
    });
    expectOk(runs["Codex: install"]);
    expectOk(runs["Codex: start"]);
    await waitForStable(PORT);
    expect(ws.state("status")).toContain("Codex is running");
  });

  it("falls back to danger-full-access, and says so in the agent metadata, when bwrap cannot create namespaces", async () => {
    expect(ws.state("sandbox")).toContain("mode=workspace-write");
    await ws.restart();
    // The seccomp launcher makes this boot look like a default `docker run` container to bwrap.
    const runs = await ws.boot(plan, { launcher: [PYTHON, DENY_NAMESPACES], onTick: watch.tick });
    const start = expectOk(runs["Codex: start"]);
    expect(start.output).toContain(
      "Warning: Codex's sandbox (bubblewrap) cannot run in this workspace",
    );
    expect(start.output).toContain("No permissions to create a new namespace");
    expect(start.output).toContain('Codex runs with sandbox_mode="danger-full-access"');
    await waitForStable(PORT);

    // What the agent metadata items of the plan show.
    const metadata = coderAgents(plan)[0]?.values["metadata"] as Array<{
      display_name: string;
      script: string;
    }>;
    const shown = async (name: string): Promise<string> => {
      const item = metadata.find((m) => m.display_name === name);
      expect(item, `metadata item "${name}"`).toBeDefined();
      const run = await ws.exec(plan, ["bash", "-c", item?.script ?? ""]);
      expect(run.status).toBe(0);
      return run.output;
    };
    const sandbox = await shown("Codex sandbox");
    expect(sandbox).toContain("mode=danger-full-access");
    expect(sandbox).toContain("requested=workspace-write");
    expect(sandbox).toMatch(/reason=fallback: .*No permissions to create a new namespace/);
    expect(await shown("Codex")).toContain("sandbox: danger-full-access (fallback");

    // The fallback is decided on every start, not remembered.
    await ws.restart();
    expectOk((await ws.boot(plan, { onTick: watch.tick }))["Codex: start"]);
    expect(ws.state("sandbox")).toContain("mode=workspace-write");
    await waitForStable(PORT);
  });

  it("keeps the custom-provider key out of every file, log, script, process argument and template artifact", () => {
    expect(watch.snapshots).toBeGreaterThan(50);
    expect([...watch.seen].sort()).toEqual(["agentapi", "codex", "install"]);
    expect(firstBoot["Codex: install"]?.output).toContain("Installing @openai/codex");
    expect(watch.leaks).toEqual([]);
    // The script output the agent ships to Coder's logs.
    expect(ws.runs.length).toBeGreaterThan(20);
    for (const run of ws.runs) expect(run.output.includes(canary), run.displayName).toBe(false);
    // Codex reads it from the provider's env_key variable: no file holds it, not even auth.json.
    expect(ws.fileCount()).toBeGreaterThan(20);
    expect(ws.filesContaining(canary)).toEqual([]);
    expect(ws.exists("~/.codex/auth.json")).toBe(false);
    const logs = readdirSync(ws.hostPath("~/.codex-module/logs"));
    expect(logs).toEqual(expect.arrayContaining(["install.log", "start.log", "agentapi.log"]));
    for (const s of coderScripts(plan)) expect(s.script.includes(canary), s.address).toBe(false);
    for (const file of listFiles(TASKS_DOCKER_DIST))
      expect(readFileSync(file).includes(canary), file).toBe(false);
  });
});

describe("tasks-docker faults", () => {
  it("fails the first install with a clear error when the npm registry is unreachable, and the start script stops at once", async () => {
    const ws = workspace("npm-offline");
    const plan = await planBuild({ codex_tasks_mode: "none" });
    const registry = `http://127.0.0.1:${await closedPort()}/`;
    const runs = await ws.boot(plan, {
      concurrent: true,
      env: {
        npm_config_registry: registry,
        // npm's own retries (2, with 10-60 s back-off) would make this take over a minute.
        npm_config_fetch_retries: "0",
        // A cache of the workspace's own, so npm cannot install from this machine's cache.
        npm_config_cache: undefined,
      },
    });
    const install = runs["Codex: install"] as ScriptRun;
    const start = runs["Codex: start"] as ScriptRun;
    expect(install.status).not.toBe(0);
    expect(install.output).toContain(`Error: npm install of @openai/codex@${CODEX_VERSION} failed`);
    expect(install.output).toContain(registry.replace(/\/$/, ""));
    expect(ws.read(`/tmp/codex-module-run-${process.getuid?.() ?? 0}/install.failed`)).toContain(
      "npm install",
    );
    expect(start.status).not.toBe(0);
    expect(start.output).toContain(
      "Error: the install script failed (npm install of @openai/codex",
    );
    // It stopped within a second of the install's failure instead of waiting out its 900 s.
    expect(start.ms - install.ms).toBeLessThan(3000);
    // Both scripts write the status line; either way it names the cause.
    expect(ws.state("status")).toMatch(
      /^Codex (install|start) failed: .*npm install of @openai\/codex/,
    );
    expect(ws.agentapiPid()).toBeUndefined();
  });

  it("fails the install and refuses an AgentAPI binary that does not match agentapi_sha256_amd64, naming both digests", async () => {
    const ws = workspace("sha-mismatch");
    ws.seedCodex(codexPrefix);
    const wrong = "0".repeat(64);
    const plan = await planBuild({ agentapi_sha256_amd64: wrong, codex_tasks_mode: "none" });
    const runs = await ws.boot(plan);
    const install = runs["Codex: install"] as ScriptRun;
    expect(install.status).not.toBe(0);
    expect(install.output).toContain(
      `Error: the AgentAPI download from ${mirror.url}/${AGENTAPI_VERSION}/agentapi-linux-amd64 does not match its checksum: expected sha256 ${wrong}, got ${mirror.sha256}; refusing to install it`,
    );
    expect(readdirSync(ws.hostPath("~/.codex-module/bin"))).toEqual([]);
    expect(runs["Codex: start"]?.status).not.toBe(0);
    expect(ws.state("status")).toContain("does not match its checksum");
    expect(ws.agentapiPid()).toBeUndefined();
  });
});

describe("tasks-docker key sources", () => {
  it("template-variable: the key goes into codex login on stdin and only $CODEX_HOME/auth.json (0600) holds it", async () => {
    const key = canaryKey("template");
    const ws = workspace("template-variable");
    ws.seedCodex(codexPrefix);
    const plan = await planBuild({
      codex_auth_source: "template-variable",
      openai_api_key: key,
      codex_custom_provider_api_key: "",
      codex_tasks_mode: "none",
    });
    for (const s of coderScripts(plan)) expect(s.script.includes(key)).toBe(false);
    const keyWatch = new ProcessWatch([key], {
      login: /codex login/,
      install: /scripts\/install\.sh/,
    });
    // Only the install script: started, Codex would talk to the real OpenAI API with the canary.
    const install = await ws.runScript(scriptNamed(plan, "Codex: install"), plan, {
      onTick: keyWatch.tick,
    });
    expectOk(install);
    expect(install.output).toContain("Logged Codex in with the API key from $OPENAI_API_KEY");
    const status = await ws.codex(plan, ["login", "status"]);
    expect(status.status).toBe(0);
    expect(status.output).toContain("API key configured");
    expect(keyWatch.seen.has("install")).toBe(true);
    expect(keyWatch.leaks).toEqual([]);
    expect(install.output.includes(key)).toBe(false);
    expect(ws.filesContaining(key)).toEqual([ws.hostPath("~/.codex/auth.json")]);
    expect(ws.mode("~/.codex/auth.json")).toBe(0o600);
  });

  it("user-secret: without the secret the install exits 0 with the `coder secret create` command; with it Codex logs in", async () => {
    const ws = workspace("user-secret");
    ws.seedCodex(codexPrefix);
    const plan = await planBuild({
      codex_auth_source: "user-secret",
      codex_custom_provider_api_key: "",
      codex_tasks_mode: "none",
    });
    const command = "coder secret create openai-api-key --env OPENAI_API_KEY";
    const runs = await ws.boot(plan);
    const install = expectOk(runs["Codex: install"]);
    expect(install.output).toContain(command);
    expect(ws.read("~/.codex-module/logs/install.log")).toContain(command);
    expect(ws.state("status")).toContain(command);
    const start = expectOk(runs["Codex: start"]);
    expect(start.output).toContain("there is no OpenAI API key yet");
    expect(ws.agentapiPid()).toBeUndefined();

    // The user creates the secret and restarts: Coder puts it in the agent's environment.
    const key = canaryKey("user");
    await ws.restart();
    const keyWatch = new ProcessWatch([key], { install: /scripts\/install\.sh/ });
    const again = await ws.runScript(scriptNamed(plan, "Codex: install"), plan, {
      env: { OPENAI_API_KEY: key },
      onTick: keyWatch.tick,
    });
    expectOk(again);
    expect(again.output).toContain(
      "Logged Codex in with the API key from $OPENAI_API_KEY (auth source user-secret)",
    );
    const status = await ws.codex(plan, ["login", "status"]);
    expect(status.output).toContain("API key configured");
    expect(ws.state("auth")).toContain("login=apikey");
    expect(keyWatch.leaks).toEqual([]);
    expect(ws.filesContaining(key)).toEqual([ws.hostPath("~/.codex/auth.json")]);
    expect(ws.mode("~/.codex/auth.json")).toBe(0o600);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
