import { columns, heredocTail, type Line } from "./layout.js";
import { breakExpression } from "./expression-break.js";
import { isIdentifier } from "./scanner.js";
import { printString, type PrintedString, type StringMode } from "./strings.js";
import { HclPrintError } from "./errors.js";

/**
 * Argument values: JSON values printed as HCL expressions (strings, numbers, booleans, null,
 * tuples `[…]`, objects `{…}`), laid out the way `terraform fmt` leaves them.
 */

/** A value ready to be laid out: a printed string or scalar, a tuple or an object. */
export type Value =
  | PrintedString
  | { readonly kind: "list"; readonly items: readonly Value[] }
  | { readonly kind: "object"; readonly entries: readonly ObjectEntry[] };

/** One `key = value` item of an object constructor. */
export interface ObjectEntry {
  /** The key as printed: a bare identifier or a quoted string. */
  readonly key: string;
  readonly value: Value;
}

/** Lines longer than this put a list's items on lines of their own. */
const MAX_WIDTH = 100;

/** Lines longer than this break a bare expression inside its brackets (see expression-break.ts). */
const MAX_EXPRESSION_WIDTH = 120;

/** Keys that would not mean the plain string if written bare. */
const RESERVED_KEYS = new Set(["true", "false", "null", "for"]);

/** True for a plain (non-array, non-null) object. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short, safe rendering of a received value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  try {
    const json = JSON.stringify(value) ?? typeof value;
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return typeof value;
  }
}

/** Prints an object key: bare when it is an identifier, quoted otherwise. */
export function printKey(key: string, mode: StringMode, address: string): string {
  if (isIdentifier(key) && !RESERVED_KEYS.has(key)) return key;
  try {
    const printed = printString(key, { mode, allowHeredoc: false, allowBare: false });
    return printed.kind === "inline" ? printed.text : JSON.stringify(key);
  } catch (error) {
    throw new HclPrintError(
      address,
      `invalid object key ${JSON.stringify(key)}: ${message(error)}`,
    );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Converts a JSON value to a {@link Value}. Strings are read according to `mode`.
 *
 * @param allowHeredoc whether this value may print as a heredoc (the whole value of an argument)
 * @throws HclPrintError for values JSON cannot hold (undefined, functions, NaN) or invalid templates
 */
export function toValue(
  value: unknown,
  mode: StringMode,
  address: string,
  allowHeredoc: boolean,
): Value {
  if (value === null) return { kind: "inline", text: "null" };
  if (typeof value === "boolean") return { kind: "inline", text: String(value) };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new HclPrintError(address, `expected a finite number, got ${describe(value)}`);
    }
    return { kind: "inline", text: String(value) };
  }
  if (typeof value === "string") {
    try {
      return printString(value, { mode, allowHeredoc, allowBare: mode === "template" });
    } catch (error) {
      throw new HclPrintError(address, `${message(error)} in ${describe(value)}`);
    }
  }
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return {
      kind: "list",
      items: items.map((item, i) => toValue(item, mode, `${address}[${i}]`, false)),
    };
  }
  if (isPlainObject(value)) {
    return {
      kind: "object",
      entries: Object.entries(value).map(([key, item]) => ({
        key: printKey(key, mode, address),
        value: toValue(item, mode, `${address}.${key}`, true),
      })),
    };
  }
  throw new HclPrintError(
    address,
    `expected a JSON value (string, number, boolean, null, array, object), got ${describe(value)}`,
  );
}

/** The one-line text of a value, or `undefined` when it needs several lines. */
function inlineText(value: Value): string | undefined {
  switch (value.kind) {
    case "inline":
      return value.text;
    case "heredoc":
      return undefined;
    case "list": {
      const texts: string[] = [];
      for (const item of value.items) {
        const text = inlineText(item);
        if (text === undefined) return undefined;
        texts.push(text);
      }
      return `[${texts.join(", ")}]`;
    }
    case "object":
      return value.entries.length === 0 ? "{}" : undefined;
  }
}

/** Lays out `key = value` at `depth`. */
export function emitAttribute(lines: Line[], depth: number, key: string, value: Value): void {
  if (value.kind === "heredoc") {
    lines.push({
      kind: "assign",
      depth,
      key,
      value: `${value.flush ? "<<-" : "<<"}${value.marker}`,
      tail: heredocTail(depth, value.marker, value.lines, value.flush),
    });
    return;
  }
  const text = inlineText(value);
  const width = text === undefined ? 0 : 2 * depth + columns(key) + 3 + columns(text);
  if (value.kind === "inline" && value.tokens !== undefined && width > MAX_EXPRESSION_WIDTH) {
    const broken = breakExpression(value.tokens);
    if (broken !== undefined) {
      lines.push({ kind: "text", depth, text: `${key} = ${broken.first}` });
      for (const line of broken.content) lines.push({ kind: "text", depth: depth + 1, text: line });
      lines.push({ kind: "text", depth, text: broken.last });
      return;
    }
  }
  if (text !== undefined && (value.kind !== "list" || width <= MAX_WIDTH)) {
    lines.push({ kind: "assign", depth, key, value: text });
    return;
  }
  emitMultiline(lines, depth, `${key} = `, value, "");
}

function emitElement(lines: Line[], depth: number, value: Value): void {
  const text = inlineText(value);
  if (text !== undefined && 2 * depth + columns(text) + 1 <= MAX_WIDTH) {
    lines.push({ kind: "text", depth, text: `${text},` });
    return;
  }
  if (text !== undefined && value.kind !== "list") {
    lines.push({ kind: "text", depth, text: `${text},` });
    return;
  }
  emitMultiline(lines, depth, "", value, ",");
}

function emitMultiline(
  lines: Line[],
  depth: number,
  prefix: string,
  value: Value,
  suffix: string,
): void {
  if (value.kind === "list") {
    lines.push({ kind: "text", depth, text: `${prefix}[` });
    for (const item of value.items) emitElement(lines, depth + 1, item);
    lines.push({ kind: "text", depth, text: `]${suffix}` });
  } else if (value.kind === "object") {
    lines.push({ kind: "text", depth, text: `${prefix}{` });
    for (const entry of value.entries) emitAttribute(lines, depth + 1, entry.key, entry.value);
    lines.push({ kind: "text", depth, text: `}${suffix}` });
  } else {
    throw new Error(`internal: ${value.kind} value cannot be laid out on several lines here`);
  }
}
