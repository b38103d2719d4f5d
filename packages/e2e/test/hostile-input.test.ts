// Hostile input end to end: a corpus of hostile strings fed through every input of the Codex
// templates, from Terraform plan (or synth) to where each value belongs in the workspace: AGENTS.md,
// the first user message AgentAPI gets, config.toml as smol-toml and the real Codex 0.169 read it.
// Anything that would run a command touches a canary file, which must never appear.
//
// Inputs known at plan time (the system prompt parameter, the task prompt, template variables) go
// through real Terraform plans; props known at synth time (MCP servers, extra TOML, the folder) go
// through small templates built in-process with Codex + TemplateStack + buildTemplates, like the
// template packages build theirs. Every rendered script runs as the Coder agent runs it (see
// support/workspace.ts).
//
// FAKES, and why: the OpenAI API is the mock Responses API of @codex-coder/test-support (tests
// cannot reach the real API); the Coder server and agent are emulated (test-support's provisioner
// environment, support/workspace.ts). Terraform, providers, bash, Codex and AgentAPI are real.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Codex, CodexAuth, CodexVariables, type CodexProps } from "@codex-coder/codex";
import { dataCoderParameter } from "@codex-coder/provider-coder";
import {
  createProvisioner,
  lastUserText,
  loadToolchain,
  startMockResponses,
  type MockResponses,
  type Provisioner,
  type RecordedRequest,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { parse as parseToml } from "smol-toml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentMessages, waitForStable } from "./support/agentapi.js";
import { sharedCodexPrefix } from "./support/codex-install.js";
import {
  AGENTS_MD_END_MARKER,
  hostileCorpus,
  joinedCorpus,
  tomlBasicString,
  withoutTrailingNewlines,
  type HostileCase,
} from "./support/hostile.js";
import {
  TMP_ROOT,
  makeRunDir,
  removeRunDir,
  tasksDockerTemplateDir,
  waitFor,
} from "./support/paths.js";
import {
  canaryKey,
  freePort,
  onlyScripts,
  scriptArg,
  scriptAt,
  startAgentapiMirror,
  type AgentapiMirror,
} from "./support/plan.js";
import { mockProviderAuth } from "./support/mock-provider.js";
import { bareStack, buildTemplate, templateStack } from "./support/template-build.js";
import { Workspace, type ScriptRun } from "./support/workspace.js";

/** Where every command payload writes; it must never exist. */
const CANARY = join(TMP_ROOT, `pwned-${process.pid}`);
/** Payloads in the folder name use a relative path (a slash would make it a nested folder). */
const RELATIVE_CANARY = "pwned-by-folder";
const CASES: readonly HostileCase[] = hostileCorpus(CANARY);
/** No process can receive a NUL, so synth rejects it in MCP args, env and extra TOML (tested below). */
const WITHOUT_NUL = CASES.filter((c) => !c.value.includes("\0"));
const JOINED = joinedCorpus(CASES);
/**
 * With the config going through Terraform expressions, synth refuses text that is not Unicode NFC
 * (Terraform would rewrite it; tested below), so that template gets the rest of the corpus.
 */
const NFC_CASES = WITHOUT_NUL.filter((c) => c.value === c.value.normalize("NFC"));
/** The corpus for a literal systemPrompt: synth refuses the module's own AGENTS.md markers there (tested at install for plan-time prompts below). */
const JOINED_PROMPT = joinedCorpus(CASES.filter((c) => !c.value.includes("<!-- codex-module:")));
const PROJECT = "/home/coder/projects";
/** A project folder with spaces, quotes of both kinds, and shell syntax. */
const FOLDER = `/home/coder/my "proj" it's $(touch ${RELATIVE_CANARY}) \`touch ${RELATIVE_CANARY}\` ;|&<>*? dir`;
const BEGIN_MARKER =
  "<!-- codex-module:begin (managed by the Coder template; edits inside this block are replaced on every start) -->";
/** Hand-written extra TOML in the string forms a TOML author may use, and what they mean. */
const EXTRA_FORMS: ReadonlyArray<{ key: string; toml: string; value: string }> = [
  {
    key: "ML_BASIC",
    toml: `"""\nfirst "quoted" line\nsecond with \\""" and $(touch ${CANARY})\n"""`,
    value: `first "quoted" line\nsecond with """ and $(touch ${CANARY})\n`,
  },
  {
    key: "ML_LITERAL",
    toml: `'''\nit's 'literal' $(touch ${CANARY}) \`x\` \\n stays\n'''`,
    value: `it's 'literal' $(touch ${CANARY}) \`x\` \\n stays\n`,
  },
  {
    key: "LITERAL",
    toml: "'single $HOME \\ not an escape'",
    value: "single $HOME \\ not an escape",
  },
];
/** Model names the codex_model validation lets through although they look odd. */
const ODD_MODELS = ["--help", "-c", "a/../b:c", "x.y_z-1"];

let runDir: string;
let mock: MockResponses;
let mirror: AgentapiMirror;
let codexPrefix: string;
let hostile: Provisioner;
let tasksDocker: Provisioner;
let variablesOnly: Provisioner;
let plan: TerraformPlan;
let folderPort: number;
let providerKey: string;
const workspaces: Workspace[] = [];

/** Extra TOML: every corpus string as a value and as a key, plus the hand-written string forms. */
function extraToml(cases: readonly HostileCase[]): string {
  const lines = ["[shell_environment_policy.set]"];
  cases.forEach((c, i) => lines.push(`V_${i} = ${tomlBasicString(c.value)}`));
  for (const form of EXTRA_FORMS) lines.push(`${form.key} = ${form.toml}`);
  for (const c of cases)
    lines.push("", `[projects.${tomlBasicString(c.value)}]`, 'trust_level = "untrusted"');
  return `${lines.join("\n")}\n`;
}

/** MCP env: corpus values under plain names, and a few hostile names. */
function mcpEnv(cases: readonly HostileCase[]): Record<string, string> {
  const env: Record<string, string> = {};
  cases.forEach((c, i) => (env[`K_${i}`] = c.value));
  for (const name of ['q"k', "sp ace", "é🙂", "a.b", "[x]", "$(touch x)"]) env[name] = name;
  return env;
}

/**
 * A string as Terraform passes it on: every string value in Terraform is Unicode NFC-normalized
 * (go-cty), so combining sequences arrive composed ("e\u0301" becomes "é"). Values written at
 * synth time as literals (base64 in the script) keep their bytes.
 */
function planned(value: string): string {
  return value.normalize("NFC");
}

/** Text as Codex escapes it inside the XML of its environment context. */
function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * The folders of a Codex whose construct id is not `codex` (naming.ts): its module dir and its
 * Codex home (config.toml, AGENTS.md), as workspace paths, and CODEX_HOME for `ws.codex`.
 */
function own(id: string): {
  readonly module: string;
  readonly home: string;
  readonly env: { CODEX_HOME: string };
} {
  const module = `~/.codex-module-${id}`;
  return {
    module,
    home: `${module}/codex-home`,
    env: { CODEX_HOME: `/home/coder/.codex-module-${id}/codex-home` },
  };
}

/** A workspace with the shared Codex install in the default module dir and in those of `ids`. */
function workspace(label: string, ids: readonly string[] = []): Workspace {
  const ws = new Workspace(runDir, label);
  workspaces.push(ws);
  ws.seedCodex(codexPrefix);
  for (const id of ids) seedOwn(ws, id);
  return ws;
}

/** Links the shared Codex install into the module dir of the construct id `id`. */
function seedOwn(ws: Workspace, id: string): void {
  const link = ws.hostPath(`${own(id).module}/npm`);
  if (existsSync(link)) return;
  mkdirSync(ws.hostPath(own(id).module), { recursive: true });
  symlinkSync(codexPrefix, link);
}

/** The hostile template: one Codex per corpus string, plus the synth-time inputs. */
async function buildHostileTemplate(): Promise<string> {
  const { stack, main } = templateStack("e2e-hostile", "Hostile inputs through every Codex input");
  const common: Omit<CodexProps, "folder"> = {
    agent: main,
    auth: CodexAuth.none(),
    tasksMode: "none",
    installAgentApi: false,
    cliApp: false,
    coderLogin: false,
  };
  CASES.forEach((c, i) => {
    const parameter = (kind: string, order: number): dataCoderParameter.DataCoderParameter =>
      new dataCoderParameter.DataCoderParameter(stack, `${kind}_${i}`, {
        name: `${kind}_${i}`,
        displayName: `${kind} ${i}`,
        description: `Hostile ${kind.replace("_", " ")}: ${c.name}`,
        type: "string",
        formType: "textarea",
        default: "",
        mutable: true,
        order,
      });
    new Codex(stack, `p${i}`, {
      ...common,
      folder: PROJECT,
      systemPrompt: parameter("system_prompt", 2 * i + 1).value,
      taskPrompt: parameter("task_prompt", 2 * i + 2).value,
      agentApiPort: 20_000 + i,
    });
  });
  new Codex(stack, "values", {
    ...common,
    folder: PROJECT,
    agentApiPort: 19_998,
    mcpServers: {
      hostile: {
        command: "hostile-mcp-server",
        args: WITHOUT_NUL.map((c) => c.value),
        env: mcpEnv(WITHOUT_NUL),
      },
    },
    extraSettingsToml: extraToml(WITHOUT_NUL),
  });
  new Codex(stack, "folder", {
    agent: main,
    folder: FOLDER,
    auth: mockProviderAuth(stack, mock),
    model: "mock-model",
    agentsMdTarget: "folder",
    systemPrompt: JOINED_PROMPT,
    agentApiPort: folderPort,
    agentApiDownloadUrl: mirror.url,
    agentApiSha256: { amd64: mirror.sha256 },
    cliApp: false,
  });
  // The corpus names the canary, a path in this package's scratch folder, and the settings are now
  // readable in main.tf (no longer base64 at synth): no build path check.
  return buildTemplate(stack, join(runDir, "hostile-template"), { buildPaths: [] });
}

/**
 * The synth-time values again, but with the Codex template variables (what both templates use):
 * the managed config then holds Terraform expressions (the model, the AI Gateway's URL, the
 * custom provider's) and reaches the workspace through `jsonencode(...)` in main.tf, where every
 * literal string is written by the HCL escaping instead of base64 at synth.
 */
async function buildExpressionTemplate(): Promise<string> {
  const { stack, main } = templateStack("e2e-hostile-expr", "Hostile values next to expressions");
  new Codex(stack, "expr", {
    agent: main,
    folder: PROJECT,
    ...new CodexVariables(stack, "codex-variables").codexProps(),
    installAgentApi: false,
    cliApp: false,
    coderLogin: false,
    agentApiPort: 19_997,
    mcpServers: {
      hostile: {
        command: "hostile-mcp-server",
        args: NFC_CASES.map((c) => c.value),
        env: mcpEnv(NFC_CASES),
      },
    },
    extraSettingsToml: extraToml(NFC_CASES),
  });
  // The corpus names the canary, a path in this package's scratch folder: no build path check.
  return buildTemplate(stack, join(runDir, "expr-template"), { buildPaths: [] });
}

/** A template with only the Codex template variables, for fast plans of variable values. */
async function buildVariablesTemplate(): Promise<string> {
  const stack = bareStack("e2e-codex-variables", "The Codex template variables alone");
  new CodexVariables(stack, "codex-variables");
  return buildTemplate(stack, join(runDir, "variables-template"));
}

/** The text between the module's markers in an AGENTS.md, or undefined without a block. */
function agentsBlock(text: string): string | undefined {
  const begin = text.indexOf(`${BEGIN_MARKER}\n`);
  const end = text.indexOf(`\n${AGENTS_MD_END_MARKER}\n`);
  if (begin === -1 || end === -1) return undefined;
  return text.slice(begin + BEGIN_MARKER.length + 1, end);
}

function expectOk(run: ScriptRun | undefined): ScriptRun {
  expect(run?.status, run?.output).toBe(0);
  return run as ScriptRun;
}

/** Files named like a canary anywhere in the workspace. */
function canaryFiles(ws: Workspace): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (entry.startsWith("pwned")) found.push(path);
      if (lstatSync(path).isDirectory()) walk(path);
    }
  };
  walk(ws.home);
  walk(ws.tmp);
  return found;
}

