/**
 * The npm side of the workspaces: this machine's npm settings (what a workspace image would have),
 * and one real `npm install` of the pinned Codex shared by the workspaces that are not about the
 * first install, the way a home volume keeps `~/.codex-module/npm` across restarts.
 */
import {
  machineNpmEnv,
  sharedCodexPrefix as installSharedCodexPrefix,
} from "@codex-coder/test-support";
import { CACHE_DIR, CODEX_VERSION } from "./paths.js";

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
  return installSharedCodexPrefix(CACHE_DIR, CODEX_VERSION);
}
