// The readability checker the template packages run on their built main.tf, tried on small
// samples: a clean one passes, and each rule catches a sample that breaks it. Real hcl2json (HashiCorp's
// HCL parser in WebAssembly); nothing mocked.
import { GENERATED_HEADER } from "../src/index.js";
import { MAX_LINE_LENGTH, readabilityProblems } from "../src/testing/index.js";

const HEADER = `${GENERATED_HEADER.map((line) => `# ${line}`).join("\n")}\n\n`;

const CLEAN = `${HEADER}variable "docker_host" {
  type    = string
  default = ""
}

variable "mode" {
  type    = string
  default = "none"
}

data "coder_workspace" "me" {}

data "coder_parameter" "a" {
  name = "a"
}

data "coder_parameter" "b" {
  name = "b"
}

locals {
  host    = var.docker_host != "" ? var.docker_host : null
  tasks   = contains(["coder-task", "ai-prompt-parameter"], var.mode)
  small   = length(var.mode) > 0
  folder  = base64encode("/home/coder/projects")
  hex     = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
  script  = <<-EOT
    echo '${"${"}base64encode("/home/coder/projects")}' ${"x".repeat(MAX_LINE_LENGTH)}
  EOT
}
`;

async function rules(text: string): Promise<string[]> {
  return (await readabilityProblems(text)).map((problem) => problem.rule);
}

describe("readabilityProblems", () => {
  test("finds nothing in HCL that reads as hand-written (a long line inside a heredoc is fine)", async () => {
    expect(await readabilityProblems(CLEAN)).toEqual([]);
  });

  test("fails a file without the generated-file header", async () => {
    expect(await rules(CLEAN.slice(HEADER.length))).toEqual(["Header"]);
  });

  test("fails a line over the limit outside heredoc bodies", async () => {
    // `  default = "…"` is the text and 14 characters.
    const long = "a".repeat(MAX_LINE_LENGTH + 1 - 14);
    const text = CLEAN.replace('default = "none"', `default = "${long}"`);
    expect([...text.split("\n")].some((line) => line.length === MAX_LINE_LENGTH + 1)).toBe(true);
    expect(await rules(text)).toEqual(["LineLength"]);
    expect(await rules(CLEAN.replace('default = "none"', `default = "${long.slice(1)}"`))).toEqual(
      [],
    );
  });

  test("fails a base64 literal of readable text, in HCL or in a script", async () => {
    const encoded = Buffer.from("/home/coder/projects").toString("base64");
    expect(await rules(CLEAN.replace('default = "none"', `default = "${encoded}"`))).toEqual([
      "Base64Literal",
    ]);
    expect(await rules(CLEAN.replace("echo '${", `echo '${encoded}' '\${`))).toEqual([
      "Base64Literal",
    ]);
  });

  test("fails contains([…]) with one element", async () => {
    const text = CLEAN.replace(
      'contains(["coder-task", "ai-prompt-parameter"]',
      'contains(["coder-task"]',
    );
    expect(await rules(text)).toEqual(["SingleContains"]);
  });

  test.each([
    ['"" != var.docker_host', "a string"],
    ["0 < length(var.mode)", "a number"],
    ["null == var.docker_host", "null"],
  ])("fails a comparison with the literal on the left: %s (%s)", async (condition) => {
    const text = CLEAN.replace('var.docker_host != ""', condition);
    expect(await rules(text)).toEqual(["LiteralFirst"]);
  });

  test("finds a literal on the left inside a script's interpolation too", async () => {
    const text = CLEAN.replace("echo '", "echo '${\"none\" == var.mode}' '");
    expect(text).toContain(`echo '\${"none" == var.mode}' '\${base64encode(`);
    expect(await rules(text)).toEqual(["LiteralFirst"]);
  });

  test("fails two data sources of the same type with the same arguments", async () => {
    const text = CLEAN.replace('name = "b"', 'name = "a"');
    expect(await readabilityProblems(text)).toEqual([
      {
        rule: "DuplicateDataSource",
        message: "data.coder_parameter.b has the same arguments as data.coder_parameter.a",
      },
    ]);
    expect(
      await rules(
        CLEAN.replace(
          'data "coder_parameter" "a"',
          'data "coder_workspace" "again" {}\n\ndata "coder_parameter" "a"',
        ),
      ),
    ).toEqual(["DuplicateDataSource"]);
  });
});
