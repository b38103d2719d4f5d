/**
 * Ten restarts of a workspace: merge-config.mjs runs with the template of the moment, and between
 * runs the user edits config.toml and the real Codex CLI writes to it (`codex mcp add`,
 * `codex features enable`). The TUI is not driven here, so its own writes (root `model` from
 * `/model`, project trust, model-migration notices) are simulated as text edits placed where Codex
 * puts them. After every run nothing is lost or duplicated and Codex loads the file cleanly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAtPath, type ManagedSetting } from "../../src/config/toml-value.js";
import { buildMergeConfig, runMergeConfig, type MergeRun } from "./merge-cli.js";
import { doctorConfigLoad, makeCodexHome, mcpList, runCodex } from "./real-codex.js";
import { makeScratchDir, removeScratchDir } from "./scratch-dir.js";

let root: string;
let home: string;
let bundle: string;

beforeAll(() => {
  root = makeScratchDir("repeated");
  home = makeCodexHome("repeated");
  bundle = buildMergeConfig(root);
});
afterAll(() => {
  removeScratchDir(home);
  removeScratchDir(root);
});

type Template = Record<string, ManagedSetting["value"]>;

const toSettings = (template: Template): ManagedSetting[] =>
  Object.entries(template).map(([key, value]) => ({ path: JSON.parse(key) as string[], value }));

const k = (...path: string[]): string => JSON.stringify(path);

const T1: Template = {
  [k("sandbox_mode")]: "workspace-write",
  [k("approval_policy")]: "on-request",
  [k("sandbox_workspace_write", "network_access")]: false,
  [k("projects", "/home/coder/project", "trust_level")]: "trusted",
  [k("mcp_servers", "coder", "command")]: "coder",
  [k("mcp_servers", "coder", "args")]: ["exp", "mcp", "server"],
  [k("mcp_servers", "coder", "default_tools_approval_mode")]: "approve",
  [k("features", "daemon_auto_start")]: false,
  [k("shell_environment_policy", "inherit")]: "all",
  [k("shell_environment_policy", "exclude")]: ["*TOKEN*", "*KEY*", "*SECRET*"],
};
const T2: Template = {
  ...T1,
  [k("approval_policy")]: "never",
  [k("sandbox_workspace_write", "network_access")]: true,
};
const T3: Template = Object.fromEntries(
  Object.entries({
    ...T2,
    [k("mcp_servers", "coder", "args")]: [
      "exp",
      "mcp",
      "server",
      "--allowed-tools=coder_report_task",
    ],
  }).filter(([key]) => !key.includes("shell_environment_policy")),
);
const T4: Template = { ...T3, [k("sandbox_mode")]: "read-only" };
const T5: Template = {
  ...T4,
  [k("mcp_servers", "coder", "args")]: ["exp", "mcp", "server", "--v2"],
};

describe("ten merges with user and Codex edits in between", () => {
  it("loses and duplicates nothing, and Codex keeps loading the file", async () => {
    const config = join(home, "config.toml");
    const state = join(root, "config-applied.json");
    const read = (): string => readFileSync(config, "utf8");
    const doc = (): Record<string, unknown> => parse(read());
    const at = (...path: string[]): unknown => getAtPath(doc(), path);
    const merge = (template: Template): MergeRun => {
      const run = runMergeConfig(bundle, { config, state }, toSettings(template));
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      return run;
    };
    const userComments = ["# my history settings", "# keep it private"];
    const expectUserContent = (): void => {
      const text = read();
      for (const comment of userComments) expect(text.split(comment).length - 1).toBe(1);
      expect(at("history", "persistence")).toBe("none");
      for (const header of text.split("\n").filter((line) => line.startsWith("["))) {
        expect(
          text.split(`\n${header}\n`).length - 1 + (text.startsWith(`${header}\n`) ? 1 : 0),
        ).toBe(1);
      }
    };

    // 1: first start, no file.
    merge(T1);
    expect(at("sandbox_mode")).toBe("workspace-write");

    // The user adds a table with comments.
    writeFileSync(
      config,
      `${read()}\n# my history settings\n[history]\npersistence = "none" # keep it private\n`,
    );
    // 2: same template, nothing changes.
    const before2 = read();
    merge(T1);
    expect(read()).toBe(before2);

    // Codex itself adds an MCP server (rewrites the mcp_servers tables).
    expect(
      (await runCodex(home, ["mcp", "add", "demo", "--env", "K=V", "--", "node", "demo.mjs"]))
        .status,
    ).toBe(0);
    // 3: the template turns network on and approvals to never.
    merge(T2);
    expect(at("approval_policy")).toBe("never");
    expect(at("sandbox_workspace_write", "network_access")).toBe(true);
    expect(at("mcp_servers", "demo", "command")).toBe("node");
    expect(at("mcp_servers", "demo", "env", "K")).toBe("V");

    // Simulated `/model`: Codex inserts a root key after the last root key.
    const lines = read().split("\n");
    const lastRoot = lines.findIndex((line) => line.startsWith("[")) - 1;
    let insertAt = lastRoot;
    while (insertAt > 0 && lines[insertAt] === "") insertAt -= 1;
    lines.splice(insertAt + 1, 0, 'model = "gpt-6-sol"');
    writeFileSync(config, lines.join("\n"));
    // 4: same template; the model chosen in Codex stays.
    const before4 = read();
    merge(T2);
    expect(read()).toBe(before4);
    expect(at("model")).toBe("gpt-6-sol");

    // Codex enables a feature (writes into the [features] table the template manages too).
    expect((await runCodex(home, ["features", "enable", "memories"])).status).toBe(0);
    // 5: the template drops the shell policy and changes the coder server's args.
    const run5 = merge(T3);
    expect(at("features", "memories")).toBe(true);
    expect(at("features", "daemon_auto_start")).toBe(false);
    expect(at("shell_environment_policy")).toBeUndefined();
    expect(at("mcp_servers", "coder", "args")).toEqual([
      "exp",
      "mcp",
      "server",
      "--allowed-tools=coder_report_task",
    ]);
    expect(run5.stdout).toContain("removed `shell_environment_policy.inherit`");

    // The user picks their own sandbox mode.
    writeFileSync(
      config,
      read().replace(
        'sandbox_mode = "workspace-write"',
        'sandbox_mode = "danger-full-access" # I know',
      ),
    );
    // 6: the template now asks for read-only; the user's choice is kept and reported.
    const run6 = merge(T4);
    expect(at("sandbox_mode")).toBe("danger-full-access");
    expect(run6.stdout).toContain(
      'kept your value for `sandbox_mode` ("danger-full-access"); the template now asks for "read-only"',
    );

    // Simulated trust prompt and model-migration notice, appended as Codex does.
    writeFileSync(
      config,
      `${read()}\n[projects."/home/coder/other"]\ntrust_level = "trusted"\n\n[notice.model_migrations]\n"gpt-5.5" = "gpt-6-sol"\n`,
    );
    // 7: same template.
    const before7 = read();
    merge(T4);
    expect(read()).toBe(before7);

    // The user deletes a managed key.
    writeFileSync(config, read().replace('approval_policy = "never"\n', ""));
    // 8: it comes back.
    merge(T4);
    expect(at("approval_policy")).toBe("never");

    // The user rewrites the coder server's args over several lines with a comment.
    writeFileSync(
      config,
      read().replace(
        'args = ["exp", "mcp", "server", "--allowed-tools=coder_report_task"]',
        'args = [\n  "exp", "mcp", "server", # mine\n  "--allowed-tools=coder_report_task,coder_workspace_list",\n]',
      ),
    );
    // 9: the template changes those args too; the user's are kept.
    const run9 = merge(T5);
    expect(at("mcp_servers", "coder", "args")).toEqual([
      "exp",
      "mcp",
      "server",
      "--allowed-tools=coder_report_task,coder_workspace_list",
    ]);
    expect(run9.stdout).toContain("kept your value for `mcp_servers.coder.args`");

    // 10: nothing to do: byte-identical.
    const before10 = read();
    const run10 = merge(T5);
    expect(read()).toBe(before10);
    expect(run10.stdout).toContain("unchanged");

    expectUserContent();
    expect(at("model")).toBe("gpt-6-sol");
    expect(at("projects", "/home/coder/other", "trust_level")).toBe("trusted");
    expect(at("projects", "/home/coder/project", "trust_level")).toBe("trusted");
    expect(at("notice", "model_migrations", "gpt-5.5")).toBe("gpt-6-sol");
    expect(at("mcp_servers", "demo", "args")).toEqual(["demo.mjs"]);

    const check = await doctorConfigLoad(home);
    expect(check.status).toBe("ok");
    expect(check.details["startup warning"]).toBeUndefined();
    const listed = await mcpList(home);
    expect(listed.servers?.map((server) => server.name).sort()).toEqual(["coder", "demo"]);
  });
});
