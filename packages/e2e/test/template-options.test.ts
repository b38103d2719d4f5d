// The template options for MCP servers, extra Codex settings and install scripts (the variables
// codex_mcp_servers_toml, codex_extra_settings_toml, codex_pre_install_script and
// codex_post_install_script of CodexVariables) end to end: the tasks-docker template planned with
// real Terraform and the real coder provider, its "Codex: install" script run exactly as rendered
// in an emulated workspace with the real Codex 0.169, which reads the resulting config.toml.
// - The README's examples install and Codex lists the MCP servers.
// - The hostile corpus (support/hostile.ts) in each of the four variables arrives byte-exact: in
//   the plan, in the scripts as bash runs them, in config.toml as Codex reads it.
// - TOML the install must refuse (the corpus itself, a key the template sets, a table other than
//   an MCP server) stops the install with an error naming the variable; config.toml is untouched.
//
// FAKES, and why: the Coder server and agent are emulated (test-support's provisioner
// environment, support/workspace.ts). No model is called. Terraform, the providers, bash, node,
// Codex and AgentAPI (from a mirror on 127.0.0.1) are real.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { CODEX_VARIABLE_EXAMPLES } from "@codex-coder/codex";
import { createProvisioner, type Provisioner, type TerraformPlan } from "@codex-coder/test-support";
import { parse as parseToml } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedCodexPrefix } from "./support/codex-install.js";
import { hostileCorpus, joinedCorpus, tomlBasicString } from "./support/hostile.js";
import { TMP_ROOT, makeRunDir, removeRunDir, tasksDockerTemplateDir } from "./support/paths.js";
import { scriptArg, scriptAt, startAgentapiMirror, type AgentapiMirror } from "./support/plan.js";
import { Workspace, type ScriptRun } from "./support/workspace.js";

/** Where every command payload of the corpus writes; it must never exist. */
const CANARY = join(TMP_ROOT, `pwned-options-${process.pid}`);
/**
 * Terraform strings cannot hold NUL and are Unicode NFC (hostile-input.test.ts proves both for
 * every plan-time input), so the plan-time variables get the rest of the corpus.
 */
const CASES = hostileCorpus(CANARY).filter(
  (c) => !c.value.includes("\0") && c.value === c.value.normalize("NFC"),
);
const JOINED = joinedCorpus(CASES);
const DELIMITER = "E2E_CORPUS_END";

let runDir: string;
let mirror: AgentapiMirror;
let codexPrefix: string;
let tf: Provisioner;
const workspaces: Workspace[] = [];

function workspace(label: string): Workspace {
  const ws = new Workspace(runDir, label);
  ws.seedCodex(codexPrefix);
  workspaces.push(ws);
  return ws;
}

/** A tasks-docker plan with these Codex variables (no auth, no Tasks, AgentAPI from the mirror). */
function plan(variables: Record<string, string>): Promise<TerraformPlan> {
  return tf.planBuild({
    variables: {
      codex_auth_source: "none",
      codex_tasks_mode: "none",
      agentapi_download_url: mirror.url,
      agentapi_sha256_amd64: mirror.sha256,
      ...variables,
    },
  });
}

async function install(ws: Workspace, planned: TerraformPlan): Promise<ScriptRun> {
  return ws.runScript(scriptAt(planned, "coder_script.codex_install"), planned);
}

function expectOk(run: ScriptRun): void {
  expect(run.status, run.output).toBe(0);
}

/** The decoded ARG_TEMPLATE_TOML list of the install script (base64 of gzip of JSON). */
function templateToml(planned: TerraformPlan): unknown {
  const script = scriptAt(planned, "coder_script.codex_install").script;
  const m = /^export ARG_TEMPLATE_TOML='([^']*)'$/m.exec(script);
  if (m === null) throw new Error("ARG_TEMPLATE_TOML is not exported by the install script");
  return JSON.parse(gunzipSync(Buffer.from(m[1] ?? "", "base64")).toString("utf8"));
}

/** A bash script that writes `text` to `file` through a quoted here-document. */
function heredocTo(file: string, text: string): string {
  return `cat > "$HOME/${file}" <<'${DELIMITER}'\n${text}\n${DELIMITER}\n`;
}

interface CodexConfig {
  mcp_servers?: Record<string, { command?: string; args?: string[]; url?: string }>;
  shell_environment_policy?: { set?: Record<string, string> };
  model_reasoning_effort?: string;
  tui?: { notifications?: boolean };
}

beforeAll(async () => {
  runDir = makeRunDir("template-options");
  mirror = await startAgentapiMirror(join(runDir, "served"));
  [codexPrefix, tf] = await Promise.all([
    sharedCodexPrefix(),
    createProvisioner(tasksDockerTemplateDir(), { tmpDir: runDir }),
  ]);
}, 600_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await mirror?.server.close();
  await tf?.dispose();
  removeRunDir(runDir);
});

