#!/usr/bin/env node
// FAKE OpenAI Responses API, for tests only.
//
// The real OpenAI API cannot be reached from the test machines, so this is one of the two fakes the
// project allows (the other is the Coder server). It speaks just enough of the Responses API for a
// Codex CLI turn to complete: `POST …/responses` answers with the server-sent-event sequence
// `response.created` → `response.output_item.added` → `response.output_text.delta` →
// `response.output_item.done` → `response.completed` carrying one assistant text message;
// `GET …/models` answers an empty list; anything else is a JSON 404. Every request is recorded
// (method, url, headers, parsed JSON body).
//
// A reply can also be a tool call, `{ functionCall: { name, arguments, callId? } }`: the model asks
// Codex to run e.g. `exec_command`; Codex runs it and sends a follow-up request whose input carries a
// `function_call_output` (see `functionCallOutputs`), which the reply function answers in turn.
//
// This file is plain JavaScript so that it runs without a build step. It is both:
//   - a module: `startMockResponses(options)`, re-exported with types by src/mock-responses.ts;
//   - a CLI for bash tests:
//       node mock-responses.mjs --port-file F [--log F] [--ttl SECONDS] [--reply TEXT] [--port N]
//     It listens on 127.0.0.1, writes the port to --port-file once listening (atomically), appends
//     one JSON line per request to --log, and exits after --ttl seconds (default 120) or on SIGTERM.

import { createServer } from "node:http";
import { appendFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Text of the last user message in a Responses API request body, or "" when there is none. */
export function lastUserText(body) {
  const input = body && typeof body === "object" ? body.input : undefined;
  if (!Array.isArray(input)) return "";
  for (let i = input.length - 1; i >= 0; i -= 1) {
    const item = input[i];
    if (!item || item.role !== "user") continue;
    if (typeof item.content === "string") return item.content;
    if (!Array.isArray(item.content)) continue;
    return item.content
      .filter((part) => part && typeof part.text === "string")
      .map((part) => part.text)
      .join("\n");
  }
  return "";
}

/** The `function_call_output` items of a request body, oldest first: `[{ callId, output }]`. */
export function functionCallOutputs(body) {
  const input = body && typeof body === "object" ? body.input : undefined;
  if (!Array.isArray(input)) return [];
  return input
    .filter((item) => item && item.type === "function_call_output")
    .map((item) => ({
      callId: String(item.call_id ?? ""),
      output: typeof item.output === "string" ? item.output : JSON.stringify(item.output),
    }));
}

/** The default reply: echoes the last user message. */
export function defaultReply(request) {
  return `mock reply: ${lastUserText(request.body)}`;
}

const USAGE = {
  input_tokens: 10,
  input_tokens_details: { cached_tokens: 0 },
  output_tokens: 5,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 15,
};

function functionCallEvents(call, n) {
  const responseId = `resp_mock_${n}`;
  const item = {
    type: "function_call",
    id: `fc_mock_${n}`,
    call_id: call.callId ?? `call_mock_${n}`,
    name: call.name,
    arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments),
  };
  return [
    {
      type: "response.created",
      response: { id: responseId, object: "response", status: "in_progress", output: [] },
    },
    {
      type: "response.output_item.added",
      output_index: 0,
      item: { ...item, arguments: "", status: "in_progress" },
    },
    { type: "response.output_item.done", output_index: 0, item: { ...item, status: "completed" } },
    {
      type: "response.completed",
      response: { id: responseId, object: "response", status: "completed", usage: USAGE },
    },
  ];
}

function textEvents(text, n) {
  const responseId = `resp_mock_${n}`;
  const itemId = `msg_mock_${n}`;
  const usage = USAGE;
  return [
    {
      type: "response.created",
      response: { id: responseId, object: "response", status: "in_progress", output: [] },
    },
    {
      type: "response.output_item.added",
      output_index: 0,
      item: {
        type: "message",
        id: itemId,
        role: "assistant",
        status: "in_progress",
        content: [{ type: "output_text", text: "", annotations: [] }],
      },
    },
    {
      type: "response.output_text.delta",
      item_id: itemId,
      output_index: 0,
      content_index: 0,
      delta: text,
    },
    {
      type: "response.output_item.done",
      output_index: 0,
      item: {
        type: "message",
        id: itemId,
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    },
    {
      type: "response.completed",
      response: { id: responseId, object: "response", status: "completed", usage },
    },
  ];
}

function sendJson(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw) {
  if (raw === "") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * Starts the fake Responses API on 127.0.0.1.
 * @param {{ reply?: unknown, port?: number, logFile?: string }} [options] see src/mock-responses.ts
 */
export function startMockResponses(options = {}) {
  const reply = options.reply ?? defaultReply;
  const recorded = [];
  let turns = 0;

  const server = createServer((req, res) => {
    void (async () => {
      const body = parseBody(await readBody(req));
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      recorded.push(request);
      if (options.logFile) appendFileSync(options.logFile, `${JSON.stringify(request)}\n`);

      const path = request.url.split("?")[0] ?? "";
      if (request.method === "POST" && path.endsWith("/responses")) {
        turns += 1;
        const turn = typeof reply === "function" ? await reply(request) : reply;
        const events =
          turn && typeof turn === "object" && turn.functionCall
            ? functionCallEvents(turn.functionCall, turns)
            : textEvents(String(turn), turns);
        res.writeHead(200, {
          "content-type": "text/event-stream",
          "cache-control": "no-cache",
          connection: "close",
        });
        for (const event of events) {
          res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        }
        res.end();
        return;
      }
      if (request.method === "GET" && path.endsWith("/models")) {
        sendJson(res, 200, { object: "list", data: [] });
        return;
      }
      sendJson(res, 404, {
        error: { message: `mock: no route for ${request.method} ${path}`, type: "not_found" },
      });
    })().catch((error) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } });
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/v1`,
        port,
        requests: () => recorded.slice(),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const flags = { ttl: "120" };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (!name?.startsWith("--") || value === undefined) {
      throw new Error(`mock-responses: expected --flag value pairs, got ${JSON.stringify(argv)}`);
    }
    flags[name.slice(2)] = value;
  }
  const allowed = ["port-file", "log", "ttl", "reply", "port"];
  for (const key of Object.keys(flags)) {
    if (!allowed.includes(key)) {
      throw new Error(`mock-responses: unknown flag --${key}; allowed: --${allowed.join(", --")}`);
    }
  }
  if (!flags["port-file"]) throw new Error("mock-responses: --port-file is required");
  return flags;
}

async function main() {
  const flags = parseArgs(process.argv.slice(2));
  const ttlSeconds = Number(flags.ttl);
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new Error(`mock-responses: --ttl must be a positive number of seconds, got ${flags.ttl}`);
  }
  const mock = await startMockResponses({
    reply: flags.reply,
    port: flags.port === undefined ? 0 : Number(flags.port),
    logFile: flags.log,
  });
  const portFile = flags["port-file"];
  writeFileSync(`${portFile}.tmp`, `${mock.port}\n`);
  renameSync(`${portFile}.tmp`, portFile);
  const stop = () => void mock.close().then(() => process.exit(0));
  setTimeout(stop, ttlSeconds * 1000);
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(realpathSync(invokedPath)).href) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
