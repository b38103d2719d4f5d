import { DEFAULT_TEMPLATE_FORMAT, type TemplateFormat } from "./format.js";
import type { ProviderSchemaDocument } from "./hcl/types.js";
import { assertTemplateHygiene, type HygieneOptions } from "./hygiene.js";
import { synthTemplates } from "./synth.js";
import type { TemplateStack } from "./template-stack.js";
import { renderTemplateFiles, writeTemplate, type WrittenTemplate } from "./write-template.js";

/** Options of {@link buildTemplates}. */
export interface BuildTemplatesOptions {
  /**
   * Where each template goes: `<outDir>/template/` and `<outDir>/<name>.tar`. A string serves a
   * single template (in a template package: `"dist"`); for several templates pass a function of
   * the template name. Relative paths resolve against the working directory.
   */
  readonly outDir: string | ((name: string) => string);
  /**
   * Syntax of the Terraform file: `"hcl"` (`main.tf`) or `"json"` (`main.tf.json`).
   *
   * @default "hcl" (`main.tf`)
   */
  readonly format?: TemplateFormat;
  /**
   * Provider schemas (`terraform providers schema -json` documents) of every provider the
   * templates use, e.g. `providerSchema` of `@codex-coder/provider-coder` and
   * `@codex-coder/provider-docker`. Format `"hcl"` needs them to tell nested blocks from
   * arguments of map or object type and fails the build (`UnknownSchema`) for any resource, data
   * source or provider block no schema describes rather than guess. Ignored by `"json"`.
   *
   * @default [] - enough only for templates that use no provider
   */
  readonly schemas?: readonly ProviderSchemaDocument[];
  /**
   * Options of the hygiene checks.
   *
   * @default - the defaults of each option
   */
  readonly hygiene?: HygieneOptions;
}

/**
 * Builds templates in-process: `app.synth()` once per App, then the hygiene checks, then the
 * writer (`<outDir>/template/` + `<outDir>/<name>.tar`). Nothing is written for any template
 * unless every template passes.
 *
 * @throws Error naming `outDir` when a single directory is given for several templates
 * @throws TemplateValidationError listing every problem of the first template that fails, either
 *   rendering it in `format` or the hygiene checks (then nothing is written)
 */
export async function buildTemplates(
  stacks: readonly TemplateStack[],
  options: BuildTemplatesOptions,
): Promise<WrittenTemplate[]> {
  if (typeof options.outDir === "string" && stacks.length > 1) {
    throw new Error(
      `outDir: a single directory (${JSON.stringify(options.outDir)}) cannot hold ${stacks.length} templates; ` +
        "pass a function such as (name) => `templates/${name}/dist`",
    );
  }
  const outDirOf = (name: string): string =>
    typeof options.outDir === "string" ? options.outDir : options.outDir(name);
  const templates = synthTemplates(stacks);
  const format = options.format ?? DEFAULT_TEMPLATE_FORMAT;
  const schemas = options.schemas ?? [];
  for (const template of templates) {
    const files = renderTemplateFiles(template, { format, schemas });
    assertTemplateHygiene(
      template.name,
      { config: template.config, files, format },
      options.hygiene,
    );
  }
  const written: WrittenTemplate[] = [];
  for (const template of templates) {
    written.push(
      await writeTemplate(template, {
        outDir: outDirOf(template.name),
        format,
        schemas,
        ...(options.hygiene === undefined ? {} : { hygiene: options.hygiene }),
      }),
    );
  }
  return written;
}