describe("Codex template options", () => {
  it("the README's examples install: Codex lists both MCP servers and reads the extra settings; the scripts ran before and after the install", async () => {
    const planned = await plan({ ...CODEX_VARIABLE_EXAMPLES });
    const ws = workspace("examples");
    expectOk(await install(ws, planned));
    const config = parseToml(ws.read("~/.codex/config.toml")) as CodexConfig;
    expect(config.mcp_servers?.["playwright"]).toMatchObject({
      command: "npx",
      args: ["-y", "@playwright/mcp@latest"],
    });
    expect(config.mcp_servers?.["docs"]?.url).toBe("https://mcp.example.com/mcp");
    expect(config.model_reasoning_effort).toBe("high");
    expect(config.tui?.notifications).toBe(true);

    const listed = await ws.codex(planned, ["mcp", "list", "--json"]);
    expect(listed.status, listed.output).toBe(0);
    const names = (JSON.parse(listed.stdout) as Array<{ name: string }>).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["playwright", "docs"]));
    const doctor = await ws.codex(planned, ["doctor", "--json"]);
    const checks = (JSON.parse(doctor.stdout) as { checks: Record<string, { status: string }> })
      .checks;
    expect(checks["config.load"]?.status, doctor.stdout).toBe("ok");

    // pre-install: git config in the workspace; post-install: `codex mcp list` saw the servers.
    expect(ws.read("~/.gitconfig")).toMatch(/\[pull\]\s+rebase = true/);
    expect(ws.read("~/.codex-module/logs/pre_install.log")).toContain("pre-install script");
    expect(ws.read("~/.codex-module/logs/post_install.log")).toMatch(
      /playwright[\s\S]*docs|docs[\s\S]*playwright/,
    );
  });

  it("the hostile corpus in each of the four variables arrives byte-exact: in the plan, in the scripts as bash runs them, and in config.toml as Codex reads it", async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(35);
    const values = CASES.map((c) => c.value);
    const variables = {
      codex_pre_install_script: heredocTo("pre.txt", JOINED),
      codex_post_install_script: heredocTo("post.txt", JOINED),
      codex_mcp_servers_toml: [
        "[mcp_servers.hostile]",
        'command = "hostile-mcp-server"',
        `args = [${values.map(tomlBasicString).join(", ")}]`,
        "",
      ].join("\n"),
      codex_extra_settings_toml: [
        "[shell_environment_policy.set]",
        ...values.map((v, i) => `V_${i} = ${tomlBasicString(v)}`),
        "",
      ].join("\n"),
    };
    const planned = await plan(variables);
    const script = scriptAt(planned, "coder_script.codex_install");
    expect(scriptArg(script, "ARG_PRE_INSTALL_SCRIPT")).toBe(variables.codex_pre_install_script);
    expect(scriptArg(script, "ARG_POST_INSTALL_SCRIPT")).toBe(variables.codex_post_install_script);
    expect(templateToml(planned)).toEqual([
      {
        name: "codex_mcp_servers_toml",
        toml: variables.codex_mcp_servers_toml,
        mcpServersOnly: true,
      },
      {
        name: "codex_extra_settings_toml",
        toml: variables.codex_extra_settings_toml,
        mcpServersOnly: false,
      },
    ]);

    const ws = workspace("corpus");
    expectOk(await install(ws, planned));
    expect(ws.read("~/pre.txt")).toBe(`${JOINED}\n`);
    expect(ws.read("~/post.txt")).toBe(`${JOINED}\n`);
    const config = parseToml(ws.read("~/.codex/config.toml")) as CodexConfig;
    expect(config.mcp_servers?.["hostile"]?.args).toEqual(values);
    CASES.forEach((c, i) =>
      expect.soft(config.shell_environment_policy?.set?.[`V_${i}`], c.name).toBe(c.value),
    );
    const listed = await ws.codex(planned, ["mcp", "list", "--json"]);
    expect(listed.status, listed.output).toBe(0);
    const servers = JSON.parse(listed.stdout) as Array<{
      name: string;
      transport: { args: string[] };
    }>;
    expect(servers.find((s) => s.name === "hostile")?.transport.args).toEqual(values);
    expect(existsSync(CANARY)).toBe(false);
  });

  it("refuses TOML it cannot take, naming the variable, and leaves config.toml as it was", async () => {
    const ws = workspace("refused");
    const first = await plan({ codex_extra_settings_toml: 'model_reasoning_effort = "low"\n' });
    expectOk(await install(ws, first));
    const before = ws.read("~/.codex/config.toml");
    expect(before).toContain('model_reasoning_effort = "low"');

    const refusals: Array<[Record<string, string>, string]> = [
      // The whole corpus as TOML: it arrives byte-exact and is refused as invalid TOML.
      [{ codex_extra_settings_toml: JOINED }, "codex_extra_settings_toml: "],
      [
        { codex_extra_settings_toml: 'sandbox_mode = "read-only"\n' },
        "codex_extra_settings_toml: `sandbox_mode` collides with `sandbox_mode`, which the template sets already",
      ],
      [
        {
          codex_mcp_servers_toml:
            '[mcp_servers.pw]\ncommand = "npx"\n\n[tui]\nnotifications = true\n',
        },
        "codex_mcp_servers_toml: may only hold [mcp_servers.<name>] tables, got `tui.notifications`",
      ],
    ];
    for (const [variables, message] of refusals) {
      const planned = await plan(variables);
      const [name, value] = Object.entries(variables)[0] as [string, string];
      expect(templateToml(planned)).toContainEqual(expect.objectContaining({ name, toml: value }));
      const run = await install(ws, planned);
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toContain("the template's TOML settings were refused");
      expect(run.output).toContain(message);
      expect(ws.read("~/.codex/config.toml"), message).toBe(before);
    }
    expect(existsSync(CANARY)).toBe(false);
  });
});
