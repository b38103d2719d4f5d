/** One real npm install of the pinned Codex CLI, shared by the tests of a package. */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { machineNpmEnv, withLock } from "./scratch.js";

/**
 * An npm prefix with Codex `version` (`<prefix>/bin/codex`): `<cacheDir>/npm-codex-<version>`,
 * installed once with the real `npm install --global --prefix` and this machine's npm settings,
 * then kept. Workspaces that are not about the first install link their `~/.codex-module/npm` to
 * it, which is what a home volume that survived a restart looks like. Parallel test files wait on
 * a lock in `cacheDir`.
 * @throws Error with npm's output when the install fails.
 */
export async function sharedCodexPrefix(cacheDir: string, version: string): Promise<string> {
  const prefix = join(cacheDir, `npm-codex-${version}`);
  return withLock(cacheDir, "npm-codex", () => {
    const codex = join(prefix, "bin", "codex");
    if (existsSync(codex)) {
      const installed = spawnSync(codex, ["--version"], { encoding: "utf8" });
      if (installed.stdout.trim().endsWith(version)) return prefix;
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
        `@openai/codex@${version}`,
      ],
      { encoding: "utf8", env: { ...process.env, ...machineNpmEnv() } },
    );
    if (install.status !== 0) throw new Error(`npm install of Codex failed: ${install.stderr}`);
    rmSync(prefix, { recursive: true, force: true });
    renameSync(staging, prefix);
    return prefix;
  });
}
