import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { mergeManagedConfig, type MergeResult } from "../../src/config/merge.js";
import { renderToml } from "../../src/config/render.js";
import type { ManagedSetting } from "../../src/config/toml-value.js";

const base: ManagedSetting[] = [
  { path: ["sandbox_mode"], value: "workspace-write" },
  { path: ["approval_policy"], value: "on-request" },
  { path: ["model"], value: "gpt-6.1-sol" },
  { path: ["sandbox_workspace_write", "network_access"], value: false },
  { path: ["mcp_servers", "coder", "command"], value: "coder" },
  { path: ["mcp_servers", "coder", "args"], value: ["exp", "mcp", "server"] },
  { path: ["mcp_servers", "coder", "default_tools_approval_mode"], value: "approve" },
  { path: ["mcp_servers", "coder", "env", "CODER_MCP_APP_STATUS_SLUG"], value: "codex" },
];

function merge(
  current: string | undefined,
  desired: ManagedSetting[],
  last?: readonly ManagedSetting[],
): MergeResult {
  return mergeManagedConfig({ current, desired, lastApplied: last });
}

function messages(result: MergeResult): string[] {
  return result.decisions.filter((d) => d.kind !== "applied" || d.changed).map((d) => d.message);
}

function withValue(
  settings: ManagedSetting[],
  key: string,
  value: ManagedSetting["value"],
): ManagedSetting[] {
  return settings.map((s) => (s.path.join(".") === key ? { path: s.path, value } : s));
}

