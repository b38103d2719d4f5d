/**
 * Comment-preserving edits of a TOML text: replace one key's value, insert a key where Codex would
 * put it, remove a key. Everything outside the edited statement keeps its bytes. Where a key is
 * written in a form that cannot be edited safely (inside an inline table or an array table), the
 * editor refuses with a reason instead of guessing.
 */
import { formatKey, formatKeyPath, renderValue } from "./toml-format.js";
import type { ScannedToml, TomlHeader, TomlKeyValue, TomlStatement } from "./toml-scanner.js";
import { getAtPath, isPathPrefix, isTable, pathsEqual, type TomlValue } from "./toml-value.js";

/** What a parsed document holds at a key path. */
export type KeyState =
  /** Nothing at the path, and every existing prefix is a table. */
  | { readonly kind: "absent" }
  /** A value (not a table) at the path. */
  | { readonly kind: "value"; readonly value: unknown }
  /** A table at the path. */
  | { readonly kind: "table" }
  /** A prefix of the path holds a value that is not a table (a scalar, an array, array tables). */
  | {
      readonly kind: "blocked-by-value";
      readonly prefix: readonly string[];
      readonly value: unknown;
    };

/** Reads the state of `path` in a document parsed by smol-toml. */
export function readKey(document: unknown, path: readonly string[]): KeyState {
  for (let length = 1; length < path.length; length += 1) {
    const prefix = path.slice(0, length);
    const node = getAtPath(document, prefix);
    if (node === undefined) return { kind: "absent" };
    if (!isTable(node)) return { kind: "blocked-by-value", prefix, value: node };
  }
  const value = getAtPath(document, path);
  if (value === undefined) return { kind: "absent" };
  return isTable(value) ? { kind: "table" } : { kind: "value", value };
}

/** The result of an edit: the new text, or why the edit was not made. */
export type EditResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

function keyValues(scan: ScannedToml): TomlKeyValue[] {
  return scan.statements.filter((s): s is TomlKeyValue => s.kind === "key-value");
}

/** The statement that writes exactly `path` (outside array tables), if any. */
export function findKeyStatement(
  scan: ScannedToml,
  path: readonly string[],
): TomlKeyValue | undefined {
  return keyValues(scan).find((kv) => !kv.inArray && pathsEqual(kv.path, path));
}

/** Why `path` is not editable in place, when the statement holding it is an inline value. */
function containingStatement(scan: ScannedToml, path: readonly string[]): TomlKeyValue | undefined {
  return keyValues(scan).find(
    (kv) => !kv.inArray && kv.path.length < path.length && isPathPrefix(kv.path, path),
  );
}

function inlineReason(statement: TomlKeyValue): string {
  return `it is inside the inline value of \`${formatKeyPath(statement.path)}\` (line ${statement.line}), which is not edited automatically`;
}

/** Replaces the value of the statement that writes `path`, keeping the key, spacing and comment. */
export function replaceValue(
  text: string,
  scan: ScannedToml,
  path: readonly string[],
  value: TomlValue,
): EditResult {
  const statement = findKeyStatement(scan, path);
  if (statement === undefined) return notAddressable(scan, path);
  return {
    ok: true,
    text: text.slice(0, statement.valueStart) + renderValue(value) + text.slice(statement.valueEnd),
  };
}

/** Removes the statement that writes `path` (all its lines, its trailing comment included). */
export function removeKey(text: string, scan: ScannedToml, path: readonly string[]): EditResult {
  const statement = findKeyStatement(scan, path);
  if (statement === undefined) return notAddressable(scan, path);
  return { ok: true, text: text.slice(0, statement.start) + text.slice(statement.end) };
}

function notAddressable(scan: ScannedToml, path: readonly string[]): EditResult {
  const container = containingStatement(scan, path);
  if (container !== undefined) return { ok: false, reason: inlineReason(container) };
  return {
    ok: false,
    reason: "it is inside an array of tables, which is not edited automatically",
  };
}

/**
 * Removes the `[table]` header of `table` when its section holds no key/value lines and the parsed
 * document has it as an empty table (after its managed keys were removed). A blank line right
 * before the header goes too. Comments in the section stay.
 */
