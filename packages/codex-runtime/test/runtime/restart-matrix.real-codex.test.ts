/**
 * Restarts after a change of template variables, with the user's own keys in every table the
 * template manages (issue #13, last acceptance test). Each chain starts a workspace in a fresh
 * CODEX_HOME with one template state, adds a user key to every managed table present, then restarts
 * with other states in turn. Every restart runs the built merge-config.mjs with `--codex` (as
 * install.sh does) and the real Codex CLI 0.169 from node_modules; after each restart either
 *
 * - the merge succeeded, the real Codex loads the file (`codex mcp list --json` exits 0), every
 *   managed value is the new template's, keys the template stopped managing are gone and every user
 *   key is still there; or
 * - the merge refused: it exits 1, `config.toml` and the applied record are byte-identical to
 *   before, and the error names the key that makes the file unloadable. When that key is the
 *   user's (a table whose managed keys went away), the user follows the advice (removes their keys
 *   from that table) and the same restart must then succeed.
 *
 * The payloads are those the `Codex` construct produces with `CodexVariables` (see
 * `buildManagedSettings` in packages/codex/src/codex-settings.ts, mirrored in
 * {@link managedPayload}: this package cannot import the construct, which depends on it): each
 * setting's `when` condition decided as Terraform does at plan time for the given variable values,
 * with the defaults of `resolve.ts` (folder /home/coder/project, slug `codex`, port 3284) and the
 * emulated provisioner's access URL. Extra settings are parsed by this package's own
 * `parseExtraToml`, as the construct does. The refused extra settings (`file_opener = "notepad"`)
 * pass the construct's synth-time rules as of this test and are refused only by Codex.
 *
 * Not the full cross product (5 auth sources x 3 Tasks modes x 2 models x 3 extra-settings variants
 * = 90 states, 8,010 transitions): one chain per auth source, each restarting through every change
 * of one variable from the start state (Tasks mode to `none` and to the other mode, the other
 * model, extra settings dropped and refused), then through every other auth source with the Tasks
 * mode, model and extra settings rotated per chain, then back to the start. Over the five chains
 * every auth source is left for every other one, and each Tasks mode, model and extra-settings
 * variant is reached from several auth sources. Nothing is faked: real merge bundle, real Codex.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseExtraToml } from "../../src/config/extra-toml.js";
import { getAtPath, type ManagedSetting } from "../../src/config/toml-value.js";
import { AUTH_SOURCES, TASKS_MODES, type AuthSource, type TasksMode } from "../../src/enums.js";
import { buildMergeConfig, runMergeConfig, type MergeRun } from "./merge-cli.js";
import { CODEX_JS, makeCodexHome, mcpList } from "./real-codex.js";
import { makeScratchDir, removeScratchDir } from "./scratch-dir.js";

const FOLDER = "/home/coder/project";
/** `data.coder_workspace.me.access_url` as the emulated provisioner sets it. */
const ACCESS_URL = "http://localhost:3000";
/** `var.codex_custom_provider_base_url` in the custom-provider states. */
const CUSTOM_BASE_URL = "https://llm-proxy.internal/v1";
const MODELS = ["gpt-5.5", "gpt-5.4-mini"] as const;

/** `extraSettingsToml` variants: none, settings Codex accepts, and one more key Codex refuses. */
const EXTRAS = {
  none: "",
  valid: '[history]\npersistence = "none"\n\n[tui]\nnotifications = true\n',
  refused:
    'file_opener = "notepad"\n\n[history]\npersistence = "none"\n\n[tui]\nnotifications = true\n',
} as const;
type Extra = keyof typeof EXTRAS;
const EXTRA_VARIANTS: readonly Extra[] = ["none", "valid", "refused"];

/** The template variables (and the construct's extra settings) of one push. */
interface TemplateState {
  readonly auth: AuthSource;
  readonly tasks: TasksMode;
  readonly model: string;
  readonly extra: Extra;
}

const label = (s: TemplateState): string => `${s.auth}/${s.tasks}/${s.model}/extra:${s.extra}`;

