import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getExpressionAst } from "@cdktf/hcl2json";
import { TemplateValidationError, writeTemplate, type TerraformConfig } from "../src/index.js";
import { parseHcl } from "../src/testing/index.js";
import { coderSchema } from "./hcl/helpers/fixtures.js";
import { providerMirrorConfig, terraformValidate } from "./hcl/helpers/terraform.js";

/**
 * coder_workspace_tags route a template's builds to provisioners. Coder reads them only from
 * `*.tf` files, and only when `tags` is an object constructor (`tags = { … }`): it takes the
 * attribute's expression without evaluating it (`hclsyntax.ObjectConsExpr`, in both its
 * provisioner-tag parser and its dynamic parameters).
 */

const config: TerraformConfig = {
  terraform: { required_providers: { coder: { source: "coder/coder", version: "~> 2.18" } } },
  variable: { cluster: { type: "string", default: "eu-1", description: "Provisioner cluster" } },
  data: {
    coder_parameter: {
      region: {
        name: "region",
        display_name: "Region",
        description: "Where the workspace runs",
        type: "string",
        default: "eu",
        mutable: false,
        order: 1,
      },
    },
    coder_workspace_tags: {
      provisioner: {
        tags: {
          cluster: "${var.cluster}",
          region: "${data.coder_parameter.region.value}",
          "coder.team": "platform",
        },
      },
    },
  },
};

let dist: string;

beforeEach(() => {
  dist = join(mkdtempSync(join(tmpdir(), "template-kit-tags-")), "dist");
});

afterEach(() => {
  rmSync(join(dist, ".."), { recursive: true, force: true });
});

/** The text of the `tags = { … }` expression in `text`. */
function tagsExpression(text: string): string {
  const match = /^ {2}tags = (\{\n[\s\S]*?\n {2}\})$/m.exec(text);
  if (match === null) throw new Error(`no "tags = {" attribute in:\n${text}`);
  return match[1] as string;
}

describe("coder_workspace_tags in main.tf", () => {
  test("prints tags as an object constructor that HashiCorp's HCL parser reads as one", async () => {
    await writeTemplate({ name: "tags", config }, { outDir: dist, schemas: [coderSchema()] });
    const text = readFileSync(join(dist, "template", "main.tf"), "utf8");

    const expression = tagsExpression(text);
    expect(expression).toBe(
      [
        "{",
        "    cluster      = var.cluster",
        "    region       = data.coder_parameter.region.value",
        '    "coder.team" = "platform"',
        "  }",
      ].join("\n"),
    );
    // hcl2json runs HashiCorp's hclsyntax parser: "object" is an *hclsyntax.ObjectConsExpr, and
    // only an object constructor reads back as a JSON object (anything else as a "${…}" string).
    expect((await getExpressionAst("main.tf", expression))?.type).toBe("object");
    expect(await parseHcl(text)).toMatchObject({
      data: {
        coder_workspace_tags: {
          provisioner: [
            {
              tags: {
                cluster: "${var.cluster}",
                region: "${data.coder_parameter.region.value}",
                "coder.team": "platform",
              },
            },
          ],
        },
      },
    });
  });

  test("passes terraform validate with the real coder provider", { timeout: 120_000 }, async () => {
    const mirror = providerMirrorConfig();
    if (mirror === undefined) {
      throw new Error(
        "the local provider mirror is missing: run `npm run setup:tools` at the repository root (`npm test` runs it first)",
      );
    }
    const written = await writeTemplate(
      { name: "tags", config },
      { outDir: dist, schemas: [coderSchema()] },
    );

    await terraformValidate(written.templateDir, mirror);
  });

  test("fails tags given as one expression, which Coder cannot read", async () => {
    const tags: TerraformConfig = {
      data: { coder_workspace_tags: { provisioner: { tags: "${var.provisioner_tags}" } } },
    };

    const write = writeTemplate(
      { name: "tags", config: tags },
      { outDir: dist, schemas: [coderSchema()] },
    );

    await expect(write).rejects.toThrow(TemplateValidationError);
    await expect(write).rejects.toThrow(
      '- [WorkspaceTagsInvalid] data.coder_workspace_tags.provisioner.tags: must be an object of tag names to values written out in the template, got "${var.provisioner_tags}"',
    );
  });

  test("fails coder_workspace_tags with format json, where Coder ignores them", async () => {
    const write = writeTemplate({ name: "tags", config }, { outDir: dist, format: "json" });

    await expect(write).rejects.toThrow(
      "- [WorkspaceTagsInJson] data.coder_workspace_tags.provisioner: is ignored by Coder's provisioner-tag parser in *.tf.json files",
    );
  });
});
