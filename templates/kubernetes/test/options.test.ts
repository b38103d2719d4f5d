// The kubernetes template's options for the project folder, the browser IDE and Codex's MCP
// servers, extra settings and install scripts (the same constructs and variables as tasks-docker),
// planned with real Terraform, the real coder provider and hashicorp/kubernetes 3.2.1 from the
// local mirror: each plans, and a hostile value either arrives byte-exact in the rendered script or
// is refused by a validation that names it. The Coder server is emulated (its provisioner
// environment, with an external-auth token).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { providerSource as kubernetesSource } from "@codex-coder/provider-kubernetes";
import {
  coderApps,
  coderImportChecks,
  coderEnvs,
  coderScripts,
  createProvisioner,
  dataSources,
  parameters,
  type PlanBuildOptions,
  type Provisioner,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SYSTEM_PROMPT } from "../src/template.js";
import { buildKubernetes, synthKubernetes } from "./build.js";
import { withKubernetesVersion } from "./provider-version.js";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templateDir = path.join(packageDir, "dist", "template");
const NAMESPACE = "coder-workspaces";
const WORKSPACE_ID = "4d1f0a8e-7b2c-4e3d-9f6a-1c2b3d4e5f60";
const TOKEN = "gho_canaryTokenForTheKubernetesOptions0123";
const scratch = mkdtempSync(path.join(tmpdir(), "codex-coder-kubernetes-options-"));

let tf: Provisioner;

/** A start build with the namespace set. */
function build(options: PlanBuildOptions = {}): Promise<TerraformPlan> {
  return tf.planBuild({
    workspace: { id: WORKSPACE_ID, name: "dev" },
    ...options,
    variables: { namespace: NAMESPACE, ...options.variables },
  });
}

