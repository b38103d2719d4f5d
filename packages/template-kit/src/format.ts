import { TemplateValidationError, type ValidationProblem } from "./errors.js";
import { HclPrintError } from "./hcl/errors.js";
import { printHclReport } from "./hcl/print.js";
import type { HclPrintWarning, ProviderSchemaDocument } from "./hcl/types.js";
import { stableStringify, type TerraformConfig } from "./json.js";

/**
 * The syntax the Terraform configuration of a template is written in.
 *
 * - `"hcl"` (the default): native Terraform syntax in `main.tf`, printed by the template kit's HCL
 *   printer, `terraform fmt`-clean. Coder reads everything from it, including
 *   `coder_workspace_tags`, and admins review it in the dashboard like any other template.
 * - `"json"`: Terraform JSON syntax in `main.tf.json`, keys sorted, two-space indentation. Coder
 *   ignores `coder_workspace_tags` there and its dynamic parameters fail on it as soon as an
 *   override file exists.
 */
export type TemplateFormat = "hcl" | "json";

/** The format templates are written in unless a `format` option says otherwise. */
export const DEFAULT_TEMPLATE_FORMAT: TemplateFormat = "hcl";

/** What rendering a configuration may need besides the configuration itself. */
export interface TerraformFormatOptions {
  /**
   * Provider schemas (`terraform providers schema -json` documents), which the `"hcl"` format
   * needs to tell nested blocks from arguments of map or object type. The provider packages
   * export theirs as `providerSchema`. Ignored by `"json"`.
   *
   * @default [] - enough only for a configuration without resources, data sources or providers
   */
  readonly schemas?: readonly ProviderSchemaDocument[];
}

/** Turns a synthesized configuration into the text of the template's Terraform file. */
export interface TerraformFormatter {
  /** Name of the file written at the top of the template directory: `main.tf` or `main.tf.json`. */
  readonly fileName: string;
  /**
   * Renders the configuration; the same configuration and schemas always give the same text.
   *
   * @throws TemplateValidationError listing every part of the configuration that cannot be
   *   rendered faithfully (for `"hcl"`: a block type no schema describes, an argument the schema
   *   does not know, a value HCL cannot express)
   */
  render(config: TerraformConfig, options?: TerraformFormatOptions): string;
}

const FIX =
  'pass the provider\'s `terraform providers schema -json` document in the "schemas" option ' +
  "(@codex-coder/provider-coder and @codex-coder/provider-docker export theirs as providerSchema), " +
  'or build with format: "json"';

function hclProblem(warning: HclPrintWarning): ValidationProblem {
  // The printer's message says what is unknown, then (after "; ") how it printed it anyway.
  const what = warning.message.split("; ")[0] ?? warning.message;
  return warning.code === "UnknownSchema"
    ? {
        code: "UnknownSchema",
        address: warning.address,
        message: `${what}, so its nested blocks cannot be told from arguments; ${FIX}`,
      }
    : {
        code: "UnknownArgument",
        address: warning.address,
        message: `${what}; fix the name, or pass the schema of the provider version the template uses`,
      };
}

function renderHcl(config: TerraformConfig, options: TerraformFormatOptions = {}): string {
  let report;
  try {
    report = printHclReport(config, { schemas: options.schemas ?? [] });
  } catch (error) {
    if (!(error instanceof HclPrintError)) throw error;
    const prefix = `${error.address}: `;
    const message = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    throw new TemplateValidationError("the configuration cannot be printed as HCL", [
      { code: "HclUnprintable", address: error.address, message },
    ]);
  }
  // The printer prints what no schema describes on a best-effort basis; a template is never
  // written from a guess.
  if (report.warnings.length > 0) {
    throw new TemplateValidationError(
      "the configuration cannot be printed as HCL without guessing",
      report.warnings.map(hclProblem),
    );
  }
  return report.text;
}

const formatters: Readonly<Record<TemplateFormat, TerraformFormatter>> = {
  hcl: { fileName: "main.tf", render: renderHcl },
  json: { fileName: "main.tf.json", render: (config) => `${stableStringify(config)}\n` },
};

/** Every supported {@link TemplateFormat}. */
export const TEMPLATE_FORMATS = Object.keys(formatters) as readonly TemplateFormat[];

/**
 * The formatter for `format`.
 *
 * @throws Error naming the option when `format` is not one of {@link TEMPLATE_FORMATS}
 */
export function terraformFormatter(format: TemplateFormat): TerraformFormatter {
  const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined;
  if (formatter === undefined) {
    throw new Error(
      `format: expected one of ${TEMPLATE_FORMATS.map((f) => JSON.stringify(f)).join(", ")}, got ${JSON.stringify(format)}`,
    );
  }
  return formatter;
}
