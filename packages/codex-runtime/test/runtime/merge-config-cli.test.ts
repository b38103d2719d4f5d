import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderToml } from "../../src/config/render.js";
import type { ManagedSetting } from "../../src/config/toml-value.js";
import { buildMergeConfig, runMergeConfig } from "./merge-cli.js";
import { CODEX_JS } from "./real-codex.js";
import { makeScratchDir, PACKAGE_DIR, removeScratchDir } from "./scratch-dir.js";

const settings: ManagedSetting[] = [
  { path: ["sandbox_mode"], value: "workspace-write" },
  { path: ["approval_policy"], value: "on-request" },
  { path: ["mcp_servers", "coder", "command"], value: "coder" },
  { path: ["mcp_servers", "coder", "env", "CODER_AGENT_TOKEN_FILE"], value: "/secret/path" },
  { path: ["model_providers", "gw", "env_key"], value: "GATEWAY_API_KEY" },
];

let root: string;
let bundle: string;
let case_ = 0;

beforeAll(() => {
  root = makeScratchDir("merge-cli");
  bundle = buildMergeConfig(root);
});
afterAll(() => removeScratchDir(root));

function paths(): { config: string; state: string; dir: string } {
  case_ += 1;
  const dir = join(root, `case-${case_}`);
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    config: join(dir, "home", "config.toml"),
    state: join(dir, "state", "config-applied.json"),
  };
}

const mode = (path: string): number => statSync(path).mode & 0o777;

