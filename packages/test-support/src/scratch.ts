import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

/**
 * A scratch folder for tests that run the real Codex CLI: `<packageDir>/.tmp/<name>` (git-ignored
 * by its own `.gitignore`), or, when the checkout itself lives under the system temp dir (a CI
 * clone in /tmp), `~/.cache/codex-coder-tests/<hash>/<name>`. Codex refuses to create its PATH
 * helpers under /tmp and prints a warning on every command there, which tests would see.
 */
export function scratchRoot(packageDir: string, name: string): string {
  const pkg = resolve(packageDir);
  const rel = relative(resolve(tmpdir()), pkg);
  const underTmp = rel !== "" && !rel.startsWith("..") && !rel.startsWith("/");
  let root: string;
  if (underTmp) {
    const hash = createHash("sha256").update(pkg).digest("hex").slice(0, 12);
    root = join(homedir(), ".cache", "codex-coder-tests", hash);
  } else {
    root = join(pkg, ".tmp");
  }
  mkdirSync(join(root, name), { recursive: true });
  if (!underTmp) writeFileSync(join(root, ".gitignore"), "*\n");
  return join(root, name);
}

let cachedNpmEnv: Record<string, string> | undefined;

/**
 * The machine's npm settings (cache, user config, CA file) and TLS/proxy environment, for npm run
 * in a throwaway HOME as a workspace image would have them. Read outside any npm workspace and
 * without an enclosing `npm run`'s npm_config_* variables.
 * @throws Error naming the setting when `npm config get` fails.
 */
export function machineNpmEnv(): Record<string, string> {
  if (cachedNpmEnv !== undefined) return cachedNpmEnv;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
  ) as NodeJS.ProcessEnv;
  const get = (key: string): string => {
    const res = spawnSync("npm", ["config", "get", key], {
      encoding: "utf8",
      cwd: homedir(),
      env: clean,
    });
    if (res.status !== 0) throw new Error(`npm config get ${key} failed: ${res.stderr.trim()}`);
    const value = res.stdout.trim();
    return value === "null" || value === "undefined" ? "" : value;
  };
  const env: Record<string, string> = {};
  const cache = get("cache");
  const userconfig = get("userconfig");
  const cafile = get("cafile");
  if (cache !== "") env["npm_config_cache"] = cache;
  if (userconfig !== "" && existsSync(userconfig)) env["npm_config_userconfig"] = userconfig;
  if (cafile !== "" && existsSync(cafile)) env["npm_config_cafile"] = cafile;
  for (const name of [
    "NODE_EXTRA_CA_CERTS",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "NO_PROXY",
    "https_proxy",
    "http_proxy",
    "no_proxy",
  ]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  cachedNpmEnv = env;
  return env;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` while holding the lock folder `<dir>/<name>.lock` (test files run in parallel workers
 * and share caches). A lock left by a process that died is taken over.
 * @throws Error when the lock is not free within `timeoutMs`.
 */
export async function withLock<T>(
  dir: string,
  name: string,
  fn: () => T | Promise<T>,
  timeoutMs = 600_000,
): Promise<T> {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, `${name}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      let owner = Number.NaN;
      try {
        owner = Number(readFileSync(join(lock, "pid"), "utf8"));
      } catch {
        // being created or removed right now
      }
      if (Number.isInteger(owner) && !processAlive(owner))
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${lock}`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
