import type { AuthSource } from "./auth.js";
import type { TasksMode } from "./codex-props.js";

/** A value a managed config.toml key may hold. Strings may be Terraform expressions. */
export type SettingValue = string | number | boolean | readonly SettingValue[];

/**
 * Runtime facts a setting may depend on, when the template only knows them at plan time (a
 * template variable). The install script gets the facts as `ARG_AUTH_SOURCE` / `ARG_TASKS_MODE`
 * and drops the settings whose condition does not hold.
 */
export interface SettingCondition {
  /** Applies only when the auth source is one of these. */
  readonly authSource?: readonly AuthSource[];
  /** Applies only when the Tasks mode is one of these. */
  readonly tasksMode?: readonly TasksMode[];
}

/** One leaf key of config.toml the template manages. */
export interface ManagedSettingSpec {
  /** Key path, e.g. `["sandbox_workspace_write", "network_access"]`. */
  readonly path: readonly string[];
  /** The value. */
  readonly value: SettingValue;
  /** Where the value was set, for error messages (e.g. `sandboxMode`). */
  readonly source: string;
  /** Applies only under these runtime facts. @default - always */
  readonly when?: SettingCondition;
  /** Skip the key when the value turns out empty at plan time (e.g. an unset model variable). @default false */
  readonly skipIfEmpty?: boolean;
}

/** Renders a key path as TOML's dotted form for messages: `projects."/home/coder".trust_level`. */
export function dottedPath(path: readonly string[]): string {
  return path.map((k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k))).join(".");
}

/** The JSON document the install script receives in `ARG_MANAGED_CONFIG`. */
export interface ManagedConfigDocument {
  readonly version: 1;
  readonly settings: ReadonlyArray<{
    readonly path: readonly string[];
    readonly value: SettingValue;
    readonly when?: SettingCondition;
    readonly skipIfEmpty?: boolean;
  }>;
}

/** Builds the document from specs (drops the `source` bookkeeping). */
export function toDocument(specs: readonly ManagedSettingSpec[]): ManagedConfigDocument {
  return {
    version: 1,
    settings: specs.map((s) => ({
      path: s.path,
      value: s.value,
      ...(s.when ? { when: s.when } : {}),
      ...(s.skipIfEmpty ? { skipIfEmpty: true } : {}),
    })),
  };
}