describe("merge-config.mjs", () => {
  it("is a self-contained node script with a shebang", () => {
    const text = readFileSync(bundle, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(text).not.toMatch(/from "smol-toml"/);
    expect(mode(bundle) & 0o100).toBe(0o100);
  });

  it("writes a new config.toml and record with mode 0600 on the first run", () => {
    const p = paths();
    const run = runMergeConfig(bundle, p, settings);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(p.config, "utf8")).toBe(renderToml(settings));
    expect(mode(p.config)).toBe(0o600);
    expect(mode(p.state)).toBe(0o600);
    expect(JSON.parse(readFileSync(p.state, "utf8"))).toMatchObject({ version: 1 });
    expect(run.stdout.split("\n")).toEqual([
      'applied `approval_policy` = "on-request"',
      'applied `sandbox_mode` = "workspace-write"',
      'applied `mcp_servers.coder.command` = "coder"',
      "applied `mcp_servers.coder.env.CODER_AGENT_TOKEN_FILE` = (redacted)",
      "applied `model_providers.gw.env_key` = (redacted)",
      `${p.config}: 5 applied (5 changed), 0 kept, 0 removed; written`,
      "",
    ]);
  });

  it("changes no byte on a second run and leaves no temporary files", () => {
    const p = paths();
    runMergeConfig(bundle, p, settings);
    const first = readFileSync(p.config);
    const run = runMergeConfig(bundle, p, settings);
    expect(run.status).toBe(0);
    expect(readFileSync(p.config).equals(first)).toBe(true);
    expect(run.stdout).toContain("5 applied (0 changed), 0 kept, 0 removed; unchanged");
    expect(readdirSync(join(p.dir, "home"))).toEqual(["config.toml"]);
    expect(readdirSync(join(p.dir, "state"))).toEqual(["config-applied.json"]);
  });

  it("never prints values of secret-looking keys, not even the user's", () => {
    const p = paths();
    mkdirSync(join(p.dir, "home"));
    writeFileSync(
      p.config,
      '[mcp_servers.coder]\ncommand = "coder"\n[mcp_servers.coder.env]\nCODER_AGENT_TOKEN_FILE = "/user/secret"\n',
    );
    const run = runMergeConfig(bundle, p, settings);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "kept your value for `mcp_servers.coder.env.CODER_AGENT_TOKEN_FILE` ((redacted)); the template asks for (redacted)",
    );
    expect(run.stdout + run.stderr).not.toMatch(/secret|GATEWAY_API_KEY/);
  });

  it("makes an existing file private (0600) even when nothing changes", () => {
    const p = paths();
    runMergeConfig(bundle, p, settings);
    chmodSync(p.config, 0o644);
    expect(runMergeConfig(bundle, p, settings).status).toBe(0);
    expect(mode(p.config)).toBe(0o600);
  });

  it("updates the target of a symlinked config.toml and keeps the link", () => {
    const p = paths();
    mkdirSync(join(p.dir, "home"));
    mkdirSync(join(p.dir, "dotfiles"));
    const target = join(p.dir, "dotfiles", "codex.toml");
    writeFileSync(target, "# mine\n");
    symlinkSync(target, p.config);
    expect(runMergeConfig(bundle, p, settings).status).toBe(0);
    expect(readlinkSync(p.config)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe(`# mine\n${renderToml(settings)}`);
  });

  it("fails on a half-written config.toml and leaves it and the record untouched", () => {
    const p = paths();
    runMergeConfig(bundle, p, settings);
    const record = readFileSync(p.state);
    writeFileSync(p.config, 'sandbox_mode = "workspace-write"\n[mcp_servers.coder\ncomm');
    const before = readFileSync(p.config);
    const run = runMergeConfig(bundle, p, [...settings, { path: ["model"], value: "gpt-6.1-sol" }]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^Error: .*config\.toml: the existing config\.toml is not valid TOML \(invalid TOML at line 2, column \d+: .*\); fix or remove it; the file was left untouched\n$/,
    );
    expect(readFileSync(p.config).equals(before)).toBe(true);
    expect(readFileSync(p.state).equals(record)).toBe(true);
  });

  it("reads ARG_MANAGED_CONFIG gzipped (how the install wrapper ships it) as well as plain", () => {
    const p = paths();
    const json = JSON.stringify({ version: 1, settings });
    const gzipped = gzipSync(Buffer.from(json, "utf8")).toString("base64");
    const run = runMergeConfig(bundle, p, settings, gzipped);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(readFileSync(p.config, "utf8")).toBe(renderToml(settings));
    const broken = runMergeConfig(bundle, paths(), settings, gzipped.slice(0, 40));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^Error: ARG_MANAGED_CONFIG is not valid gzip: /);
  });

  it("fails without ARG_MANAGED_CONFIG, with a bad one, and on bad arguments", () => {
    const p = paths();
    const missing = runMergeConfig(bundle, p, settings, null);
    expect([missing.status, missing.stderr]).toEqual([
      1,
      "Error: ARG_MANAGED_CONFIG is not set (expected base64-encoded JSON)\n",
    ]);
    const bad = runMergeConfig(
      bundle,
      p,
      settings,
      Buffer.from('{"version":3}').toString("base64"),
    );
    expect([bad.status, bad.stderr]).toEqual([
      1,
      "Error: ARG_MANAGED_CONFIG: unsupported version 3 (allowed: 1)\n",
    ]);
    const args = runMergeConfig(bundle, p, settings, undefined, ["--force"]);
    expect(args.status).toBe(2);
    expect(args.stderr).toMatch(/^Error: unexpected argument "--force"\nUsage: /);
    expect(existsSync(p.config)).toBe(false);
  });

  it("--session-settings prints the provider and the -c overrides for codex resume, reading only", () => {
    const p = paths();
    const session = (
      ...args: string[]
    ): { status: number | null; stdout: string; stderr: string } => {
      const run = spawnSync(process.execPath, [bundle, "--session-settings", ...args], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    runMergeConfig(bundle, p, [
      ...settings,
      { path: ["model"], value: "mock-model" },
      { path: ["model_provider"], value: "gw" },
    ]);
    const before = readFileSync(p.config);
    expect(session(p.config)).toEqual({
      status: 0,
      stdout:
        'model_provider="gw"\nmodel="mock-model"\napproval_policy="on-request"\nsandbox_mode="workspace-write"\n',
      stderr: "",
    });
    expect(readFileSync(p.config).equals(before)).toBe(true);
    // No config.toml yet: Codex's defaults, nothing to override.
    expect(session(join(p.dir, "none.toml"))).toEqual({
      status: 0,
      stdout: 'model_provider="openai"\n',
      stderr: "",
    });
    writeFileSync(join(p.dir, "bad.toml"), 'model = "unterminated\n');
    const bad = session(join(p.dir, "bad.toml"));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^Error: cannot read the settings of .*bad\.toml: /);
    const usage = session();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^Error: --session-settings needs exactly one path\nUsage: /);
  });

  it("warns about an unreadable record and keeps values that differ", () => {
    const p = paths();
    mkdirSync(join(p.dir, "home"));
    mkdirSync(join(p.dir, "state"));
    writeFileSync(p.config, 'sandbox_mode = "read-only"\n');
    writeFileSync(p.state, "{not json");
    const run = runMergeConfig(bundle, p, settings);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^Warning: .*config-applied\.json is not valid JSON: .*; treating it as missing/,
    );
    expect(readFileSync(p.config, "utf8").startsWith('sandbox_mode = "read-only"\n')).toBe(true);
    expect(JSON.parse(readFileSync(p.state, "utf8")).settings).toHaveLength(5);
  });

  it("refuses a file that already holds something Codex refuses, and leaves it untouched", () => {
    const p = paths();
    mkdirSync(join(p.dir, "home"));
    writeFileSync(p.config, 'approval_policy = "untrusted"\n');
    const run = runMergeConfig(bundle, p, [{ path: ["sandbox_mode"], value: "read-only" }]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Error: ${p.config}: Codex 0.169 (whose rules the merge checks) would refuse the merged file, so it was left untouched: ` +
        '`approval_policy` is "untrusted"; it must be not "untrusted", which Codex 0.169 no longer ' +
        'supports: one of "on-request", "never", "on-failure" (this is in ' +
        `${p.config} already: fix or remove it there)\n`,
    );
    expect(readFileSync(p.config, "utf8")).toBe('approval_policy = "untrusted"\n');
    expect(existsSync(p.state)).toBe(false);
  });

  it("refuses to leave a managed MCP table without its transport when the user added a key to it", () => {
    // GIVEN the Coder MCP server was applied (Tasks on), and the user added a key to its table
    const coder: ManagedSetting[] = [
      { path: ["sandbox_mode"], value: "workspace-write" },
      { path: ["mcp_servers", "coder", "command"], value: "coder" },
      { path: ["mcp_servers", "coder", "args"], value: ["exp", "mcp", "server"] },
    ];
    const p = paths();
    expect(runMergeConfig(bundle, p, coder).status).toBe(0);
    writeFileSync(
      p.config,
      readFileSync(p.config, "utf8").replace(
        "[mcp_servers.coder]\n",
        "[mcp_servers.coder]\nstartup_timeout_sec = 30\n",
      ),
    );
    const config = readFileSync(p.config);
    const record = readFileSync(p.state);

    // WHEN the template stops managing the table (Tasks mode none)
    const run = runMergeConfig(bundle, p, coder.slice(0, 1));

    // THEN nothing is written, and the error names the table, the user's key and the fix
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `Error: ${p.config}: Codex 0.169 (whose rules the merge checks) would refuse the merged file, so it was left untouched: ` +
        "`mcp_servers.coder` sets neither `command` (stdio) nor `url` (streamable_http); set " +
        "exactly one: the template no longer sets `mcp_servers.coder.args`, " +
        "`mcp_servers.coder.command`, so the merge would remove them, but `mcp_servers.coder` also " +
        "holds `mcp_servers.coder.startup_timeout_sec`, which the template did not write (you added " +
        `or changed it); remove the table [mcp_servers.coder] (or just those keys) from ${p.config}, ` +
        "or complete it yourself, then restart the workspace\n",
    );
    expect(readFileSync(p.config).equals(config)).toBe(true);
    expect(readFileSync(p.state).equals(record)).toBe(true);
  });
});

/**
 * The real Codex CLI 0.169 from node_modules behind a one-line wrapper that logs each invocation's
 * arguments (to tell whether a run loaded the file at all).
 */
function loggedCodex(dir: string): { codex: string; calls: () => string[] } {
  const log = join(dir, "codex-calls.log");
  const codex = join(dir, "codex");
  writeFileSync(
    codex,
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${process.execPath}' '${CODEX_JS}' "$@"\n`,
    { mode: 0o755 },
  );
  return {
    codex,
    calls: () => (existsSync(log) ? readFileSync(log, "utf8").trim().split("\n") : []),
  };
}

