/**
 * FAKE OpenAI Responses API for tests. The real OpenAI API cannot be reached from the test machines,
 * so Codex is pointed at this server through a custom model provider (`base_url = <url>`). It is one
 * of the two fakes the project allows (the other is the Coder server).
 *
 * The server itself is plain JavaScript in `bin/mock-responses.mjs`, so bash tests can run it as a
 * CLI without a build step; this module gives it types. One implementation, two entry points.
 */
import type { IncomingHttpHeaders } from "node:http";
import { fileURLToPath } from "node:url";

/** One request the mock received. */
export interface RecordedRequest {
  /** HTTP method, e.g. `POST`. */
  readonly method: string;
  /** Path and query, e.g. `/v1/responses`. */
  readonly url: string;
  /** Request headers (lower-case names, as Node gives them). */
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON; the raw text when it is not JSON; `null` when empty. */
  readonly body: unknown;
}

/** A tool call the fake model makes; Codex runs it and sends its output in the next request. */
export interface MockFunctionCall {
  /** Tool name, e.g. `exec_command` (Codex's shell tool). */
  readonly name: string;
  /** Tool arguments: an object (sent as JSON) or the JSON text. */
  readonly arguments: string | Readonly<Record<string, unknown>>;
  /** The call id echoed back in `function_call_output`. @default `call_mock_<n>` */
  readonly callId?: string;
}

/** One model turn: assistant text, or a tool call. */
export type MockTurn = string | { readonly functionCall: MockFunctionCall };

/** What the fake model answers: a fixed turn, or a turn computed from the request. */
export type MockReply = MockTurn | ((request: RecordedRequest) => MockTurn | Promise<MockTurn>);

/** One `function_call_output` item of a request. */
export interface FunctionCallOutput {
  readonly callId: string;
  readonly output: string;
}

/** Options of {@link startMockResponses}. */
export interface MockResponsesOptions {
  /**
   * The assistant's reply to every `POST …/responses`.
   * @default echoes the last user message as `mock reply: <text>`
   */
  readonly reply?: MockReply;
  /** Port on 127.0.0.1. @default 0 - a free port */
  readonly port?: number;
  /** Also append each request as one JSON line to this file. @default - not written */
  readonly logFile?: string;
}

/** A running mock. */
export interface MockResponses {
  /** Base URL for a Codex provider's `base_url`: `http://127.0.0.1:<port>/v1`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** Every request so far, oldest first. */
  requests(): RecordedRequest[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

interface MockModule {
  startMockResponses(options: MockResponsesOptions): Promise<MockResponses>;
  lastUserText(body: unknown): string;
  functionCallOutputs(body: unknown): FunctionCallOutput[];
}

/** Path of the CLI (`node <cliPath> --port-file F [--log F] [--ttl S] [--reply TEXT]`). */
export const MOCK_RESPONSES_CLI: string = fileURLToPath(
  new URL("../bin/mock-responses.mjs", import.meta.url),
);

// src/ and dist/ are both one level below the package root, next to bin/.
const MODULE_URL = new URL("../bin/mock-responses.mjs", import.meta.url).href;

const mockModule = (await import(MODULE_URL)) as MockModule;

/**
 * Starts the fake Responses API on 127.0.0.1. `POST …/responses` answers with the server-sent
 * events of one assistant text message (`response.created`, `response.output_item.added`,
 * `response.output_text.delta`, `response.output_item.done`, `response.completed`), or of one
 * tool call when the reply says so; `GET …/models`
 * answers an empty list; anything else is a JSON 404.
 */
export function startMockResponses(options: MockResponsesOptions = {}): Promise<MockResponses> {
  return mockModule.startMockResponses(options);
}

/** The text of the last user message in a Responses API request body ("" when there is none). */
export function lastUserText(body: unknown): string {
  return mockModule.lastUserText(body);
}

/** The `function_call_output` items of a Responses API request body, oldest first. */
export function functionCallOutputs(body: unknown): FunctionCallOutput[] {
  return mockModule.functionCallOutputs(body);
}
