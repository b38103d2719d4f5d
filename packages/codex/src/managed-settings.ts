/** A value a managed config.toml key may hold. Strings may be Terraform expressions. */
export type SettingValue = string | number | boolean | readonly SettingValue[];

/** One leaf key of config.toml the template manages. */
export interface ManagedSettingSpec {
  /** Key path, e.g. `["sandbox_workspace_write", "network_access"]`. */
  readonly path: readonly string[];
  /** The value. */
  readonly value: SettingValue;
  /** Where the value was set, for error messages (e.g. `sandboxMode`). */
  readonly source: string;
  /**
   * A Terraform condition (e.g. `var.codex_auth_source == "ai-gateway"`) deciding at plan time
   * whether the key is managed, for choices made when the template is pushed. The workspace only
   * receives the settings whose condition held.
   * @default - always managed
   */
  readonly when?: string;
}

/** Renders a key path as TOML's dotted form for messages: `projects."/home/coder".trust_level`. */
export function dottedPath(path: readonly string[]): string {
  return path.map((k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k))).join(".");
}
