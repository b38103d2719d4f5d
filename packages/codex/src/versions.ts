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
  /** coder/code-server release (the `CodeServer` construct); the tests run the npm package of this version. */
  codeServer: "4.139.1",
} as const;

/** Where AgentAPI release binaries are downloaded from: `<base>/<version>/agentapi-linux-<arch>`. */
export const DEFAULT_AGENTAPI_DOWNLOAD_URL = "https://github.com/coder/agentapi/releases/download";

/** Where Node.js is downloaded from when npm is missing: `<base>/v<version>/node-v<version>-linux-<arch>.tar.xz`. */
export const DEFAULT_NODE_DIST_URL = "https://nodejs.org/dist";

/** AgentAPI's default port. */
export const DEFAULT_AGENTAPI_PORT = 3284;

/** Where code-server releases are downloaded from: `<base>/v<version>/code-server-<version>-linux-<arch>.tar.gz`. */
export const DEFAULT_CODE_SERVER_DOWNLOAD_URL =
  "https://github.com/coder/code-server/releases/download";

/** code-server's port in the workspace (its own default is 8080, which web apps often want). */
export const DEFAULT_CODE_SERVER_PORT = 13337;
