import { stableStringify, type TerraformConfig } from "./json.js";

/**
 * The syntax the Terraform configuration of a template is written in.
 *
 * - `"json"`: Terraform JSON syntax in `main.tf.json`, keys sorted, two-space indentation.
 */
export type TemplateFormat = "json";

/** Turns a synthesized configuration into the text of the template's Terraform file. */
export interface TerraformFormatter {
  /** Name of the file written at the top of the template directory, e.g. `main.tf.json`. */
  readonly fileName: string;
  /** Renders the configuration; the same configuration must always give the same text. */
  render(config: TerraformConfig): string;
}

const formatters: Readonly<Record<TemplateFormat, TerraformFormatter>> = {
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
