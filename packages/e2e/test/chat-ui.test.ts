// The chat UI a Coder Tasks user sees first: AgentAPI v0.12.1's embedded Next.js chat (built from
// the release source by setup-tools), served by the real AgentAPI that the tasks-docker template's
// start script runs, opened in a real headless Chromium (Debian's `chromium` package, driven with
// playwright-core) at the path Coder's app proxy serves it under:
// /@<owner>/<workspace>.<agent>/apps/<slug>/chat/.
//
// FAKES, and why:
// - The OpenAI API is the mock Responses API of @codex-coder/test-support.
// - Coder's app proxy is a small reverse proxy on 127.0.0.1 that does what Coder's does for a
//   path-based app: it strips /@<owner>/<workspace>.<agent>/apps/<slug> and forwards to the app's
//   URL (http://localhost:3284/). There is no Coder server here.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { join } from "node:path";
import {
  createProvisioner,
  lastUserText,
  startMockResponses,
  type MockResponses,
  type Provisioner,
  type RecordedRequest,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentMessages, agentStatus, screenText, waitForStable } from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import { TMP_ROOT, makeRunDir, removeRunDir, tasksDockerTemplateDir } from "./support/paths.js";
import {
  canaryKey,
  scriptArg,
  scriptNamed,
  startAgentapiMirror,
  type AgentapiMirror,
} from "./support/plan.js";
import { Workspace } from "./support/workspace.js";

const PORT = 3284;
const CHROMIUM = "/usr/bin/chromium";
const OWNER = "ada";
const WORKSPACE = "chat";
/** Screenshots land here (kept after the run; .tmp/ is git-ignored). */
const OUTPUT_DIR = join(TMP_ROOT, "output", "chat-ui");

let runDir: string;
let tf: Provisioner;
let mock: MockResponses;
let mirror: AgentapiMirror;
let proxy: { server: Server; url: string };
let browser: Browser | undefined;
let ws: Workspace;
let plan: TerraformPlan;

/** EMULATED Coder app proxy: `<prefix>/<rest>` → `http://127.0.0.1:<PORT>/<rest>`, streamed. */
async function startAppProxy(prefix: string): Promise<typeof proxy> {
  const server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? "/";
    if (!url.startsWith(`${prefix}/`)) {
      outgoing.writeHead(404, { "content-type": "text/plain" }).end("not an app path\n");
      return;
    }
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: PORT,
        method: incoming.method,
        path: url.slice(prefix.length),
        headers: { ...incoming.headers, host: `localhost:${PORT}` },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", (error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end(String(error));
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  runDir = makeRunDir("chat-ui");
  mock = await startMockResponses({
    reply: (request: RecordedRequest) => `chat-ui reply to: ${lastUserText(request.body).trim()}`,
  });
  mirror = await startAgentapiMirror(join(runDir, "served"));
  const [provisioner, prefix] = await Promise.all([
    createProvisioner(tasksDockerTemplateDir(), { tmpDir: runDir }),
    sharedCodexPrefix(),
  ]);
  tf = provisioner;
  if ((await agentStatus(PORT)) !== undefined)
    throw new Error(`something already answers on port ${PORT}; tasks-docker's AgentAPI needs it`);
  plan = await tf.planBuild({
    variables: {
      codex_auth_source: "custom-provider",
      codex_custom_provider_base_url: mock.url,
      codex_custom_provider_api_key: canaryKey("chat-ui"),
      codex_model: "mock-model",
      agentapi_download_url: mirror.url,
      agentapi_sha256_amd64: mirror.sha256,
      codex_tasks_mode: "coder-task",
    },
    owner: { name: OWNER },
    workspace: { name: WORKSPACE },
    taskPrompt: "",
  });
  ws = new Workspace(runDir, "chat");
  ws.seedCodex(prefix);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await ws?.stop();
  if (proxy !== undefined) await new Promise((done) => proxy.server.close(done));
  await mock?.close();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("AgentAPI's chat UI behind Coder's path-based app proxy", () => {
  it("loads in headless Chromium, sends a message and shows the model's reply", async () => {
    // The template tells AgentAPI the path Coder serves the chat under.
    const basePath = scriptArg(scriptNamed(plan, "Codex: start"), "ARG_AGENTAPI_CHAT_BASE_PATH");
    const appPrefix = `/@${OWNER}/${WORKSPACE}.main/apps/codex`;
    expect(basePath).toBe(`${appPrefix}/chat`);

    const boot = await ws.boot(plan);
    expect(boot["Codex: start"]?.status, boot["Codex: start"]?.output).toBe(0);
    await waitForStable(PORT);
    proxy = await startAppProxy(appPrefix);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${proxy.url}${basePath}/`, { waitUntil: "load" });
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe("AgentAPI Chat");

    const text = "hello from the chat UI";
    const input = page.locator("textarea").first();
    await input.waitFor({ state: "visible", timeout: 60_000 });
    await expect
      .poll(async () => (await agentStatus(PORT)) === "stable", { timeout: 60_000 })
      .toBe(true);
    await input.fill(text);
    await input.press("Enter");

    // The reply reaches the page through AgentAPI's event stream, via the proxy.
    const reply = `chat-ui reply to: ${text}`;
    await page.getByText(reply).first().waitFor({ state: "visible", timeout: 120_000 });
    const sent = (await agentMessages(PORT)).filter((m) => m.role === "user");
    expect(sent.map((m) => screenText(m.content))).toEqual([text]);
    expect(mock.requests().some((r) => lastUserText(r.body).trim() === text)).toBe(true);
    // Every asset and API call went through the app path and was served.
    expect(failed).toEqual([]);

    mkdirSync(OUTPUT_DIR, { recursive: true });
    const shot = join(OUTPUT_DIR, "chat-ui.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    console.log(`[e2e] chat UI screenshot: ${shot}`);
  }, 400_000);
});
