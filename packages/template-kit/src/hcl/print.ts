import {
  argumentsBody,
  bodiesOf,
  bodyItems,
  emitBlock,
  GROUP,
  labelledBodiesOf,
  reportUnknownSchema,
  schemaBody,
  type BodySpec,
  type Item,
  type PrintContext,
  type Special,
} from "./body.js";
import {
  IMPORT,
  MODULE,
  MOVED,
  OUTPUT,
  REMOVED,
  RESOURCE_SPECIALS,
  TERRAFORM,
  VARIABLE,
} from "./block-specs.js";
import { HclPrintError } from "./errors.js";
import { formatStaticExpression } from "./expression-format.js";
import { renderLines, type Line } from "./layout.js";
import { SchemaIndex } from "./schema-index.js";
import { partitionSections } from "./sections.js";
import type { HclPrintOptions, HclPrintResult, SchemaBlock, TerraformJson } from "./types.js";
import { isPlainObject } from "./values.js";

/** One top-level block: its type, labels and items. */
interface TopBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly items: readonly Item[];
}

function providerReference(body: Readonly<Record<string, unknown>>): string | undefined {
  const provider = body["provider"];
  if (typeof provider !== "string") return undefined;
  try {
    return formatStaticExpression(provider);
  } catch {
    return undefined;
  }
}

function resourceBlocks(
  keyword: "resource" | "data",
  value: unknown,
  context: PrintContext,
): TopBlock[] {
  const blocks: TopBlock[] = [];
  for (const [type, byName] of labelledTypes(value, keyword)) {
    for (const [name, body] of labelledBodiesOf(byName, `${keyword}.${type}`)) {
      const address = keyword === "data" ? `data.${type}.${name}` : `${type}.${name}`;
      const reference = providerReference(body);
      const schema: SchemaBlock | undefined =
        keyword === "data"
          ? context.schemas.dataSource(type, reference)
          : context.schemas.resource(type, reference);
      if (schema === undefined) {
        reportUnknownSchema(
          context,
          address,
          `the ${keyword === "data" ? "data source" : "resource type"} ${type}`,
        );
      }
      const spec =
        schema === undefined
          ? argumentsBody("template", RESOURCE_SPECIALS, true)
          : schemaBody(schema, RESOURCE_SPECIALS, type);
      blocks.push({
        type: keyword,
        labels: [type, name],
        items: bodyItems(body, spec, address, context),
      });
    }
  }
  return blocks;
}

/** `{type: {name: body}}` as `[type, {name: body}]` pairs (also from a list of such objects). */
function labelledTypes(value: unknown, address: string): [string, unknown][] {
  const pairs: [string, unknown][] = [];
  for (const byType of bodiesOf(value, address)) {
    for (const [type, byName] of Object.entries(byType)) {
      if (type !== "//") pairs.push([type, byName]);
    }
  }
  return pairs;
}

function namedBlocks(
  keyword: string,
  value: unknown,
  spec: (name: string) => BodySpec,
  address: (name: string) => string,
  context: PrintContext,
): TopBlock[] {
  return labelledBodiesOf(value, keyword).map(([name, body]) => ({
    type: keyword,
    labels: [name],
    items: bodyItems(body, spec(name), address(name), context),
  }));
}

function providerSpec(name: string, context: PrintContext): BodySpec {
  const schema = context.schemas.provider(name);
  const specials: Record<string, Special> = {
    alias: { kind: "argument", as: "literal", group: GROUP.meta, order: 0 },
    version: { kind: "argument", as: "literal", group: GROUP.meta, order: 1 },
  };
  if (schema === undefined) {
    reportUnknownSchema(context, `provider.${name}`, `the provider ${name}`);
    return argumentsBody("template", specials, true);
  }
  return schemaBody(schema, specials);
}

function unlabelled(
  keyword: string,
  value: unknown,
  spec: BodySpec,
  context: PrintContext,
): TopBlock[] {
  return bodiesOf(value, keyword).map((body) => ({
    type: keyword,
    labels: [],
    items: bodyItems(body, spec, keyword, context),
  }));
}

