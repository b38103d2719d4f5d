/**
 * Every set of allowed values the constructs and the workspace scripts share, in one place. The
 * constructs check props against these at synth time and write them into Terraform validation
 * blocks; `scripts/lib.sh` holds the same lists (`allowed_values <name>`), generated from this file
 * (`npm run generate -w @codex-coder/codex-runtime`; the build fails when they differ).
 */

/**
 * Where the workspace's Codex gets its credentials (see `CodexAuth` in `@codex-coder/codex`).
 * Bash: `auth_sources`.
 */
export const AUTH_SOURCES = [
  "template-variable",
  "user-secret",
  "ai-gateway",
  "custom-provider",
  "none",
] as const;
/** One of {@link AUTH_SOURCES}. */
export type AuthSource = (typeof AUTH_SOURCES)[number];

/**
 * How the workspace works with Coder Tasks (see `CodexProps.tasksMode`). Bash: `tasks_modes`.
 *
 * - `coder-task`: Coder 2.28–2.36 and the 2.34 long-term release. `data "coder_task"` feeds the
 *   prompt; `coder_ai_task.app_id` points at the Codex chat app.
 * - `ai-prompt-parameter`: the seed's era (Coder 2.24–2.27): a parameter named "AI Prompt" and
 *   `coder_ai_task.sidebar_app`.
 * - `none`: Coder 2.37+, where Tasks were removed. Still a complete Codex workspace with the chat
 *   and CLI apps.
 *
 * On 2.37+ Coder ignores the Tasks resources, so `coder-task` templates keep working there too.
 */
export const TASKS_MODES = ["coder-task", "ai-prompt-parameter", "none"] as const;
/** One of {@link TASKS_MODES}. */
export type TasksMode = (typeof TASKS_MODES)[number];

/** Codex's sandbox modes (`sandbox_mode`), all that Codex 0.169 accepts. Bash: `sandbox_modes`. */
export const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"] as const;
/** One of {@link SANDBOX_MODES}. */
export type SandboxMode = (typeof SANDBOX_MODES)[number];

/**
 * Codex's approval policies (`approval_policy`) as Codex 0.169 accepts them: `untrusted` was
 * removed (a hard error in 0.169) and `on-failure` is deprecated. Bash: `approval_policies`.
 */
export const APPROVAL_POLICIES = ["on-request", "never", "on-failure"] as const;
/** One of {@link APPROVAL_POLICIES}. */
export type ApprovalPolicy = (typeof APPROVAL_POLICIES)[number];

/**
 * Reasoning effort (`model_reasoning_effort`). Codex 0.169 passes any string through to the API,
 * so this project checks it. Bash: `reasoning_efforts`.
 */
export const REASONING_EFFORTS = ["none", "minimal", "low", "medium", "high", "xhigh"] as const;
/** One of {@link REASONING_EFFORTS}. */
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

/** Where the system prompt is written (see `CodexProps.agentsMdTarget`). Bash: `agents_md_targets`. */
export const AGENTS_MD_TARGETS = ["global", "folder"] as const;
/** One of {@link AGENTS_MD_TARGETS}. */
export type AgentsMdTarget = (typeof AGENTS_MD_TARGETS)[number];

/** The name each list has in bash (`allowed_values <name>` in `scripts/lib.sh`), in order. */
export const SHELL_ENUMS: ReadonlyArray<readonly [name: string, values: readonly string[]]> = [
  ["auth_sources", AUTH_SOURCES],
  ["tasks_modes", TASKS_MODES],
  ["sandbox_modes", SANDBOX_MODES],
  ["approval_policies", APPROVAL_POLICIES],
  ["reasoning_efforts", REASONING_EFFORTS],
  ["agents_md_targets", AGENTS_MD_TARGETS],
];

/** First and last line of the generated block in `scripts/lib.sh`. */
export const SHELL_ENUMS_BEGIN =
  "# --- allowed values: generated from src/enums.ts by `npm run generate`; do not edit";
export const SHELL_ENUMS_END = "# --- end of allowed values";

/** The generated block of `scripts/lib.sh`: the function `allowed_values` (no trailing newline). */
export function renderShellEnums(): string {
  return [
    SHELL_ENUMS_BEGIN,
    "# allowed_values LIST: the allowed values of LIST, separated by spaces.",
    "allowed_values() {",
    '  case "$1" in',
    ...SHELL_ENUMS.map(([name, values]) => `    ${name}) printf '%s\\n' '${values.join(" ")}' ;;`),
    "    *) die \"internal: no list of allowed values named '$1'\" ;;",
    "  esac",
    "}",
    SHELL_ENUMS_END,
  ].join("\n");
}

/**
 * `lib.sh` text with its generated block replaced by {@link renderShellEnums}.
 *
 * @throws Error when the block markers are missing.
 */
export function withShellEnums(libSh: string): string {
  const begin = libSh.indexOf(SHELL_ENUMS_BEGIN);
  const end = libSh.indexOf(SHELL_ENUMS_END);
  if (begin < 0 || end < begin) {
    throw new Error(`lib.sh has no generated block (${SHELL_ENUMS_BEGIN} … ${SHELL_ENUMS_END})`);
  }
  return libSh.slice(0, begin) + renderShellEnums() + libSh.slice(end + SHELL_ENUMS_END.length);
}