/** What `buildManagedSettings` emits (after Terraform decides each `when`) for a state. */
function managedPayload(state: TemplateState): ManagedSetting[] {
  const out: ManagedSetting[] = [];
  const add = (path: string[], value: ManagedSetting["value"]): void => {
    out.push({ path, value });
  };
  add(["sandbox_mode"], "workspace-write");
  add(["approval_policy"], "on-request");
  add(["sandbox_workspace_write", "network_access"], true);
  if (state.model !== "") add(["model"], state.model);
  add(["projects", FOLDER, "trust_level"], "trusted");
  add(["shell_environment_policy", "inherit"], "all");
  add(["shell_environment_policy", "ignore_default_excludes"], false);
  add(
    ["shell_environment_policy", "exclude"],
    ["*TOKEN*", "*KEY*", "*SECRET*", "*PASSWORD*", "*token*", "*key*", "*secret*", "*password*"],
  );
  add(["features", "daemon_auto_start"], false);
  add(["check_for_update_on_startup"], false);
  if (state.auth === "ai-gateway") {
    add(["model_provider"], "aigateway");
    add(["model_providers", "aigateway", "name"], "Coder AI Gateway");
    add(["model_providers", "aigateway", "base_url"], `${ACCESS_URL}/api/v2/aibridge/openai/v1`);
    add(["model_providers", "aigateway", "env_key"], "OPENAI_CODER_AIGATEWAY_SESSION_TOKEN");
    add(["model_providers", "aigateway", "wire_api"], "responses");
  }
  if (state.auth === "custom-provider") {
    add(["model_provider"], "custom");
    add(["model_providers", "custom", "name"], "Custom provider");
    add(["model_providers", "custom", "base_url"], CUSTOM_BASE_URL);
    add(["model_providers", "custom", "env_key"], "CODEX_PROVIDER_API_KEY");
    add(["model_providers", "custom", "wire_api"], "responses");
  }
  if (state.tasks !== "none") {
    const coder = ["mcp_servers", "coder"];
    add([...coder, "command"], "coder");
    add([...coder, "args"], ["exp", "mcp", "server"]);
    add([...coder, "env", "CODER_MCP_APP_STATUS_SLUG"], "codex");
    add([...coder, "env", "CODER_MCP_AI_AGENTAPI_URL"], "http://localhost:3284");
    add([...coder, "env", "CODER_MCP_ALLOWED_TOOLS"], "coder_report_task");
    add([...coder, "env_vars"], ["CODER_AGENT_URL", "CODER_AGENT_TOKEN"]);
    add([...coder, "default_tools_approval_mode"], "approve");
  }
  for (const setting of parseExtraToml(EXTRAS[state.extra])) out.push(setting);
  return out;
}

/**
 * One key the user adds to a managed table: `table` is the TOML header it goes under (`""` for
 * the root table), `path` where it lands, `line` the text. All are keys Codex 0.169 knows.
 */
interface UserEdit {
  readonly table: string;
  readonly path: readonly string[];
  readonly line: string;
  readonly value: unknown;
}

const USER_EDITS: readonly UserEdit[] = [
  { table: "", path: ["hide_agent_reasoning"], line: "hide_agent_reasoning = true", value: true },
  {
    table: "sandbox_workspace_write",
    path: ["sandbox_workspace_write", "writable_roots"],
    line: 'writable_roots = ["/home/coder/.cache"]',
    value: ["/home/coder/.cache"],
  },
  {
    table: "shell_environment_policy",
    path: ["shell_environment_policy", "include_only"],
    line: 'include_only = ["PATH", "HOME", "LANG", "MY_*"]',
    value: ["PATH", "HOME", "LANG", "MY_*"],
  },
  { table: "features", path: ["features", "memories"], line: "memories = true", value: true },
  {
    table: "mcp_servers.coder",
    path: ["mcp_servers", "coder", "tool_timeout_sec"],
    line: "tool_timeout_sec = 120.0",
    value: 120,
  },
  {
    table: "mcp_servers.coder.env",
    path: ["mcp_servers", "coder", "env", "MY_DEBUG"],
    line: 'MY_DEBUG = "1"',
    value: "1",
  },
  {
    table: "model_providers.aigateway",
    path: ["model_providers", "aigateway", "request_max_retries"],
    line: "request_max_retries = 6",
    value: 6,
  },
  {
    table: "model_providers.custom",
    path: ["model_providers", "custom", "request_max_retries"],
    line: "request_max_retries = 6",
    value: 6,
  },
  {
    table: "history",
    path: ["history", "max_bytes"],
    line: "max_bytes = 1048576",
    value: 1048576,
  },
  { table: "tui", path: ["tui", "animations"], line: "animations = false", value: false },
];
// `projects."/home/coder/project"` is managed too, but Codex 0.169 knows no key there besides the
// managed `trust_level`: a user key in it would only be ignored, so none is added.