beforeAll(async () => {
  runDir = makeRunDir("hostile");
  providerKey = canaryKey("hostile");
  mock = await startMockResponses({ reply: "mock reply: noted" });
  mirror = await startAgentapiMirror(join(runDir, "served"));
  folderPort = await freePort();
  const [prefix, hostileDir, variablesDir] = await Promise.all([
    sharedCodexPrefix(),
    buildHostileTemplate(),
    buildVariablesTemplate(),
  ]);
  codexPrefix = prefix;
  [hostile, tasksDocker, variablesOnly] = await Promise.all([
    createProvisioner(hostileDir, { tmpDir: runDir }),
    createProvisioner(tasksDockerTemplateDir(), { tmpDir: runDir }),
    createProvisioner(variablesDir, { tmpDir: runDir }),
  ]);
  const parameters: Record<string, string> = {};
  CASES.forEach((c, i) => {
    parameters[`system_prompt_${i}`] = c.value;
    parameters[`task_prompt_${i}`] = c.value;
  });
  plan = await hostile.planBuild({
    parameters,
    taskPrompt: JOINED,
    variables: { e2e_mock_key: providerKey },
  });
}, 600_000);

afterAll(async () => {
  for (const ws of workspaces) await ws.stop();
  await mock?.close();
  await mirror?.server.close();
  await Promise.all([hostile?.dispose(), tasksDocker?.dispose(), variablesOnly?.dispose()]);
  removeRunDir(runDir);
});

