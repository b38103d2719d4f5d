// The template options for the project folder and the browser IDE (repo_url, repo_branch,
// setup_script parameters; repo_external_auth_id and code_server_* variables), planned with real
// Terraform and the real coder and docker providers: each plans, and a hostile value either
// arrives byte-exact in the rendered script or is refused by a validation that names it.
// The Coder server is emulated (its provisioner environment, with an external-auth token).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";
import {
  coderApps,
  coderImportChecks,
  coderEnvs,
  coderScripts,
  createProvisioner,
  dataSources,
  parameters,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SYSTEM_PROMPT, PROVIDER_SCHEMAS, tasksDockerTemplate } from "../src/template.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const TOKEN = "gho_canaryTokenForTheOptionsTest0123456789";

let tf: Provisioner;

function script(plan: TerraformPlan, displayName: string): string {
  const found = coderScripts(plan).find((s) => s.displayName === displayName);
  if (!found) throw new Error(`no coder_script "${displayName}"`);
  return found.script;
}

function decodedArg(text: string, name: string): string {
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(text);
  if (!m) throw new Error(`${name} not found in the script`);
  return Buffer.from(m[1] ?? "", "base64").toString("utf8");
}

/** The plan's error for a build with these parameters (undefined when it plans). */
async function planError(
  parameters: Record<string, string>,
  variables: Record<string, string> = {},
): Promise<string | undefined> {
  try {
    await tf.planBuild({ parameters, variables });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(templateDir, "main.tf")))
    throw new Error(`${templateDir}/main.tf is missing: run \`npm run build\` first`);
  tf = await createProvisioner(templateDir);
}, 300_000);

afterAll(async () => {
  await tf?.dispose();
});

describe("project options", () => {
  it("defaults: no repository, no setup script, no external auth; the project script still runs before Codex", async () => {
    const plan = await tf.planBuild({});
    const project = script(plan, "Project: clone and set up");
    expect(decodedArg(project, "ARG_REPO_URL")).toBe("");
    expect(decodedArg(project, "ARG_REPO_BRANCH")).toBe("");
    expect(decodedArg(project, "ARG_SETUP_SCRIPT")).toBe("");
    // The script is told the variable's name; without external auth no coder_env sets it.
    expect(dataSources(plan, "coder_external_auth")).toEqual([]);
    expect(coderEnvs(plan)["CODER_PROJECT_GIT_TOKEN"]).toBeUndefined();
    expect(script(plan, "Codex: start")).toContain("export ARG_WAIT_FOR='project'");
    expect(parameters(plan).map((p) => [p.name, p.order])).toEqual(
      expect.arrayContaining([
        ["repo_url", 3],
        ["repo_branch", 4],
        ["setup_script", 5],
      ]),
    );
  });

  it("repo_external_auth_id: declares coder_external_auth and hands the user's token over only through coder_env", async () => {
    const plan = await tf.planBuild({
      variables: { repo_external_auth_id: "github" },
      parameters: { repo_url: "https://github.com/acme/web.git" },
      externalAuth: { github: TOKEN },
    });
    expect(dataSources(plan, "coder_external_auth").map((d) => d.values["id"])).toEqual(["github"]);
    expect(coderEnvs(plan)["CODER_PROJECT_GIT_TOKEN"]).toBe(TOKEN);
    for (const s of coderScripts(plan)) expect(s.script).not.toContain(TOKEN);
    expect(script(plan, "Project: clone and set up")).toContain(
      "export ARG_GIT_TOKEN_ENV='CODER_PROJECT_GIT_TOKEN'",
    );
  });

  it("refuses a bad repo_external_auth_id at push time, naming the variable", async () => {
    await expect(
      tf.planImport({ variables: { repo_external_auth_id: "git hub" } }),
    ).rejects.toThrow(/repo_external_auth_id must be the id of an external auth provider/);
  });

  const odd = [
    "https://example.com/a/b'c\"d$(x)`y`.git",
    "git@github.com:acme/web.git",
    "ssh://git@example.com:2222/acme/web.git",
    "https://example.com/ümlaut/𝄞.git",
  ];
  it.each(odd)("repo_url %s arrives byte-exact", async (url) => {
    const plan = await tf.planBuild({ parameters: { repo_url: url } });
    expect(decodedArg(script(plan, "Project: clone and set up"), "ARG_REPO_URL")).toBe(url);
  });

  const refusedUrls = [
    "https://x/y.git; touch /tmp/pwned",
    "$(touch /tmp/pwned)",
    "https://me:ghp_secret@github.com/acme/web.git",
    "-uhttps://x/y",
    "ext::sh -c touch% /tmp/pwned",
    "file:///etc/passwd",
    "https://x/y.git\n--upload-pack=touch",
  ];
  it.each(refusedUrls)("refuses repo_url %j with an error that names it", async (url) => {
    const error = await planError({ repo_url: url });
    expect(error).toContain(
      "The repository must be an https://, ssh://, git:// or git@host:path URL",
    );
    expect(error).toContain(url.split("\n")[0]);
  });

  it("repo_branch: a branch with slashes arrives byte-exact; shell syntax is refused, naming it", async () => {
    const plan = await tf.planBuild({ parameters: { repo_branch: "release/2.0_rc-1" } });
    expect(decodedArg(script(plan, "Project: clone and set up"), "ARG_REPO_BRANCH")).toBe(
      "release/2.0_rc-1",
    );
    for (const branch of ["main; id", "-b", "$(id)", "a b"]) {
      const error = await planError({ repo_branch: branch });
      expect(error, branch).toContain("The branch must be a git branch name");
      expect(error, branch).toContain(branch);
    }
  });

  it("setup_script: quotes, substitutions, newlines, tabs and unicode arrive byte-exact", async () => {
    const text = [
      "set -e",
      `echo 'single' "double $HOME" \`uname\` $(id -u) \${PATH:0:1} \\ back`,
      "\tnpm ci && npm run dev -- --port 3000 &",
      "cat <<'EOF'\n${not_terraform}\n%{ if true }x%{ endif }\nEOF",
      "echo ü 𝄞 \r\n",
    ].join("\n");
    const plan = await tf.planBuild({ parameters: { setup_script: text } });
    // Terraform normalizes strings to NFC; this text is NFC already.
    expect(decodedArg(script(plan, "Project: clone and set up"), "ARG_SETUP_SCRIPT")).toBe(text);
  });
});

