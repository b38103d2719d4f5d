// The Project construct end to end: a template with a repository (URL, branch and setup script as
// template variables, Coder external auth "github") and Codex waiting for it, planned with real
// Terraform and the real coder provider, then its coder_scripts exactly as rendered, run in an
// emulated workspace against a real git server on 127.0.0.1 (`git http-backend` behind a small
// HTTP server that requires the external-auth token).
//
// FAKES, and why:
// - The Coder server: the provisioner environment is emulated (test-support), including the
//   external-auth token Coder would pass (CODER_EXTERNAL_AUTH_ACCESS_TOKEN_github).
// - The OpenAI API: the mock Responses API (Codex only has to start here).
// Everything else is real: terraform, the coder provider, bash, git and git http-backend, Codex
// 0.169.0 and AgentAPI.
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformVariable } from "@codex-coder/cdk";
import { Codex, Project } from "@codex-coder/codex";
import {
  createProvisioner,
  startMockResponses,
  type MockResponses,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentStatus } from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import { createBareRepository, startGitServer, type GitServer } from "./support/git-server.js";
import { mockProviderAuth } from "./support/mock-provider.js";
import { makeRunDir, removeRunDir } from "./support/paths.js";
import { canaryKey, freePort, startAgentapiMirror, type AgentapiMirror } from "./support/plan.js";
import { buildTemplate, templateStack } from "./support/template-build.js";
import { ProcessWatch, Workspace, type ScriptRun } from "./support/workspace.js";

const PROJECT = "/home/coder/projects";
const SETUP = [
  'printf "setup ran in %s (cloned: %s)\\n" "$PWD" "$CODER_PROJECT_CLONED"',
  'printf "token visible to setup: %s\\n" "${CODER_PROJECT_GIT_TOKEN:-no}"',
  "date >> .setup-runs",
].join("\n");

let runDir: string;
let git: GitServer;
let mock: MockResponses;
let mirror: AgentapiMirror;
let tf: Provisioner;
let codexPrefix: string;
let token: string;
let port: number;
const workspaces: Workspace[] = [];

function workspace(label: string): Workspace {
  const ws = new Workspace(runDir, label);
  ws.seedCodex(codexPrefix);
  workspaces.push(ws);
  return ws;
}

async function buildProjectTemplate(): Promise<string> {
  const { stack, main } = templateStack("e2e-project", "A repository, a setup script and Codex");
  const variable = (name: string): TerraformVariable => {
    const v = new TerraformVariable(stack, name, { type: "string", default: "" });
    v.overrideLogicalId(name);
    return v;
  };
  const project = new Project(stack, "project", {
    agent: main,
    folder: PROJECT,
    repository: {
      url: variable("repo_url").stringValue,
      branch: variable("repo_branch").stringValue,
      externalAuthId: "github",
    },
    setupScript: variable("setup_script").stringValue,
  });
  new Codex(stack, "codex", {
    agent: main,
    folder: PROJECT,
    auth: mockProviderAuth(stack, mock),
    model: "mock-model",
    tasksMode: "none",
    cliApp: false,
    coderLogin: false,
    agentApiPort: port,
    agentApiDownloadUrl: mirror.url,
    waitFor: [project],
  });
  return buildTemplate(stack, join(runDir, "template"));
}

function plan(repoUrl: string, branch = "", setup = SETUP): Promise<TerraformPlan> {
  return tf.planBuild({
    variables: {
      repo_url: repoUrl,
      repo_branch: branch,
      setup_script: setup,
      e2e_mock_key: canaryKey("project"),
    },
    externalAuth: { github: token },
  });
}

function ok(run: ScriptRun | undefined): ScriptRun {
  expect(run, "the plan has this coder_script").toBeDefined();
  expect(run?.status, run?.output).toBe(0);
  return run as ScriptRun;
}

