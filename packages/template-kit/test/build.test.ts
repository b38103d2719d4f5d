import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Construct } from "@codex-coder/cdk";
import { extract } from "tar-stream";
import {
  TemplateStack,
  TemplateValidationError,
  buildTemplates,
  createTemplateApp,
  stableStringify,
  synthTemplate,
  writeTemplate,
  type TemplateFormat,
} from "../src/index.js";
import { hclRoundTrip, parseHcl } from "../src/testing/index.js";
import { coderSchema } from "./hcl/helpers/fixtures.js";
import { RawDataSource, RawResource, addWorkspace, props } from "./support.js";

/** The real coder provider's schema, which format "hcl" needs for the coder_* blocks. */
const schemas = [coderSchema()];

/** What a template package defines in its src/: a stack with metadata, resources and files. */
class CodexDocker extends TemplateStack {
  constructor(scope: Construct) {
    super(scope, "codex-docker", { ...props, readme: "Runs Codex.\n\n## Parameters\n\nModel." });
    addWorkspace(this);
    this.addFile("scripts/install.sh", "#!/usr/bin/env bash\nset -euo pipefail\n");
  }
}

let dist: string;

beforeEach(() => {
  dist = join(mkdtempSync(join(tmpdir(), "template-kit-build-")), "dist");
});

afterEach(() => {
  rmSync(join(dist, ".."), { recursive: true, force: true });
});

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)))
    .sort();
}

async function untar(path: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const reader = extract();
  const done = (async () => {
    for await (const entry of reader) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.set(entry.header.name, Buffer.concat(chunks));
    }
  })();
  reader.end(readFileSync(path));
  await done;
  return entries;
}

