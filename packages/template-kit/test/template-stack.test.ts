import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Construct, TerraformStack, Testing } from "@codex-coder/cdk";
import {
  TemplateStack,
  TemplateValidationError,
  createTemplateApp,
  setTerraformName,
  synthTemplate,
} from "../src/index.js";
import { CoderAgent, RawDataSource, RawResource, addWorkspace, props } from "./support.js";

describe("backend", () => {
  test("a plain cdktf stack gets a local backend with an absolute path of the build machine", () => {
    // GIVEN: what TemplateStack exists to prevent
    const outdir = mkdtempSync(join(tmpdir(), "template-kit-test-"));
    try {
      const app = new App({ outdir, stackTraces: false });
      const stack = new TerraformStack(app, "plain");
      new RawResource(stack, "main", "coder_agent", { arch: "amd64", os: "linux" });

      // WHEN
      app.synth();

      // THEN
      const config = JSON.parse(readFileSync(join(outdir, "stacks/plain/cdk.tf.json"), "utf8"));
      expect(config.terraform.backend.local.path).toBe(
        join(process.cwd(), "terraform.plain.tfstate"),
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("TemplateStack removes the backend", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);

    const testingSynth = JSON.parse(Testing.synth(stack));
    const { config } = synthTemplate(stack);

    expect(testingSynth.terraform?.backend).toBeUndefined();
    expect(config["terraform"]).toBeUndefined();
    expect(JSON.stringify(config)).not.toContain("tfstate");
  });
});

describe("synthesized configuration", () => {
  test("carries no cdktf // metadata", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);

    const { config } = synthTemplate(stack);

    expect(JSON.stringify(config)).not.toContain('"//"');
    expect(config).toEqual({
      data: {
        coder_parameter: {
          model: {
            default: "gpt-5-codex",
            description: "The model Codex uses",
            display_name: "Model",
            name: "model",
            order: 1,
          },
        },
      },
      resource: { coder_agent: { main: { arch: "amd64", os: "linux" } } },
    });
  });

  test("synthesizes in-process, repeatedly, leaving no cdktf output behind", () => {
    const app = createTemplateApp();
    const stack = new TemplateStack(app, "codex-docker", props);
    addWorkspace(stack);

    const first = synthTemplate(stack);
    const second = synthTemplate(stack);

    expect(second).toEqual(first);
    expect(existsSync(app.outdir)).toBe(false);
  });
});

describe("stable names", () => {
  test("setTerraformName makes a nested agent coder_agent.main", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    const codex = new Construct(stack, "codex");
    const agent = new RawResource(codex, "agent", "coder_agent", { arch: "amd64", os: "linux" });

    setTerraformName(agent, "main");

    expect(Testing.synth(stack)).toHaveResourceWithProperties(CoderAgent, { os: "linux" });
    expect(Object.keys(synthTemplate(stack).config["resource"] ?? {})).toEqual(["coder_agent"]);
    expect(synthTemplate(stack).config).toMatchObject({ resource: { coder_agent: { main: {} } } });
  });

  test("fails synth when the agent carries a cdktf hash suffix", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    const codex = new Construct(stack, "codex");
    new RawResource(codex, "agent", "coder_agent", { arch: "amd64", os: "linux" });

    expect(() => synthTemplate(stack)).toThrow(
      /\[HashedName\] coder_agent\.codex_agent_[0-9A-F]{8}: construct codex-docker\/codex\/agent got the generated name "codex_agent_[0-9A-F]{8}", which ends in a cdktf hash; .*setTerraformName\(resource, "<name>"\) \(usually "main"\)/,
    );
  });

  test("fails synth when a workspace resource carries a cdktf hash suffix", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);
    const home = new Construct(stack, "home");
    new RawResource(home, "volume", "docker_volume", { name: "home" });

    expect(() => synthTemplate(stack)).toThrow(
      /\[HashedName\] docker_volume\.home_volume_[0-9A-F]{8}/,
    );
  });

  test("allows generated names on data sources and on coder_* resources other than the agent", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);
    const codex = new Construct(stack, "codex");
    new RawResource(codex, "install", "coder_script", { display_name: "Install", script: "true" });
    new RawDataSource(codex, "workspace", "coder_workspace");

    const { config } = synthTemplate(stack);

    expect(
      Object.keys((config["resource"] as Record<string, object>)["coder_script"] ?? {}),
    ).toEqual([expect.stringMatching(/^codex_install_[0-9A-F]{8}$/)]);
  });

  test("fails synth when two elements get the same name", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);
    const other = new RawResource(new Construct(stack, "other"), "agent", "coder_agent", {
      os: "linux",
    });
    setTerraformName(other, "main");

    expect(() => synthTemplate(stack)).toThrow(
      "[NameCollision] coder_agent.main: constructs codex-docker/main and codex-docker/other/agent both synthesize to coder_agent.main",
    );
  });

  test("fails setTerraformName with a name Terraform rejects", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    const agent = new RawResource(stack, "agent", "coder_agent");

    expect(() => setTerraformName(agent, "1st agent")).toThrow(
      'setTerraformName: name must match ^[a-zA-Z_][a-zA-Z0-9_-]*$ (letters, digits, "_" and "-", starting with a letter or "_"), got "1st agent" for codex-docker/agent',
    );
  });
});

