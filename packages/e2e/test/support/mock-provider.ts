/** Codex's auth for the tests that talk to the mock Responses API. */
import { TerraformVariable, type Construct } from "@codex-coder/cdk";
import { CodexAuth } from "@codex-coder/codex";
import type { MockResponses } from "@codex-coder/test-support";

/** The template variable that carries the mock's key (set it in the plan's `variables`). */
export const MOCK_KEY_VARIABLE = "e2e_mock_key";

/**
 * A custom provider pointing at `mock`, with its key in the sensitive template variable
 * {@link MOCK_KEY_VARIABLE} (created in `scope`), reaching Codex as `E2E_MOCK_KEY`.
 */
export function mockProviderAuth(scope: Construct, mock: MockResponses): CodexAuth {
  const key = new TerraformVariable(scope, MOCK_KEY_VARIABLE, {
    type: "string",
    sensitive: true,
    default: "",
    description: "Key for the mock Responses API",
  });
  return CodexAuth.customProvider({
    id: "mock",
    name: "Mock Responses API",
    baseUrl: mock.url,
    envKey: "E2E_MOCK_KEY",
    apiKey: key,
  });
}
