import { argumentOrder } from "./argument-order.js";
import { HclPrintError } from "./errors.js";
import { formatStaticExpression } from "./expression-format.js";
import type { Line } from "./layout.js";
import { isIdentifier } from "./scanner.js";
import type { SchemaIndex } from "./schema-index.js";
import { hclString } from "@codex-coder/cdk";
import type { StringMode } from "./strings.js";
import type { HclPrintWarning, SchemaBlock } from "./types.js";
import { describe, emitAttribute, isPlainObject, toValue, type Value } from "./values.js";

/**
 * Block bodies: which keys are arguments and which are nested blocks, how each argument's strings
 * are read, and the order and spacing of the printed items.
 */

/**
 * How an argument's JSON value prints.
 * - `template` / `literal`: a value whose strings are read as templates / plain strings.
 * - `reference`: a static reference (`docker.alias`, `coder_agent.main`), printed bare.
 * - `references`: a list of static references (`depends_on`, `replace_triggered_by`).
 * - `keyword` / `keywords`: bare keywords (`when = destroy`, `iterator = item`).
 * - `type`: a type constraint (`list(string)`).
 * - `ignoreChanges`: `all`, or a list of attribute references.
 * - `providers`: a module's `providers` map of bare references.
 * - `requirement`: one entry of `required_providers`.
 */
export type ArgumentKind =
  | "template"
  | "literal"
  | "reference"
  | "references"
  | "keyword"
  | "keywords"
  | "type"
  | "ignoreChanges"
  | "providers"
  | "requirement";

/** Item groups, printed in this order and separated by blank lines. */
export const GROUP = {
  meta: 0,
  arguments: 1,
  blocks: 2,
  provisioning: 3,
  lifecycle: 4,
  dependsOn: 5,
} as const;

/** A key with a fixed meaning in a body. */
export type Special =
  | {
      readonly kind: "argument";
      readonly as: ArgumentKind;
      readonly group: number;
      /** Position within the group; unordered items keep their input order after ordered ones. */
      readonly order?: number;
    }
  | {
      readonly kind: "block";
      /** Number of labels: `0` for `lifecycle {}`, `1` for `provisioner "local-exec" {}`. */
      readonly labels: 0 | 1;
      readonly group: number;
      readonly body: (label: string | undefined) => BodySpec;
    };

/** How the keys of a body print. */
export interface BodySpec {
  readonly specials: Readonly<Record<string, Special>>;
  /**
   * Keys without a special meaning: per the schema (`block_types` → blocks, anything else →
   * arguments), or all as arguments whose strings are read per `mode`.
   */
  readonly rest:
    | {
        readonly kind: "schema";
        readonly block: SchemaBlock;
        /** Resource type and nested block names (`coder_app.healthcheck`): see argument-order.ts. */
        readonly path?: string;
      }
    | { readonly kind: "arguments"; readonly mode: StringMode; readonly as?: ArgumentKind };
}

/** A printed item of a body. */
export type Item =
  | {
      readonly kind: "argument";
      readonly name: string;
      readonly value: Value;
      readonly rank: number;
    }
  | {
      readonly kind: "block";
      readonly type: string;
      readonly labels: readonly string[];
      readonly items: readonly Item[];
      readonly rank: number;
    };