describe("code-server options", () => {
  it("on by default: the app opens the project folder and is health-checked", async () => {
    const plan = await tf.planBuild({});
    const app = coderApps(plan).find((a) => a.slug === "code-server");
    expect(app).toMatchObject({
      url: "http://localhost:13337/?folder=%2Fhome%2Fcoder%2Fprojects",
      healthcheck: { url: "http://localhost:13337/healthz" },
    });
    expect(script(plan, "code-server: install and start")).toContain(
      "export ARG_CODE_SERVER_VERSION='4.139.1'",
    );
  });

  it("code_server_enabled = false: no app and no script", async () => {
    const plan = await tf.planBuild({ variables: { code_server_enabled: "false" } });
    expect(coderApps(plan).map((a) => a.slug)).not.toContain("code-server");
    expect(coderScripts(plan).map((s) => s.displayName)).not.toContain(
      "code-server: install and start",
    );
  });

  it("a mirror URL with odd characters arrives byte-exact; a sha256 is passed as is", async () => {
    const url = "https://mirror.internal/code-server/'$(x)'?a=1&b=2";
    const sha = "a".repeat(64);
    const plan = await tf.planBuild({
      variables: { code_server_download_url: url, code_server_sha256_amd64: sha },
    });
    const text = script(plan, "code-server: install and start");
    expect(decodedArg(text, "ARG_CODE_SERVER_URL_BASE")).toBe(url);
    expect(text).toContain(`export ARG_CODE_SERVER_SHA256_AMD64='${sha}'`);
  });

  it("refuses bad mirror URLs and checksums at push time, naming the variable", async () => {
    await expect(
      tf.planImport({ variables: { code_server_download_url: "ftp://mirror/x" } }),
    ).rejects.toThrow(/code_server_download_url must be an http:\/\/ or https:\/\/ URL/);
    await expect(
      tf.planImport({ variables: { code_server_download_url: "https://x/ y" } }),
    ).rejects.toThrow(/code_server_download_url must be an http:\/\/ or https:\/\/ URL/);
    await expect(
      tf.planImport({ variables: { code_server_sha256_amd64: "'; touch /tmp/pwned; '" } }),
    ).rejects.toThrow(/code_server_sha256_amd64 must be 64 lower-case hex digits/);
  });
});

describe("Codex options from template variables", () => {
  const hostile = [
    "set -e",
    `echo 'single' "double $HOME" \`uname\` $(id -u) \${PATH:0:1} \\ back`,
    "cat <<'EOF'\n${not_terraform}\n%{ if true }x%{ endif }\nEOF",
    "echo ü 𝄞 \r\n",
  ].join("\n");
  const mcpToml = `[mcp_servers.pw]\ncommand = "npx"\nargs = ["-y", ${JSON.stringify(hostile)}]\n`;
  const extraToml = `model_reasoning_effort = "high"\n# ${hostile.replace(/\n/g, " ")}\n`;

  it("pre/post-install scripts and both TOML variables arrive byte-exact in the install script", async () => {
    const plan = await tf.planBuild({
      variables: {
        codex_pre_install_script: hostile,
        codex_post_install_script: `${hostile}\n# post`,
        codex_mcp_servers_toml: mcpToml,
        codex_extra_settings_toml: extraToml,
      },
    });
    const install = script(plan, "Codex: install");
    expect(decodedArg(install, "ARG_PRE_INSTALL_SCRIPT")).toBe(hostile);
    expect(decodedArg(install, "ARG_POST_INSTALL_SCRIPT")).toBe(`${hostile}\n# post`);
    const m = /^export ARG_TEMPLATE_TOML='([^']*)'$/m.exec(install);
    const list = JSON.parse(gunzipSync(Buffer.from(m?.[1] ?? "", "base64")).toString("utf8"));
    expect(list).toEqual([
      { name: "codex_mcp_servers_toml", toml: mcpToml, mcpServersOnly: true },
      { name: "codex_extra_settings_toml", toml: extraToml, mcpServersOnly: false },
    ]);
  });
});