/** The plan's error for a build with these options (undefined when it plans). */
async function buildError(options: PlanBuildOptions): Promise<string | undefined> {
  try {
    await build(options);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

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

beforeAll(async () => {
  if (!existsSync(path.join(templateDir, "main.tf")))
    throw new Error(`${templateDir}/main.tf is missing: run \`npm run build\` first`);
  tf = await createProvisioner(
    withKubernetesVersion(templateDir, kubernetesSource.version, scratch),
  );
}, 300_000);

afterAll(async () => {
  await tf?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

describe("project and code-server (defaults)", () => {
  it("plans the project script before Codex and code-server on the project folder, health-checked", async () => {
    const plan = await build();
    const project = script(plan, "Project: clone and set up");
    expect(decodedArg(project, "ARG_REPO_URL")).toBe("");
    expect(decodedArg(project, "ARG_SETUP_SCRIPT")).toBe("");
    expect(script(plan, "Codex: start")).toContain("export ARG_WAIT_FOR='project'");
    expect(dataSources(plan, "coder_external_auth")).toEqual([]);
    expect(parameters(plan).map((p) => [p.name, p.order])).toEqual(
      expect.arrayContaining([
        ["repo_url", 6],
        ["repo_branch", 7],
        ["setup_script", 8],
      ]),
    );
    expect(coderApps(plan).find((a) => a.slug === "code-server")).toMatchObject({
      url: "http://localhost:13337/?folder=%2Fhome%2Fcoder%2Fprojects",
      healthcheck: { url: "http://localhost:13337/healthz" },
    });
    expect(script(plan, "code-server: install and start")).toContain(
      "export ARG_CODE_SERVER_VERSION='4.139.1'",
    );
  });

  it("code_server_enabled = false: no app and no script", async () => {
    const plan = await build({ variables: { code_server_enabled: "false" } });
    expect(coderApps(plan).map((a) => a.slug)).not.toContain("code-server");
    expect(coderScripts(plan).map((s) => s.displayName)).not.toContain(
      "code-server: install and start",
    );
    expect(coderApps(plan).map((a) => a.slug)).toEqual(
      expect.arrayContaining(["codex", "codex-cli"]),
    );
  });
});

describe("project options", () => {
  it("repo_url, repo_branch and setup_script arrive byte-exact", async () => {
    const url = "https://example.com/ümlaut/a'b\"c$(x)`y`.git";
    const setup = [
      "set -e",
      `echo 'single' "double $HOME" \`uname\` $(id -u) \${PATH:0:1} \\ back`,
      "cat <<'EOF'\n${not_terraform}\n%{ if true }x%{ endif }\nEOF",
      "echo ü 𝄞 \r\n",
    ].join("\n");
    const plan = await build({
      parameters: { repo_url: url, repo_branch: "release/2.0_rc-1", setup_script: setup },
    });
    const project = script(plan, "Project: clone and set up");
    expect(decodedArg(project, "ARG_REPO_URL")).toBe(url);
    expect(decodedArg(project, "ARG_REPO_BRANCH")).toBe("release/2.0_rc-1");
    expect(decodedArg(project, "ARG_SETUP_SCRIPT")).toBe(setup);
  });

  it("refuses a hostile repo_url and repo_branch with errors that quote the value", async () => {
    for (const url of [
      "https://x/y.git; touch /tmp/pwned",
      "https://me:ghp_secret@github.com/a.git",
    ]) {
      const error = await buildError({ parameters: { repo_url: url } });
      expect(error, url).toContain(
        "The repository must be an https://, ssh://, git:// or git@host:path URL",
      );
      expect(error, url).toContain(url);
    }
    const error = await buildError({ parameters: { repo_branch: "main; id" } });
    expect(error).toContain("The branch must be a git branch name");
    expect(error).toContain("main; id");
  });

  it("repo_external_auth_id: the user's token reaches the workspace only through coder_env; a bad id is refused, naming the variable", async () => {
    const plan = await build({
      variables: { repo_external_auth_id: "github" },
      parameters: { repo_url: "https://github.com/acme/web.git" },
      externalAuth: { github: TOKEN },
    });
    expect(dataSources(plan, "coder_external_auth").map((d) => d.values["id"])).toEqual(["github"]);
    expect(coderEnvs(plan)["CODER_PROJECT_GIT_TOKEN"]).toBe(TOKEN);
    for (const s of coderScripts(plan)) expect(s.script).not.toContain(TOKEN);
    expect(await buildError({ variables: { repo_external_auth_id: "git hub" } })).toMatch(
      /repo_external_auth_id must be the id of an external auth provider/,
    );
  });

  it("refuses a bad code-server mirror URL and checksum, naming the variable", async () => {
    expect(await buildError({ variables: { code_server_download_url: "ftp://mirror/x" } })).toMatch(
      /code_server_download_url must be an http:\/\/ or https:\/\/ URL/,
    );
    expect(
      await buildError({ variables: { code_server_sha256_arm64: "'; touch /tmp/pwned; '" } }),
    ).toMatch(/code_server_sha256_arm64 must be 64 lower-case hex digits/);
  });
});

describe("Codex options from template variables", () => {
  const hostile = [
    "set -e",
    `echo 'single' "double $HOME" \`uname\` $(id -u) \${PATH:0:1} \\ back`,
    "cat <<'EOF'\n${not_terraform}\n%{ if true }x%{ endif }\nEOF",
    "echo ü 𝄞 \r\n",
  ].join("\n");

  it("pre/post-install scripts and both TOML variables arrive byte-exact in the install script", async () => {
    const mcpToml = `[mcp_servers.pw]\ncommand = "npx"\nargs = ["-y", ${JSON.stringify(hostile)}]\n`;
    const extraToml = `model_reasoning_effort = "high"\n# ${hostile.replace(/\n/g, " ")}\n`;
    const plan = await build({
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
    expect(JSON.parse(gunzipSync(Buffer.from(m?.[1] ?? "", "base64")).toString("utf8"))).toEqual([
      { name: "codex_mcp_servers_toml", toml: mcpToml, mcpServersOnly: true },
      { name: "codex_extra_settings_toml", toml: extraToml, mcpServersOnly: false },
    ]);
  });

  it("refuses MCP servers given as JSON and an oversized script, naming the variable", async () => {
    expect(
      await buildError({
        variables: { codex_mcp_servers_toml: '{"mcpServers": {"pw": {"command": "npx"}}}' },
      }),
    ).toMatch(/codex_mcp_servers_toml must be TOML that starts[\s\S]*with an MCP server\s+table/);
    expect(
      await buildError({ variables: { codex_post_install_script: "#".repeat(32769) } }),
    ).toContain("codex_post_install_script must be at most 32768 characters");
  });
});

describe("project presets (a variant built with projectPresets)", () => {
  const setup = "npm ci\necho 'ready' \"$HOME\" $(id -u)";
  const preset = {
    name: "Codex: acme/web",
    description: "Codex on the acme web app, dependencies installed",
    repositoryUrl: "git@github.com:acme/web.git",
    setupScript: setup,
  };

  it("imports with Coder's checks passing; the preset sets resources, prompt, repository and setup script", async () => {
    const written = await buildKubernetes({ projectPresets: [preset] });
    const variant = await createProvisioner(
      withKubernetesVersion(written.templateDir, kubernetesSource.version, scratch),
    );
    try {
      const imported = await variant.planImport({ variables: { namespace: NAMESPACE } });
      expect(coderImportChecks(imported)).toEqual([]);
      const found = dataSources(imported, "coder_workspace_preset").find(
        (p) => p.values["name"] === preset.name,
      );
      expect(found?.values).toMatchObject({
        description: preset.description,
        parameters: {
          cpu: "2",
          memory: "4",
          arch: "amd64",
          system_prompt: DEFAULT_SYSTEM_PROMPT,
          repo_url: preset.repositoryUrl,
          repo_branch: "",
          setup_script: setup,
        },
      });
    } finally {
      await variant.dispose();
      rmSync(path.dirname(written.templateDir), { recursive: true, force: true });
    }
  });

  it("refuses at synth a preset with credentials in the URL or a taken name, naming it", () => {
    expect(() =>
      synthKubernetes({ projectPresets: [{ ...preset, repositoryUrl: "$(touch /tmp/pwned)" }] }),
    ).toThrow(
      /projectPresets\[0\] "Codex: acme\/web": repositoryUrl must be .*got "\$\(touch \/tmp\/pwned\)"/,
    );
    expect(() =>
      synthKubernetes({ projectPresets: [{ ...preset, name: "Codex: large" }] }),
    ).toThrow(
      'projectPresets[0] "Codex: large": the name must be non-empty and not used by another preset',
    );
  });
});