describe("three-way merge", () => {
  it("writes the rendered settings when there is no file", () => {
    const first = merge(undefined, base);
    expect(first.text).toBe(renderToml(base));
    expect(first.changed).toBe(true);
    expect(first.decisions.every((d) => d.kind === "applied" && d.changed)).toBe(true);
  });

  it("is idempotent: a second run with the same record changes no byte", () => {
    const first = merge(undefined, base);
    const second = merge(first.text, base, first.record);
    expect(second.text).toBe(first.text);
    expect(second.changed).toBe(false);
    expect(second.decisions.map((d) => d.kind === "applied" && !d.changed)).not.toContain(false);
  });

  it("keeps a table the user added, with its comments and blank lines", () => {
    const first = merge(undefined, base);
    const user = `${first.text}\n# my own server\n[mcp_servers.mine]   # inline note\ncommand = "mine"\n\n\n`;
    const second = merge(user, base, first.record);
    expect(second.text).toBe(user);
  });

  it("keeps what Codex writes itself: root model after the last root key, trust, migrations, mcp add", () => {
    const desired = base.filter((s) => s.path[0] !== "model");
    const first = merge(undefined, desired);
    // Simulates Codex's own writes (the TUI is not driven here): `/model` inserts a root key after
    // the last root key; trust and model-migration notices are appended as tables.
    const codexWrote = first.text
      .replace(
        'sandbox_mode = "workspace-write"\n',
        'sandbox_mode = "workspace-write"\nmodel = "gpt-6-sol"\n',
      )
      .concat(
        '\n[projects."/home/coder/p"]\ntrust_level = "trusted"\n\n[notice.model_migrations]\n"gpt-5.5" = "gpt-6-sol"\n',
      );
    const changed = withValue(desired, "sandbox_mode", "read-only");
    const second = merge(codexWrote, changed, first.record);
    expect(second.text).toBe(
      codexWrote.replace('sandbox_mode = "workspace-write"', 'sandbox_mode = "read-only"'),
    );
    expect(messages(second)).toEqual([
      'applied `sandbox_mode` = "read-only" (was "workspace-write", as applied last time)',
    ]);
  });

  it("applies a template change to a value the user did not touch", () => {
    const first = merge(undefined, base);
    const second = merge(
      first.text,
      withValue(base, "mcp_servers.coder.args", ["exp", "mcp", "server", "--x"]),
      first.record,
    );
    expect(second.text).toBe(
      first.text.replace('["exp", "mcp", "server"]', '["exp", "mcp", "server", "--x"]'),
    );
  });

  it("keeps and reports a value the user (or /model) changed, and keeps it on later template changes", () => {
    const first = merge(undefined, base);
    const user = first.text.replace('model = "gpt-6.1-sol"', 'model = "gpt-6-sol"');
    const second = merge(user, withValue(base, "model", "gpt-6.1-terra"), first.record);
    expect(second.text).toBe(user);
    expect(messages(second)).toEqual([
      'kept your value for `model` ("gpt-6-sol"); the template now asks for "gpt-6.1-terra"',
    ]);
    const third = merge(second.text, withValue(base, "model", "gpt-6.1-terra"), second.record);
    expect(third.text).toBe(user);
    expect(third.decisions.find((d) => d.path[0] === "model")?.kind).toBe("kept");
  });

  it("without a record, keeps a different value on disk and reports it", () => {
    const result = merge('model = "mine"\n', [{ path: ["model"], value: "theirs" }]);
    expect(result.text).toBe('model = "mine"\n');
    expect(messages(result)).toEqual([
      'kept your value for `model` ("mine"); the template asks for "theirs"',
    ]);
  });

  it("re-adds a managed key the user deleted", () => {
    const first = merge(undefined, base);
    const user = first.text.replace('approval_policy = "on-request"\n', "");
    expect(merge(user, base, first.record).text).toBe(
      user.replace(
        'sandbox_mode = "workspace-write"\n',
        'sandbox_mode = "workspace-write"\napproval_policy = "on-request"\n',
      ),
    );
  });

  it("removes keys no longer desired when unchanged, with the table it leaves empty", () => {
    const first = merge(undefined, base);
    const withoutCoder = base.filter((s) => s.path[0] !== "mcp_servers");
    const second = merge(first.text, withoutCoder, first.record);
    expect(second.text).toBe(renderToml(withoutCoder));
    expect(messages(second)).toEqual([
      'removed `mcp_servers.coder.args` (["exp", "mcp", "server"]): the template no longer sets it',
      'removed `mcp_servers.coder.command` ("coder"): the template no longer sets it',
      'removed `mcp_servers.coder.default_tools_approval_mode` ("approve"): the template no longer sets it',
      'removed `mcp_servers.coder.env.CODER_MCP_APP_STATUS_SLUG` ("codex"): the template no longer sets it',
    ]);
  });

  it("keeps and reports a key no longer desired that the user changed", () => {
    const first = merge(undefined, base);
    const user = first.text.replace("network_access = false", "network_access = true # mine");
    const desired = base.filter((s) => s.path[0] !== "sandbox_workspace_write");
    const second = merge(user, desired, first.record);
    expect(second.text).toBe(user);
    expect(messages(second)).toEqual([
      "kept your value for `sandbox_workspace_write.network_access` (true): the template no longer sets it, but it was changed since it was applied",
    ]);
  });

  it("keeps user tables and comments while adding to and removing from a table", () => {
    const text =
      "# mine\n[features] # flags\nmemories = true # mine too\n\n[tui]\nanimations = false\n";
    const one = merge(text, [{ path: ["features", "daemon_auto_start"], value: false }]);
    expect(one.text).toBe(
      "# mine\n[features] # flags\nmemories = true # mine too\ndaemon_auto_start = false\n\n[tui]\nanimations = false\n",
    );
    const two = merge(one.text, [], one.record);
    expect(two.text).toBe(text);
  });

  it("does not edit a key written inside an inline table, and reports it", () => {
    const text = '[mcp_servers]\ncoder = { command = "old", args = [] }\n';
    const last = [{ path: ["mcp_servers", "coder", "command"], value: "old" }];
    const result = merge(text, [{ path: ["mcp_servers", "coder", "command"], value: "new" }], last);
    expect(result.text).toBe(text);
    expect(messages(result)).toEqual([
      'kept `mcp_servers.coder.command` as it is: not updated: it is inside the inline value of `mcp_servers.coder` (line 2), which is not edited automatically; the template asks for "new"',
    ]);
    const added = merge(text, [{ path: ["mcp_servers", "coder", "cwd"], value: "/w" }]);
    expect(added.text).toBe(text);
    expect(added.decisions[0]).toMatchObject({ kind: "kept", reason: "not-editable" });
  });

  it("reports a value where the template wants a table, and a table where it wants a value", () => {
    const text = 'sandbox_workspace_write = "odd"\n[model]\nx = 1\n';
    const result = merge(text, [
      { path: ["sandbox_workspace_write", "network_access"], value: true },
      { path: ["model"], value: "m" },
    ]);
    expect(result.text).toBe(text);
    expect(messages(result)).toEqual([
      'kept `model` as it is: the file has a table there; the template asks for "m"',
      'kept `sandbox_workspace_write.network_access` as it is: `sandbox_workspace_write` holds a value ("odd"), not a table, and that value is kept; the template asks for true',
    ]);
  });

  it("never shows values of secret-looking keys", () => {
    const last = [{ path: ["mcp_servers", "x", "env", "API_KEY"], value: "sk-old" }];
    const text = '[mcp_servers.x]\ncommand = "x"\n[mcp_servers.x.env]\nAPI_KEY = "sk-mine"\n';
    const result = merge(
      text,
      [{ path: ["mcp_servers", "x", "env", "API_KEY"], value: "sk-new" }],
      last,
    );
    const all = result.decisions.map((d) => d.message).join("\n");
    expect(all).toContain(
      "kept your value for `mcp_servers.x.env.API_KEY` ((redacted)); the template now asks for (redacted)",
    );
    expect(all).not.toMatch(/sk-/);
  });

  it("edits tricky files: multi-line strings with header-like lines, quoted dotted keys, CRLF, no final newline", () => {
    const text =
      'developer_instructions = """\r\n[sandbox_workspace_write]\r\nsandbox_mode = "x"\r\n"""\r\n' +
      '[projects."/home/coder/a.b"]\r\ntrust_level = "untrusted"\r\n[sandbox_workspace_write]\r\nwritable_roots = [\r\n  "/a",\r\n  "/b",\r\n]';
    const last = [{ path: ["projects", "/home/coder/a.b", "trust_level"], value: "untrusted" }];
    const result = merge(
      text,
      [
        { path: ["sandbox_mode"], value: "read-only" },
        { path: ["projects", "/home/coder/a.b", "trust_level"], value: "trusted" },
        { path: ["sandbox_workspace_write", "network_access"], value: true },
      ],
      last,
    );
    expect(result.text).toBe(
      'developer_instructions = """\r\n[sandbox_workspace_write]\r\nsandbox_mode = "x"\r\n"""\r\nsandbox_mode = "read-only"\r\n' +
        '[projects."/home/coder/a.b"]\r\ntrust_level = "trusted"\r\n[sandbox_workspace_write]\r\nwritable_roots = [\r\n  "/a",\r\n  "/b",\r\n]\r\nnetwork_access = true\r\n',
    );
    expect(parse(result.text)).toMatchObject({
      developer_instructions: '[sandbox_workspace_write]\r\nsandbox_mode = "x"\r\n',
    });
  });

  it("fails on an invalid or half-written file, naming the line", () => {
    expect(() => merge('model = "gpt\n[tui', base)).toThrow(
      /^the existing config.toml is not valid TOML \(invalid TOML at line 1, column \d+: .*\); fix or remove it$/,
    );
    expect(() => merge("[a]\nx = 1\n[a]\n", base)).toThrow(/line 3/);
  });

  it("works on an empty file and a file of comments", () => {
    expect(merge("", [{ path: ["a"], value: 1 }]).text).toBe("a = 1\n");
    expect(merge("# hello\n", [{ path: ["t", "a"], value: 1 }]).text).toBe(
      "# hello\n\n[t]\na = 1\n",
    );
  });
});

describe("three-way merge when a key becomes a table or a table becomes a key", () => {
  it("applies the change in one run when the old keys are unchanged", () => {
    const old = [
      { path: ["notify"], value: ["a"] },
      { path: ["t", "x"], value: 1 },
    ];
    const first = merge(undefined, old);
    const next = [
      { path: ["notify", "cmd"], value: "b" },
      { path: ["t"], value: 2 },
    ];
    const second = merge(first.text, next, first.record);
    expect(second.text).toBe(renderToml(next));
    expect(second.decisions.map((d) => d.kind)).toEqual([
      "applied",
      "applied",
      "removed",
      "removed",
    ]);
  });

  it("keeps the user's keys in a table the template now wants as a value", () => {
    const first = merge(undefined, [{ path: ["t", "x"], value: 1 }]);
    const user = `${first.text}mine = true\n`;
    const second = merge(user, [{ path: ["t"], value: 2 }], first.record);
    expect(second.text).toBe("[t]\nmine = true\n");
    expect(messages(second)).toEqual([
      "kept `t` as it is: the file has a table there; the template asks for 2",
      "removed `t.x` (1): the template no longer sets it",
    ]);
  });
});