describe("buildTemplates", () => {
  test("writes dist/template/ and dist/<name>.tar with the same files", async () => {
    const [written] = await buildTemplates([new CodexDocker(createTemplateApp())], {
      outDir: dist,
      schemas,
    });

    const templateDir = join(dist, "template");
    const archive = await untar(join(dist, "codex-docker.tar"));

    expect(written).toMatchObject({
      name: "codex-docker",
      templateDir,
      tarPath: join(dist, "codex-docker.tar"),
      files: ["README.md", "main.tf", "scripts/install.sh"],
    });
    expect(listFiles(templateDir)).toEqual(["README.md", "main.tf", "scripts/install.sh"]);
    expect([...archive.keys()]).toEqual(["README.md", "main.tf", "scripts/", "scripts/install.sh"]);
    for (const path of listFiles(templateDir)) {
      expect(archive.get(path)?.equals(readFileSync(join(templateDir, path)))).toBe(true);
    }
  });

  test("tar listing holds main.tf and README.md and no dot path", async () => {
    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist, schemas });

    const names = [...(await untar(join(dist, "codex-docker.tar"))).keys()];

    expect(names).toEqual(expect.arrayContaining(["main.tf", "README.md"]));
    expect(
      names.filter((name) => name.split("/").some((segment) => segment.startsWith("."))),
    ).toEqual([]);
  });

  test("gives identical bytes when building twice", async () => {
    const first = await buildTemplates([new CodexDocker(createTemplateApp())], {
      outDir: dist,
      schemas,
    });
    const firstTar = readFileSync(join(dist, "codex-docker.tar"));
    const second = await buildTemplates([new CodexDocker(createTemplateApp())], {
      outDir: dist,
      schemas,
    });
    const secondTar = readFileSync(join(dist, "codex-docker.tar"));

    expect(secondTar.equals(firstTar)).toBe(true);
    expect(second[0]?.tarSha256).toBe(first[0]?.tarSha256);
    expect(second[0]?.tarSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("writes main.tf printed from the configuration, which reads back as the configuration", async () => {
    const stack = new CodexDocker(createTemplateApp());
    const { config } = synthTemplate(stack);
    await buildTemplates([stack], { outDir: dist, schemas });

    const text = readFileSync(join(dist, "template", "main.tf"), "utf8");

    expect(readdirSync(join(dist, "template"))).not.toContain("main.tf.json");
    expect(text).toBe(
      [
        'data "coder_parameter" "model" {',
        '  default      = "gpt-5-codex"',
        '  description  = "The model Codex uses"',
        '  display_name = "Model"',
        '  name         = "model"',
        "  order        = 1",
        "}",
        "",
        'resource "coder_agent" "main" {',
        '  arch = "amd64"',
        '  os   = "linux"',
        "}",
        "",
      ].join("\n"),
    );
    const { fromHcl, fromJson } = await hclRoundTrip(text, config);
    expect(fromHcl).toEqual(fromJson);
  });

  test("writes main.tf.json with sorted keys and without backend or metadata with format json", async () => {
    const stack = new CodexDocker(createTemplateApp());
    const { config } = synthTemplate(stack);
    await buildTemplates([stack], { outDir: dist, format: "json" });

    const text = readFileSync(join(dist, "template", "main.tf.json"), "utf8");

    expect(text).toBe(`${stableStringify(config)}\n`);
    expect(JSON.parse(text)).toEqual(config);
    expect(Object.keys(JSON.parse(text))).toEqual(["data", "resource"]);
    expect(text).not.toContain('"//"');
    expect(text).not.toContain("backend");
  });

  test("writes no absolute path of the build machine", async () => {
    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist, schemas });
    const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url)).replace(/\/$/, "");

    const contents = [
      ...listFiles(join(dist, "template")).map((path) =>
        readFileSync(join(dist, "template", path), "utf8"),
      ),
      readFileSync(join(dist, "codex-docker.tar"), "latin1"),
    ];

    for (const content of contents) {
      expect(content).not.toContain(repositoryRoot);
      expect(content).not.toContain(process.cwd());
      expect(content).not.toContain(dist);
      expect(content).not.toContain("tfstate");
    }
  });

  test("replaces the previous template directory and leaves the rest of outDir alone", async () => {
    mkdirSync(join(dist, "template"), { recursive: true });
    writeFileSync(join(dist, "template", "stale.tf"), "# from an earlier build\n");
    writeFileSync(join(dist, "main.js"), "// compiled by tsc\n");

    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist, schemas });

    expect(existsSync(join(dist, "template", "stale.tf"))).toBe(false);
    expect(existsSync(join(dist, "main.js"))).toBe(true);
    expect(readdirSync(dist).sort()).toEqual(["codex-docker.tar", "main.js", "template"]);
  });

  test("fails before writing anything when a hygiene rule fails", async () => {
    const stack = new CodexDocker(createTemplateApp());
    new RawDataSource(stack, "region", "coder_parameter", {
      name: "region",
      display_name: "Region",
    });

    const build = buildTemplates([stack], { outDir: dist, schemas });

    await expect(build).rejects.toThrow(TemplateValidationError);
    await expect(build).rejects.toThrow(
      [
        'template "codex-docker" failed 2 hygiene check(s):',
        '- [ParameterOrderMissing] data.coder_parameter.region: has no "order";',
      ].join("\n"),
    );
    expect(existsSync(dist)).toBe(false);
  });

  test("builds several templates in one process with an outDir per template", async () => {
    const app = createTemplateApp();
    const first = new CodexDocker(app);
    const second = new TemplateStack(app, "codex-minimal", props);
    addWorkspace(second);

    const written = await buildTemplates([first, second], {
      outDir: (name) => join(dist, name),
      schemas,
    });

    expect(written.map((w) => relative(dist, w.tarPath))).toEqual([
      "codex-docker/codex-docker.tar",
      "codex-minimal/codex-minimal.tar",
    ]);
  });

  test("fails one outDir for several templates", async () => {
    const app = createTemplateApp();
    const stacks = [new CodexDocker(app), new TemplateStack(app, "codex-minimal", props)];

    await expect(buildTemplates(stacks, { outDir: dist })).rejects.toThrow(
      `outDir: a single directory (${JSON.stringify(dist)}) cannot hold 2 templates; pass a function such as (name) => \`templates/\${name}/dist\``,
    );
  });
});

