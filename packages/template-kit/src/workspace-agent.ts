import { Fn } from "@codex-coder/cdk";

/** A `coder_agent` metadata item (the fields of the provider's `metadata` block). */
export interface AgentMetadataItem {
  /** Unique key; Coder sorts the items by it. */
  readonly key: string;
  /** Label shown on the workspace page. */
  readonly displayName: string;
  /** Shell command whose output is shown. */
  readonly script: string;
  /** Seconds between runs. */
  readonly interval: number;
  /** Seconds the script may take. */
  readonly timeout: number;
}

/** The owner fields the agent's git identity comes from (`data.coder_workspace_owner`). */
export interface WorkspaceOwnerFields {
  readonly fullName: string;
  readonly name: string;
  readonly email: string;
}

/**
 * CPU, memory and home-disk usage, as Coder's own example templates show them (`coder stat`).
 */
export const RESOURCE_METADATA: readonly AgentMetadataItem[] = [
  {
    key: "0_cpu_usage",
    displayName: "CPU Usage",
    script: "coder stat cpu",
    interval: 10,
    timeout: 1,
  },
  {
    key: "1_ram_usage",
    displayName: "RAM Usage",
    script: "coder stat mem",
    interval: 10,
    timeout: 1,
  },
  {
    key: "3_home_disk",
    displayName: "Home Disk",
    script: "coder stat disk --path $HOME",
    interval: 60,
    timeout: 1,
  },
];

/**
 * A `startup_script` that copies the image's `/etc/skel` into a fresh persistent home once and
 * creates `projectFolder`.
 */
export function homeInitScript(projectFolder: string): string {
  if (!/^\/[A-Za-z0-9_./-]*$/.test(projectFolder)) {
    throw new Error(
      `homeInitScript: projectFolder must be an absolute path of letters, digits and _ . / -, got ${JSON.stringify(projectFolder)}`,
    );
  }
  return [
    "#!/usr/bin/env bash",
    "set -euo pipefail",
    "# Copy the image's dotfiles into the persistent home once.",
    'if [ ! -f "$HOME/.init_done" ]; then',
    '  cp -rT /etc/skel "$HOME" || true',
    '  touch "$HOME/.init_done"',
    "fi",
    `mkdir -p "${projectFolder}"`,
    "",
  ].join("\n");
}

/** `GIT_AUTHOR_*` / `GIT_COMMITTER_*` from the workspace owner (full name, else username). */
export function gitIdentityEnv(owner: WorkspaceOwnerFields): Record<string, string> {
  const name = Fn.coalesce([owner.fullName, owner.name]);
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: owner.email,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: owner.email,
  };
}