describe("merge-config.mjs --codex (loads the result with the real Codex 0.169)", () => {
  const good: ManagedSetting[] = [
    { path: ["sandbox_mode"], value: "workspace-write" },
    { path: ["history", "persistence"], value: "save-all" },
  ];

  it("restores both files and names Codex's reason when Codex refuses the merged file", () => {
    const p = paths();
    const { codex } = loggedCodex(p.dir);
    expect(runMergeConfig(bundle, p, good, undefined, ["--codex", codex]).status).toBe(0);
    const config = readFileSync(p.config);
    const record = readFileSync(p.state);

    const bad = [good[0] as ManagedSetting, { path: ["model_context_window"], value: "large" }];
    const run = runMergeConfig(bundle, p, bad, undefined, ["--codex", codex]);

    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Error: ${p.config}: codex-cli 0.169.0 cannot load it: invalid type: string "large", ` +
        "expected i64 in `model_context_window`; the previous file was restored, nothing changed\n",
    );
    expect(readFileSync(p.config).equals(config)).toBe(true);
    expect(readFileSync(p.state).equals(record)).toBe(true);
  });

  it("restores both files when Codex ignores a key the template sets (a typo)", () => {
    const p = paths();
    const { codex } = loggedCodex(p.dir);
    const run = runMergeConfig(
      bundle,
      p,
      [...good, { path: ["modle"], value: "gpt-6.1-sol" }],
      undefined,
      ["--codex", codex],
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `Error: ${p.config}: codex-cli 0.169.0 ignores \`modle\`, which the template sets (a typo, ` +
        "or a setting this Codex version does not have): fix the template's settings; the " +
        "previous file was restored, nothing changed\n",
    );
    expect(existsSync(p.config)).toBe(false);
    expect(existsSync(p.state)).toBe(false);
  });

  it("warns about a key the user added that Codex ignores, and loads an unchanged file only once", () => {
    const p = paths();
    const { codex, calls } = loggedCodex(p.dir);
    mkdirSync(join(p.dir, "home"));
    writeFileSync(p.config, 'my_own_setting = "x"\n');
    const first = runMergeConfig(bundle, p, good, undefined, ["--codex", codex]);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe(
      `Warning: ${p.config}: codex-cli 0.169.0 ignores \`my_own_setting\` (not a setting it knows)\n`,
    );
    expect(calls()).toEqual(["--version", "mcp list --json", "doctor --json"]);

    const second = runMergeConfig(bundle, p, good, undefined, ["--codex", codex]);
    expect([second.status, second.stderr]).toEqual([0, ""]);
    expect(calls()).toHaveLength(4);
    expect(calls()[3]).toBe("--version");
  });

  it("takes Codex's --version line from --codex-version instead of running it (what install.sh passes)", () => {
    const p = paths();
    const { codex, calls } = loggedCodex(p.dir);
    const version = ["--codex-version", "codex-cli 0.169.0"];
    const first = runMergeConfig(bundle, p, good, undefined, ["--codex", codex, ...version]);
    expect([first.status, first.stderr]).toEqual([0, ""]);
    // The load check still runs, with the given version recorded.
    expect(calls()).toEqual(["mcp list --json", "doctor --json"]);
    expect(
      JSON.parse(readFileSync(join(dirname(p.state), "config-checked.json"), "utf8")),
    ).toMatchObject({
      codex: "codex-cli 0.169.0",
    });

    // Unchanged text, same version: no Codex process at all.
    const second = runMergeConfig(bundle, p, good, undefined, ["--codex", codex, ...version]);
    expect([second.status, second.stderr]).toEqual([0, ""]);
    expect(calls()).toHaveLength(2);

    // Another version: the text is loaded again.
    const third = runMergeConfig(bundle, p, good, undefined, [
      "--codex",
      codex,
      "--codex-version",
      "codex-cli 0.170.0",
    ]);
    expect(third.status).toBe(0);
    expect(calls()).toEqual([
      "mcp list --json",
      "doctor --json",
      "mcp list --json",
      "doctor --json",
    ]);

    const alone = runMergeConfig(bundle, p, good, undefined, version);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain("Error: --codex-version needs --codex");
  });

  it("fails on a file Codex refuses that the merge did not change, and leaves it as it is", () => {
    const p = paths();
    const { codex } = loggedCodex(p.dir);
    expect(runMergeConfig(bundle, p, good, undefined, ["--codex", codex]).status).toBe(0);
    writeFileSync(p.config, 'model_context_window = "large"\n' + readFileSync(p.config, "utf8"));
    const config = readFileSync(p.config);
    const run = runMergeConfig(bundle, p, good, undefined, ["--codex", codex]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^Error: ${p.config.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(not changed by the merge\\): ` +
          'codex-cli 0\\.169\\.0 cannot load it: invalid type: string "large", expected i64 in ' +
          "`model_context_window`; fix or remove it\n$",
      ),
    );
    expect(readFileSync(p.config).equals(config)).toBe(true);
  });
});

describe("bundle location", () => {
  it("points at dist/runtime/merge-config.mjs of this package", async () => {
    const { MERGE_CONFIG_BUNDLE_PATH } = await import("../../src/runtime/bundle-path.js");
    expect(MERGE_CONFIG_BUNDLE_PATH).toBe(join(PACKAGE_DIR, "dist", "runtime", "merge-config.mjs"));
  });
});