describe("writeTemplate", () => {
  test("writes a template given as plain JSON", async () => {
    const written = await writeTemplate(
      {
        name: "raw",
        config: { resource: { coder_agent: { main: { arch: "amd64", os: "linux" } } } },
        readme: "---\ndisplay_name: Raw\n---\n\n# Raw\n",
        files: { "scripts/start.sh": "echo start\n" },
      },
      { outDir: dist, schemas },
    );

    expect(written.files).toEqual(["README.md", "main.tf", "scripts/start.sh"]);
    expect(readFileSync(join(dist, "template", "main.tf"), "utf8")).toBe(
      'resource "coder_agent" "main" {\n  arch = "amd64"\n  os   = "linux"\n}\n',
    );
    expect(readFileSync(join(dist, "template", "scripts", "start.sh"), "utf8")).toBe(
      "echo start\n",
    );
    expect(statSync(join(dist, "template", "scripts", "start.sh")).mode & 0o777).toBe(0o644);
    expect(statSync(join(dist, "template", "scripts")).mode & 0o777).toBe(0o755);
  });

  test("fails an unknown format, naming the option and the allowed values", async () => {
    const write = writeTemplate(
      { name: "raw", config: {} },
      { outDir: dist, format: "yaml" as TemplateFormat },
    );

    await expect(write).rejects.toThrow('format: expected one of "hcl", "json", got "yaml"');
  });

  test("writes main.tf.json and needs no schema with format json", async () => {
    const written = await writeTemplate(
      { name: "raw", config: { resource: { docker_volume: { home: { name: "home" } } } } },
      { outDir: dist, format: "json" },
    );

    expect(written.files).toEqual(["main.tf.json"]);
  });

  test("fails format hcl for blocks no schema describes, naming each block and the fix, and writes nothing", async () => {
    const write = writeTemplate(
      {
        name: "raw",
        config: {
          provider: { docker: {} },
          resource: {
            coder_agent: { main: { arch: "amd64", os: "linux" } },
            docker_volume: { home: { name: "home" } },
          },
        },
      },
      { outDir: dist, schemas },
    );

    await expect(write).rejects.toThrow(TemplateValidationError);
    const error = (await write.catch((e: unknown) => e)) as TemplateValidationError;
    expect(error.message.split("\n")[0]).toBe(
      'template "raw" cannot be written as main.tf (format "hcl"):',
    );
    expect(error.problems.map(({ code, address }) => ({ code, address }))).toEqual([
      { code: "UnknownSchema", address: "provider.docker" },
      { code: "UnknownSchema", address: "docker_volume.home" },
    ]);
    expect(error.problems[1]?.message).toBe(
      "no provider schema describes the resource type docker_volume, so its nested blocks cannot be told from arguments; " +
        'pass the provider\'s `terraform providers schema -json` document in the "schemas" option ' +
        "(@codex-coder/provider-coder and @codex-coder/provider-docker export theirs as providerSchema), " +
        'or build with format: "json"',
    );
    expect(existsSync(dist)).toBe(false);
  });

  test("fails format hcl without any schema for a template that uses a provider", async () => {
    const stack = new CodexDocker(createTemplateApp());

    const build = buildTemplates([stack], { outDir: dist });

    await expect(build).rejects.toThrow(
      /^template "codex-docker" cannot be written as main\.tf \(format "hcl"\):\n- \[UnknownSchema\] data\.coder_parameter\.model: no provider schema describes the data source coder_parameter/,
    );
    expect(existsSync(dist)).toBe(false);
  });

  test("fails format hcl for an argument the schema does not know", async () => {
    const write = writeTemplate(
      {
        name: "raw",
        config: { resource: { coder_agent: { main: { arch: "amd64", os: "linux", oss: "x" } } } },
      },
      { outDir: dist, schemas },
    );

    await expect(write).rejects.toThrow(
      '- [UnknownArgument] coder_agent.main.oss: the schema has no argument or block named "oss"; ' +
        "fix the name, or pass the schema of the provider version the template uses",
    );
  });

  test("fails format hcl for a value HCL cannot express, naming it", async () => {
    const write = writeTemplate(
      { name: "raw", config: { locals: { "not an identifier": 1 } } },
      { outDir: dist },
    );

    await expect(write).rejects.toThrow(
      '- [HclUnprintable] locals.not an identifier: "not an identifier" cannot be printed as an HCL argument or block name (not an identifier)',
    );
  });

  test("fails format hcl for an expression Terraform cannot parse, naming the argument, and writes nothing", async () => {
    // What cdktf 0.21 alone wrote for a literal with a quote inside jsonencode (issue #13.1).
    const script = 'export X=\'${base64encode(jsonencode({ "value" = "echo "done"" }))}\'\n';
    const write = writeTemplate({ name: "raw", config: { locals: { script } } }, { outDir: dist });

    await expect(write).rejects.toThrow(
      '- [HclUnprintable] locals.script: Missing attribute separator: expected a newline or ","',
    );
    expect(existsSync(join(dist, "template"))).toBe(false);
  });

  test("fails an invalid template name", async () => {
    await expect(
      writeTemplate({ name: "my_template", config: {} }, { outDir: dist }),
    ).rejects.toThrow(
      '- [TemplateNameInvalid] name: must be letters and digits in groups joined by single hyphens (^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$), got "my_template"',
    );
  });

  test("fails an extra file that would replace a generated one", async () => {
    const write = writeTemplate(
      { name: "raw", config: {}, readme: "# Raw\n", files: { "README.md": "other" } },
      { outDir: dist },
    );

    await expect(write).rejects.toThrow(
      "- [FileNameReserved] file README.md: is generated from the template and cannot also be given in files",
    );
  });
});