describe("hostile input", () => {
  it("has a corpus of at least 40 strings with every kind of trouble", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.value)).size).toBe(CASES.length);
    const all = CASES.map((c) => c.value).join("");
    for (const needle of ["'", '"', "`", "$(", ";", "\n", "\r", "EOF", '"""', "'''", "[x]", "🙂"])
      expect(all).toContain(needle);
    expect(CASES.some((c) => Buffer.byteLength(c.value) >= 10 * 1024)).toBe(true);
  });

  it("fails on NUL where it would enter: at synth naming the prop, and before Terraform for plan-time values", async () => {
    const props: Array<[string, Partial<CodexProps>]> = [
      ["systemPrompt", { systemPrompt: "a\0b" }],
      ["taskPrompt", { taskPrompt: "a\0b" }],
      ["folder", { folder: "/home/coder/a\0b" }],
      ["model", { model: "a\0b" }],
      ["preInstallScript", { preInstallScript: "echo a\0b" }],
    ];
    for (const [name, extra] of props) {
      const { stack, main } = templateStack("e2e-nul", "NUL", join(runDir, "nul-synth"));
      expect(
        () =>
          new Codex(stack, "codex", {
            agent: main,
            folder: PROJECT,
            auth: CodexAuth.none(),
            ...extra,
          }),
        name,
      ).toThrow(`- ${name}: must not contain a NUL character [NulCharacter]`);
    }
    // Terraform strings cannot hold NUL: the environment that carries them into terraform refuses it
    // (Coder passes the same values in the provisioner's environment and arguments).
    await expect(tasksDocker.planBuild({ taskPrompt: "a\0b" })).rejects.toThrow(
      /CODER_TASK_PROMPT.*null bytes/,
    );
    await expect(tasksDocker.planBuild({ parameters: { system_prompt: "a\0b" } })).rejects.toThrow(
      /CODER_PARAMETER_[0-9a-f]{64}.*null bytes/,
    );
    await expect(tasksDocker.planBuild({ variables: { codex_model: "a\0b" } })).rejects.toThrow(
      /TF_VAR_codex_model.*null bytes/,
    );
  });

  it("system prompt (a coder_parameter): every string reaches the install script byte-exact (after Terraform's NFC) and lands in AGENTS.md", async () => {
    // Two workspaces, each installing every other string, to use both cores.
    const lanes = [workspace("system-prompts-a"), workspace("system-prompts-b")];
    await Promise.all(
      lanes.map(async (ws, lane) => {
        for (const [i, c] of CASES.entries()) {
          if (i % lanes.length !== lane) continue;
          const install = scriptAt(plan, `coder_script.p${i}_install`);
          expect.soft(scriptArg(install, "ARG_AGENTS_MD"), c.name).toBe(planned(c.value));
          seedOwn(ws, `p${i}`);
          const run = await ws.runScript(install, plan);
          expect.soft(run.status, `${c.name}: ${run.output}`).toBe(0);
          // The install decodes its inputs with $(…), which drops trailing newlines; nothing else
          // changes.
          const agentsMd = `${own(`p${i}`).home}/AGENTS.md`;
          const file = ws.exists(agentsMd) ? ws.read(agentsMd) : "";
          expect.soft(agentsBlock(file), c.name).toBe(withoutTrailingNewlines(planned(c.value)));
          expect.soft(file.split(BEGIN_MARKER).length, `${c.name}: one block`).toBe(2);
        }
      }),
    );
    expect(existsSync(CANARY)).toBe(false);
    for (const ws of lanes) expect(canaryFiles(ws)).toEqual([]);
  });

  it("fails the install, naming ARG_AGENTS_MD, for a system prompt with the module's own end marker", async () => {
    const ws = workspace("marker", ["p0"]);
    const marked = await hostile.planBuild({
      parameters: { system_prompt_0: `before\n${AGENTS_MD_END_MARKER}\nafter` },
    });
    const run = await ws.runScript(scriptAt(marked, "coder_script.p0_install"), marked);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("Error: ARG_AGENTS_MD must not contain the module's marker lines");
    expect(ws.read(`${own("p0").module}/state/status`)).toContain(
      "Codex install failed: ARG_AGENTS_MD must not contain",
    );
  });

  it("task prompt: every string reaches the start script byte-exact after Terraform's NFC (a parameter per string, the whole corpus through CODER_TASK_PROMPT)", async () => {
    for (const [i, c] of CASES.entries())
      expect
        .soft(scriptArg(scriptAt(plan, `coder_script.p${i}_start`), "ARG_TASK_PROMPT"), c.name)
        .toBe(planned(c.value));
    expect(scriptArg(scriptAt(plan, "coder_script.folder_start"), "ARG_TASK_PROMPT")).toBe(
      planned(JOINED),
    );
  });

  it("tasks-docker: the system_prompt parameter and CODER_TASK_PROMPT carry the whole corpus; AGENTS.md holds it; an odd but valid codex_model lands in config.toml", async () => {
    const model = ODD_MODELS[0] as string;
    const docker = await tasksDocker.planBuild({
      variables: {
        codex_tasks_mode: "coder-task",
        codex_model: model,
        codex_auth_source: "none",
        agentapi_download_url: mirror.url,
        agentapi_sha256_amd64: mirror.sha256,
      },
      parameters: { system_prompt: JOINED },
      taskPrompt: JOINED,
      taskId: "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
    });
    const install = scriptAt(docker, "coder_script.codex_install");
    expect(scriptArg(install, "ARG_AGENTS_MD")).toBe(planned(JOINED));
    expect(scriptArg(scriptAt(docker, "coder_script.codex_start"), "ARG_TASK_PROMPT")).toBe(
      planned(JOINED),
    );
    // Install only: tasks-docker's AgentAPI port (3284) belongs to runtime.test.ts.
    const ws = workspace("tasks-docker");
    expectOk(await ws.runScript(install, docker));
    expect(agentsBlock(ws.read("~/.codex/AGENTS.md"))).toBe(
      withoutTrailingNewlines(planned(JOINED)),
    );
    const config = parseToml(ws.read("~/.codex/config.toml")) as Record<string, unknown>;
    expect(config["model"]).toBe(model);
    const doctor = await ws.codex(docker, ["doctor", "--json"]);
    const checks = (JSON.parse(doctor.stdout) as { checks: Record<string, { status: string }> })
      .checks;
    expect(checks["config.load"]?.status, doctor.stdout).toBe("ok");
    expect(existsSync(CANARY)).toBe(false);
  });

  it("task prompt and folder: AgentAPI gets the whole corpus, trimmed, as the first user message, with Codex working in a folder named with spaces and quotes", async () => {
    const ws = workspace("folder", ["folder"]);
    const folderPlan = onlyScripts(plan, [
      "coder_script.folder_install",
      "coder_script.folder_start",
    ]);
    const runs = await ws.boot(folderPlan);
    // A second Codex construct's scripts are named after its slug ("Codex (<slug>): install").
    expectOk(runs[scriptAt(folderPlan, "coder_script.folder_install").displayName]);
    const start = expectOk(runs[scriptAt(folderPlan, "coder_script.folder_start").displayName]);
    expect(start.output).toContain("Sent the task prompt");
    expect(existsSync(ws.hostPath(FOLDER))).toBe(true);
    // The folder is trusted under its exact name, and its AGENTS.md holds the literal system prompt.
    const config = parseToml(ws.read(`${own("folder").home}/config.toml`)) as {
      projects: Record<string, { trust_level?: string }>;
    };
    expect(config.projects[FOLDER]?.trust_level).toBe("trusted");
    expect(agentsBlock(ws.read(`${FOLDER}/AGENTS.md`))).toBe(
      withoutTrailingNewlines(JOINED_PROMPT),
    );

    await waitForStable(folderPort, 120_000);
    const firstUser = (await agentMessages(folderPort)).find((m) => m.role === "user");
    const expected = planned(JOINED).trim();
    expect(
      firstUser?.content.endsWith(`\n\n${expected}`),
      "the first user message ends with the corpus",
    ).toBe(true);
    expect(firstUser?.content.startsWith("Keep Coder informed")).toBe(true);

    // Codex sent the turn from the folder, with its AGENTS.md, to the model.
    const turn = await waitFor("the task turn at the mock", () =>
      mock
        .requests()
        .find((r: RecordedRequest) =>
          lastUserText(r.body).includes("Plain words, nothing special."),
        ),
    );
    const body = JSON.stringify(turn.body);
    // What the model got: Codex's terminal input turns CR and CRLF into LF and drops control
    // characters and escape sequences; every string without those arrives as it was.
    const sent = lastUserText(turn.body);
    expect(sent.startsWith("Keep Coder informed")).toBe(true);
    for (const c of CASES)
      if (!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(c.value))
        expect.soft(sent.includes(planned(c.value)), c.name).toBe(true);
    // Codex writes the folder into its environment context as XML text.
    expect(body).toContain(JSON.stringify(`<cwd>${xmlText(FOLDER)}</cwd>`).slice(1, -1));
    expect(body).toContain(JSON.stringify(`AGENTS.md instructions for ${FOLDER}`).slice(1, -1));
    expect(turn.headers.authorization === `Bearer ${providerKey}`).toBe(true);
    expect(existsSync(CANARY)).toBe(false);
    expect(canaryFiles(ws)).toEqual([]);
  });

  it("MCP args, env names and values, extra TOML values and keys: byte-exact in config.toml as smol-toml and the real Codex read them", async () => {
    const ws = workspace("values", ["values"]);
    expectOk(await ws.runScript(scriptAt(plan, "coder_script.values_install"), plan));
    const config = parseToml(ws.read(`${own("values").home}/config.toml`)) as {
      mcp_servers: Record<string, { args: string[]; env: Record<string, string> }>;
      shell_environment_policy: { set: Record<string, string> };
      projects: Record<string, { trust_level: string }>;
    };
    const values = CASES.map((c) => c.value);
    expect(config.mcp_servers["hostile"]?.args).toEqual(values);
    expect(config.mcp_servers["hostile"]?.env).toEqual(mcpEnv(CASES));
    CASES.forEach((c, i) => {
      expect.soft(config.shell_environment_policy.set[`V_${i}`], c.name).toBe(c.value);
      expect.soft(config.projects[c.value]?.trust_level, c.name).toBe("untrusted");
    });
    for (const form of EXTRA_FORMS)
      expect(config.shell_environment_policy.set[form.key]).toBe(form.value);

    // The real Codex parses the same bytes.
    const listed = await ws.codex(plan, ["mcp", "list", "--json"], { env: own("values").env });
    expect(listed.status, listed.output).toBe(0);
    const servers = JSON.parse(listed.stdout) as Array<{
      name: string;
      transport: { args: string[]; env: Record<string, string> };
    }>;
    const server = servers.find((s) => s.name === "hostile");
    expect(server?.transport.args).toEqual(values);
    expect(server?.transport.env).toEqual(mcpEnv(CASES));
    const doctor = await ws.codex(plan, ["doctor", "--json"], { env: own("values").env });
    const checks = (JSON.parse(doctor.stdout) as { checks: Record<string, { status: string }> })
      .checks;
    expect(checks["config.load"]?.status, doctor.stdout).toBe("ok");
    expect(existsSync(CANARY)).toBe(false);
  });

  it("MCP args, env and extra TOML next to Terraform expressions (CodexVariables, AI Gateway, a model from a variable): main.tf passes terraform fmt -check and validate, every string in config.toml as Terraform passes it on (NFC)", async () => {
    const dir = await buildExpressionTemplate();
    const fmt = spawnSync(loadToolchain().terraform.path, ["fmt", "-check", "-diff", "-no-color"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" },
    });
    expect(fmt.status, `${fmt.stdout}${fmt.stderr}`).toBe(0);
    const provisioner = await createProvisioner(dir, { tmpDir: runDir });
    try {
      const validation = await provisioner.validate();
      expect(validation.valid, JSON.stringify(validation.diagnostics)).toBe(true);
      const model = ODD_MODELS[3] as string;
      const exprPlan = await provisioner.planBuild({
        variables: { codex_auth_source: "none", codex_tasks_mode: "none", codex_model: model },
      });
      const ws = workspace("expressions", ["expr"]);
      expectOk(await ws.runScript(scriptAt(exprPlan, "coder_script.expr_install"), exprPlan));
      const config = parseToml(ws.read(`${own("expr").home}/config.toml`)) as {
        model: string;
        mcp_servers: Record<string, { args: string[]; env: Record<string, string> }>;
        shell_environment_policy: { set: Record<string, string> };
        projects: Record<string, { trust_level: string }>;
      };
      expect(config.model).toBe(model);
      // Every string that passes through Terraform arrives in Unicode NFC (see planned()); the
      // literal path above keeps the bytes, since there they never reach Terraform.
      const nfcEnv = (env: Record<string, string>): Record<string, string> =>
        Object.fromEntries(Object.entries(env).map(([k, v]) => [planned(k), planned(v)]));
      expect(config.mcp_servers["hostile"]?.args).toEqual(NFC_CASES.map((c) => planned(c.value)));
      expect(config.mcp_servers["hostile"]?.env).toEqual(nfcEnv(mcpEnv(NFC_CASES)));
      NFC_CASES.forEach((c, i) => {
        expect.soft(config.shell_environment_policy.set[`V_${i}`], c.name).toBe(planned(c.value));
        expect.soft(config.projects[planned(c.value)]?.trust_level, c.name).toBe("untrusted");
      });
      for (const form of EXTRA_FORMS)
        expect(config.shell_environment_policy.set[form.key]).toBe(planned(form.value));
      const doctor = await ws.codex(exprPlan, ["doctor", "--json"], { env: own("expr").env });
      const checks = (JSON.parse(doctor.stdout) as { checks: Record<string, { status: string }> })
        .checks;
      expect(checks["config.load"]?.status, doctor.stdout).toBe("ok");
      expect(existsSync(CANARY)).toBe(false);
      expect(canaryFiles(ws)).toEqual([]);
    } finally {
      await provisioner.dispose();
    }
  });

  it("refuses at synth, naming the prop, text that is not Unicode NFC when the config goes through Terraform expressions", () => {
    const nonNfc = CASES.filter((c) => c.value !== c.value.normalize("NFC"));
    expect(nonNfc.length).toBeGreaterThan(0);
    for (const c of nonNfc) {
      const { stack, main } = templateStack("e2e-nfc", "Text Terraform would rewrite");
      expect(
        () =>
          new Codex(stack, "nfc", {
            agent: main,
            folder: PROJECT,
            ...new CodexVariables(stack, "codex-variables").codexProps(),
            mcpServers: { hostile: { command: "hostile-mcp-server", args: [c.value] } },
          }),
        c.name,
      ).toThrow(/mcpServers[^\n]*is not in Unicode NFC[^\n]*\[TextNotNfc\]/);
    }
  });

  it("fails on NUL in MCP args and env and in extra TOML at synth, naming the path (no process can receive it)", () => {
    const build = (props: Partial<CodexProps>) => () => {
      const { stack, main } = templateStack("e2e-nul-mcp", "NUL", join(runDir, "nul-mcp"));
      new Codex(stack, "nul", { agent: main, folder: PROJECT, ...props });
    };
    expect(
      build({
        mcpServers: {
          nul: { command: "nul-mcp-server", args: ["a\0b"], env: { NUL_VALUE: "c\0d" } },
        },
      }),
    ).toThrow(
      /- mcpServers\.nul\.args\[0\]: must not contain a NUL character[\s\S]*- mcpServers\.nul\.env\.NUL_VALUE: must not contain a NUL character/,
    );
    expect(
      build({ extraSettingsToml: '[shell_environment_policy.set]\nNUL_EXTRA = "e\\u0000f"\n' }),
    ).toThrow(
      /extraSettingsToml\.shell_environment_policy\.set\.NUL_EXTRA: must not contain a NUL character/,
    );
  });

  it("fails the plan with codex_model's validation error for every corpus string; odd names it allows plan fine", async () => {
    const message = "codex_model may only contain letters, digits and . _ : / -";
    for (const c of CASES)
      await expect
        .soft(variablesOnly.planBuild({ variables: { codex_model: c.value } }), c.name)
        .rejects.toThrow(message);
    for (const model of ODD_MODELS)
      await expect(
        variablesOnly.planBuild({ variables: { codex_model: model } }),
      ).resolves.toBeDefined();
    // The same validation in the real template.
    await expect(
      tasksDocker.planBuild({ variables: { codex_model: `gpt-5"; touch ${CANARY}` } }),
    ).rejects.toThrow(message);
  });

  it("never ran an injected command", () => {
    expect(existsSync(CANARY)).toBe(false);
    for (const ws of workspaces) expect(canaryFiles(ws), ws.id).toEqual([]);
  });
});
