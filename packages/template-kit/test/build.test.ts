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
import { RawDataSource, addWorkspace, props } from "./support.js";

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
    });

    const templateDir = join(dist, "template");
    const archive = await untar(join(dist, "codex-docker.tar"));

    expect(written).toMatchObject({
      name: "codex-docker",
      templateDir,
      tarPath: join(dist, "codex-docker.tar"),
      files: ["README.md", "main.tf.json", "scripts/install.sh"],
    });
    expect(listFiles(templateDir)).toEqual(["README.md", "main.tf.json", "scripts/install.sh"]);
    expect([...archive.keys()]).toEqual([
      "README.md",
      "main.tf.json",
      "scripts/",
      "scripts/install.sh",
    ]);
    for (const path of listFiles(templateDir)) {
      expect(archive.get(path)?.equals(readFileSync(join(templateDir, path)))).toBe(true);
    }
  });

  test("tar listing holds main.tf.json and README.md and no dot path", async () => {
    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist });

    const names = [...(await untar(join(dist, "codex-docker.tar"))).keys()];

    expect(names).toEqual(expect.arrayContaining(["main.tf.json", "README.md"]));
    expect(
      names.filter((name) => name.split("/").some((segment) => segment.startsWith("."))),
    ).toEqual([]);
  });

  test("gives identical bytes when building twice", async () => {
    const first = await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist });
    const firstTar = readFileSync(join(dist, "codex-docker.tar"));
    const second = await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist });
    const secondTar = readFileSync(join(dist, "codex-docker.tar"));

    expect(secondTar.equals(firstTar)).toBe(true);
    expect(second[0]?.tarSha256).toBe(first[0]?.tarSha256);
    expect(second[0]?.tarSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("writes main.tf.json with sorted keys and without backend or metadata", async () => {
    const stack = new CodexDocker(createTemplateApp());
    const { config } = synthTemplate(stack);
    await buildTemplates([stack], { outDir: dist });

    const text = readFileSync(join(dist, "template", "main.tf.json"), "utf8");

    expect(text).toBe(`${stableStringify(config)}\n`);
    expect(JSON.parse(text)).toEqual(config);
    expect(Object.keys(JSON.parse(text))).toEqual(["data", "resource"]);
    expect(text).not.toContain('"//"');
    expect(text).not.toContain("backend");
  });

  test("writes no absolute path of the build machine", async () => {
    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist });
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

    await buildTemplates([new CodexDocker(createTemplateApp())], { outDir: dist });

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

    const build = buildTemplates([stack], { outDir: dist });

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

    const written = await buildTemplates([first, second], { outDir: (name) => join(dist, name) });

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
      { outDir: dist },
    );

    expect(written.files).toEqual(["README.md", "main.tf.json", "scripts/start.sh"]);
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

    await expect(write).rejects.toThrow('format: expected one of "json", got "yaml"');
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
