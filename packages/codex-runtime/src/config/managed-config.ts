/**
 * The managed config document: the JSON the install script receives base64-encoded in
 * `ARG_MANAGED_CONFIG`, and the shape of `state/config-applied.json`.
 */
import { gunzipSync } from "node:zlib";
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
 * Runtime facts the install script knows (from `ARG_AUTH_SOURCE` and `ARG_TASKS_MODE`). A template
 * whose auth source or Tasks mode is a template variable ships the settings of every choice, each
 * with a `when` condition on these facts, and the merge keeps only those that hold.
 */
export interface RuntimeFacts {
  /** The auth source in effect, e.g. `ai-gateway`. */
  readonly authSource?: string;
  /** The Tasks mode in effect, e.g. `coder-task`. */
  readonly tasksMode?: string;
}

const CONDITION_KEYS = ["authSource", "tasksMode"] as const;

/**
 * Keeps the entries of a raw settings list that apply under `facts`, and strips the selection
 * fields: `when` (`{ authSource?: string[], tasksMode?: string[] }`: every listed fact must be one
 * of the values) and `skipIfEmpty` (drop the entry when its value is `""`, e.g. an unset model
 * variable). Entries without them pass unchanged.
 *
 * @throws ConfigError naming `source` when a condition is malformed, or names a fact that is unknown.
 */
export function selectSettings(settings: unknown, facts: RuntimeFacts, source: string): unknown {
  if (!Array.isArray(settings)) return settings;
  const selected: unknown[] = [];
  settings.forEach((entry: unknown, index) => {
    if (!isTable(entry)) {
      selected.push(entry);
      return;
    }
    const { when, skipIfEmpty, ...rest } = entry;
    const where = `${source}: settings[${index}]`;
    if (skipIfEmpty !== undefined && typeof skipIfEmpty !== "boolean") {
      throw new ConfigError(`${where}.skipIfEmpty must be true or false`);
    }
    if (skipIfEmpty === true && rest["value"] === "") return;
    if (when !== undefined) {
      if (!isTable(when)) throw new ConfigError(`${where}.when must be an object`);
      for (const [fact, allowed] of Object.entries(when)) {
        if (!(CONDITION_KEYS as readonly string[]).includes(fact)) {
          throw new ConfigError(
            `${where}.when.${fact} is not a known fact (allowed: ${CONDITION_KEYS.join(", ")})`,
          );
        }
        if (!Array.isArray(allowed) || !allowed.every((v) => typeof v === "string")) {
          throw new ConfigError(`${where}.when.${fact} must be an array of strings`);
        }
        const actual = facts[fact as keyof RuntimeFacts];
        if (actual === undefined) {
          throw new ConfigError(
            `${where} depends on ${fact}, but it is not set (ARG_${fact === "authSource" ? "AUTH_SOURCE" : "TASKS_MODE"})`,
          );
        }
        if (!allowed.includes(actual)) return;
      }
    }
    selected.push(rest);
  });
  return selected;
}

/**
 * Parses and checks the JSON text of a {@link ManagedConfig}. Entries with `when` / `skipIfEmpty`
 * are selected with `facts` first (see {@link selectSettings}).
 *
 * @throws ConfigError naming `source` when the text is not JSON or not a valid document.
 */
export function parseManagedConfig(
  json: string,
  source: string,
  facts: RuntimeFacts = {},
): ManagedConfig {
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
    settings: checkManagedSettings(selectSettings(document["settings"], facts, source), source),
  };
}

/**
 * Decodes base64 of the JSON text, or of its gzip (Terraform's `base64gzip`, which the install
 * wrapper uses so that a large config fits in a `coder_script`), and calls
 * {@link parseManagedConfig}.
 */
export function decodeManagedConfig(
  base64: string,
  source: string,
  facts: RuntimeFacts = {},
): ManagedConfig {
  const trimmed = base64.trim();
  if (trimmed === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new ConfigError(`${source} is not base64 text`);
  }
  let bytes = Buffer.from(trimmed, "base64");
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new ConfigError(`${source} is not valid gzip: ${(error as Error).message}`);
    }
  }
  return parseManagedConfig(bytes.toString("utf8"), source, facts);
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
