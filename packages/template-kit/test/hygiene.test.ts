import { fileURLToPath } from "node:url";
import {
  TemplateValidationError,
  assertTemplateHygiene,
  checkTemplate,
  hygieneRules,
  type FileInput,
  type JsonObject,
  type TerraformConfig,
  type ValidationProblem,
} from "../src/index.js";

const agent = { arch: "amd64", os: "linux" };
const app = { agent_id: "${coder_agent.main.id}", slug: "codex", display_name: "Codex" };
const parameter = {
  name: "model",
  display_name: "Model",
  description: "The model Codex uses",
  order: 1,
  validation: { regex: "^gpt-", error: "Pick a GPT model" },
};
const variable = {
  type: "string",
  validation: [{ condition: '${var.region != ""}', error_message: "Set a region" }],
};

/** A clean template; each test breaks one thing. */
function template(overrides: {
  resource?: JsonObject;
  data?: JsonObject;
  variable?: JsonObject;
  terraform?: JsonObject;
}): TerraformConfig {
  return {
    resource: overrides.resource ?? { coder_agent: { main: agent }, coder_app: { codex: app } },
    data: overrides.data ?? { coder_parameter: { model: parameter } },
    variable: overrides.variable ?? { region: variable },
    ...(overrides.terraform === undefined ? {} : { terraform: overrides.terraform }),
  };
}

/** The checkout this test runs in: the repository root the checks look for. */
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url)).replace(/\/$/, "");

const files = { "main.tf.json": "{}\n", "README.md": "# Codex\n" };
const hclFiles = { "main.tf": "\n", "README.md": "# Codex\n" };

function problems(config: TerraformConfig, extraFiles: FileInput = files): ValidationProblem[] {
  return checkTemplate({ config, files: extraFiles });
}

