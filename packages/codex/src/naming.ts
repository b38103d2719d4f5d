/**
 * Every name a `Codex` construct gives things, derived from its construct id in one place: the
 * Terraform names of its blocks, the app slugs, and its directory in the workspace. Two `Codex`
 * constructs with different ids never share a Terraform name or a slug. They still share the
 * module directory (and so `config.toml`): giving each its own needs the install split into a
 * shared part (npm prefix, node, AgentAPI) and a per-construct part (state, logs, `CODEX_HOME`).
 */

/** The names of one `Codex` construct. */
export interface CodexNames {
  /** Base of every Terraform name (`coder_app.<base>`, `coder_script.<base>_install`, …): `codex` for the id `codex`. */
  readonly base: string;
  /** Slug of the chat app (`codex`); the CLI app is `<slug>-cli`. */
  readonly slug: string;
  /**
   * The module's directory in the workspace (scripts, logs, state, the Codex install), shared by
   * every `Codex` on an agent: `$HOME/.codex-module`.
   */
  readonly moduleDir: string;
  /** True for the id `codex`. */
  readonly isDefault: boolean;
  /** The Terraform name of one of the construct's blocks: `base` or `base_<suffix>`. */
  terraformName(suffix?: string): string;
}

/** The name of the default construct (id `codex`). */
const DEFAULT_BASE = "codex";

/** Derives every name of a `Codex` construct from its id (`My Codex` → `my_codex`, slug `my-codex`). */
export function codexNames(id: string): CodexNames {
  const base =
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || DEFAULT_BASE;
  const slug = base.replace(/_/g, "-");
  return {
    base,
    slug,
    moduleDir: "$HOME/.codex-module",
    isDefault: base === DEFAULT_BASE,
    terraformName: (part?: string) => (part === undefined ? base : `${base}_${part}`),
  };
}