describe("Codex option validations (push time)", () => {
  it("refuses MCP servers that do not start with an [mcp_servers.<name>] table, naming the variable; accepts comments, dotted keys and CRLF before it", async () => {
    for (const wrong of [
      '{"mcpServers": {"pw": {"command": "npx"}}}',
      'command = "npx"\n[mcp_servers.pw]\nargs = []\n',
      "[tui]\nnotifications = true\n",
      "mcp_servers = 1\n",
    ]) {
      expect(await planError({}, { codex_mcp_servers_toml: wrong }), JSON.stringify(wrong)).toMatch(
        // The message is prose, wrapped into lines in main.tf: any whitespace between words.
        /codex_mcp_servers_toml must be TOML that starts[\s\S]*with an MCP server\s+table/,
      );
    }
    for (const right of [
      '# team servers\r\n\r\n[mcp_servers.pw]\r\ncommand = "npx"\r\n',
      '  [ mcp_servers.pw ]\ncommand = "npx"\n',
      'mcp_servers.pw.command = "npx"\n',
      '["mcp_servers".pw]\ncommand = "npx"\n',
    ]) {
      expect(await planError({}, { codex_mcp_servers_toml: right }), JSON.stringify(right)).toBe(
        undefined,
      );
    }
  });

  it("refuses a value over 32768 characters in each TOML and script variable, naming it; 32768 plans", async () => {
    const names = [
      "codex_mcp_servers_toml",
      "codex_extra_settings_toml",
      "codex_pre_install_script",
      "codex_post_install_script",
    ];
    const sized = (name: string, chars: number): string => {
      const head = name === "codex_mcp_servers_toml" ? "[mcp_servers.pw]\n" : "";
      return `${head}${"#".repeat(chars - head.length)}`;
    };
    for (const name of names) {
      const error = await planError({}, { [name]: sized(name, 32769) });
      expect(error, name).toContain(`${name} must be at most 32768 characters`);
    }
    expect(
      await planError({}, { codex_pre_install_script: sized("codex_pre_install_script", 32768) }),
    ).toBe(undefined);
  });
});

describe("project presets (a variant built with projectPresets)", () => {
  const setup = "npm ci\necho 'ready' \"$HOME\" $(id -u)";
  const preset = {
    name: "Codex: acme/web",
    repositoryUrl: "https://git.example.com/acme/web.git",
    branch: "release/2.0",
    setupScript: setup,
  };

  it("imports with Coder's checks passing; the preset's values reach the project script", async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "tasks-docker-presets-"));
    try {
      const [written] = await buildTemplates(
        [tasksDockerTemplate(createTemplateApp(), { projectPresets: [preset] })],
        { outDir, schemas: PROVIDER_SCHEMAS },
      );
      if (written === undefined) throw new Error("buildTemplates wrote nothing");
      const variant = await createProvisioner(written.templateDir);
      try {
        const imported = await variant.planImport({});
        expect(coderImportChecks(imported)).toEqual([]);
        const presets = dataSources(imported, "coder_workspace_preset");
        expect(presets.find((p) => p.values["name"] === preset.name)?.values).toMatchObject({
          description: "Codex on https://git.example.com/acme/web.git",
          parameters: {
            system_prompt: DEFAULT_SYSTEM_PROMPT,
            preview_port: "3000",
            repo_url: preset.repositoryUrl,
            repo_branch: "release/2.0",
            setup_script: setup,
          },
        });
        // What Coder does with a preset: the build gets its parameter values.
        const plan = await variant.planBuild({
          parameters: {
            repo_url: preset.repositoryUrl,
            repo_branch: "release/2.0",
            setup_script: setup,
          },
        });
        const project = script(plan, "Project: clone and set up");
        expect(decodedArg(project, "ARG_REPO_URL")).toBe(preset.repositoryUrl);
        expect(decodedArg(project, "ARG_SETUP_SCRIPT")).toBe(setup);
      } finally {
        await variant.dispose();
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it("refuses at build a preset whose URL or branch the parameters would refuse, or whose name is taken, naming it", () => {
    const build = (p: typeof preset) => () =>
      tasksDockerTemplate(createTemplateApp(), { projectPresets: [p] });
    expect(build({ ...preset, repositoryUrl: "https://me:tok@x.com/a.git" })).toThrow(
      /projectPresets\[0\] "Codex: acme\/web": repositoryUrl must be an https:\/\/.*got "https:\/\/me:tok@x.com\/a.git"/,
    );
    expect(build({ ...preset, branch: "main; id" })).toThrow(
      /projectPresets\[0\] "Codex: acme\/web": branch must be a git branch name.*got "main; id"/,
    );
    expect(build({ ...preset, name: "Codex: web app" })).toThrow(
      'projectPresets[0] "Codex: web app": the name must be non-empty and not used by another preset',
    );
  });
});