describe("hygiene", () => {
  test("passes a clean template", () => {
    expect(problems(template({}))).toEqual([]);
  });

  test("every rule has a stable, unique code", () => {
    expect(hygieneRules.map((rule) => rule.code)).toEqual([
      "AgentNameInvalid",
      "AgentNameDuplicate",
      "AppSlugInvalid",
      "AppSlugDuplicate",
      "ParameterOrderMissing",
      "ParameterDisplayNameMissing",
      "ParameterDescriptionMissing",
      "ParameterNameDuplicate",
      "ValidationErrorMissing",
      "BackendConfigured",
      "BuildPathLeaked",
      "FilePathInvalid",
      "FileNameHidden",
      "FileNameReserved",
      "ArchiveTooLarge",
      "WorkspaceTagsInvalid",
      "WorkspaceTagsInJson",
      "ProviderVersionPinned",
    ]);
  });

  test("passes provider version ranges", () => {
    for (const version of ["~> 2.18", ">= 1.13.4, < 3.0.0", "~> 4.6.0"]) {
      const config = template({
        terraform: { required_providers: { coder: { source: "coder/coder", version } } },
      });
      expect(problems(config)).toEqual([]);
    }
  });

  test("fails a provider pinned to one exact version, with or without =", () => {
    for (const version of ["2.18.0", "= 2.18.0", "=2.18.0", ">= 2.0, = 2.18.0", "v4.6.0"]) {
      const config = template({
        terraform: { required_providers: { coder: { source: "coder/coder", version } } },
      });
      expect(problems(config)).toEqual([
        {
          code: "ProviderVersionPinned",
          address: "terraform.required_providers.coder",
          message: expect.stringContaining(`pins version ${JSON.stringify(version)} exactly`),
        },
      ]);
    }
  });

  test("fails a provider without a version constraint", () => {
    const config = template({
      terraform: { required_providers: { docker: { source: "kreuzwerker/docker" } } },
    });
    expect(problems(config)).toEqual([
      {
        code: "ProviderVersionPinned",
        address: "terraform.required_providers.docker",
        message: expect.stringContaining("has no version constraint"),
      },
    ]);
  });

  test("fails an agent name with a cdktf hash suffix", () => {
    const config = template({ resource: { coder_agent: { codex_agent_1A2B3C4D: agent } } });

    expect(problems(config)).toEqual([
      {
        code: "AgentNameInvalid",
        address: "coder_agent.codex_agent_1A2B3C4D",
        message:
          'agent name "codex_agent_1A2B3C4D" must match ^[a-z0-9](-?[a-z0-9])*$ (letters, digits and single hyphens; ' +
          'Coder rejects underscores); name it with setTerraformName(agent, "main")',
      },
    ]);
  });

  test("fails agent names that differ only in case", () => {
    const config = template({
      resource: { coder_agent: { main: agent, Main: agent }, coder_app: { codex: app } },
    });

    expect(problems(config)).toEqual([
      {
        code: "AgentNameDuplicate",
        address: "coder_agent.Main",
        message:
          'agent name "Main" duplicates coder_agent.main; Coder compares agent names case-insensitively',
      },
    ]);
  });

  test("fails an app slug Coder rejects", () => {
    const config = template({
      resource: {
        coder_agent: { main: agent },
        coder_app: { codex: { ...app, slug: "Codex_Chat" } },
      },
    });

    expect(problems(config)).toEqual([
      {
        code: "AppSlugInvalid",
        address: "coder_app.codex",
        message:
          'app slug "Codex_Chat" must match ^[a-z0-9](-?[a-z0-9])*$ (lowercase letters, digits and single hyphens)',
      },
    ]);
  });

  test("fails an app without slug whose resource name is not a valid slug", () => {
    const { slug: _slug, ...noSlug } = app;
    const config = template({
      resource: { coder_agent: { main: agent }, coder_app: { chat_ui: noSlug } },
    });

    expect(problems(config).map((p) => [p.code, p.address])).toEqual([
      ["AppSlugInvalid", "coder_app.chat_ui"],
    ]);
  });

  test("fails duplicate app slugs", () => {
    const config = template({
      resource: { coder_agent: { main: agent }, coder_app: { codex: app, cli: app } },
    });

    expect(problems(config)).toEqual([
      {
        code: "AppSlugDuplicate",
        address: "coder_app.cli",
        message:
          'app slug "codex" duplicates coder_app.codex; Coder requires app slugs to be unique per template',
      },
    ]);
  });

  test("fails a parameter without order, display_name or description", () => {
    const config = template({ data: { coder_parameter: { model: { name: "model" } } } });

    expect(problems(config)).toEqual([
      {
        code: "ParameterOrderMissing",
        address: "data.coder_parameter.model",
        message:
          'has no "order"; without it the order users see depends on where the block lands in the generated file (synthesis sorts blocks by name, *.tf.json loses the order), so set it on every coder_parameter',
      },
      {
        code: "ParameterDisplayNameMissing",
        address: "data.coder_parameter.model",
        message: 'has no "display_name"; users would see the raw parameter name',
      },
      {
        code: "ParameterDescriptionMissing",
        address: "data.coder_parameter.model",
        message: 'has no "description"; users get no explanation of what they are choosing',
      },
    ]);
  });

  test("fails duplicate parameter names", () => {
    const config = template({
      data: { coder_parameter: { model: parameter, model_again: parameter } },
    });

    expect(problems(config)).toEqual([
      {
        code: "ParameterNameDuplicate",
        address: "data.coder_parameter.model_again",
        message:
          'parameter name "model" duplicates data.coder_parameter.model; parameter names must be unique',
      },
    ]);
  });

  test("fails validation blocks without their error message", () => {
    const config = template({
      data: { coder_parameter: { model: { ...parameter, validation: { regex: "^gpt-" } } } },
      variable: { region: { type: "string", validation: [{ condition: "${true}" }] } },
    });

    expect(problems(config)).toEqual([
      {
        code: "ValidationErrorMissing",
        address: "data.coder_parameter.model.validation",
        message:
          'has no "error"; Coder\'s dynamic parameters reject a coder_parameter validation without one',
      },
      {
        code: "ValidationErrorMissing",
        address: "var.region.validation[0]",
        message: 'has no "error_message"; Terraform requires one in every variable validation',
      },
    ]);
  });

  test("fails a terraform backend", () => {
    const config = template({ terraform: { backend: { local: { path: "terraform.tfstate" } } } });

    expect(problems(config)).toEqual([
      {
        code: "BackendConfigured",
        address: "terraform.backend",
        message:
          'is set to {"local":{"path":"terraform.tfstate"}}; Coder\'s provisioner keeps workspace state itself ' +
          "and fails with a backend (TemplateStack removes cdktf's implicit local backend)",
      },
    ]);
  });

  test("fails an absolute path of the build machine anywhere in the output", () => {
    const cwd = process.cwd();
    const config = template({
      resource: {
        coder_agent: { main: { ...agent, env: { SCRIPT: `${cwd}/scripts/install.sh` } } },
        coder_app: { codex: app },
      },
    });

    expect(problems(config, { ...files, "README.md": `See ${repositoryRoot}/docs.` })).toEqual([
      {
        code: "BuildPathLeaked",
        address: "coder_agent.main.env.SCRIPT",
        message:
          `contains the build machine's working directory ${JSON.stringify(cwd)}; ` +
          "the template runs on Coder's provisioner, where that path does not exist",
      },
      {
        code: "BuildPathLeaked",
        address: "file README.md",
        message:
          `contains the build machine's repository root ${JSON.stringify(repositoryRoot)}; ` +
          "the template runs on Coder's provisioner, where that path does not exist",
      },
    ]);
  });

  test("does not mistake other paths, or ordinary workspace paths, for build paths", () => {
    const config = template({
      resource: {
        coder_agent: {
          main: {
            ...agent,
            env: {
              A: `${repositoryRoot}-other/x`,
              B: `/srv${repositoryRoot}`,
              C: "/tmp/codex.log",
              D: "/home/coder",
            },
          },
        },
        coder_app: { codex: app },
      },
    });

    expect(problems(config)).toEqual([]);
  });

  test("fails the home directory when it is not an ordinary workspace path", () => {
    const config = template({
      variable: { home: { type: "string", default: "/Users/alice/.codex" } },
    });

    const found = checkTemplate(
      { config, files },
      { buildPaths: [{ path: "/Users/alice", label: "home directory" }] },
    );

    expect(found.map((p) => [p.code, p.address])).toEqual([
      ["BuildPathLeaked", "var.home.default"],
    ]);
  });

  test.each([
    [
      "scripts/.env",
      "FileNameHidden",
      'path "scripts/.env" has a hidden segment ".env"; coder templates push leaves out every path starting with a dot',
    ],
    [
      "terraform.tfstate",
      "FileNameReserved",
      'path "terraform.tfstate" contains ".tfstate"; Terraform state never belongs in a template and coder templates push leaves it out',
    ],
    [
      "prod.auto.tfvars",
      "FileNameReserved",
      'file "prod.auto.tfvars" is a tfvars file; coder templates push reads it as variable values instead of uploading it (pass --variables-file at push time)',
    ],
    [
      "main_override.tf.json",
      "FileNameReserved",
      'file "main_override.tf.json" is a Terraform override file; with one present Coder\'s dynamic parameters parse every file as native HCL and fail on *.tf.json',
    ],
    [
      "/abs/file",
      "FilePathInvalid",
      'path "/abs/file" must be relative to the template directory, not absolute',
    ],
    [
      "scripts\\install.sh",
      "FilePathInvalid",
      'path "scripts\\\\install.sh" must use "/" as separator, not "\\"',
    ],
    [
      "caf\u00e9.txt",
      "FilePathInvalid",
      'path "caf\u00e9.txt" must be printable ASCII to fit a ustar header',
    ],
    [
      `${"d".repeat(160)}/x`,
      "FilePathInvalid",
      "is too long for a ustar header (at most 155 bytes of directories and 100 bytes of name)",
    ],
  ])("fails the file %s", (path, code, message) => {
    const found = problems(template({}), { ...files, [path]: "x" });

    expect(found).toEqual([
      { code, address: `file ${path}`, message: expect.stringContaining(message) },
    ]);
  });

  test("fails an archive over Coder's 1 MiB limit", () => {
    const found = problems(template({}), { ...files, "big.bin": new Uint8Array(1 << 20) });

    expect(found).toEqual([
      {
        code: "ArchiveTooLarge",
        address: "archive",
        message:
          "would be 1052160 bytes; coder templates push refuses archives over 1048576 bytes (1 MiB)",
      },
    ]);
  });

  test("fails coder_workspace_tags in a JSON template", () => {
    const config = template({
      data: {
        coder_parameter: { model: parameter },
        coder_workspace_tags: { tags: { tags: { zone: "eu" } } },
      },
    });

    expect(checkTemplate({ config, files, format: "json" })).toEqual([
      {
        code: "WorkspaceTagsInJson",
        address: "data.coder_workspace_tags.tags",
        message:
          "is ignored by Coder's provisioner-tag parser in *.tf.json files and rejected by its dynamic parameters; " +
          'build the template as main.tf (format "hcl", the default) or set provisioner tags with coder templates push --provisioner-tag',
      },
    ]);
  });

  test("passes coder_workspace_tags written out as literal names to values in an HCL template", () => {
    const config = template({
      data: {
        coder_parameter: { model: parameter },
        coder_workspace_tags: {
          tags: { tags: { zone: "eu", model: "${data.coder_parameter.model.value}" } },
        },
      },
    });

    expect(checkTemplate({ config, files: hclFiles, format: "hcl" })).toEqual([]);
  });

  test.each([
    [
      "tags given as one expression",
      "${var.tags}",
      'must be an object of tag names to values written out in the template, got "${var.tags}"',
    ],
    ["no tags", null, 'is not set; Coder requires "tags" on every coder_workspace_tags'],
    [
      "a tag name that is an expression",
      { "${var.key}": "eu" },
      'tag name "${var.key}" must be a literal, non-empty name; Coder takes tag names as written',
    ],
    [
      "an empty tag value",
      { zone: " " },
      'tag "zone" is empty; Coder refuses a provisioner tag whose value is empty',
    ],
    ["a tag value that is not a string", { zone: 5 }, 'tag "zone" must be a string, got 5'],
  ] as const)("fails coder_workspace_tags with %s in an HCL template", (_, tags, message) => {
    const config = template({
      data: { coder_parameter: { model: parameter }, coder_workspace_tags: { t: { tags } } },
    });

    expect(checkTemplate({ config, files: hclFiles })).toEqual([
      {
        code: "WorkspaceTagsInvalid",
        address: "data.coder_workspace_tags.t.tags",
        message: expect.stringContaining(message),
      },
    ]);
  });

  test("fails with one error that lists every problem with its rule and address", () => {
    const config = template({
      resource: {
        coder_agent: { agent_1: agent },
        coder_app: { codex: { ...app, slug: "Codex" } },
      },
      terraform: { backend: { local: {} } },
    });

    const assert = (): void => assertTemplateHygiene("codex-docker", { config, files });

    expect(assert).toThrow(TemplateValidationError);
    expect(assert).toThrow(
      [
        'template "codex-docker" failed 3 hygiene check(s):',
        '- [AgentNameInvalid] coder_agent.agent_1: agent name "agent_1" must match',
      ].join("\n"),
    );
    expect(assert).toThrow('\n- [AppSlugInvalid] coder_app.codex: app slug "Codex" must match');
    expect(assert).toThrow("\n- [BackendConfigured] terraform.backend: is set to");
  });

  test("checks literal values only: expressions are left to Terraform", () => {
    const config = template({
      resource: {
        coder_agent: { main: agent },
        coder_app: { codex: { ...app, slug: "${local.slug}" } },
      },
    });

    expect(problems(config)).toEqual([]);
  });
});
