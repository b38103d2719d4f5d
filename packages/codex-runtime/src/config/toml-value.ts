/**
 * The TOML values a managed `config.toml` setting may hold, their runtime checks and equality.
 *
 * Tables are never values here: a table is flattened into one setting per leaf key. Inline tables
 * only appear as array items (for example `env_vars = [{ name = "X", source = "local" }]`).
 */

/** A TOML scalar: a string, a finite number (integer or float) or a boolean. */
export type TomlScalar = string | number | boolean;

/** One item of a TOML array: a scalar, a nested array or an inline table. */
export type TomlArrayItem = TomlScalar | TomlArray | TomlInlineTable;

/** A TOML array. */
export type TomlArray = readonly TomlArrayItem[];

/** An inline table, allowed only inside arrays (`[{ name = "X" }]`). */
export interface TomlInlineTable {
  readonly [key: string]: TomlArrayItem;
}

/** The value of one leaf key: a scalar or an array (of scalars, arrays or inline tables). */
export type TomlValue = TomlScalar | TomlArray;

/** One managed leaf key of `config.toml`: its full key path and its value. */
export interface ManagedSetting {
  /** Key path from the document root, e.g. `["sandbox_workspace_write", "network_access"]`. */
  readonly path: readonly string[];
  /** The value written at that path. */
  readonly value: TomlValue;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for a TOML table as parsed by smol-toml or written in code (not an array, not a date). */
export function isTable(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * Checks that `value` is a {@link TomlValue}; returns what is wrong with it, or `undefined` when it
 * is fine. Rejects NaN and ±Infinity, null/undefined, tables outside arrays, dates, bigints and
 * strings with lone UTF-16 surrogates (not representable in TOML).
 */
export function checkTomlValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return checkArray(value);
  if (isTable(value)) {
    return "a table (give each key inside it its own setting)";
  }
  return checkScalar(value);
}

function checkScalar(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return LONE_SURROGATE.test(value) ? "a string with a lone UTF-16 surrogate" : undefined;
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `${String(value)} (not a finite number)`;
    default:
      if (value instanceof Date) return "a date (not supported in managed settings)";
      return `${value === null ? "null" : typeof value} (allowed: string, number, boolean, array)`;
  }
}

function checkArray(items: readonly unknown[]): string | undefined {
  for (const [index, item] of items.entries()) {
    const problem = Array.isArray(item)
      ? checkArray(item)
      : isTable(item)
        ? checkInlineTable(item)
        : checkScalar(item);
    if (problem !== undefined) return `item ${index}: ${problem}`;
  }
  return undefined;
}

function checkInlineTable(table: Record<string, unknown>): string | undefined {
  for (const [key, item] of Object.entries(table)) {
    const keyProblem = checkKey(key);
    if (keyProblem !== undefined) return keyProblem;
    const problem = Array.isArray(item)
      ? checkArray(item)
      : isTable(item)
        ? checkInlineTable(item)
        : checkScalar(item);
    if (problem !== undefined) return `key ${JSON.stringify(key)}: ${problem}`;
  }
  return undefined;
}

/** Checks one key name; returns what is wrong with it, or `undefined`. */
export function checkKey(key: unknown): string | undefined {
  if (typeof key !== "string") return `a key must be a string, got ${typeof key}`;
  if (LONE_SURROGATE.test(key)) return "a key with a lone UTF-16 surrogate";
  return undefined;
}

/**
 * Deep equality of two parsed TOML values (scalars, arrays, tables, dates). Tables compare by
 * their key sets, not key order; numbers compare with `===` (so `1` equals `1.0`).
 */
export function tomlValuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && String(a) === String(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => tomlValuesEqual(item, b[index]));
  }
  if (isTable(a) && isTable(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && tomlValuesEqual(a[key], b[key]));
  }
  return false;
}

/** The value at `path` in a parsed document, or `undefined`. Never walks into arrays. */
export function getAtPath(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (!isTable(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/** True when `prefix` equals `path` or is a leading part of it. */
export function isPathPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}

/** True when both paths have the same segments. */
export function pathsEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && isPathPrefix(a, b);
}

/** A map key for a path (segments may contain dots, so they are JSON-encoded). */
export function pathId(path: readonly string[]): string {
  return JSON.stringify(path);
}

/**
 * The canonical order of settings: root keys first, then tables by key path (a table before its
 * sub-tables), keys inside a table by name. Used wherever output must not depend on input order.
 */
export function compareSettingPaths(a: readonly string[], b: readonly string[]): number {
  const tableA = a.slice(0, -1);
  const tableB = b.slice(0, -1);
  const byTable = compareSegments(tableA, tableB);
  return byTable !== 0 ? byTable : compareSegments(a.slice(-1), b.slice(-1));
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index += 1) {
    const left = a[index] as string;
    const right = b[index] as string;
    if (left !== right) return left < right ? -1 : 1;
  }
  return a.length - b.length;
}

/** Returns the settings sorted by {@link compareSettingPaths} (a new array). */
export function sortSettings<T extends { readonly path: readonly string[] }>(
  settings: readonly T[],
): T[] {
  return [...settings].sort((a, b) => compareSettingPaths(a.path, b.path));
}