describe("metadata", () => {
  test("name defaults to the construct id", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);

    expect(stack.metadata.name).toBe("codex-docker");
  });

  test("fails with every invalid prop listed, each with its option, value and rule", () => {
    const create = (): TemplateStack =>
      new TemplateStack(Testing.app(), "stack", {
        name: "create",
        displayName: " Codex",
        description: "line one\nline two",
        icon: "my icon.png",
        tags: ["Docker", "ai", "ai"],
        readme: "Intro\n\n# Usage\n",
      });

    expect(create).toThrow(TemplateValidationError);
    expect(create).toThrow(
      [
        "TemplateStack initialization failed due to the following validation error(s):",
        '- [TemplateNameInvalid] name: must not be "new" or "create" (they clash with Coder\'s routes), got "create"',
        '- [DisplayNameInvalid] displayName: must be one non-empty line without leading or trailing whitespace, got " Codex"',
        '- [DescriptionInvalid] description: must be one non-empty line, got "line one\\nline two"',
        '- [IconInvalid] icon: must be a non-empty path or URL without whitespace (e.g. "/icon/docker.png"), got "my icon.png"',
        '- [TagInvalid] tags[0]: must be lowercase letters and digits joined by single hyphens (^[a-z0-9]+(?:-[a-z0-9]+)*$), got "Docker"',
        '- [TagInvalid] tags[2]: duplicates an earlier tag, got "ai"',
        '- [ReadmeHeadingInvalid] readme: must not contain a level-1 heading, got "# Usage" on line 3; the README\'s only H1 is generated from displayName (use ## and below)',
        "    at path [stack]",
      ].join("\n"),
    );
  });

  test("fails when the name breaks Coder's template name rule", () => {
    const tooLong = "a".repeat(33);
    const problems = (name: string): readonly string[] => {
      try {
        new TemplateStack(Testing.app(), "stack", { ...props, name });
        return [];
      } catch (error) {
        return (error as TemplateValidationError).problems.map((p) => p.message);
      }
    };

    expect(problems("codex_docker")).toEqual([
      'must be letters and digits in groups joined by single hyphens (^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$), got "codex_docker"',
    ]);
    expect(problems(tooLong)).toEqual([`must be at most 32 characters, got 33 ("${tooLong}")`]);
    expect(problems("new")).toHaveLength(1);
    expect(problems("Codex-Docker-2")).toEqual([]);
  });

  test("fails when the display name or description is too long for Coder", () => {
    const create = (): TemplateStack =>
      new TemplateStack(Testing.app(), "stack", {
        ...props,
        displayName: "D".repeat(65),
        description: "d".repeat(128),
      });

    expect(create).toThrow("- [DisplayNameInvalid] displayName: must be at most 64 bytes, got 65");
    expect(create).toThrow(
      "- [DescriptionInvalid] description: must be at most 127 characters (Coder requires fewer than 128), got 128",
    );
  });

  test("fails when the readme brings its own front matter or a setext H1", () => {
    const create = (): TemplateStack =>
      new TemplateStack(Testing.app(), "stack", {
        ...props,
        readme: "---\ntitle: x\n---\nTitle\n=====\n",
      });

    expect(create).toThrow("[ReadmeFrontMatterInvalid] readme: must not start with front matter");
    expect(create).toThrow(
      '[ReadmeHeadingInvalid] readme: must not contain a level-1 heading, got "Title" on line 4',
    );
  });
});

describe("addFile", () => {
  test("adds files that synthTemplate hands to the writer", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    addWorkspace(stack);

    stack.addFile("scripts/install.sh", "#!/usr/bin/env bash\n");
    stack.addFile("assets/logo.bin", new Uint8Array([0, 1, 2]));

    expect([...synthTemplate(stack).files.keys()]).toEqual([
      "assets/logo.bin",
      "scripts/install.sh",
    ]);
  });

  test.each([
    [
      ".env",
      "FileNameHidden",
      'path ".env" has a hidden segment ".env"; coder templates push leaves out every path starting with a dot',
    ],
    ["scripts/.cache/x", "FileNameHidden", 'hidden segment ".cache"'],
    [
      "/etc/passwd",
      "FilePathInvalid",
      'path "/etc/passwd" must be relative to the template directory, not absolute',
    ],
    [
      "../escape.sh",
      "FilePathInvalid",
      'path "../escape.sh" must not contain empty, "." or ".." segments',
    ],
    ["terraform.tfvars", "FileNameReserved", "is a tfvars file"],
    [
      "README.md",
      "FileNameReserved",
      '"README.md" is generated by the template writer and cannot be added',
    ],
    ["main.tf.json", "FileNameReserved", "is generated by the template writer"],
  ])("fails to add %s", (path, code, message) => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);

    expect(() => stack.addFile(path, "x")).toThrow(`- [${code}] path: `);
    expect(() => stack.addFile(path, "x")).toThrow(message);
  });

  test("adds the same file again as a no-op when the content is identical", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    stack.addFile("scripts/install.sh", "echo install\n");

    stack.addFile("scripts/install.sh", Buffer.from("echo install\n"));

    expect([...stack.files.keys()]).toEqual(["scripts/install.sh"]);
  });

  test("fails to add the same path with different content", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", props);
    stack.addFile("scripts/install.sh", "a");

    expect(() => stack.addFile("scripts/install.sh", "b")).toThrow(
      '- [FileDuplicate] path: "scripts/install.sh" was already added to this template with different content',
    );
  });
});
