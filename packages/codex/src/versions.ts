/**
 * Versions this package was tested with. Templates pin these unless told otherwise; `latest` is
 * accepted where a prop says so, but it is never a default.
 */
export const TESTED_VERSIONS = {
  /** `@openai/codex` on npm; every generated config.toml is loaded by this exact CLI in the tests. */
  codex: "0.169.0",
  /**
   * coder/agentapi release. The tests run v0.12.1 built from its release source with the chat UI
   * (see toolchain.versions.json: the test build's font import is patched to build offline);
   * workspaces download the release binary.
   */
  agentApi: "v0.12.1",
  /** Node.js installed when a workspace image has no npm. */
  node: "20.20.2",
} as const;

/** Where AgentAPI release binaries are downloaded from: `<base>/<version>/agentapi-linux-<arch>`. */
export const DEFAULT_AGENTAPI_DOWNLOAD_URL = "https://github.com/coder/agentapi/releases/download";

/** Where Node.js is downloaded from when npm is missing: `<base>/v<version>/node-v<version>-linux-<arch>.tar.xz`. */
export const DEFAULT_NODE_DIST_URL = "https://nodejs.org/dist";

/** AgentAPI's default port. */
export const DEFAULT_AGENTAPI_PORT = 3284;
