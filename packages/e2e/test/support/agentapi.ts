/** AgentAPI's HTTP API (what Coder's chat app and Tasks use), on 127.0.0.1. */
import { waitFor } from "./paths.js";

import { agentMessages, agentStatus, screenText } from "@codex-coder/test-support";

// The AgentAPI client the end-to-end tests share with the script tests.
export {
  agentMessages,
  agentStatus,
  screenText,
  sendMessage,
  type AgentMessage,
} from "@codex-coder/test-support";

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
