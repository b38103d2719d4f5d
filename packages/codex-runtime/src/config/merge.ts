/**
 * The three-way merge of managed settings into an existing `config.toml` text: pure, no I/O.
 *
 * For each desired key: absent → written; equal to what was applied last time (or, without a
 * record, already the desired value) → set to the desired value; changed since (by the user, or by
 * Codex itself, e.g. `/model`) → kept and reported. Keys applied last time and no longer desired
 * are removed when unchanged since, kept and reported otherwise. Nothing else in the text changes.
 */
import { parse } from "smol-toml";
import { ConfigError } from "./errors.js";
import { describeTomlError } from "./extra-toml.js";
import { checkManagedSettings } from "./managed-config.js";
import { describeValue, quotePath } from "./redact.js";
import {
  findKeyStatement,
  insertKey,
  readKey,
  removeEmptyTable,
  removeKey,
  replaceValue,
  type EditResult,
} from "./toml-editor.js";
import { scanToml } from "./toml-scanner.js";
import { formatKeyPath } from "./toml-format.js";
import {
  pathId,
  sortSettings,
  tomlValuesEqual,
  type ManagedSetting,
  type TomlValue,
} from "./toml-value.js";
import { verifyMerge } from "./verify-merge.js";

/** The inputs of {@link mergeManagedConfig}. */
export interface MergeInput {
  /** The current `config.toml` text, or `undefined` when the file does not exist. */
  readonly current: string | undefined;
  /** The settings the template asks for now. */
  readonly desired: readonly ManagedSetting[];
  /** The settings applied last time (`state/config-applied.json`), or `undefined` without a record. */
  readonly lastApplied: readonly ManagedSetting[] | undefined;
}

/** A desired value that is now in the file (written now, or already there). */
export interface AppliedDecision {
  readonly kind: "applied";
  readonly path: readonly string[];
  /** The desired value. */
  readonly value: TomlValue;
  /** The value that was replaced, when there was one. */
  readonly previous?: unknown;
  /** False when the file already had the desired value. */
  readonly changed: boolean;
  /** One log line, starting with `applied`; secret-looking values redacted. */
  readonly message: string;
}

/** Why a key was left as it is. */
export type KeptReason =
  /** The file's value differs from what was applied last time: someone changed it. */
  | "changed-since-applied"
  /** No record of applying this key, and the file has another value. */
  | "not-applied-before"
  /** The file has a table where the template wants a value, or a value where it wants a table. */
  | "conflicting-shape"
  /** The key is written in a form that is not edited automatically (inline table, array table). */
  | "not-editable"
  /** No longer desired, but changed since it was applied, so it is not removed. */
  | "changed-since-applied-not-removed";

/** A key the merge left alone, and why. */
export interface KeptDecision {
  readonly kind: "kept";
  readonly path: readonly string[];
  readonly reason: KeptReason;
  /** The value in the file (may be a table or `undefined` for shape conflicts). */
  readonly value: unknown;
  /** What the template asks for, when it still asks for this key. */
  readonly desired?: TomlValue;
  /** One log line, starting with `kept`; secret-looking values redacted. */
  readonly message: string;
}

/** A key applied last time, no longer desired, unchanged since, and now removed. */
export interface RemovedDecision {
  readonly kind: "removed";
  readonly path: readonly string[];
  /** The value that was removed. */
  readonly value: unknown;
  /** One log line, starting with `removed`; secret-looking values redacted. */
  readonly message: string;
}

/** One decision per desired key, and per key no longer desired that was in the file. */
export type MergeDecision = AppliedDecision | KeptDecision | RemovedDecision;

/** The outcome of {@link mergeManagedConfig}. */
export interface MergeResult {
  /** The new `config.toml` text. */
  readonly text: string;
  /** True when `text` differs from the input (or the file did not exist). */
  readonly changed: boolean;
  /** Decisions in canonical key order: desired keys first, then keys no longer desired. */
  readonly decisions: readonly MergeDecision[];
  /** The record to store as the new last-applied settings (the desired settings, canonical order). */
  readonly record: readonly ManagedSetting[];
}

/**
 * Merges `desired` into `current` (see the module comment), then parses the result and checks that
 * every applied value reads back as desired and every other key is unchanged.
 *
 * @throws ConfigError when `current` is not valid TOML, the settings are invalid, or the result
 *   would not read back as planned; the caller must then leave the file untouched.
 */
