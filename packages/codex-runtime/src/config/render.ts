/** Renders managed settings as a fresh `config.toml` text. */
import { mergeManagedConfig } from "./merge.js";
import type { ManagedSetting } from "./toml-value.js";

/**
 * A fresh `config.toml` for `settings`: root keys first, then one `[table]` per table in canonical
 * order (keys sorted by name), values rendered by smol-toml on one line each. The same text the
 * merge writes when no file exists, so a later merge of the same settings changes nothing.
 *
 * @throws ConfigError when the settings are invalid or collide.
 */
export function renderToml(settings: readonly ManagedSetting[]): string {
  return mergeManagedConfig({ current: undefined, desired: settings, lastApplied: undefined }).text;
}
