import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { TemplateValidationError } from "./errors.js";
import { DEFAULT_TEMPLATE_FORMAT, terraformFormatter, type TemplateFormat } from "./format.js";
import type { ProviderSchemaDocument } from "./hcl/types.js";
import { assertTemplateHygiene, type HygieneOptions } from "./hygiene.js";
import type { TerraformConfig } from "./json.js";
import { TAR_DIRECTORY_MODE, TAR_FILE_MODE, packTar, sha256 } from "./tar.js";
import {
  toTemplateFiles,
  type FileContent,
  type FileInput,
  type TemplateFiles,
} from "./template-files.js";
import type { HclSection } from "./hcl/types.js";
import { templateNameProblem } from "./template-metadata.js";

/** What {@link writeTemplate} writes: a synthesized template, or the same shape built by hand. */
export interface TemplateSource {
  /** Coder template name; names the tarball `<name>.tar`. */
  readonly name: string;
  /**
   * The Terraform configuration (Terraform JSON, as synthesized), rendered to `main.tf` (format
   * `"hcl"`) or `main.tf.json` (format `"json"`).
   */
  readonly config: TerraformConfig;
  /**
   * The complete `README.md`.
   *
   * @default - no README.md is written
   */
  readonly readme?: string;
  /**
   * Extra files by relative POSIX path.
   *
   * @default - none
   */
  readonly files?: FileInput;
  /**
   * How `main.tf` (format `"hcl"`) groups its blocks: each section under a one-line comment (see
   * `mainTfSections`, which {@link synthTemplate} fills in). Ignored by `"json"`.
   *
   * @default [] - blocks in type order: variables, data sources, locals, resources, …
   */
  readonly sections?: readonly HclSection[];
}

/** How {@link renderTemplateFiles} renders the Terraform file. */
export interface RenderTemplateOptions {
  /**
   * Syntax of the Terraform file: `"hcl"` (`main.tf`) or `"json"` (`main.tf.json`).
   *
   * @default "hcl" (`main.tf`)
   */
  readonly format?: TemplateFormat;
  /**
   * Provider schemas (`terraform providers schema -json` documents) of every provider the
   * configuration uses, e.g. `providerSchema` of `@codex-coder/provider-coder` and
   * `@codex-coder/provider-docker`. Format `"hcl"` needs them to tell nested blocks from
   * arguments of map or object type, and fails (`UnknownSchema`) for any resource, data source or
   * provider block no schema describes rather than guess. Ignored by `"json"`.
   *
   * @default [] - enough only for a configuration that uses no provider
   */
  readonly schemas?: readonly ProviderSchemaDocument[];
}

/** Options of {@link writeTemplate}. */
export interface WriteTemplateOptions extends RenderTemplateOptions {
  /**
   * Directory that receives `template/` (the directory to push) and `<name>.tar`; in a template
   * package this is its `dist` directory. Relative paths resolve against the working directory.
   * Only `template/` and `<name>.tar` inside it are replaced; nothing else there is touched.
   */
  readonly outDir: string;
  /**
   * Options of the hygiene checks that run before anything is written.
   *
   * @default - the defaults of each option
   */
  readonly hygiene?: HygieneOptions;
}

/** What {@link writeTemplate} wrote. */
export interface WrittenTemplate {
  /** Coder template name. */
  readonly name: string;
  /** Absolute path of the template directory, `<outDir>/template`. */
  readonly templateDir: string;
  /** Absolute path of the tarball, `<outDir>/<name>.tar`. */
  readonly tarPath: string;
  /** Relative paths of the files written, sorted. */
  readonly files: readonly string[];
  /** Size of the tarball in bytes. */
  readonly tarBytes: number;
  /** Hex sha256 of the tarball. */
  readonly tarSha256: string;
}

/**
 * Renders and checks a template, then writes it:
 *
 * - `<outDir>/template/`: the Terraform file (`main.tf`, or `main.tf.json` with format `"json"`),
 *   `README.md` and the extra files;
 *   the directory is replaced as a whole, so files from earlier builds disappear;
 * - `<outDir>/<name>.tar`: the same files as a deterministic ustar archive (see `packTar`), so two
 *   builds of the same template give identical bytes.
 *
 * Every hygiene rule runs on the exact files before anything is written; nothing is written when
 * one fails.
 *
 * @throws TemplateValidationError listing every hygiene problem, every part of the configuration
 *   that cannot be rendered in `format` (see {@link renderTemplateFiles}), or naming the invalid
 *   option
 */
