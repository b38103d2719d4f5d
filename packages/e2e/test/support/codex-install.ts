import { machineNpmEnv } from "@codex-coder/test-support";
/**
 * The npm side of the workspaces: this machine's npm settings (what a workspace image would have),
 * and one real `npm install` of the pinned Codex shared by the workspaces that are not about the
 * first install, the way a home volume keeps `~/.codex-module/npm` across restarts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CACHE_DIR, CODEX_VERSION, withLock } from "./paths.js";

/**
 * The machine's npm cache and user config (by path; the file is not read here) and its TLS trust
 * and proxy settings. Without them npm in a throwaway HOME starts from a cold cache and may not
 * reach the registry at all.
 */
export function machineNetworkEnv(): Record<string, string> {
  return machineNpmEnv();
}

/** An npm prefix with the pinned Codex (`<prefix>/bin/codex`), installed once and kept in the cache. */
export async function sharedCodexPrefix(): Promise<string> {
  const prefix = join(CACHE_DIR, `npm-codex-${CODEX_VERSION}`);
  return withLock("npm-codex", () => {
    const codex = join(prefix, "bin", "codex");
    if (existsSync(codex)) {
      const version = spawnSync(codex, ["--version"], { encoding: "utf8" });
      if (version.stdout.trim().endsWith(CODEX_VERSION)) return prefix;
    }
    const staging = `${prefix}.staging`;
    rmSync(staging, { recursive: true, force: true });
    const install = spawnSync(
      "npm",
      [
        "install",
        "--global",
        "--prefix",
        staging,
        "--no-audit",
        "--no-fund",
        "--update-notifier=false",
        `@openai/codex@${CODEX_VERSION}`,
      ],
      { encoding: "utf8", env: { ...process.env, ...machineNetworkEnv() } },
    );
    if (install.status !== 0) throw new Error(`npm install of Codex failed: ${install.stderr}`);
    rmSync(prefix, { recursive: true, force: true });
    renameSync(staging, prefix);
    return prefix;
  });
}