export function removeEmptyTable(
  text: string,
  scan: ScannedToml,
  document: unknown,
  table: readonly string[],
): string {
  if (table.length === 0) return text;
  const value = getAtPath(document, table);
  if (!isTable(value) || Object.keys(value).length > 0) return text;
  const index = scan.statements.findIndex(
    (s) => s.kind === "table" && !s.inArray && pathsEqual(s.path, table),
  );
  const header = scan.statements[index];
  if (header === undefined) return text;
  const section = sectionAfter(scan.statements, index);
  if (section.some((s) => s.kind === "key-value")) return text;
  const before = scan.statements[index - 1];
  const start = before?.kind === "blank" ? before.start : header.start;
  return text.slice(0, start) + text.slice(header.end);
}

/** Statements after the header at `index`, up to the next header. */
function sectionAfter(statements: readonly TomlStatement[], index: number): TomlStatement[] {
  const section: TomlStatement[] = [];
  for (const statement of statements.slice(index + 1)) {
    if (statement.kind === "table" || statement.kind === "array-table") break;
    section.push(statement);
  }
  return section;
}

/**
 * Inserts `path = value` for a path the document does not have (check with {@link readKey}):
 * - a root key goes after the last root key, or before the first header (and the comment lines
 *   attached to it) when there is none: where Codex inserts root keys too;
 * - a key of an existing `[table]` goes after that table's last key line (or right after the
 *   header), with the same indentation;
 * - a key of a table defined by dotted keys (`sandbox_workspace_write.network_access = true` at the
 *   root) is added as a dotted key after the last of them;
 * - otherwise a new `[table]` is appended at the end, after a blank line.
 * Refuses when the table is written as an inline value.
 */
export function insertKey(
  text: string,
  scan: ScannedToml,
  path: readonly string[],
  value: TomlValue,
): EditResult {
  const table = path.slice(0, -1);
  const key = path[path.length - 1] as string;
  const nl = scan.newline;
  const container = containingStatement(scan, path);
  if (container !== undefined) return { ok: false, reason: inlineReason(container) };
  const line = (keyText: string, indent = ""): string =>
    `${indent}${keyText} = ${renderValue(value)}${nl}`;

  if (table.length === 0) return insertRootKey(text, scan, line(formatKey(key)));

  const headerIndex = scan.statements.findIndex(
    (s) => s.kind === "table" && !s.inArray && pathsEqual(s.path, table),
  );
  const header = scan.statements[headerIndex] as TomlHeader | undefined;
  if (header !== undefined) {
    const last = sectionAfter(scan.statements, headerIndex)
      .filter((s): s is TomlKeyValue => s.kind === "key-value")
      .at(-1);
    return last === undefined
      ? insertAt(text, header.end, line(formatKey(key)), nl)
      : insertAt(text, last.end, line(formatKey(key), last.indent), nl);
  }

  const dotted = keyValues(scan)
    .filter((kv) => !kv.inArray && kv.table.length < table.length && isPathPrefix(table, kv.path))
    .at(-1);
  if (dotted !== undefined) {
    const keyText = formatKeyPath(path.slice(dotted.table.length));
    return insertAt(text, dotted.end, line(keyText, dotted.indent), nl);
  }

  let separator = "";
  if (text.length > 0 && !text.endsWith("\n")) separator += nl;
  if (text.length > 0 && !endsWithBlankLine(text + separator)) separator += nl;
  return {
    ok: true,
    text: `${text}${separator}[${formatKeyPath(table)}]${nl}${line(formatKey(key))}`,
  };
}

function insertRootKey(text: string, scan: ScannedToml, keyLine: string): EditResult {
  const statements = scan.statements;
  const firstHeader = statements.findIndex((s) => s.kind === "table" || s.kind === "array-table");
  const root = firstHeader < 0 ? statements : statements.slice(0, firstHeader);
  const last = root.filter((s): s is TomlKeyValue => s.kind === "key-value").at(-1);
  if (last !== undefined) return insertAt(text, last.end, `${last.indent}${keyLine}`, scan.newline);
  if (firstHeader < 0) return insertAt(text, text.length, keyLine, scan.newline);
  let index = firstHeader;
  while (index > 0 && statements[index - 1]?.kind === "comment") index -= 1;
  const offset = (statements[index] as TomlStatement).start;
  return insertAt(text, offset, keyLine + scan.newline, scan.newline);
}

function insertAt(text: string, offset: number, insert: string, nl: string): EditResult {
  const needsBreak = offset === text.length && offset > 0 && !text.endsWith("\n");
  return {
    ok: true,
    text: text.slice(0, offset) + (needsBreak ? nl : "") + insert + text.slice(offset),
  };
}

function endsWithBlankLine(text: string): boolean {
  return /(^|\n)[ \t]*\r?\n$/.test(text);
}
