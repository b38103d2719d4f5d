// Tests of the FAKE OpenAI Responses API (the real API cannot be reached from tests) and of the
// static file server. The Codex turn below is the real @openai/codex CLI talking to the fake.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  MOCK_RESPONSES_CLI,
  functionCallOutputs,
  startMockResponses,
} from "../src/mock-responses.js";
import type { MockResponses, RecordedRequest } from "../src/mock-responses.js";
import { startStaticServer } from "../src/static-server.js";

const require = createRequire(import.meta.url);
const CODEX_JS = join(dirname(require.resolve("@openai/codex/package.json")), "bin", "codex.js");

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function scratch(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `test-support-${label}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function mock(
  options: Parameters<typeof startMockResponses>[0] = {},
): Promise<MockResponses> {
  const server = await startMockResponses(options);
  cleanups.push(() => server.close());
  return server;
}

interface SseEvent {
  readonly type: string;
  readonly [key: string]: unknown;
}

function parseSse(text: string): SseEvent[] {
  return text
    .split("\n\n")
    .map((block) => block.split("\n").find((line) => line.startsWith("data: ")))
    .filter((line): line is string => line !== undefined)
    .map((line) => JSON.parse(line.slice("data: ".length)) as SseEvent);
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without blocking the event loop (the mock lives in this process). */
function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.once("error", fail);
    child.once("close", (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

function userMessage(text: string): unknown {
  return { type: "message", role: "user", content: [{ type: "input_text", text }] };
}

describe("mock Responses API (fake)", () => {
  it("answers POST /responses with the assistant-message event sequence and records the request", async () => {
    const server = await mock();
    const response = await fetch(`${server.url}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer test-key" },
      body: JSON.stringify({ model: "gpt-test", input: [userMessage("first"), userMessage("hi")] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const events = parseSse(await response.text());
    expect(events.map((event) => event.type)).toEqual([
      "response.created",
      "response.output_item.added",
      "response.output_text.delta",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events[3]).toMatchObject({
      item: { type: "message", role: "assistant", content: [{ text: "mock reply: hi" }] },
    });
    const [recorded] = server.requests();
    expect(recorded).toMatchObject({
      method: "POST",
      url: "/v1/responses",
      body: { model: "gpt-test" },
    });
    expect(recorded?.headers.authorization).toBe("Bearer test-key");
  });

  it("answers GET /models with an empty list and anything else with a JSON 404", async () => {
    const server = await mock();
    const models = await fetch(`${server.url}/models`);
    expect(await models.json()).toEqual({ object: "list", data: [] });
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: "not_found" } });
    expect(server.requests().map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /v1/models",
      "GET /v1/nope",
    ]);
  });

  it("replies with fixed text or with a function of the request", async () => {
    const fixed = await mock({ reply: "fixed text" });
    const fixedEvents = parseSse(
      await (await fetch(`${fixed.url}/responses`, { method: "POST", body: "{}" })).text(),
    );
    expect(fixedEvents[2]).toMatchObject({ delta: "fixed text" });

    const computed = await mock({
      reply: (request: RecordedRequest) => `model was ${(request.body as { model: string }).model}`,
    });
    const computedEvents = parseSse(
      await (
        await fetch(`${computed.url}/responses`, {
          method: "POST",
          body: JSON.stringify({ model: "m1", input: [] }),
        })
      ).text(),
    );
    expect(computedEvents[2]).toMatchObject({ delta: "model was m1" });
  });

  it("completes a real codex exec turn through a custom provider", async () => {
    const server = await mock();
    const home = scratch("codex-home");
    const work = scratch("codex-work");
    const result = await run(
      process.execPath,
      [
        CODEX_JS,
        "exec",
        "-c",
        "model_provider=mock",
        "-c",
        `model_providers.mock={name="Mock",base_url="${server.url}",env_key="MOCK_API_KEY",request_max_retries=0,stream_max_retries=0}`,
        "-c",
        'model="gpt-mock-model"',
        "--skip-git-repo-check",
        "--ephemeral",
        "--json",
        "say hi",
      ],
      {
        cwd: work,
        env: { ...process.env, CODEX_HOME: home, MOCK_API_KEY: "mock-key", RUST_BACKTRACE: "0" },
        timeoutMs: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const events = result.stdout
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { type: string; item?: { type: string; text?: string } });
    const message = events.find((event) => event.item?.type === "agent_message");
    expect(message?.item?.text).toBe("mock reply: say hi");
    expect(events.at(-1)?.type).toBe("turn.completed");

    const turns = server.requests().filter((r) => r.method === "POST");
    expect(turns).toHaveLength(1);
    expect(turns[0]?.url).toBe("/v1/responses");
    expect(turns[0]?.body).toMatchObject({ model: "gpt-mock-model", stream: true });
    expect(turns[0]?.headers.authorization).toBe("Bearer mock-key");
  }, 90_000);

  it("drives a real codex exec tool call and sees the command's output in the next request", async () => {
    const server = await mock({
      reply: (request) => {
        const outputs = functionCallOutputs(request.body);
        if (outputs.length === 0) {
          return {
            functionCall: {
              name: "exec_command",
              // No login shell: a user's profile must not slow the command down.
              arguments: {
                cmd: "echo tool-ok > out.txt && cat out.txt",
                login: false,
                yield_time_ms: 10_000,
              },
            },
          };
        }
        return `saw: ${outputs.at(-1)?.output.includes("tool-ok") ? "tool-ok" : "nothing"}`;
      },
    });
    const home = scratch("codex-home-tool");
    const work = scratch("codex-work-tool");
    const result = await run(
      process.execPath,
      [
        CODEX_JS,
        "exec",
        "-c",
        "model_provider=mock",
        "-c",
        `model_providers.mock={name="Mock",base_url="${server.url}",env_key="MOCK_API_KEY",request_max_retries=0,stream_max_retries=0}`,
        "-s",
        "danger-full-access",
        "--skip-git-repo-check",
        "--ephemeral",
        "--json",
        "write the file",
      ],
      {
        cwd: work,
        env: {
          ...process.env,
          HOME: home,
          CODEX_HOME: home,
          MOCK_API_KEY: "mock-key",
          RUST_BACKTRACE: "0",
        },
        timeoutMs: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(work, "out.txt"), "utf8")).toBe("tool-ok\n");
    expect(result.stdout).toContain('"text":"saw: tool-ok"');
    expect(server.requests().filter((r) => r.method === "POST")).toHaveLength(2);
  }, 90_000);

  it("runs as a CLI that writes its port and a JSONL request log and exits after its TTL", async () => {
    const dir = scratch("cli");
    const portFile = join(dir, "port");
    const log = join(dir, "requests.jsonl");
    const child = spawn(
      process.execPath,
      [MOCK_RESPONSES_CLI, "--port-file", portFile, "--log", log, "--ttl", "3", "--reply", "cli"],
      { stdio: "ignore" },
    );
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    cleanups.push(() => {
      if (child.exitCode === null) child.kill("SIGTERM");
    });
    const started = Date.now();
    while (!existsSync(portFile) && Date.now() - started < 10_000) {
      await new Promise((done) => setTimeout(done, 50));
    }
    const port = Number(readFileSync(portFile, "utf8").trim());
    expect(port).toBeGreaterThan(0);
    const body = await (
      await fetch(`http://127.0.0.1:${port}/v1/responses`, {
        method: "POST",
        body: JSON.stringify({ input: [userMessage("x")] }),
      })
    ).text();
    expect(parseSse(body)[2]).toMatchObject({ delta: "cli" });
    const lines = readFileSync(log, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ method: "POST", url: "/v1/responses" });
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  it("fails as a CLI without --port-file, naming the flag", () => {
    const result = spawnSync(process.execPath, [MOCK_RESPONSES_CLI, "--ttl", "1"], {
      encoding: "utf8",
      timeout: 10_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--port-file is required");
  });
});

describe("static server", () => {
  it("serves files under its folder and records the requested paths", async () => {
    const dir = scratch("static");
    mkdirSync(join(dir, "v1.0.0"));
    writeFileSync(join(dir, "v1.0.0", "tool"), "binary bytes");
    const server = await startStaticServer(dir);
    cleanups.push(() => server.close());
    const ok = await fetch(`${server.url}/v1.0.0/tool`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("binary bytes");
    expect((await fetch(`${server.url}/v1.0.0/missing`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1.0.0`)).status).toBe(404);
    expect(server.requests()).toEqual(["/v1.0.0/tool", "/v1.0.0/missing", "/v1.0.0"]);
  });

  it("fails to serve paths outside its folder", async () => {
    const dir = scratch("static-root");
    const inner = join(dir, "inner");
    mkdirSync(inner);
    writeFileSync(join(dir, "secret"), "outside");
    const server = await startStaticServer(inner);
    cleanups.push(() => server.close());
    const response = await fetch(`${server.url}/..%2Fsecret`);
    expect(response.status).toBe(404);
  });
});
