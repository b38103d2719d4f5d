export * from "./runtime-files.js";
export { parseExtraToml, describeTomlError } from "./config/extra-toml.js";
export {
  CHECKED_KEYS,
  RESERVED_PROVIDER_IDS,
  validateCodexSettings,
  type ConfigProblem,
  type ConfigProblemEffect,
} from "./config/codex-rules.js";
export { ConfigError } from "./config/errors.js";
export type { ManagedSetting, TomlValue } from "./config/toml-value.js";
export * from "./enums.js";
