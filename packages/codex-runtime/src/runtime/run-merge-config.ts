/** The merge-config program: reads the files, merges, writes atomically, reports decisions. */
import { createHash } from "node:crypto";
import { chmodSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "../config/errors.js";
import { explainRefusal } from "../config/refusal.js";
import { decodeManagedConfig } from "../config/managed-config.js";
import { mergeManagedConfig, type MergeDecision } from "../config/merge.js";
import { parse } from "smol-toml";
import { readAppliedRecord, writeAppliedRecord } from "./applied-record.js";
import { writeFileAtomic } from "./atomic-write.js";
import { checkCodexLoad, codexVersion } from "./codex-load-check.js";
import { formatKeyPath } from "../config/toml-format.js";
import { sortSettings, type ManagedSetting } from "../config/toml-value.js";
import { decodeTemplateToml, templateTomlSettings } from "../config/template-toml.js";

/** What {@link runMergeConfig} needs. */
export interface MergeConfigOptions {
  /** Path of Codex's `config.toml` (need not exist). */
  readonly configPath: string;
  /** Path of `state/config-applied.json` (need not exist). */
  readonly statePath: string;
  /** The base64 JSON managed config (the value of `ARG_MANAGED_CONFIG`). */
  readonly managedConfig: string | undefined;
  /**
   * The base64 (gzip) JSON list of template TOML pieces (the value of `ARG_TEMPLATE_TOML`): TOML
   * from template variables or parameters, checked here and added to the managed settings (see
   * `templateTomlSettings`). @default - none
   */
  readonly templateToml?: string | undefined;
  /**
   * The Codex binary that will read the file. When set, the merged file is loaded with it (see
   * `checkCodexLoad`) unless this exact text already loaded with this exact Codex version (recorded
   * in `config-checked.json` next to the state record); when Codex refuses it, or ignores a key the
   * template sets, both files are restored and the merge fails. @default - no check
   */
  readonly codex?: string;
  /**
   * What `codex --version` prints for {@link codex} (e.g. `codex-cli 0.169.0`), when the caller
   * knows it (the install script keeps it with a fingerprint of the installed files): saves a
   * Node.js start and a Codex start on every run. @default - `codex --version` is run
   */
  readonly codexVersion?: string;
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
  const managed = decodeManagedConfig(options.managedConfig, "ARG_MANAGED_CONFIG").settings;
  const pieces = decodeTemplateToml(options.templateToml ?? "", "ARG_TEMPLATE_TOML");
  const desired = sortSettings([...managed, ...templateTomlSettings(managed, pieces)]);
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
  const refusals = explainRefusal(
    parse(current ?? ""),
    parse(result.text),
    result.decisions,
    options.configPath,
  );
  if (refusals.length > 0) {
    throw new ConfigError(
      `${options.configPath}: Codex 0.169 (whose rules the merge checks) would refuse the merged file, so it ` +
        `was left untouched: ${refusals.join("; ")}`,
    );
  }
  const written = result.changed && !(current === undefined && result.text === "");
  const previousRecord = readOptional(options.statePath);
  if (written) writeFileAtomic(options.configPath, result.text);
  else if (current !== undefined) ensurePrivate(options.configPath);
  writeAppliedRecord(options.statePath, result.record);
  if (options.codex !== undefined && (written || current !== undefined)) {
    const problem = loadWithCodex(options.codex, options, result.text, result.record, warnings);
    if (problem !== undefined) {
      restore(options.statePath, previousRecord);
      if (written) restore(options.configPath, current);
      throw new ConfigError(
        written
          ? `${options.configPath}: ${problem}; the previous file was restored, nothing changed`
          : `${options.configPath} (not changed by the merge): ${problem}; fix or remove it`,
      );
    }
  }
  return { decisions: result.decisions, warnings, written };
}

/**
 * Loads the written file with the real Codex; returns why it must not stay, or `undefined`.
 * Keys Codex ignores that the template did not set are only warned about: they are the user's.
 */
function loadWithCodex(
  codex: string,
  options: MergeConfigOptions,
  text: string,
  record: readonly ManagedSetting[],
  warnings: string[],
): string | undefined {
  const checkedPath = join(dirname(options.statePath), "config-checked.json");
  const sha256 = createHash("sha256").update(text).digest("hex");
  const version = options.codexVersion ?? codexVersion(codex, dirname(options.configPath));
  const last = readOptional(checkedPath);
  if (last !== undefined && last === JSON.stringify({ sha256, codex: version })) return undefined;
  const load = checkCodexLoad(codex, options.configPath, version);
  if (load.error !== undefined) return `${version} cannot load it: ${load.error}`;
  // Codex names the outermost unknown key: `histroy` for a managed `histroy.persistence`.
  const managed = record.map((setting) => formatKeyPath(setting.path));
  const ignoredManaged = load.ignored.filter((key) =>
    managed.some((path) => path === key || path.startsWith(`${key}.`)),
  );
  if (ignoredManaged.length > 0) {
    return (
      `${version} ignores ${ignoredManaged.map((k) => `\`${k}\``).join(", ")}, which the template ` +
      "sets (a typo, or a setting this Codex version does not have): fix the template's settings"
    );
  }
  for (const key of load.ignored) {
    warnings.push(`${options.configPath}: ${version} ignores \`${key}\` (not a setting it knows)`);
  }
  if (load.unchecked !== undefined) {
    warnings.push(`could not list the keys Codex ignores: ${load.unchecked}`);
  } else {
    writeFileAtomic(checkedPath, JSON.stringify({ sha256, codex: version }));
  }
  return undefined;
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function restore(path: string, text: string | undefined): void {
  if (text === undefined) rmSync(path, { force: true });
  else writeFileAtomic(path, text);
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