beforeAll(async () => {
  runDir = makeRunDir("project");
  token = `gho_canary${canaryKey("git").replace(/[^a-z0-9]/g, "")}`;
  const served = join(runDir, "git");
  createBareRepository(served, "acme/web");
  // Slow answers, so the clone runs long enough for the /proc snapshots to see it.
  git = await startGitServer(served, { token, delayMs: 300 });
  mock = await startMockResponses({ reply: "mock reply" });
  mirror = await startAgentapiMirror(join(runDir, "served"));
  port = await freePort();
  const [prefix, dir] = await Promise.all([sharedCodexPrefix(), buildProjectTemplate()]);
  codexPrefix = prefix;
  tf = await createProvisioner(dir, { tmpDir: runDir });
}, 600_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await git?.close();
  await mock?.close();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("the git server", () => {
  it("refuses a clone without the token (so a clone that works proves the token was used)", async () => {
    const ws = workspace("no-token");
    const bare = await plan("");
    const run = await ws.exec(
      bare,
      ["git", "-c", "credential.helper=", "ls-remote", `${git.url}/acme/web.git`],
      { env: { GIT_TERMINAL_PROMPT: "0", GIT_ASKPASS: "" } },
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/401|Authentication failed|could not read Username/);
  });
});

describe("a repository cloned through Coder external auth", () => {
  let ws: Workspace;
  let first: TerraformPlan;
  let watch: ProcessWatch;

  it("plans the external auth data source and hands the token to the workspace only through coder_env", async () => {
    first = await plan(`${git.url}/acme/web.git`, "feature");
    const text = JSON.stringify(first.planned_values);
    const script = first.planned_values.root_module.resources?.find(
      (r) => r.address === "coder_script.project",
    );
    expect(script).toBeDefined();
    expect(JSON.stringify(script)).not.toContain(token);
    expect(text).toContain("CODER_PROJECT_GIT_TOKEN");
  });

  it("first start: clones the branch, runs the setup script in the checkout, then Codex starts", async () => {
    ws = workspace("clone");
    watch = new ProcessWatch([token], {
      clone: /git .*clone .*acme\/web\.git/,
      remote: /git-remote-http/,
    });
    const before = git.requests.length;
    const runs = await ws.boot(first, { concurrent: true, onTick: watch.tick });
    const project = ok(runs["Project: clone and set up"]);
    const start = ok(runs["Codex: start"]);
    ok(runs["Codex: install"]);

    expect(project.output).toContain(`Cloning ${git.url}/acme/web.git (branch feature)`);
    expect(project.output).toContain("with the Coder external-auth token");
    expect(ws.read(`${PROJECT}/feature.txt`)).toBe("feature work\n");
    expect(ws.read(`${PROJECT}/README.md`)).toBe("# web\n");
    const head = await ws.exec(first, ["git", "-C", PROJECT, "rev-parse", "--abbrev-ref", "HEAD"]);
    expect(head.stdout.trim()).toBe("feature");
    // The server saw the token (and refused the first, unauthenticated request, as GitHub does).
    const served = git.requests.slice(before);
    expect(served.some((r) => r.authorized && r.user === "oauth2")).toBe(true);

    // The setup script ran after the clone, in the folder, with its output in setup.log.
    const setupLog = ws.read("~/.codex-module/logs/setup.log");
    expect(setupLog).toContain(`setup ran in ${PROJECT} (cloned: true)`);
    expect(setupLog).toContain("token visible to setup: no");
    expect(ws.read(`${PROJECT}/.setup-runs`).split("\n").filter(Boolean)).toHaveLength(1);
    expect(ws.state("project")).toContain(`Project: cloned ${git.url}/acme/web.git (feature)`);
    expect(ws.state("project")).toContain("setup script done");

    // Codex waited for the project and started after it.
    expect(start.output).toContain("The project step is done");
    const startLog = ws.read("~/.codex-module/logs/start.log");
    expect(startLog.indexOf("The project step is done")).toBeLessThan(
      startLog.indexOf("Started AgentAPI"),
    );
    expect(await agentStatus(port)).toBeDefined();
    expect(ws.state("status")).toContain("Codex is running");
  });

  it("never puts the token on a command line, in a log or in a file", () => {
    expect(watch.snapshots).toBeGreaterThan(5);
    expect(watch.seen.has("clone"), "a snapshot was taken while git cloned").toBe(true);
    expect(watch.leaks).toEqual([]);
    expect(ws.filesContaining(token)).toEqual([]);
    // Not in the clone's config either (the remote URL carries no credentials).
    expect(ws.read(`${PROJECT}/.git/config`)).toContain(`url = ${git.url}/acme/web.git`);
    for (const run of ws.runs) expect(run.output).not.toContain(token);
  });

  it("restart: the checkout is left alone (a local change survives, nothing is fetched), the setup script runs again", async () => {
    appendFileSync(ws.hostPath(`${PROJECT}/README.md`), "local edit\n");
    writeFileSync(ws.hostPath(`${PROJECT}/notes.txt`), "untracked\n");
    await ws.restart();
    const before = git.requests.length;
    const runs = await ws.boot(first, { concurrent: true });
    const project = ok(runs["Project: clone and set up"]);
    ok(runs["Codex: start"]);
    expect(project.output).toContain("already holds a git checkout: left as it is");
    expect(git.requests.length, "no request reached the git server").toBe(before);
    expect(ws.read(`${PROJECT}/README.md`)).toBe("# web\nlocal edit\n");
    expect(ws.read(`${PROJECT}/notes.txt`)).toBe("untracked\n");
    expect(ws.read(`${PROJECT}/.setup-runs`).split("\n").filter(Boolean)).toHaveLength(2);
    expect(ws.read("~/.codex-module/logs/setup.log")).toContain("(cloned: false)");
    expect(ws.state("project")).toContain("existing checkout");
    expect(await agentStatus(port)).toBeDefined();
    await ws.stop();
  });
});

describe("a clone that fails", () => {
  it("a wrong URL: the script fails with a visible status, the setup script is skipped, Codex still starts", async () => {
    const ws = workspace("wrong-url");
    const wrong = await plan(`${git.url}/acme/missing.git`);
    const runs = await ws.boot(wrong, { concurrent: true });
    const project = runs["Project: clone and set up"];
    expect(project?.status, project?.output).not.toBe(0);
    expect(project?.output).toContain(`Error: cloning ${git.url}/acme/missing.git failed`);
    expect(ws.state("project")).toContain(`cloning ${git.url}/acme/missing.git failed`);
    expect(ws.state("project")).toContain("Codex starts anyway");
    expect(ws.read("~/.codex-module/logs/setup.log")).toContain("setup script skipped");
    expect(ws.exists(`${PROJECT}/.setup-runs`)).toBe(false);

    const start = ok(runs["Codex: start"]);
    expect(start.output).toContain("Warning: the project step failed");
    expect(await agentStatus(port)).toBeDefined();
    expect(ws.state("status")).toContain("Codex is running");
    await ws.stop();
  });

  it("a folder that holds other files is never cloned into or changed", async () => {
    const ws = workspace("occupied");
    writeFileSync(ws.hostPath("/home/coder/keep.txt"), "");
    const occupied = await plan(`${git.url}/acme/web.git`, "", "");
    // The user's own files in the project folder from an earlier life of the workspace.
    const folder = ws.hostPath(PROJECT);
    await ws.exec(occupied, ["mkdir", "-p", PROJECT]);
    writeFileSync(join(folder, "mine.txt"), "mine\n");
    const runs = await ws.boot(occupied, { concurrent: true });
    const project = runs["Project: clone and set up"];
    expect(project?.status).not.toBe(0);
    expect(project?.output).toContain("is not empty and is not a git checkout");
    expect(ws.read(`${PROJECT}/mine.txt`)).toBe("mine\n");
    expect(ws.exists(`${PROJECT}/.git`)).toBe(false);
    ok(runs["Codex: start"]);
    await ws.stop();
  });
});
