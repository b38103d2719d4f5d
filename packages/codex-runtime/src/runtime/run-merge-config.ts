/** The merge-config program: reads the files, merges, writes atomically, reports decisions. */
import { chmodSync, readFileSync, statSync } from "node:fs";
import { validateCodexSettings } from "../config/codex-rules.js";
import { ConfigError } from "../config/errors.js";
import { collectSettings } from "../config/flatten.js";
import { decodeManagedConfig, type RuntimeFacts } from "../config/managed-config.js";
import { mergeManagedConfig, type MergeDecision } from "../config/merge.js";
import { parse } from "smol-toml";
import { readAppliedRecord, writeAppliedRecord } from "./applied-record.js";
import { writeFileAtomic } from "./atomic-write.js";

/** What {@link runMergeConfig} needs. */
export interface MergeConfigOptions {
  /** Path of Codex's `config.toml` (need not exist). */
  readonly configPath: string;
  /** Path of `state/config-applied.json` (need not exist). */
  readonly statePath: string;
  /** The base64 JSON managed config (the value of `ARG_MANAGED_CONFIG`). */
  readonly managedConfig: string | undefined;
  /** Facts that select conditional settings (`ARG_AUTH_SOURCE`, `ARG_TASKS_MODE`). @default {} */
  readonly facts?: RuntimeFacts;
}

/** What happened. */
export interface MergeConfigOutcome {
  /** One per decision, in canonical key order. */
  readonly decisions: readonly MergeDecision[];
  /** Non-fatal problems, each one line without the `Warning: ` prefix. */
  readonly warnings: readonly string[];
  /** True when `config.toml` was (re)written. */
  readonly written: boolean;
}

/**
 * Merges the managed config into `configPath` (see `mergeManagedConfig`), writes the file (0600)
 * and the new record atomically, and returns the decisions. On any error nothing is written.
 *
 * @throws ConfigError (or a file-system error) with a message suitable after `Error: `.
 */
export function runMergeConfig(options: MergeConfigOptions): MergeConfigOutcome {
  if (options.managedConfig === undefined || options.managedConfig.trim() === "") {
    throw new ConfigError("ARG_MANAGED_CONFIG is not set (expected base64-encoded JSON)");
  }
  const desired = decodeManagedConfig(
    options.managedConfig,
    "ARG_MANAGED_CONFIG",
    options.facts ?? {},
  ).settings;
  const record = readAppliedRecord(options.statePath);
  const warnings = record.warning === undefined ? [] : [record.warning];
  const current = readConfig(options.configPath);
  let result;
  try {
    result = mergeManagedConfig({ current, desired, lastApplied: record.settings });
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError(
        `${options.configPath}: ${error.message}; the file was left untouched`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
  const written = result.changed && !(current === undefined && result.text === "");
  if (written) writeFileAtomic(options.configPath, result.text);
  else if (current !== undefined) ensurePrivate(options.configPath);
  writeAppliedRecord(options.statePath, result.record);
  for (const problem of validateCodexSettings(collectSettings(parse(result.text)))) {
    if (problem.effect === "rejected") {
      warnings.push(`${options.configPath}: ${problem.message} (Codex will refuse this config)`);
    }
  }
  return { decisions: result.decisions, warnings, written };
}

function readConfig(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  const text = bytes.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(bytes)) {
    throw new ConfigError(`${path} is not valid UTF-8; the file was left untouched`);
  }
  return text;
}

function ensurePrivate(path: string): void {
  if ((statSync(path).mode & 0o777) !== 0o600) chmodSync(path, 0o600);
}