/** Adds `edit` under its table's header (the root table: at the top); false if no such table. */
function addUserEdit(text: string, edit: UserEdit): string | undefined {
  if (edit.table === "") return `${edit.line}\n${text}`;
  const lines = text.split("\n");
  const at = lines.indexOf(`[${edit.table}]`);
  if (at < 0) return undefined;
  lines.splice(at + 1, 0, edit.line);
  return lines.join("\n");
}

/** Removes the lines of `edits` from the table they were added to, as the user would. */
function removeUserEdits(text: string, edits: readonly UserEdit[]): string {
  const lines = text.split("\n");
  for (const edit of edits) {
    const header = lines.indexOf(`[${edit.table}]`);
    const at = lines.indexOf(edit.line, header + 1);
    if (at < 0) throw new Error(`user line ${edit.line} of [${edit.table}] not found in:\n${text}`);
    lines.splice(at, 1);
  }
  return lines.join("\n");
}

const TASKS_ON = TASKS_MODES.filter((mode) => mode !== "none");

/** The restarts of the chain starting with auth source `AUTH_SOURCES[index]` (see the header). */
function chain(index: number): { start: TemplateState; restarts: TemplateState[] } {
  const auth = AUTH_SOURCES[index] as AuthSource;
  const start: TemplateState = {
    auth,
    tasks: TASKS_ON[index % TASKS_ON.length] as TasksMode,
    model: MODELS[0],
    extra: "valid",
  };
  const otherTasks = TASKS_ON.find((mode) => mode !== start.tasks) as TasksMode;
  const restarts: TemplateState[] = [
    { ...start, tasks: "none" },
    { ...start, tasks: otherTasks, model: MODELS[1] },
    { ...start, extra: "none" },
    { ...start, extra: "refused" },
  ];
  AUTH_SOURCES.forEach((other, j) => {
    if (other === auth) return;
    const k = index + j;
    restarts.push({
      auth: other,
      tasks: TASKS_MODES[k % TASKS_MODES.length] as TasksMode,
      model: MODELS[k % MODELS.length] as string,
      extra: EXTRA_VARIANTS[(k + 1) % EXTRA_VARIANTS.length] as Extra,
    });
  });
  restarts.push(start);
  return { start, restarts };
}

const key = (path: readonly string[]): string => JSON.stringify(path);

let root: string;
let bundle: string;
let codex: string;
const homes: string[] = [];

beforeAll(() => {
  root = makeScratchDir("restart-matrix");
  bundle = buildMergeConfig(root);
  // What install.sh passes as `--codex "$(command -v codex)"`: the real Codex 0.169.
  codex = join(root, "codex");
  writeFileSync(codex, `#!/bin/sh\nexec '${process.execPath}' '${CODEX_JS}' "$@"\n`, {
    mode: 0o755,
  });
});
afterAll(() => {
  homes.forEach(removeScratchDir);
  removeScratchDir(root);
});

