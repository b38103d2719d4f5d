/**
 * Text forms of TOML keys and values. Scalars are rendered by smol-toml; arrays and inline tables
 * are always written on one line, so every rendered value fits in a single `key = value` line.
 */
import { stringify } from "smol-toml";
import { isTable, type TomlArrayItem, type TomlValue } from "./toml-value.js";

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** A key as written in TOML: bare when it can be, otherwise a basic (double-quoted) string. */
export function formatKey(key: string): string {
  return BARE_KEY.test(key) ? key : renderScalar(key);
}

/** A dotted key path as written in TOML and in messages, e.g. `projects."/home/coder".trust_level`. */
export function formatKeyPath(path: readonly string[]): string {
  return path.map(formatKey).join(".");
}

/** The TOML text of a value on one line, e.g. `"a\nb"`, `["x", 1]`, `[{ name = "X" }]`. */
export function renderValue(value: TomlValue | TomlArrayItem): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: TomlArrayItem) => renderValue(item)).join(", ")}]`;
  }
  if (isTable(value)) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${formatKey(key)} = ${renderValue(item as TomlArrayItem)}`,
    );
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return renderScalar(value as string | number | boolean);
}

const PREFIX = "v = ";

function renderScalar(value: string | number | boolean): string {
  const line = stringify({ v: value });
  // smol-toml writes `v = <value>\n`; scalars never span lines.
  return line.slice(PREFIX.length, line.endsWith("\n") ? -1 : undefined);
}
