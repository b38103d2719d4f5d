/** How Codex asks before calling an MCP server's tools (`default_tools_approval_mode`). */
export type McpApprovalMode = "auto" | "prompt" | "approve";

/** Fields every MCP server accepts. */
interface McpServerBase {
  /** `false` keeps the server listed but inactive. @default true */
  readonly enabled?: boolean;
  /** A server that fails to start aborts Codex when `true`. @default false */
  readonly required?: boolean;
  /** Seconds to wait for the server to start. @default - Codex's default (10) */
  readonly startupTimeoutSec?: number;
  /** Seconds a tool call may take. @default - Codex's default (60) */
  readonly toolTimeoutSec?: number;
  /** Only these tools are exposed. @default - all */
  readonly enabledTools?: readonly string[];
  /** These tools are hidden. @default - none */
  readonly disabledTools?: readonly string[];
  /**
   * Approval for tools not annotated read-only. Unattended runs need `approve`: Codex rejects other
   * tools when the approval policy is `never`.
   * @default - Codex's default (`auto`)
   */
  readonly defaultToolsApprovalMode?: McpApprovalMode;
}

/** An MCP server Codex starts as a subprocess (stdio transport). */
export interface StdioMcpServer extends McpServerBase {
  /** The program to run. */
  readonly command: string;
  /** Its arguments. @default - none */
  readonly args?: readonly string[];
  /** Environment values set for the server (not secrets: they are written to config.toml). @default - none */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Names of workspace environment variables forwarded to the server. Use this for tokens: their
   * values never reach config.toml.
   * @default - none
   */
  readonly envVars?: readonly string[];
  /** Working directory of the server. @default - Codex's working directory */
  readonly cwd?: string;
}

/** An MCP server reached over HTTP (streamable HTTP transport). */
export interface HttpMcpServer extends McpServerBase {
  /** The server's URL. */
  readonly url: string;
  /** Environment variable whose value is sent as `Authorization: Bearer …`. @default - none */
  readonly bearerTokenEnvVar?: string;
  /** Extra HTTP headers. @default - none */
  readonly httpHeaders?: Readonly<Record<string, string>>;
  /** Headers whose values come from environment variables (header → variable name). @default - none */
  readonly envHttpHeaders?: Readonly<Record<string, string>>;
}

/** An MCP server entry: either `command` (stdio) or `url` (HTTP), never both. */
export type McpServer = StdioMcpServer | HttpMcpServer;