/** Top-level block types in print order, with how each is printed. */
const TOP_LEVEL: readonly (readonly [
  string,
  (value: unknown, context: PrintContext) => TopBlock[],
])[] = [
  ["terraform", (value, context) => unlabelled("terraform", value, TERRAFORM, context)],
  [
    "provider",
    (value, context) =>
      namedBlocks(
        "provider",
        value,
        (name) => providerSpec(name, context),
        (name) => `provider.${name}`,
        context,
      ),
  ],
  [
    "variable",
    (value, context) =>
      namedBlocks(
        "variable",
        value,
        () => VARIABLE,
        (name) => `var.${name}`,
        context,
      ),
  ],
  ["data", (value, context) => resourceBlocks("data", value, context)],
  ["locals", (value, context) => unlabelled("locals", value, argumentsBody("template"), context)],
  ["resource", (value, context) => resourceBlocks("resource", value, context)],
  [
    "module",
    (value, context) =>
      namedBlocks(
        "module",
        value,
        () => MODULE,
        (name) => `module.${name}`,
        context,
      ),
  ],
  [
    "output",
    (value, context) =>
      namedBlocks(
        "output",
        value,
        () => OUTPUT,
        (name) => `output.${name}`,
        context,
      ),
  ],
  ["moved", (value, context) => unlabelled("moved", value, MOVED, context)],
  ["import", (value, context) => unlabelled("import", value, IMPORT, context)],
  ["removed", (value, context) => unlabelled("removed", value, REMOVED, context)],
];

const KNOWN = new Set(TOP_LEVEL.map(([key]) => key));

/**
 * Prints a Terraform JSON configuration as HCL and reports what it could not check.
 *
 * @param config the configuration as cdktf synthesizes it (backend already removed if unwanted)
 * @param options provider schemas and the policy for types without a schema
 * @throws HclPrintError naming the address of a value that cannot be printed (unknown top-level
 *   key, block given as a scalar, invalid template, name that is not an identifier), or of a type
 *   without schema when `unknownSchema` is `"error"`
 */
export function printHclReport(config: TerraformJson, options: HclPrintOptions): HclPrintResult {
  if (!isPlainObject(config)) {
    throw new HclPrintError("config", "expected a Terraform JSON configuration object");
  }
  if (!Array.isArray(options.schemas)) {
    throw new HclPrintError(
      "schemas",
      "expected an array of `terraform providers schema -json` documents",
    );
  }
  const unknownSchema = options.unknownSchema ?? "attributes";
  if (unknownSchema !== "attributes" && unknownSchema !== "error") {
    throw new HclPrintError(
      "unknownSchema",
      `expected "attributes" or "error", got ${JSON.stringify(unknownSchema)}`,
    );
  }
  for (const key of Object.keys(config)) {
    if (key !== "//" && !KNOWN.has(key)) {
      throw new HclPrintError(
        key,
        `unsupported top-level key; expected one of ${[...KNOWN].join(", ")} (or "//")`,
      );
    }
  }
  const context: PrintContext = {
    schemas: new SchemaIndex(options.schemas, config),
    warnings: [],
    unknownSchema,
  };
  const lines: Line[] = [];
  for (const line of options.header ?? []) {
    if (/[\r\n]/.test(line)) {
      throw new HclPrintError("header", `expected single lines, got ${JSON.stringify(line)}`);
    }
    lines.push({ kind: "text", depth: 0, text: line === "" ? "#" : `# ${line}` });
  }
  if (lines.length > 0) lines.push({ kind: "blank" });
  const { rest, sections } = partitionSections(config, options.sections ?? []);
  for (const [key, print] of TOP_LEVEL) {
    if (key === "moved") {
      for (const section of sections) {
        if (/[\r\n]/.test(section.comment)) {
          throw new HclPrintError(
            "sections",
            `expected a one-line comment, got ${JSON.stringify(section.comment)}`,
          );
        }
        lines.push({ kind: "blank" }, { kind: "text", depth: 0, text: `# ${section.comment}` });
        emitBlocks(lines, section.config, context);
      }
    }
    emitBlocks(lines, rest, context, key);
  }
  return { text: renderLines(lines), warnings: context.warnings };
}

/** Prints the blocks of `config` (of one top-level `only` key, or of all), each after a blank line. */
function emitBlocks(lines: Line[], config: TerraformJson, context: PrintContext, only?: string) {
  for (const [key, print] of TOP_LEVEL) {
    if (only !== undefined && key !== only) continue;
    if (!Object.hasOwn(config, key) || config[key] === undefined) continue;
    for (const block of print(config[key], context)) {
      lines.push({ kind: "blank" });
      emitBlock(lines, 0, block.type, block.labels, block.items);
    }
  }
}

/**
 * Prints a Terraform JSON configuration (as cdktf synthesizes it) as a human-readable,
 * `terraform fmt`-clean `main.tf` with the same meaning.
 *
 * Nested blocks are told from arguments of map/object type by the provider schemas; strings
 * that are exactly `"${expr}"` print as the bare `expr` (over several lines, broken inside its
 * brackets, when it makes a line longer than 120 characters); multi-line strings ending in a
 * newline print as heredocs; blocks print in the order terraform, provider, variable, data, locals,
 * resource, module, output, then each of `options.sections` (the same order within a section),
 * then moved, import, removed.
 *
 * @throws HclPrintError see {@link printHclReport}
 */
export function printHcl(config: TerraformJson, options: HclPrintOptions): string {
  return printHclReport(config, options).text;
}
