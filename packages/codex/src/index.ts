export * from "./auth.js";
export * from "./codex.js";
export * from "./codex-props.js";
export * from "./codex-variables.js";
export * from "./errors.js";
export * from "./managed-settings.js";
export * from "./mcp-server.js";
export * from "./versions.js";
