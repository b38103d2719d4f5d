// Two Codex constructs in one template, one on each of two agents (two containers, each with its
// own home): planned with real Terraform and the real coder provider, then all four coder_scripts
// (two installs, two starts) run at the same time, each agent's in its own emulated workspace, and
// each Codex answers in its folder behind its AgentAPI port.
//
// Two Codex constructs on ONE agent, each with its own folders: two-codex-one-agent.test.ts.
//
// FAKES, and why:
// - The Coder server: the provisioner environment is emulated (test-support); the workspace runs
//   the rendered scripts itself (see support/workspace.ts).
// - The OpenAI API: the mock Responses API on 127.0.0.1.
// Everything else is real: terraform, the coder provider, bash, Codex and AgentAPI.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { Codex } from "@codex-coder/codex";
import { agent } from "@codex-coder/provider-coder";
import { setTerraformName } from "@codex-coder/template-kit";
import {
  coderScripts,
  createProvisioner,
  startMockResponses,
  type MockResponses,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentStatus, sendMessage, waitForAgentText, waitForStable } from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import { mockProviderAuth } from "./support/mock-provider.js";
import { makeRunDir, removeRunDir } from "./support/paths.js";
import { canaryKey, freePort, startAgentapiMirror, type AgentapiMirror } from "./support/plan.js";
import { buildTemplate, templateStack } from "./support/template-build.js";
import { Workspace } from "./support/workspace.js";

const PROJECTS = "/home/coder/projects";
const REVIEW = "/home/coder/review";
/** The module dir of the construct id codex-review (naming.ts: not the default construct). */
const REVIEW_MODULE = "~/.codex-module-codex-review";

let runDir: string;
let mock: MockResponses;
let mirror: AgentapiMirror;
let tf: Provisioner;
let codexPrefix: string;
let ports: { readonly codex: number; readonly review: number };
const workspaces: Workspace[] = [];

async function buildTwoCodexTemplate(): Promise<string> {
  const { stack, main } = templateStack("e2e-two-codex", "Two Codex constructs, two agents");
  const review = new agent.Agent(stack, "review", { arch: "amd64", os: "linux" });
  setTerraformName(review, "review");
  const common = {
    auth: mockProviderAuth(stack, mock),
    model: "mock-model",
    tasksMode: "none",
    cliApp: false,
    coderLogin: false,
    agentApiDownloadUrl: mirror.url,
  } as const;
  new Codex(stack, "codex", {
    ...common,
    agent: main,
    folder: PROJECTS,
    agentApiPort: ports.codex,
  });
  new Codex(stack, "codex-review", {
    ...common,
    agent: review,
    folder: REVIEW,
    agentApiPort: ports.review,
  });
  return buildTemplate(stack, join(runDir, "template"));
}

beforeAll(async () => {
  runDir = makeRunDir("two-codex");
  mock = await startMockResponses({ reply: "mock reply" });
  mirror = await startAgentapiMirror(join(runDir, "served"));
  ports = { codex: await freePort(), review: await freePort() };
  const [prefix, dir] = await Promise.all([sharedCodexPrefix(), buildTwoCodexTemplate()]);
  codexPrefix = prefix;
  tf = await createProvisioner(dir, { tmpDir: runDir });
}, 600_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await mock?.close();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("two Codex constructs, one on each of two agents", () => {
  let plan: TerraformPlan;

  it("plans an install and a start script for each, on its agent", async () => {
    plan = await tf.planBuild({ variables: { e2e_mock_key: canaryKey("two-codex") } });
    expect(
      coderScripts(plan)
        .filter((s) => s.runOnStart)
        .map((s) => `${s.agent}: ${s.displayName}`)
        .sort(),
    ).toEqual([
      "coder_agent.main: Codex: install",
      "coder_agent.main: Codex: start",
      "coder_agent.review: Codex (codex-review): install",
      "coder_agent.review: Codex (codex-review): start",
    ]);
  });

  it("runs both start scripts side by side (with both installs), and each Codex answers on its own port in its own folder", async () => {
    const byAgent = new Map<string, Workspace>();
    for (const name of ["main", "review"]) {
      const ws = new Workspace(runDir, name);
      ws.seedCodex(codexPrefix);
      // codex-review is not the default construct: its own module dir gets the Codex install too.
      mkdirSync(ws.hostPath(REVIEW_MODULE), { recursive: true });
      symlinkSync(codexPrefix, ws.hostPath(`${REVIEW_MODULE}/npm`));
      workspaces.push(ws);
      byAgent.set(`coder_agent.${name}`, ws);
    }
    const scripts = coderScripts(plan).filter((s) => s.runOnStart);
    // All at once, as each Coder agent starts its run_on_start scripts, both agents at the same time.
    const runs = await Promise.all(
      scripts.map((s) => {
        const ws = byAgent.get(s.agent ?? "");
        if (ws === undefined) throw new Error(`${s.displayName} is on no known agent`);
        return ws.runScript(s, plan);
      }),
    );
    expect(runs).toHaveLength(4);
    for (const run of runs) expect(run.status, `${run.displayName}\n${run.output}`).toBe(0);

    for (const [port, folder, ws, codexHome] of [
      [ports.codex, PROJECTS, byAgent.get("coder_agent.main"), "~/.codex"],
      [ports.review, REVIEW, byAgent.get("coder_agent.review"), `${REVIEW_MODULE}/codex-home`],
    ] as const) {
      await waitForStable(port, 120_000);
      expect(await agentStatus(port)).toBe("stable");
      expect(ws?.exists(folder)).toBe(true);
      const config = parseToml(ws?.read(`${codexHome}/config.toml`) ?? "") as {
        projects?: Record<string, { trust_level?: string }>;
      };
      expect(config.projects?.[folder]?.trust_level).toBe("trusted");
    }
    // Each AgentAPI drives its own Codex: a message to each gets the model's reply.
    for (const [port, text] of [
      [ports.codex, "hello from projects"],
      [ports.review, "hello from review"],
    ] as const) {
      await waitForStable(port, 120_000);
      await sendMessage(port, text);
      expect(await waitForAgentText(port, "mock reply", 120_000)).toContain("mock reply");
    }
  });
});
