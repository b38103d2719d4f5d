/** Turns a TOML document (as an object) into one managed setting per leaf key. */
import { ConfigError } from "./errors.js";
import { formatKeyPath } from "./toml-format.js";
import {
  checkKey,
  checkTomlValue,
  isTable,
  type ManagedSetting,
  type TomlValue,
} from "./toml-value.js";

/**
 * Flattens a TOML document into leaf settings, in document order: every table becomes the key
 * paths inside it, arrays (including arrays of tables) stay single values. Empty tables produce no
 * setting.
 *
 * @throws ConfigError naming the key path when a value is not a {@link TomlValue} (dates, NaN,
 *   null, ...).
 */
export function flattenToml(document: Readonly<Record<string, unknown>>): ManagedSetting[] {
  const settings: ManagedSetting[] = [];
  walk(document, [], settings);
  return settings;
}

function walk(
  table: Readonly<Record<string, unknown>>,
  prefix: string[],
  out: ManagedSetting[],
): void {
  for (const [key, value] of Object.entries(table)) {
    const path = [...prefix, key];
    const keyProblem = checkKey(key);
    if (keyProblem !== undefined) {
      throw new ConfigError(`key \`${formatKeyPath(prefix)}\`: ${keyProblem}`);
    }
    if (isTable(value)) {
      walk(value, path, out);
      continue;
    }
    const problem = checkTomlValue(value);
    if (problem !== undefined) {
      throw new ConfigError(`\`${formatKeyPath(path)}\`: invalid value: ${problem}`);
    }
    out.push({ path, value: value as TomlValue });
  }
}

/**
 * Like {@link flattenToml}, but skips values that are not {@link TomlValue}s (dates, for example)
 * instead of failing: for checking a whole user file.
 */
export function collectSettings(document: Readonly<Record<string, unknown>>): ManagedSetting[] {
  const settings: ManagedSetting[] = [];
  const walkLenient = (table: Readonly<Record<string, unknown>>, prefix: string[]): void => {
    for (const [key, value] of Object.entries(table)) {
      const path = [...prefix, key];
      if (isTable(value)) walkLenient(value, path);
      else if (checkTomlValue(value) === undefined)
        settings.push({ path, value: value as TomlValue });
    }
  };
  walkLenient(document, []);
  return settings;
}
