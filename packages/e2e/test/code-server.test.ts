// The CodeServer construct end to end: a template with code-server (enabled, mirror URL and
// sha256 as template variables) planned with real Terraform and the real coder provider, then its
// coder_script exactly as rendered, run in an emulated workspace. The release it installs is the
// real code-server npm package (built with Node 24 from the npm registry) in the release tarball
// layout, served from 127.0.0.1 as `<mirror>/v<version>/code-server-<version>-linux-amd64.tar.gz`.
//
// FAKES, and why: the Coder server (the provisioner environment is emulated, and Coder's app proxy
// is not there: the checks call the app and health-check URLs of the plan on 127.0.0.1 directly);
// the release's two-line bin/code-server launcher (see test-support's code-server.ts).
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { CodeServer, CodeServerVariables, TESTED_VERSIONS } from "@codex-coder/codex";
import {
  coderApps,
  coderScripts,
  createProvisioner,
  ensureCodeServerRelease,
  startStaticServer,
  type CodeServerRelease,
  type Provisioner,
  type StaticServer,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir, removeRunDir } from "./support/paths.js";
import { freePort } from "./support/plan.js";
import { buildTemplate, templateStack } from "./support/template-build.js";
import { Workspace, type ScriptRun } from "./support/workspace.js";

const VERSION = TESTED_VERSIONS.codeServer;
const PROJECT = "/home/coder/projects";
const SCRIPT = "code-server: install and start";

let runDir: string;
let release: CodeServerRelease;
let mirror: StaticServer;
let tf: Provisioner;
let port: number;
const workspaces: Workspace[] = [];

function workspace(label: string): Workspace {
  const ws = new Workspace(runDir, label);
  workspaces.push(ws);
  return ws;
}

async function buildCodeServerTemplate(): Promise<string> {
  const { stack, main } = templateStack("e2e-code-server", "code-server from a mirror");
  const variables = new CodeServerVariables(stack, "code-server-variables");
  new CodeServer(stack, "code-server", {
    agent: main,
    folder: PROJECT,
    port,
    ...variables.codeServerProps(),
  });
  return buildTemplate(stack, join(runDir, "template"));
}

function plan(variables: Record<string, string> = {}): Promise<TerraformPlan> {
  return tf.planBuild({
    variables: {
      code_server_download_url: mirror.url,
      code_server_sha256_amd64: release.sha256,
      ...variables,
    },
  });
}

function downloads(): number {
  return mirror.requests().filter((p) => p.endsWith(".tar.gz")).length;
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url.replace("//localhost:", "//127.0.0.1:"), { redirect: "manual" });
  return { status: res.status, body: await res.text() };
}

function ok(run: ScriptRun | undefined): ScriptRun {
  expect(run, "the plan has the code-server script").toBeDefined();
  expect(run?.status, run?.output).toBe(0);
  return run as ScriptRun;
}

beforeAll(async () => {
  runDir = makeRunDir("code-server");
  release = await ensureCodeServerRelease(VERSION);
  if (release.buildSeconds > 0)
    console.log(
      `[e2e figure] code-server ${VERSION} test release built in ${release.buildSeconds} s`,
    );
  const served = join(runDir, "mirror");
  mkdirSync(served, { recursive: true });
  symlinkSync(release.dir, join(served, `v${VERSION}`));
  mirror = await startStaticServer(served);
  port = await freePort();
  tf = await createProvisioner(await buildCodeServerTemplate(), { tmpDir: runDir });
}, 1_800_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await mirror?.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("code-server from a local mirror", () => {
  let ws: Workspace;
  let first: TerraformPlan;
  let installMs = 0;

  it("first start: downloads the pinned release, verifies its sha256, starts it in the project folder; the app URL and its health check answer", async () => {
    first = await plan();
    const app = coderApps(first).find((a) => a.slug === "code-server");
    expect(app?.url).toBe(`http://localhost:${port}/?folder=%2Fhome%2Fcoder%2Fprojects`);
    expect(app?.healthcheck?.url).toBe(`http://localhost:${port}/healthz`);

    ws = workspace("first");
    const before = downloads();
    const run = ok((await ws.boot(first))[SCRIPT]);
    installMs = run.ms;
    expect(downloads()).toBe(before + 1);
    expect(run.output).toContain(
      `Downloading code-server ${VERSION} from ${mirror.url}/v${VERSION}/code-server-${VERSION}-linux-amd64.tar.gz`,
    );
    expect(run.output).toContain(`sha256 ${release.sha256}, verified`);
    expect(run.output).toMatch(
      new RegExp(`code-server ${VERSION} \\(PID \\d+\\) answers on 127\\.0\\.0\\.1:${port}`),
    );
    expect(ws.state("code-server")).toBe(`code-server ${VERSION} is running on port ${port}\n`);

    const health = await get(app?.healthcheck?.url ?? "");
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({
      status: expect.stringMatching(/alive|expired/),
    });
    const page = await get(app?.url ?? "");
    expect(page.status).toBe(200);
    expect(page.body).toContain("vscode");
    const version = await ws.exec(first, [
      `/home/coder/.codex-module/code-server/${VERSION}/bin/code-server`,
      "--version",
    ]);
    expect(version.stdout).toContain(VERSION);
    console.log(
      `[e2e figure] code-server first start (download ${VERSION} from 127.0.0.1, unpack, start, healthy): ${installMs} ms`,
    );
  });

  it("restart: skips the download (the install on the home volume is kept) and answers again", async () => {
    await ws.restart();
    const before = downloads();
    const run = ok((await ws.boot(first))[SCRIPT]);
    expect(downloads()).toBe(before);
    expect(run.output).toContain(`code-server ${VERSION} is installed`);
    expect(run.output).toContain("skipping the download");
    expect((await get(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    console.log(
      `[e2e figure] code-server restart (install skipped, start, healthy): ${run.ms} ms vs first start ${installMs} ms`,
    );
    await ws.stop();
  });

  it("refuses a tarball whose sha256 does not match, and installs nothing", async () => {
    const bad = await plan({ code_server_sha256_amd64: "0".repeat(64) });
    const other = workspace("bad-sha");
    const run = (await other.boot(bad))[SCRIPT];
    expect(run?.status).not.toBe(0);
    expect(run?.output).toContain(
      `Error: checksum mismatch for ${mirror.url}/v${VERSION}/code-server-${VERSION}-linux-amd64.tar.gz: expected sha256 ${"0".repeat(64)}, got ${release.sha256}; refusing to install it`,
    );
    expect(existsSync(other.hostPath(`/home/coder/.codex-module/code-server/${VERSION}`))).toBe(
      false,
    );
    expect(other.state("code-server")).toContain("code-server failed: checksum mismatch");
  });

  it("code_server_enabled = false: no app and no script", async () => {
    const off = await plan({ code_server_enabled: "false" });
    expect(coderApps(off).filter((a) => a.slug === "code-server")).toEqual([]);
    expect(coderScripts(off).filter((s) => s.displayName === SCRIPT)).toEqual([]);
  });
});
