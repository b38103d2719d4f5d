/** `state/config-applied.json`: the managed settings applied last time. */
import { readFileSync } from "node:fs";
import { parseManagedConfig, serializeManagedConfig } from "../config/managed-config.js";
import type { ManagedSetting } from "../config/toml-value.js";
import { writeFileAtomic } from "./atomic-write.js";

/** The record read from disk: its settings, or why it could not be used. */
export interface AppliedRecord {
  /** The settings applied last time; `undefined` when there is no usable record. */
  readonly settings: readonly ManagedSetting[] | undefined;
  /** Set when a record exists but is unreadable (it is then ignored, like a missing one). */
  readonly warning?: string;
}

/**
 * Reads the record at `path`. A missing file means "no record"; an unreadable or invalid one is
 * ignored with a warning (the merge then keeps every value that differs from the desired one).
 */
export function readAppliedRecord(path: string): AppliedRecord {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { settings: undefined };
    return { settings: undefined, warning: `cannot read ${path}: ${(error as Error).message}` };
  }
  try {
    return { settings: parseManagedConfig(text, path).settings };
  } catch (error) {
    return {
      settings: undefined,
      warning: `${(error as Error).message}; treating it as missing (values you changed are kept)`,
    };
  }
}

/** Writes the record atomically (mode 0600): `{"version":1,"settings":[…]}` and a line break. */
export function writeAppliedRecord(path: string, settings: readonly ManagedSetting[]): void {
  writeFileAtomic(path, `${serializeManagedConfig(settings)}\n`);
}
