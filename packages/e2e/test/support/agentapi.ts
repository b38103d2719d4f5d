/** AgentAPI's HTTP API (what Coder's chat app and Tasks use), on 127.0.0.1. */
import { waitFor } from "./paths.js";

/** One message of `GET /messages`. */
export interface AgentMessage {
  readonly id: number;
  readonly role: "user" | "agent";
  readonly content: string;
}

function base(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** `GET /status`: "stable", "running", or undefined when AgentAPI does not answer. */
export async function agentStatus(port: number): Promise<string | undefined> {
  try {
    const response = await fetch(`${base(port)}/status`, { signal: AbortSignal.timeout(2000) });
    const body = (await response.json()) as { status?: string };
    return body.status;
  } catch {
    return undefined;
  }
}

export async function agentMessages(port: number): Promise<AgentMessage[]> {
  const response = await fetch(`${base(port)}/messages`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { messages: AgentMessage[] };
  return body.messages;
}

/** `POST /message` as a user message; throws unless AgentAPI takes it. */
export async function sendMessage(port: number, content: string): Promise<void> {
  const response = await fetch(`${base(port)}/message`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ content, type: "user" }),
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok)
    throw new Error(`POST /message: HTTP ${response.status} ${await response.text()}`);
}

/** Waits until `/status` reports stable; returns how long that took. */
export async function waitForStable(port: number, timeoutMs = 90_000): Promise<number> {
  const started = Date.now();
  await waitFor(
    `AgentAPI on port ${port} to be stable`,
    async () => ((await agentStatus(port)) === "stable" ? true : undefined),
    timeoutMs,
  );
  return Date.now() - started;
}

/** Trims the terminal padding AgentAPI keeps in agent messages. */
export function screenText(content: string): string {
  return content
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}

/** Waits until an agent message contains `text` while AgentAPI is stable; returns the message. */
export async function waitForAgentText(
  port: number,
  text: string,
  timeoutMs = 90_000,
): Promise<string> {
  return waitFor(
    `an agent message containing ${JSON.stringify(text)}`,
    async () => {
      if ((await agentStatus(port)) !== "stable") return undefined;
      const found = (await agentMessages(port)).find(
        (m) => m.role === "agent" && screenText(m.content).includes(text),
      );
      return found === undefined ? undefined : screenText(found.content);
    },
    timeoutMs,
    200,
  );
}
