/**
 * Every name a `Codex` construct gives things, derived from its construct id in one place: the
 * Terraform names of its blocks, the app slugs, and its folders in the workspace.
 *
 * Folders. The default construct (id `codex`) keeps the folders every earlier release used, so a
 * workspace upgraded to a new template loses nothing: module directory `$HOME/.codex-module`, run
 * directory `/tmp/codex-module-run-$UID`, Codex home `$HOME/.codex`, and its wrappers set none of
 * them (the scripts' defaults apply). Any other construct gets folders of its own, from its slug:
 *
 * - module directory `$HOME/.codex-module-<slug>` (scripts, logs, state, and its own copies of the
 *   Codex npm install, Node.js when the image has none, and the AgentAPI binary);
 * - Codex home `$HOME/.codex-module-<slug>/codex-home` (`config.toml`, `auth.json`, `AGENTS.md`,
 *   sessions): two Codex with different models or settings cannot share one `config.toml`, and
 *   inside the module directory it can never be another construct's folder (a `$HOME/.codex-<slug>`
 *   would be `$HOME/.codex-module` for the slug `module`);
 * - run directory `/tmp/codex-module-run-$UID-<slug>` (AgentAPI's pid file, the install markers):
 *   a sibling of the default one, so each is checked to be the user's own on its own.
 *
 * Slugs are unique in a template (`resolve.ts` refuses a clash), so no two constructs on an agent
 * share a folder. Nothing is shared between two installs but the links `codex`, `agentapi` and
 * `node` in `~/.local/bin` and `$CODER_SCRIPT_BIN_DIR`: they belong to the default construct (a
 * `ln -sfn`, which replaces a link atomically); another construct only adds a link that is missing
 * (`ARG_REPLACE_LINKS=false`), so two installs running at once never need a lock. Agent-wide steps
 * Codex waits for (`waitFor`, e.g. the project) leave their markers in the default run directory,
 * which the wrappers of other constructs pass as `CODEX_STEPS_RUN_DIR`.
 */

/** The names of one `Codex` construct. */
export interface CodexNames {
  /** Base of every Terraform name (`coder_app.<base>`, `coder_script.<base>_install`, …): `codex` for the id `codex`. */
  readonly base: string;
  /** Slug of the chat app (`codex`); the CLI app is `<slug>-cli`. */
  readonly slug: string;
  /**
   * The construct's directory in the workspace (scripts, logs, state, the Codex install), a shell
   * word: `$HOME/.codex-module` for the default construct, else `$HOME/.codex-module-<slug>`.
   */
  readonly moduleDir: string;
  /**
   * What the construct's wrappers export before they run a script (shell words, no `${`, which
   * Terraform would read as an interpolation): nothing for the default construct, else
   * `CODEX_MODULE_DIR`, `CODEX_HOME`, `CODEX_MODULE_RUN_DIR` and `CODEX_STEPS_RUN_DIR`.
   */
  readonly env: Readonly<Record<string, string>>;
  /** `moduleDir` as `~/…`, for messages and descriptions. */
  readonly shownModuleDir: string;
  /** True for the id `codex`. */
  readonly isDefault: boolean;
  /** The Terraform name of one of the construct's blocks: `base` or `base_<suffix>`. */
  terraformName(suffix?: string): string;
}

/** The name of the default construct (id `codex`). */
const DEFAULT_BASE = "codex";
/** The default construct's folders (the scripts' own defaults, in lib.sh). */
const DEFAULT_MODULE_DIR = "$HOME/.codex-module";
// `$(id -u)`, not `$UID`: the wrapper text must also work where `sh` is not bash.
const DEFAULT_RUN_DIR = "/tmp/codex-module-run-$(id -u)";

/** Derives every name of a `Codex` construct from its id (`My Codex` → `my_codex`, slug `my-codex`). */
export function codexNames(id: string): CodexNames {
  const base =
    id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || DEFAULT_BASE;
  const slug = base.replace(/_/g, "-");
  const isDefault = base === DEFAULT_BASE;
  const moduleDir = isDefault ? DEFAULT_MODULE_DIR : `${DEFAULT_MODULE_DIR}-${slug}`;
  return {
    base,
    slug,
    moduleDir,
    env: isDefault
      ? {}
      : {
          CODEX_MODULE_DIR: moduleDir,
          CODEX_HOME: `${moduleDir}/codex-home`,
          CODEX_MODULE_RUN_DIR: `${DEFAULT_RUN_DIR}-${slug}`,
          CODEX_STEPS_RUN_DIR: DEFAULT_RUN_DIR,
        },
    shownModuleDir: moduleDir.replace(/^\$HOME/, "~"),
    isDefault,
    terraformName: (part?: string) => (part === undefined ? base : `${base}_${part}`),
  };
}
