/**
 * The managed config document: the JSON the install script receives base64-encoded in
 * `ARG_MANAGED_CONFIG`, and the shape of `state/config-applied.json`.
 */
import { decodeBase64Text } from "./base64-text.js";
import { findInternalCollisions } from "./collisions.js";
import { ConfigError } from "./errors.js";
import { formatKeyPath } from "./toml-format.js";
import {
  checkKey,
  checkTomlValue,
  isTable,
  sortSettings,
  type ManagedSetting,
  type TomlValue,
} from "./toml-value.js";

/** `{"version":1,"settings":[{"path":["sandbox_mode"],"value":"workspace-write"}, …]}` */
export interface ManagedConfig {
  /** Format version; only `1` exists. */
  readonly version: 1;
  /** Leaf settings in canonical order, no two colliding. */
  readonly settings: readonly ManagedSetting[];
}

/**
 * Checks settings and returns them as a {@link ManagedConfig} in canonical order.
 *
 * @param source named in error messages (an option name, a file, an environment variable).
 * @throws ConfigError when a path is empty or not strings, a value is not a TOML value, or two
 *   settings collide (same key, or a key and a table that contains it).
 */
export function createManagedConfig(
  settings: readonly ManagedSetting[],
  source = "managed config",
): ManagedConfig {
  return { version: 1, settings: checkManagedSettings(settings, source) };
}

/** The JSON text of a {@link ManagedConfig} (canonical order; same input, same bytes). */
export function serializeManagedConfig(settings: readonly ManagedSetting[]): string {
  const config = createManagedConfig(settings);
  return JSON.stringify({
    version: config.version,
    settings: config.settings.map((setting) => ({ path: setting.path, value: setting.value })),
  });
}

/** {@link serializeManagedConfig}, base64-encoded: the value of `ARG_MANAGED_CONFIG`. */
export function encodeManagedConfig(settings: readonly ManagedSetting[]): string {
  return Buffer.from(serializeManagedConfig(settings), "utf8").toString("base64");
}

/**
 * Parses and checks the JSON text of a {@link ManagedConfig}. The settings are concrete: the
 * template decided every condition at plan time (a Terraform `for` expression in its `locals`), so
 * an entry holds exactly `path` and `value`.
 *
 * @throws ConfigError naming `source` when the text is not JSON or not a valid document.
 */
export function parseManagedConfig(json: string, source: string): ManagedConfig {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isTable(document)) {
    throw new ConfigError(`${source} must be a JSON object {"version":1,"settings":[…]}`);
  }
  if (document["version"] !== 1) {
    throw new ConfigError(
      `${source}: unsupported version ${JSON.stringify(document["version"])} (allowed: 1)`,
    );
  }
  return {
    version: 1,
    settings: checkManagedSettings(document["settings"], source),
  };
}

/**
 * Decodes base64 of the JSON text, or of its gzip (Terraform's `base64gzip`, which the install
 * wrapper uses so that a large config fits in a `coder_script`), and calls
 * {@link parseManagedConfig}.
 */
export function decodeManagedConfig(base64: string, source: string): ManagedConfig {
  return parseManagedConfig(decodeBase64Text(base64, source), source);
}

/**
 * Checks an untrusted list of settings (from JSON or code) and returns it in canonical order.
 *
 * @throws ConfigError naming `source` and the entry.
 */
export function checkManagedSettings(settings: unknown, source: string): ManagedSetting[] {
  if (!Array.isArray(settings)) {
    throw new ConfigError(`${source}: "settings" must be an array`);
  }
  const checked = settings.map((entry: unknown, index): ManagedSetting => {
    const where = `${source}: settings[${index}]`;
    if (!isTable(entry)) throw new ConfigError(`${where} must be an object {path, value}`);
    const extra = Object.keys(entry).filter((key) => key !== "path" && key !== "value");
    if (extra.length > 0) {
      throw new ConfigError(
        `${where} has ${extra.map((key) => JSON.stringify(key)).join(", ")} besides path and value ` +
          "(conditions are decided by the template at plan time, not in the workspace)",
      );
    }
    const path = entry["path"];
    if (!Array.isArray(path) || path.length === 0) {
      throw new ConfigError(`${where}.path must be a non-empty array of key names`);
    }
    for (const segment of path) {
      const problem = checkKey(segment);
      if (problem !== undefined) throw new ConfigError(`${where}.path: ${problem}`);
    }
    const problem = checkTomlValue(entry["value"]);
    if (problem !== undefined) {
      throw new ConfigError(
        `${where} (\`${formatKeyPath(path as string[])}\`): invalid value: ${problem}`,
      );
    }
    return { path: [...(path as string[])], value: entry["value"] as TomlValue };
  });
  const collision = findInternalCollisions(checked)[0];
  if (collision !== undefined) {
    const a = formatKeyPath(collision.a.path);
    const b = formatKeyPath(collision.b.path);
    throw new ConfigError(
      a === b
        ? `${source}: key \`${a}\` is set twice`
        : `${source}: key \`${a}\` collides with key \`${b}\` (a value cannot also be a table)`,
    );
  }
  return sortSettings(checked);
}