export async function writeTemplate(
  template: TemplateSource,
  options: WriteTemplateOptions,
): Promise<WrittenTemplate> {
  const nameProblem = templateNameProblem(template.name);
  if (nameProblem !== undefined) {
    throw new TemplateValidationError("writeTemplate failed", [
      { code: "TemplateNameInvalid", address: "name", message: nameProblem },
    ]);
  }
  if (typeof options.outDir !== "string" || options.outDir === "") {
    throw new TemplateValidationError("writeTemplate failed", [
      {
        code: "OutDirInvalid",
        address: "outDir",
        message: `must be a directory path, got ${JSON.stringify(options.outDir)}`,
      },
    ]);
  }
  const format = options.format ?? DEFAULT_TEMPLATE_FORMAT;
  const files = renderTemplateFiles(template, { format, schemas: options.schemas ?? [] });
  assertTemplateHygiene(template.name, { config: template.config, files, format }, options.hygiene);
  const archive = await packTar(files);

  const outDir = resolve(options.outDir);
  const templateDir = join(outDir, "template");
  const tarPath = join(outDir, `${template.name}.tar`);
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, `.template-${randomBytes(6).toString("hex")}`);
  try {
    writeDirectory(staging, files);
    rmSync(templateDir, { recursive: true, force: true });
    renameSync(staging, templateDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const partialTar = `${tarPath}.${randomBytes(6).toString("hex")}.partial`;
  writeFileSync(partialTar, archive, { mode: TAR_FILE_MODE });
  renameSync(partialTar, tarPath);

  return {
    name: template.name,
    templateDir,
    tarPath,
    files: [...files.keys()],
    tarBytes: archive.byteLength,
    tarSha256: sha256(archive),
  };
}

/**
 * The files of the template directory, sorted by path: the Terraform file rendered in
 * `options.format`, `README.md` when there is one, and the extra files.
 *
 * @throws TemplateValidationError when an extra file would replace a generated one, or listing
 *   every part of the configuration the format cannot render faithfully (`"hcl"`: `UnknownSchema`
 *   for a resource, data source or provider no schema describes, `UnknownArgument` for a key the
 *   schema does not list, `HclUnprintable` for a value HCL cannot express)
 * @throws Error naming `format` when it is not a {@link TemplateFormat}
 */
export function renderTemplateFiles(
  template: TemplateSource,
  options: RenderTemplateOptions = {},
): TemplateFiles {
  const format = options.format ?? DEFAULT_TEMPLATE_FORMAT;
  const formatter = terraformFormatter(format);
  const extra = toTemplateFiles(template.files);
  let text: string;
  try {
    text = formatter.render(template.config, {
      schemas: options.schemas ?? [],
      sections: template.sections ?? [],
    });
  } catch (error) {
    if (!(error instanceof TemplateValidationError)) throw error;
    throw new TemplateValidationError(
      `template ${JSON.stringify(template.name)} cannot be written as ${formatter.fileName} (format ${JSON.stringify(format)})`,
      error.problems,
    );
  }
  const generated: Record<string, string> = { [formatter.fileName]: text };
  if (template.readme !== undefined) generated["README.md"] = template.readme;
  const clashes = Object.keys(generated).filter((path) => extra.has(path));
  if (clashes.length > 0) {
    throw new TemplateValidationError(
      `template ${JSON.stringify(template.name)} cannot be rendered`,
      clashes.map((path) => ({
        code: "FileNameReserved",
        address: `file ${path}`,
        message: "is generated from the template and cannot also be given in files",
      })),
    );
  }
  return toTemplateFiles(new Map<string, FileContent>([...Object.entries(generated), ...extra]));
}

function writeDirectory(root: string, files: TemplateFiles): void {
  mkdirSync(root, { mode: TAR_DIRECTORY_MODE });
  chmodSync(root, TAR_DIRECTORY_MODE);
  for (const [path, bytes] of files) {
    const target = join(root, ...path.split("/"));
    for (let dir = dirname(target); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
      mkdirSync(dir, { recursive: true, mode: TAR_DIRECTORY_MODE });
      chmodSync(dir, TAR_DIRECTORY_MODE);
    }
    writeFileSync(target, bytes, { mode: TAR_FILE_MODE, flag: "wx" });
    chmodSync(target, TAR_FILE_MODE);
  }
}