describe("restarts after template-variable changes with user keys in every managed table", () => {
  it.each(AUTH_SOURCES.map((auth, index) => [auth, index] as const))(
    "starting from %s: never leaves a config.toml the real Codex 0.169 refuses",
    async (_auth, index) => {
      const { start, restarts } = chain(index);
      const home = makeCodexHome(`restart-${index}`);
      homes.push(home);
      const paths = { config: join(home, "config.toml"), state: join(root, `state-${index}.json`) };
      const read = (): string => readFileSync(paths.config, "utf8");
      let before: { config: Buffer; state: Buffer } | undefined;
      const merge = (state: TemplateState): MergeRun => {
        before = existsSync(paths.config)
          ? { config: readFileSync(paths.config), state: readFileSync(paths.state) }
          : undefined;
        return runMergeConfig(bundle, paths, managedPayload(state), undefined, ["--codex", codex]);
      };

      // First start.
      const first = merge(start);
      expect([first.status, first.stderr], label(start)).toEqual([0, ""]);

      // The user adds a key to every managed table the file has.
      let text = read();
      let userEdits: UserEdit[] = [];
      for (const edit of USER_EDITS) {
        const edited = addUserEdit(text, edit);
        if (edited === undefined) continue;
        text = edited;
        userEdits.push(edit);
      }
      // Every table the template manages holds a user key now (but the project table, see above).
      const managedTables = new Set(
        managedPayload(start)
          .filter((setting) => setting.path[0] !== "projects")
          .map((setting) => setting.path.slice(0, -1).join(".")),
      );
      expect(new Set(userEdits.map((edit) => edit.table))).toEqual(managedTables);
      writeFileSync(paths.config, text);
      let applied = managedPayload(start);
      const tally = { loaded: 0, refusedForUser: 0, refusedForTemplate: 0 };

      for (const state of restarts) {
        const step = `${label(start)} -> ${label(state)}`;
        const desired = managedPayload(state);
        const desiredPaths = new Set(desired.map((s) => key(s.path)));
        let run = merge(state);
        if (run.status !== 0) {
          // Tables the user holds keys in whose managed keys all went away: the user's to fix.
          const orphaned = [
            ...new Set(
              userEdits
                .filter((edit) => /^(mcp_servers|model_providers)\./.test(edit.table))
                .map((edit) => edit.path.slice(0, 2))
                .filter((table) => !desired.some((s) => key(s.path.slice(0, 2)) === key(table)))
                .map((table) => table.join(".")),
            ),
          ];
          const fromTemplate = desiredPaths.has(key(["file_opener"])) ? ["file_opener"] : [];
          await expectRefusal(run, step, [...orphaned, ...fromTemplate]);
          tally[orphaned.length > 0 ? "refusedForUser" : "refusedForTemplate"] += 1;
          if (orphaned.length === 0) continue;
          // The user follows the advice: removes their keys from those tables; the restart is
          // retried and must now succeed unless the template itself is refused.
          const gone = userEdits.filter((edit) => orphaned.some((t) => edit.table.startsWith(t)));
          writeFileSync(paths.config, removeUserEdits(read(), gone));
          userEdits = userEdits.filter((edit) => !gone.includes(edit));
          run = merge(state);
          if (fromTemplate.length > 0) {
            await expectRefusal(run, `${step} (after the user's fix)`, fromTemplate);
            continue;
          }
        }
        expect([run.status, run.stderr], step).toEqual([0, ""]);

        const listed = await mcpList(home);
        expect([listed.run.status, listed.run.stderr], `${step}: codex mcp list`).toEqual([0, ""]);
        const doc = parse(read());
        for (const setting of desired) {
          expect(getAtPath(doc, setting.path), `${step}: ${setting.path.join(".")}`).toEqual(
            setting.value,
          );
        }
        for (const setting of applied) {
          if (desiredPaths.has(key(setting.path))) continue;
          expect(getAtPath(doc, setting.path), `${step}: ${setting.path.join(".")}`).toBe(
            undefined,
          );
        }
        for (const edit of userEdits) {
          expect(getAtPath(doc, edit.path), `${step}: user's ${edit.path.join(".")}`).toEqual(
            edit.value,
          );
        }
        applied = desired;
        tally.loaded += 1;
      }
      // Both outcomes were reached: the chain exercised refusals (the switch to Tasks mode `none`
      // and the refused extra settings come right after the start) as well as loaded files.
      expect(tally.refusedForUser, "refusals for the user's keys").toBeGreaterThan(0);
      expect(tally.refusedForTemplate, "refusals for the template's settings").toBeGreaterThan(0);
      expect(tally.loaded, "restarts that loaded").toBeGreaterThan(restarts.length / 2);

      /** A refused restart: exit 1, both files unchanged, the error names one of `keys`. */
      async function expectRefusal(
        run: MergeRun,
        step: string,
        keys: readonly string[],
      ): Promise<void> {
        expect(
          keys,
          `${step}: refused without a reason this test expects:\n${run.stderr}`,
        ).not.toEqual([]);
        expect(run.status, step).toBe(1);
        expect(
          keys.some((k) => run.stderr.includes(k)),
          `${step}: the error names none of ${keys.join(", ")}:\n${run.stderr}`,
        ).toBe(true);
        expect(before, step).toBeDefined();
        expect(readFileSync(paths.config).equals(before?.config as Buffer), step).toBe(true);
        expect(readFileSync(paths.state).equals(before?.state as Buffer), step).toBe(true);
        expect((await mcpList(home)).run.status, `${step}: the kept file still loads`).toBe(0);
      }
    },
    300_000,
  );
});
