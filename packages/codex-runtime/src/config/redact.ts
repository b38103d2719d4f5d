/** How setting values appear in logs and messages without leaking secrets. */
import { formatKeyPath, renderValue } from "./toml-format.js";
import { checkTomlValue, isTable, type TomlValue } from "./toml-value.js";

const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTHORIZATION|COOKIE|CREDENTIAL/i;

/** The text shown instead of a secret value. */
export const REDACTED = "(redacted)";

/**
 * True when any segment of the key path looks like it names a secret (contains KEY, TOKEN,
 * SECRET, PASSWORD, PASSWD, AUTHORIZATION, COOKIE or CREDENTIAL, case-insensitive). Values of such
 * keys are never printed.
 */
export function isSecretKeyPath(path: readonly string[]): boolean {
  return path.some((segment) => SECRET_NAME.test(segment));
}

/** Longest value text shown in a message before it is cut. */
const MAX_SHOWN = 120;

/**
 * A short, safe text for the value at `path`: `(redacted)` for secret-looking keys, otherwise the
 * TOML text (cut at 120 characters). Values that are not {@link TomlValue}s (tables, dates) are
 * described, not rendered.
 */
export function describeValue(path: readonly string[], value: unknown): string {
  if (isSecretKeyPath(path)) return REDACTED;
  if (value instanceof Date) return String(value);
  if (isTable(value)) return "(a table)";
  if (checkTomlValue(value) !== undefined) return `(${typeof value})`;
  const text = renderValue(value as TomlValue);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** `` `a.b` `` : a key path quoted for messages. */
export function quotePath(path: readonly string[]): string {
  return `\`${formatKeyPath(path)}\``;
}
