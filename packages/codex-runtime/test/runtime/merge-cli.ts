/**
 * Builds `merge-config.mjs` with the real build script (into a scratch directory) and runs it with
 * node the way the install script does.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { encodeManagedConfig } from "../../src/config/managed-config.js";
import type { ManagedSetting } from "../../src/config/toml-value.js";
import { PACKAGE_DIR } from "./scratch-dir.js";

/** Runs `node scripts/build-runtime.mjs --outfile <dir>/merge-config.mjs`; returns the bundle path. */
export function buildMergeConfig(dir: string): string {
  const outfile = join(dir, "merge-config.mjs");
  execFileSync(
    process.execPath,
    [join(PACKAGE_DIR, "scripts", "build-runtime.mjs"), "--outfile", outfile],
    {
      stdio: "pipe",
    },
  );
  return outfile;
}

/** The result of one run of the bundle. */
export interface MergeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <bundle> --config <config> --state <state>` with `ARG_MANAGED_CONFIG` set to the
 * encoded settings (or to `rawManagedConfig` when given, `null` to leave it unset).
 */
export function runMergeConfig(
  bundle: string,
  paths: { readonly config: string; readonly state: string },
  settings: readonly ManagedSetting[],
  rawManagedConfig?: string | null,
  extraArgs: readonly string[] = [],
): MergeRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env["ARG_MANAGED_CONFIG"];
  if (rawManagedConfig !== null) {
    env["ARG_MANAGED_CONFIG"] = rawManagedConfig ?? encodeManagedConfig(settings);
  }
  const result = spawnSync(
    process.execPath,
    [bundle, "--config", paths.config, "--state", paths.state, ...extraArgs],
    { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