/** State shared while printing one configuration. */
export interface PrintContext {
  readonly schemas: SchemaIndex;
  readonly warnings: HclPrintWarning[];
  readonly unknownSchema: "attributes" | "error";
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Records that no schema describes `address`, or throws when the options say so. */
export function reportUnknownSchema(context: PrintContext, address: string, what: string): void {
  const text = `no provider schema describes ${what}; nested objects are printed as arguments`;
  if (context.unknownSchema === "error") throw new HclPrintError(address, text);
  context.warnings.push({ code: "UnknownSchema", address, message: text });
}

/** The bodies of a label-less block given as an object, a list of objects or null. */
export function bodiesOf(value: unknown, address: string): Readonly<Record<string, unknown>>[] {
  const list: readonly unknown[] = Array.isArray(value) ? value : value === null ? [] : [value];
  return list.map((body, i) => {
    if (!isPlainObject(body)) {
      const where = Array.isArray(value) ? `${address}[${i}]` : address;
      throw new HclPrintError(where, `expected an object (a block body), got ${describe(body)}`);
    }
    return body;
  });
}

/** `{label: bodies}` (or a list of such objects) as `[label, body]` pairs. */
export function labelledBodiesOf(
  value: unknown,
  address: string,
): [string, Readonly<Record<string, unknown>>][] {
  const pairs: [string, Readonly<Record<string, unknown>>][] = [];
  bodiesOf(value, address).forEach((byLabel) => {
    for (const [label, bodies] of Object.entries(byLabel)) {
      if (label === "//") continue;
      for (const body of bodiesOf(bodies, `${address}.${label}`)) pairs.push([label, body]);
    }
  });
  return pairs;
}

/** A static expression (reference, keyword, type) from a JSON string. */
function staticExpression(value: unknown, address: string, what: string): string {
  if (typeof value !== "string") {
    throw new HclPrintError(address, `expected a string holding ${what}, got ${describe(value)}`);
  }
  let text: string;
  try {
    text = formatStaticExpression(value);
  } catch (error) {
    throw new HclPrintError(address, `${message(error)} in ${describe(value)}`);
  }
  if (text === "") throw new HclPrintError(address, `expected ${what}, got an empty string`);
  return text;
}

function staticList(value: unknown, address: string, what: string, keyword: boolean): Value {
  if (!Array.isArray(value)) {
    throw new HclPrintError(address, `expected a list of ${what}, got ${describe(value)}`);
  }
  const items: readonly unknown[] = value;
  return {
    kind: "list",
    items: items.map((item, i) => ({
      kind: "inline",
      text: keyword
        ? keywordOf(item, `${address}[${i}]`)
        : staticExpression(item, `${address}[${i}]`, what),
    })),
  };
}

function keywordOf(value: unknown, address: string): string {
  const text = staticExpression(value, address, "a keyword");
  if (!isIdentifier(text)) {
    throw new HclPrintError(address, `expected a keyword (an identifier), got ${describe(value)}`);
  }
  return text;
}

/** Prints an argument's value according to its kind. */
export function argumentValue(kind: ArgumentKind, value: unknown, address: string): Value {
  switch (kind) {
    case "template":
    case "literal":
      return toValue(value, kind, address, true);
    case "reference":
      return { kind: "inline", text: staticExpression(value, address, "a reference") };
    case "references":
      return staticList(value, address, "references", false);
    case "keyword":
      return { kind: "inline", text: keywordOf(value, address) };
    case "keywords":
      return staticList(value, address, "keywords", true);
    case "type": {
      const text = staticExpression(value, address, "a type constraint");
      return { kind: "inline", text: /^(list|map|set)$/.test(text) ? `${text}(any)` : text };
    }
    case "ignoreChanges":
      return typeof value === "string"
        ? { kind: "inline", text: staticExpression(value, address, "`all` or a list") }
        : staticList(value, address, "attribute references", false);
    case "providers": {
      if (!isPlainObject(value)) {
        throw new HclPrintError(
          address,
          `expected an object of references, got ${describe(value)}`,
        );
      }
      return {
        kind: "object",
        entries: Object.entries(value).map(([key, reference]) => ({
          key: staticExpression(key, address, "a provider name"),
          value: {
            kind: "inline",
            text: staticExpression(reference, `${address}.${key}`, "a provider reference"),
          },
        })),
      };
    }
    case "requirement": {
      if (!isPlainObject(value)) return toValue(value, "literal", address, false);
      return {
        kind: "object",
        entries: Object.entries(value).map(([key, item]) => ({
          key,
          value:
            key === "configuration_aliases"
              ? staticList(item, `${address}.${key}`, "provider references", false)
              : toValue(item, "literal", `${address}.${key}`, false),
        })),
      };
    }
  }
}

const DYNAMIC_KEY = "dynamic";

/** The `dynamic "<type>" {}` block for bodies whose nested blocks `schema` describes. */
function dynamicSpec(schema: SchemaBlock | undefined): Special {
  return {
    kind: "block",
    labels: 1,
    group: GROUP.blocks,
    body: (label) => {
      const nested = label === undefined ? undefined : schema?.block_types?.[label];
      return {
        specials: {
          for_each: { kind: "argument", as: "template", group: GROUP.arguments, order: 0 },
          iterator: { kind: "argument", as: "keyword", group: GROUP.arguments, order: 1 },
          labels: { kind: "argument", as: "template", group: GROUP.arguments, order: 2 },
          content: {
            kind: "block",
            labels: 0,
            group: GROUP.blocks,
            body: () =>
              nested === undefined
                ? { specials: {}, rest: { kind: "arguments", mode: "template" } }
                : schemaBody(nested.block),
          },
        },
        rest: { kind: "arguments", mode: "template" },
      };
    },
  };
}

/** A body described by a provider schema (nested `dynamic` blocks allowed). */
export function schemaBody(
  block: SchemaBlock,
  specials: Readonly<Record<string, Special>> = {},
  path?: string,
): BodySpec {
  return {
    specials: { [DYNAMIC_KEY]: dynamicSpec(block), ...specials },
    rest: path === undefined ? { kind: "schema", block } : { kind: "schema", block, path },
  };
}

/** A body with no schema: every key is an argument (`dynamic` blocks allowed when `dynamic`). */
export function argumentsBody(
  mode: StringMode,
  specials: Readonly<Record<string, Special>> = {},
  dynamic = false,
): BodySpec {
  return {
    specials: dynamic ? { [DYNAMIC_KEY]: dynamicSpec(undefined), ...specials } : specials,
    rest: { kind: "arguments", mode },
  };
}

function checkName(name: string, address: string): void {
  if (!isIdentifier(name)) {
    throw new HclPrintError(
      address,
      `${JSON.stringify(name)} cannot be printed as an HCL argument or block name (not an identifier)`,
    );
  }
}

function blockItems(
  type: string,
  labels: 0 | 1,
  value: unknown,
  address: string,
  body: (label: string | undefined) => BodySpec,
  rank: number,
  context: PrintContext,
): Item[] {
  if (labels === 0) {
    const bodies = bodiesOf(value, address);
    return bodies.map((item, i) => ({
      kind: "block",
      type,
      labels: [],
      items: bodyItems(
        item,
        body(undefined),
        bodies.length > 1 ? `${address}[${i}]` : address,
        context,
      ),
      rank,
    }));
  }
  return labelledBodiesOf(value, address).map(([label, item]) => ({
    kind: "block",
    type,
    labels: [label],
    items: bodyItems(item, body(label), `${address}.${label}`, context),
    rank,
  }));
}

/**
 * Turns a JSON block body into printed items. `//` keys (cdktf metadata, JSON comments) are
 * dropped.
 */
export function bodyItems(
  body: Readonly<Record<string, unknown>>,
  spec: BodySpec,
  address: string,
  context: PrintContext,
): Item[] {
  const items: Item[] = [];
  Object.entries(body).forEach(([key, value], index) => {
    if (key === "//") return;
    const where = `${address}.${key}`;
    const special = Object.hasOwn(spec.specials, key) ? spec.specials[key] : undefined;
    const unordered = 1000 + index;
    if (special?.kind === "argument") {
      const rank = special.group * 1e6 + (special.order ?? unordered);
      items.push({
        kind: "argument",
        name: key,
        value: argumentValue(special.as, value, where),
        rank,
      });
      return;
    }
    if (special?.kind === "block") {
      checkName(key, where);
      const rank = special.group * 1e6 + unordered;
      items.push(...blockItems(key, special.labels, value, where, special.body, rank, context));
      return;
    }
    checkName(key, where);
    const rest = spec.rest;
    if (rest.kind === "schema") {
      const nested = rest.block.block_types?.[key];
      if (nested !== undefined) {
        const labels = nested.nesting_mode === "map" ? 1 : 0;
        const rank = GROUP.blocks * 1e6 + unordered;
        const path = rest.path === undefined ? undefined : `${rest.path}.${key}`;
        items.push(
          ...blockItems(
            key,
            labels,
            value,
            where,
            () => schemaBody(nested.block, {}, path),
            rank,
            context,
          ),
        );
        return;
      }
      if (rest.block.attributes?.[key] === undefined) {
        context.warnings.push({
          code: "UnknownArgument",
          address: where,
          message: `the schema has no argument or block named ${JSON.stringify(key)}; printed as an argument`,
        });
      }
    }
    const kind: ArgumentKind = rest.kind === "schema" ? "template" : (rest.as ?? rest.mode);
    const position =
      rest.kind === "schema" && rest.path !== undefined
        ? (argumentOrder(rest.path)?.indexOf(key) ?? -1)
        : -1;
    items.push({
      kind: "argument",
      name: key,
      value: argumentValue(kind, value, where),
      rank: GROUP.arguments * 1e6 + (position === -1 ? unordered : position),
    });
  });
  return items.sort((a, b) => a.rank - b.rank);
}

/** Quotes a block label (labels are plain strings, never templates). */
export function quoteLabel(label: string): string {
  return hclString(label);
}

function groupOf(item: Item): number {
  return Math.floor(item.rank / 1e6);
}

/** Lays out a block: header, items one level deeper, closing brace (`name {}` when empty). */
export function emitBlock(
  lines: Line[],
  depth: number,
  type: string,
  labels: readonly string[],
  items: readonly Item[],
): void {
  const header = [type, ...labels.map(quoteLabel)].join(" ");
  if (items.length === 0) {
    lines.push({ kind: "text", depth, text: `${header} {}` });
    return;
  }
  lines.push({ kind: "text", depth, text: `${header} {` });
  emitItems(lines, depth + 1, items);
  lines.push({ kind: "text", depth, text: "}" });
}

/** Lays out body items: blank lines between groups and around nested blocks. */
export function emitItems(lines: Line[], depth: number, items: readonly Item[]): void {
  items.forEach((item, i) => {
    const previous = items[i - 1];
    if (
      previous !== undefined &&
      (groupOf(previous) !== groupOf(item) || previous.kind === "block" || item.kind === "block")
    ) {
      lines.push({ kind: "blank" });
    }
    if (item.kind === "argument") emitAttribute(lines, depth, item.name, item.value);
    else emitBlock(lines, depth, item.type, item.labels, item.items);
  });
}
