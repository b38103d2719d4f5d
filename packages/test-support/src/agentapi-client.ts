/** AgentAPI's HTTP API (what Coder's chat app and Tasks use) on 127.0.0.1, as the tests call it. */

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

/** `GET /messages`: the conversation as AgentAPI shows it. */
export async function agentMessages(port: number): Promise<AgentMessage[]> {
  const response = await fetch(`${base(port)}/messages`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json()) as { messages: AgentMessage[] };
  return body.messages;
}

/**
 * `POST /message` as a user message.
 * @throws Error with AgentAPI's answer unless it takes the message.
 */
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

/**
 * The text of an agent message without the terminal padding AgentAPI keeps: trailing spaces cut
 * from every line, blank lines dropped.
 */
export function screenText(content: string): string {
  return content
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "")
    .join("\n");
}
