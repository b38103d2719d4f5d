/**
 * Every name a `Codex` construct gives things, derived from its construct id in one place: the
 * Terraform names of its blocks, the app slugs, and its directories in the workspace. Two `Codex`
 * constructs with different ids never share any of them.
 */

/** The names of one `Codex` construct. */
export interface CodexNames {
  /** Base of every Terraform name (`coder_app.<base>`, `coder_script.<base>_install`, …): `codex` for the id `codex`. */
  readonly base: string;
  /** Slug of the chat app (`codex`); the CLI app is `<slug>-cli`. */
  readonly slug: string;
  /**
   * The construct's directory in the workspace (scripts, logs, state): `$HOME/.codex-module` for the
   * id `codex`, `$HOME/.codex-module-<slug>` for any other.
   */
  readonly moduleDir: string;
  /** Codex's home (`CODEX_HOME`: config.toml, auth, sessions): `$HOME/.codex`, or `$HOME/.codex-<slug>`. */
  readonly codexHome: string;
  /**
   * The directory for run-time files (pid, locks) under the user's `/tmp`: the scripts' default for
   * the id `codex`, `<default>-<slug>` for any other. A shell word using `$UID`.
   */
  readonly runDir: string;
  /** True for the id `codex`: the directories are the scripts' defaults. */
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
  const isDefault = base === DEFAULT_BASE;
  const suffix = isDefault ? "" : `-${slug}`;
  return {
    base,
    slug,
    moduleDir: `$HOME/.codex-module${suffix}`,
    codexHome: `$HOME/.codex${suffix}`,
    runDir: `/tmp/codex-module-run-$UID${suffix}`,
    isDefault,
    terraformName: (part?: string) => (part === undefined ? base : `${base}_${part}`),
  };
}