export function mergeManagedConfig(input: MergeInput): MergeResult {
  const desired = checkManagedSettings(input.desired, "managed config");
  const original = input.current ?? "";
  const originalDocument = parseExisting(original);
  const last = new Map<string, TomlValue>();
  for (const setting of input.lastApplied ?? []) last.set(pathId(setting.path), setting.value);

  let text = original;
  const decisions: MergeDecision[] = [];
  const emptiedTables: (readonly string[])[] = [];

  const edit = (result: EditResult, path: readonly string[]): EditResult => {
    if (result.ok) {
      parseEdited(result.text, path);
      text = result.text;
    }
    return result;
  };

  const removals: MergeDecision[] = [];
  const desiredIds = new Set(desired.map((setting) => pathId(setting.path)));
  const retired = sortSettings(input.lastApplied ?? []).filter(
    (setting) => !desiredIds.has(pathId(setting.path)),
  );
  for (const { path, value: lastValue } of retired) {
    const state = readKey(originalDocument, path);
    if (state.kind !== "value") continue;
    if (!tomlValuesEqual(state.value, lastValue)) {
      removals.push(kept(path, "changed-since-applied-not-removed", state.value));
      continue;
    }
    const table = findKeyStatement(scanToml(text), path)?.table;
    const result = edit(removeKey(text, scanToml(text), path), path);
    if (!result.ok) {
      removals.push(
        kept(path, "not-editable", state.value, undefined, `not removed: ${result.reason}`),
      );
      continue;
    }
    removals.push({
      kind: "removed",
      path,
      value: state.value,
      message: `removed ${quotePath(path)} (${describeValue(path, state.value)}): the template no longer sets it`,
    });
    if (table !== undefined) emptiedTables.push(table);
  }

  for (const table of [...emptiedTables].sort((a, b) => b.length - a.length)) {
    text = removeEmptyTable(text, scanToml(text), parseEdited(text, table), table);
  }

  // Keys are removed first, so a key that becomes a table (or the reverse) is applied in one run.
  const afterRemovals = parseEdited(text, []);
  for (const { path, value } of desired) {
    const state = readKey(afterRemovals, path);
    const lastValue = last.get(pathId(path));
    const hadRecord = last.has(pathId(path));
    if (state.kind === "table") {
      decisions.push(
        kept(path, "conflicting-shape", undefined, value, "the file has a table there"),
      );
      continue;
    }
    if (state.kind === "blocked-by-value") {
      decisions.push(
        kept(
          path,
          "conflicting-shape",
          undefined,
          value,
          `${quotePath(state.prefix)} holds a value (${describeValue(path, state.value)}), ` +
            "not a table, and that value is kept",
        ),
      );
      continue;
    }
    if (state.kind === "absent") {
      const result = edit(insertKey(text, scanToml(text), path, value), path);
      decisions.push(
        result.ok
          ? applied(path, value, undefined, true)
          : kept(path, "not-editable", undefined, value, `not added: ${result.reason}`),
      );
      continue;
    }
    if (tomlValuesEqual(state.value, value)) {
      decisions.push(applied(path, value, state.value, false));
      continue;
    }
    if (!hadRecord || !tomlValuesEqual(state.value, lastValue)) {
      const reason = hadRecord ? "changed-since-applied" : "not-applied-before";
      decisions.push(kept(path, reason, state.value, value));
      continue;
    }
    const result = edit(replaceValue(text, scanToml(text), path, value), path);
    decisions.push(
      result.ok
        ? applied(path, value, state.value, true)
        : kept(path, "not-editable", state.value, value, `not updated: ${result.reason}`),
    );
  }

  decisions.push(...removals);
  verifyMerge(originalDocument, parseEdited(text, []), decisions);
  return {
    text,
    changed: input.current === undefined || text !== original,
    decisions,
    record: desired,
  };
}

function parseExisting(text: string): Record<string, unknown> {
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(
      `the existing config.toml is not valid TOML (${describeTomlError(error)}); fix or remove it`,
      { cause: error },
    );
  }
}

function parseEdited(text: string, path: readonly string[]): Record<string, unknown> {
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(
      `editing \`${formatKeyPath(path)}\` produced invalid TOML (${describeTomlError(error)})`,
      { cause: error },
    );
  }
}

function applied(
  path: readonly string[],
  value: TomlValue,
  previous: unknown,
  changed: boolean,
): AppliedDecision {
  const shown = `applied ${quotePath(path)} = ${describeValue(path, value)}`;
  const message = !changed
    ? `${shown} (already set)`
    : previous === undefined
      ? shown
      : `${shown} (was ${describeValue(path, previous)}, as applied last time)`;
  return previous === undefined
    ? { kind: "applied", path, value, changed, message }
    : { kind: "applied", path, value, previous, changed, message };
}

function kept(
  path: readonly string[],
  reason: KeptReason,
  value: unknown,
  desired?: TomlValue,
  detail?: string,
): KeptDecision {
  const asks = (now: boolean): string =>
    desired === undefined
      ? ""
      : `; the template ${now ? "now asks" : "asks"} for ${describeValue(path, desired)}`;
  let message: string;
  switch (reason) {
    case "changed-since-applied":
      message = `kept your value for ${quotePath(path)} (${describeValue(path, value)})${asks(true)}`;
      break;
    case "not-applied-before":
      message = `kept your value for ${quotePath(path)} (${describeValue(path, value)})${asks(false)}`;
      break;
    case "changed-since-applied-not-removed":
      message =
        `kept your value for ${quotePath(path)} (${describeValue(path, value)}): the template ` +
        "no longer sets it, but it was changed since it was applied";
      break;
    case "conflicting-shape":
    case "not-editable":
      message = `kept ${quotePath(path)} as it is: ${detail ?? ""}${asks(false)}`;
      break;
  }
  const decision = { kind: "kept" as const, path, reason, value, message };
  return desired === undefined ? decision : { ...decision, desired };
}
