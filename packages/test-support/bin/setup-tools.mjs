#!/usr/bin/env node
// setup-tools: locates or builds the real toolchain the tests run against.
//
// Everything is cached in <repo>/.cache/toolchain/ and keyed by the versions in
// packages/test-support/toolchain.versions.json, so a second run only checks what is there.
// The result is described in <repo>/.cache/toolchain/toolchain.json (read by loadToolchain()).
//
// Modes:
//   mirror   (default when `go` is on PATH) builds every enabled provider and agentapi with Go and
//            serves the providers from a local filesystem mirror; `terraform init` never touches
//            the network. A provider built from an upstream source tarball (method
//            source-tarball) whose tarball is not there comes from the public registry instead.
//            agentapi is built from its source tarball with its chat UI (Next.js, npm).
//   registry (default without Go) providers come from the public registry at `terraform init`;
//            agentapi must be given with AGENTAPI_BIN.
//
// Environment:
//   CODEX_CODER_TOOLCHAIN=mirror|registry  force a mode
//   CODEX_CODER_TERRAFORM=build|<path>     build terraform from source, or use this binary
//   AGENTAPI_BIN=<path>                    use this agentapi binary instead of building one
//   CODEX_CODER_SOURCES=<dir>              where the source tarballs are (default: `sources.dir`
//                                          of the versions file, relative to the repository root)
//
// Flags: --force (rebuild everything), --help.
//
// Plain Node (no dependencies, no build step): it runs before anything is compiled.

import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const PREFIX = "[setup-tools]";
const HEARTBEAT_MS = 30_000;

class SetupError extends Error {}

/** @param {string} message */
function info(message) {
  process.stdout.write(`${PREFIX} ${message}\n`);
}

/** @param {string} message */
function warning(message) {
  process.stderr.write(`Warning: ${message}\n`);
}

/** @param {string} message @returns {never} */
function fail(message) {
  throw new SetupError(message);
}

/** @param {number} startedAt */
function secondsSince(startedAt) {
  return (Date.now() - startedAt) / 1000;
}

/** @param {number} s */
function fmtSeconds(s) {
  return `${s.toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------
// Paths

/** Walks up from `start` to the package.json that declares `workspaces`. */
function findRepoRoot(start) {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (fs.existsSync(candidate)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(candidate, "utf8"));
        if (pkg && typeof pkg === "object" && "workspaces" in pkg) return dir;
      } catch {
        // not a usable package.json, keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      fail(`no package.json with "workspaces" found above ${start}`);
    }
    dir = parent;
  }
}

/** How a tool is built; see the `$comment` of toolchain.versions.json. */
const BUILD_METHODS = ["go-install", "wrapper", "source-tarball"];

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const versionsFile = path.join(packageDir, "toolchain.versions.json");

/** Finds an executable on PATH; returns its absolute path or null. */
function which(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Compares dotted numeric versions ("1.26.8" vs "1.26.0"); pre-release tails are ignored. */
function compareVersions(a, b) {
  const pa = a
    .replace(/^v|^go/, "")
    .split(/[.+-]/)
    .slice(0, 3)
    .map(Number);
  const pb = b
    .replace(/^v|^go/, "")
    .split(/[.+-]/)
    .slice(0, 3)
    .map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

function sha256File(file) {
  const hash = createHash("sha256");
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest("hex");
}

/** Writes a file via a temp file + rename so readers never see half a file. */
function writeFileAtomic(file, content, mode = 0o644) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, content, { mode });
  fs.renameSync(tmp, file);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/**
 * Runs a command, appending its output to `logFile`, printing a heartbeat while it runs.
 * Throws a SetupError with the log tail when it fails.
 */
async function runLogged(command, args, { cwd, env, logFile, label }) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.appendFileSync(logFile, `\n$ (cd ${cwd} && ${command} ${args.join(" ")})\n`);
  const out = fs.openSync(logFile, "a");
  const startedAt = Date.now();
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] });
      const timer = setInterval(() => {
        info(`  … ${label}: still running (${fmtSeconds(secondsSince(startedAt))})`);
      }, HEARTBEAT_MS);
      child.on("error", (err) => {
        clearInterval(timer);
        reject(err);
      });
      child.on("close", (exitCode, signal) => {
        clearInterval(timer);
        resolve(exitCode ?? (signal ? 128 : 1));
      });
    });
    if (code !== 0) {
      const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-25).join("\n");
      fail(`${label} failed (exit ${code}). Last lines of ${logFile}:\n${tail}`);
    }
  } finally {
    fs.closeSync(out);
  }
}

function runCapture(command, args, env) {
  const res = spawnSync(command, args, { env, encoding: "utf8", timeout: 60_000 });
  if (res.error) fail(`could not run ${command} ${args.join(" ")}: ${res.error.message}`);
  return { code: res.status ?? 1, stdout: res.stdout ?? "", stderr: res.stderr ?? "" };
}

// ---------------------------------------------------------------------------------------------
// Lock, so two concurrent runs do not build the same thing twice

async function acquireLock(cacheDir) {
  const lockDir = path.join(cacheDir, "lock");
  let announced = false;
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, "pid"), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(lockDir, "pid"), "utf8"));
    } catch {
      // the owner may be between mkdir and writing its pid
    }
    let alive = false;
    if (Number.isInteger(owner) && owner > 0) {
      try {
        process.kill(owner, 0); // signal 0 only checks that the process exists
        alive = true;
      } catch (err) {
        alive = err.code === "EPERM";
      }
    } else {
      // unknown owner: treat as alive for a few seconds, then as stale
      const age = Date.now() - fs.statSync(lockDir).mtimeMs;
      alive = age < 10_000;
    }
    if (!alive) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) {
      info(`waiting for another setup-tools run (pid ${owner}) to finish…`);
      announced = true;
    }
    if (Date.now() > deadline) fail(`gave up waiting for the lock ${lockDir} held by pid ${owner}`);
    await sleep(1000);
  }
}

// ---------------------------------------------------------------------------------------------
// Versions file

function loadVersions() {
  let data;
  try {
    data = readJson(versionsFile);
  } catch (err) {
    fail(`cannot read ${versionsFile}: ${err.message}`);
  }
  if (data?.schemaVersion !== 1) {
    fail(`${versionsFile}: schemaVersion must be 1, got ${JSON.stringify(data?.schemaVersion)}`);
  }
  const checkBuild = (where, spec) => {
    for (const field of ["version", "binary", "module", "moduleVersion", "package", "method"]) {
      if (typeof spec?.[field] !== "string" || spec[field] === "") {
        fail(`${versionsFile}: ${where}.${field} must be a non-empty string`);
      }
    }
    if (!BUILD_METHODS.includes(spec.method)) {
      fail(
        `${versionsFile}: ${where}.method must be one of ${BUILD_METHODS.join(", ")}, got "${spec.method}"`,
      );
    }
    if (spec.method === "source-tarball") {
      if (typeof spec.tarball !== "string" || !/^[A-Za-z0-9._-]+$/.test(spec.tarball)) {
        fail(`${versionsFile}: ${where}.tarball must be a file name in the sources directory`);
      }
      if (!/^[0-9a-f]{64}$/.test(spec.sha256 ?? "")) {
        fail(`${versionsFile}: ${where}.sha256 must be the tarball's sha256 (64 hex digits)`);
      }
    }
    if (spec.ldflags !== undefined && typeof spec.ldflags !== "string") {
      fail(`${versionsFile}: ${where}.ldflags must be a string`);
    }
    if (spec.replaceAt !== undefined) {
      const { version, paths } = spec.replaceAt;
      if (typeof version !== "string" || !Array.isArray(paths) || paths.length === 0) {
        fail(`${versionsFile}: ${where}.replaceAt must be { "version": "vX.Y.Z", "paths": [...] }`);
      }
    }
  };
  checkBuild("terraform.build", data.terraform?.build);
  checkBuild("agentapi", data.agentapi);
  if (data.sources !== undefined) {
    if (typeof data.sources?.dir !== "string" || typeof data.sources?.checksums !== "string") {
      fail(`${versionsFile}: sources must be { "dir": "<dir>", "checksums": "<file>" }`);
    }
  }
  for (const [name, spec] of Object.entries(data.tools ?? {})) checkBuild(`tools.${name}`, spec);
  for (const [name, spec] of Object.entries(data.providers ?? {})) {
    checkBuild(`providers.${name}`, spec);
    if (spec.method === "source-tarball" && data.sources === undefined) {
      fail(
        `${versionsFile}: providers.${name} is built from a source tarball but there is no "sources"`,
      );
    }
    if (typeof spec.enabled !== "boolean") {
      fail(`${versionsFile}: providers.${name}.enabled must be true or false`);
    }
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(spec.source ?? "")) {
      fail(`${versionsFile}: providers.${name}.source must look like "namespace/type"`);
    }
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Go builds

function goPlatform() {
  const goos = { linux: "linux", darwin: "darwin", win32: "windows", freebsd: "freebsd" }[
    process.platform
  ];
  const goarch = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386" }[process.arch];
  if (!goos || !goarch) fail(`unsupported platform ${process.platform}/${process.arch}`);
  return { os: goos, arch: goarch };
}

/** The go.mod of a wrapper module that builds `spec.package` as a tool of a local main module. */
function wrapperGoMod(name, spec) {
  const lines = [`module local/${name}-build`, "", `go ${spec.goDirective ?? "1.24"}`, ""];
  lines.push(`require ${spec.module} ${spec.moduleVersion}`);
  for (const req of spec.require ?? []) lines.push(`require ${req.path} ${req.version}`);
  lines.push("");
  for (const rep of spec.replace ?? []) {
    lines.push(`replace ${rep.path} => ${rep.with} ${rep.version}`);
  }
  for (const p of spec.replaceAt?.paths ?? []) {
    lines.push(`replace ${p} => ${p} ${spec.replaceAt.version}`);
  }
  lines.push("", `tool ${spec.package}`, "");
  return lines.join("\n");
}

/** Checks with `go version -m` that a binary was built from the module version we asked for. */
function verifyModule(goBin, goEnv, binary, spec) {
  const res = runCapture(goBin, ["version", "-m", binary], goEnv);
  if (res.code !== 0) fail(`go version -m ${binary} failed: ${res.stderr.trim()}`);
  const lines = res.stdout.split("\n").map((l) => l.trim().split(/\s+/));
  if (spec.method === "source-tarball") {
    // Built as the main module from an extracted tarball: Go records it as `mod <path> (devel)`.
    const main = lines.find((l) => l[0] === "mod");
    if (!main || main[1] !== spec.module) {
      fail(
        `${binary} was not built from ${spec.module} (go version -m says: ${main?.[1] ?? "no module line"})`,
      );
    }
    return res.stdout.split("\n")[0]?.split(":")[1]?.trim() ?? "unknown";
  }
  const mod = lines.find((l) => l[0] === "mod" || (l[0] === "dep" && l[1] === spec.module));
  if (!mod || mod[1] !== spec.module || mod[2] !== spec.moduleVersion) {
    fail(
      `${binary} was not built from ${spec.module}@${spec.moduleVersion} ` +
        `(go version -m says: ${mod ? mod.slice(1, 3).join("@") : "no module line"})`,
    );
  }
  const expectedReplace = (spec.replace ?? []).find((r) => r.path === spec.module);
  if (expectedReplace) {
    const idx = lines.indexOf(mod);
    const rep = lines[idx + 1];
    if (!rep || rep[0] !== "=>" || rep[1] !== expectedReplace.with) {
      fail(`${binary}: expected ${spec.module} => ${expectedReplace.with}, not found`);
    }
    if (rep[2] !== expectedReplace.version) {
      fail(`${binary}: expected replacement version ${expectedReplace.version}, got ${rep[2]}`);
    }
  }
  const goVersion = res.stdout.split("\n")[0]?.split(":")[1]?.trim() ?? "unknown";
  return goVersion;
}

/**
 * Builds one Go binary into <cache>/bin/<name>/<version>/<binary> unless an identical build is
 * already there. The binary is built in a temp dir and renamed into place (atomic on one file
 * system); build.json next to it records the build key and the binary's sha256.
 */
async function ensureGoBinary(ctx, name, spec) {
  const finalDir = path.join(ctx.cacheDir, "bin", name, spec.version);
  const finalBin = path.join(finalDir, spec.binary);
  const stampFile = path.join(finalDir, "build.json");
  const key = {
    name,
    version: spec.version,
    module: spec.module,
    moduleVersion: spec.moduleVersion,
    package: spec.package,
    method: spec.method,
    goDirective: spec.goDirective ?? null,
    require: spec.require ?? [],
    replace: spec.replace ?? [],
    // Only when set, so that builds keyed before these fields existed stay valid.
    ...(spec.replaceAt ? { replaceAt: spec.replaceAt } : {}),
    ...(spec.ldflags ? { ldflags: spec.ldflags } : {}),
    ...(spec.tarball ? { tarball: spec.tarball, sha256: spec.sha256 } : {}),
    ...(spec.chatUi ? { chatUi: spec.chatUi, chatUiRecipe: CHAT_UI_RECIPE } : {}),
    goEnv: ctx.versions.go.env,
    platform: ctx.platform,
  };
  const keyText = JSON.stringify(key);
  if (!ctx.force && fs.existsSync(finalBin) && fs.existsSync(stampFile)) {
    try {
      const stamp = readJson(stampFile);
      if (JSON.stringify(stamp.key) === keyText && stamp.sha256 === sha256File(finalBin)) {
        return { path: finalBin, cached: true, stamp };
      }
    } catch {
      // unreadable stamp: rebuild
    }
    info(`  ${name} ${spec.version}: cached build does not match the versions file, rebuilding`);
  }

  const tmpDir = fs.mkdtempSync(path.join(ctx.cacheDir, "tmp", `${name}-`));
  const logFile = path.join(ctx.cacheDir, "logs", `${name}-${spec.version}.log`);
  fs.rmSync(logFile, { force: true });
  const startedAt = Date.now();
  const target =
    spec.method === "source-tarball" ? spec.tarball : `${spec.package}@${spec.moduleVersion}`;
  const ldflags = spec.ldflags ? ["-ldflags", spec.ldflags] : [];
  info(`  ${name} ${spec.version}: building ${target} (${spec.method}); log: ${logFile}`);
  let built = path.join(tmpDir, spec.binary);
  try {
    if (spec.method === "go-install") {
      await runLogged(ctx.goBin, ["install", ...ldflags, target], {
        cwd: tmpDir,
        env: { ...ctx.goEnv, GOBIN: tmpDir },
        logFile,
        label: `go install ${target}`,
      });
      const produced = fs.readdirSync(tmpDir);
      if (!produced.includes(spec.binary)) {
        if (produced.length !== 1) fail(`go install produced ${produced.join(", ") || "nothing"}`);
        built = path.join(tmpDir, produced[0]);
      }
    } else if (spec.method === "source-tarball") {
      const tarball = verifiedTarball(ctx, spec);
      const srcRoot = path.join(ctx.cacheDir, "build", `${name}-${spec.version}`);
      fs.rmSync(srcRoot, { recursive: true, force: true });
      fs.mkdirSync(srcRoot, { recursive: true });
      await runLogged("tar", ["-xJf", tarball, "-C", srcRoot], {
        cwd: srcRoot,
        env: process.env,
        logFile,
        label: `tar -xJf ${spec.tarball}`,
      });
      const top = fs.readdirSync(srcRoot);
      if (top.length !== 1 || !fs.existsSync(path.join(srcRoot, top[0], "go.mod"))) {
        fail(
          `${spec.tarball}: expected one top-level directory with a go.mod, found ${top.join(", ")}`,
        );
      }
      const srcDir = path.join(srcRoot, top[0]);
      if (spec.chatUi) await buildChatUi(spec.chatUi, srcDir, logFile);
      await runLogged(ctx.goBin, ["build", ...ldflags, "-o", built, spec.package], {
        cwd: srcDir,
        env: ctx.goEnv,
        logFile,
        label: `go build ${spec.tarball}`,
      });
      fs.rmSync(srcRoot, { recursive: true, force: true });
    } else {
      const wrapperDir = path.join(ctx.cacheDir, "build", `${name}-${spec.version}`);
      fs.mkdirSync(wrapperDir, { recursive: true });
      fs.writeFileSync(path.join(wrapperDir, "go.mod"), wrapperGoMod(name, spec));
      await runLogged(ctx.goBin, ["mod", "tidy"], {
        cwd: wrapperDir,
        env: ctx.goEnv,
        logFile,
        label: `go mod tidy (${name})`,
      });
      await runLogged(ctx.goBin, ["build", ...ldflags, "-o", built, spec.package], {
        cwd: wrapperDir,
        env: ctx.goEnv,
        logFile,
        label: `go build ${spec.package}`,
      });
    }
    if (!fs.existsSync(built)) fail(`the build of ${target} produced no ${spec.binary}`);
    const goVersion = verifyModule(ctx.goBin, ctx.goEnv, built, spec);
    fs.chmodSync(built, 0o755);
    fs.mkdirSync(finalDir, { recursive: true });
    fs.rmSync(stampFile, { force: true });
    fs.renameSync(built, finalBin);
    const stamp = {
      key,
      sha256: sha256File(finalBin),
      goVersion,
      builtAt: new Date().toISOString(),
      seconds: Math.round(secondsSince(startedAt)),
    };
    writeFileAtomic(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    return { path: finalBin, cached: false, stamp };
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Source tarballs

/** The directory with the source tarballs (CODEX_CODER_SOURCES, else `sources.dir`), or null. */
function sourcesDir(repoRoot, versions) {
  const dir = process.env.CODEX_CODER_SOURCES ?? versions.sources?.dir;
  return dir === undefined ? null : path.resolve(repoRoot, dir);
}

/** Whether the tarball of a source-tarball spec is present. */
function hasTarball(ctx, spec) {
  return ctx.sourcesDir !== null && fs.existsSync(path.join(ctx.sourcesDir, spec.tarball));
}

/**
 * The path of a spec's tarball after checking it: its sha256 must be the one the versions file
 * pins and the one the directory's checksum file (SHA256SUMS) lists for it.
 */
function verifiedTarball(ctx, spec) {
  const tarball = path.join(ctx.sourcesDir, spec.tarball);
  const sumsFile = path.join(ctx.sourcesDir, ctx.versions.sources.checksums);
  if (!fs.existsSync(sumsFile)) fail(`${sumsFile} does not exist; cannot verify ${spec.tarball}`);
  const listed = fs
    .readFileSync(sumsFile, "utf8")
    .split("\n")
    .map((line) => /^([0-9a-f]{64})\s+\*?(\S+)$/.exec(line.trim()))
    .find((m) => m && m[2] === spec.tarball)?.[1];
  if (!listed) fail(`${sumsFile} lists no checksum for ${spec.tarball}`);
  if (listed !== spec.sha256) {
    fail(
      `${sumsFile} gives ${spec.tarball} the sha256 ${listed}, but toolchain.versions.json pins ${spec.sha256}`,
    );
  }
  const actual = sha256File(tarball);
  if (actual !== spec.sha256) {
    fail(
      `${tarball} has sha256 ${actual}, expected ${spec.sha256} (SHA256SUMS and toolchain.versions.json)`,
    );
  }
  return tarball;
}

// ---------------------------------------------------------------------------------------------
// AgentAPI's chat UI
//
// The release binaries embed a static export of the Next.js app in chat/, built with the base path
// placeholder the server rewrites at run time, copied into lib/httpapi/chat/ next to a `marker`
// file (upstream's Makefile, target `embed`). This does the same with npm instead of bun, with two
// differences, both because these machines reach the npm registry but not the wider internet:
//   - the layout loads the Geist font through next/font/google, which downloads it during the
//     build; it is switched to the same font from the npm package `geist` (served locally);
//   - Storybook stories and the ESLint config are left out (only the app is built; `--no-lint`).
// That makes this binary a TEST BUILD of the release. Workspaces keep downloading release binaries.

/** Bumped when the chat UI recipe below changes, so cached builds with a chat UI are rebuilt. */
const CHAT_UI_RECIPE = 1;

/** Exact versions of `names` from upstream's bun.lock (`"name": ["name@version", …]` lines). */
function pinnedFromBunLock(lockText, names) {
  const pins = {};
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    const m = new RegExp(`^ {4}"${escaped}": \\["${escaped}@([^"]+)"`, "m").exec(lockText);
    if (!m) fail(`chat UI: ${name} is not in upstream's bun.lock; cannot pin it`);
    pins[name] = m[1];
  }
  return pins;
}

/** Swaps the next/font/google Geist import for the `geist` npm package (see above). */
function useLocalGeistFont(chatDir) {
  const layout = path.join(chatDir, "src", "app", "layout.tsx");
  const text = fs.readFileSync(layout, "utf8");
  const importLine = 'import { Geist } from "next/font/google";';
  const call = /const (\w+) = Geist\(\{[^}]*\}\);/;
  if (!text.includes(importLine) || !call.test(text)) {
    fail(
      `chat UI: ${layout} no longer imports Geist from next/font/google the way this build expects; ` +
        "update useLocalGeistFont in setup-tools.mjs",
    );
  }
  const patched = text
    .replace(importLine, 'import { GeistSans } from "geist/font/sans";')
    .replace(call, "const $1 = GeistSans;");
  fs.writeFileSync(layout, patched);
}

/** Builds the chat UI in `srcDir/ui.dir` and copies its static export to `srcDir/ui.embedDir`. */
async function buildChatUi(ui, srcDir, logFile) {
  const chatDir = path.join(srcDir, ui.dir);
  const upstream = readJson(path.join(chatDir, "package.json"));
  const lockText = fs.readFileSync(path.join(chatDir, ui.lockfile), "utf8");
  const names = [...Object.keys(upstream.dependencies ?? {}), ...ui.buildDependencies];
  const dependencies = {
    ...pinnedFromBunLock(lockText, names),
    [ui.fontPackage.name]: ui.fontPackage.version,
  };
  fs.rmSync(path.join(chatDir, "src", "stories"), { recursive: true, force: true });
  fs.rmSync(path.join(chatDir, ".storybook"), { recursive: true, force: true });
  fs.rmSync(path.join(chatDir, "eslint.config.mjs"), { force: true });
  fs.rmSync(path.join(chatDir, ui.lockfile), { force: true });
  writeFileAtomic(
    path.join(chatDir, "package.json"),
    `${JSON.stringify({ name: "agentapi-chat-test-build", private: true, dependencies }, null, 2)}\n`,
  );
  useLocalGeistFont(chatDir);

  const npmEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  await runLogged("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], {
    cwd: chatDir,
    env: npmEnv,
    logFile,
    label: "npm install (agentapi chat UI)",
  });
  await runLogged(path.join(chatDir, "node_modules", ".bin", "next"), ["build", "--no-lint"], {
    cwd: chatDir,
    env: { ...npmEnv, NEXT_PUBLIC_BASE_PATH: ui.basePath },
    logFile,
    label: "next build (agentapi chat UI)",
  });
  const out = path.join(chatDir, "out");
  if (!fs.existsSync(path.join(out, "index.html"))) {
    fail(`chat UI: next build left no ${out}/index.html`);
  }
  const embedDir = path.join(srcDir, ui.embedDir);
  fs.rmSync(embedDir, { recursive: true, force: true });
  fs.mkdirSync(embedDir, { recursive: true });
  fs.writeFileSync(path.join(embedDir, "marker"), "");
  fs.cpSync(out, embedDir, { recursive: true });
}

// ---------------------------------------------------------------------------------------------
// Provider mirror

function mirrorPackageDir(mirrorDir, spec, platform) {
  const [namespace, type] = spec.source.split("/");
  return path.join(
    mirrorDir,
    spec.hostname ?? "registry.terraform.io",
    namespace,
    type,
    spec.version,
    `${platform.os}_${platform.arch}`,
  );
}

function mirrorBinaryName(spec) {
  const type = spec.source.split("/")[1];
  return `terraform-provider-${type}_v${spec.version}`;
}

/** Hard-links (or copies) a built provider into the mirror, atomically. */
function placeInMirror(builtBinary, target) {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    const a = fs.statSync(builtBinary);
    const b = fs.statSync(target);
    if (a.ino === b.ino && a.dev === b.dev) return;
  } catch {
    // target missing
  }
  const tmp = `${target}.tmp-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  try {
    fs.linkSync(builtBinary, tmp);
  } catch {
    fs.copyFileSync(builtBinary, tmp);
    fs.chmodSync(tmp, 0o755);
  }
  fs.renameSync(tmp, target);
}

/** Removes everything from the mirror that the versions file does not name. */
function pruneMirror(mirrorDir, expectedFiles) {
  const keep = new Set();
  for (const file of expectedFiles) {
    let p = file;
    while (p.startsWith(mirrorDir) && p !== mirrorDir) {
      keep.add(p);
      p = path.dirname(p);
    }
  }
  const removed = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (!keep.has(full)) {
        fs.rmSync(full, { recursive: true, force: true });
        removed.push(path.relative(mirrorDir, full));
      } else if (entry.isDirectory()) {
        walk(full);
      }
    }
  };
  if (fs.existsSync(mirrorDir)) walk(mirrorDir);
  return removed;
}

// ---------------------------------------------------------------------------------------------
// Terraform and agentapi

function terraformVersion(bin, ctx) {
  const res = runCapture(bin, ["version", "-json"], {
    ...process.env,
    CHECKPOINT_DISABLE: "1",
    TF_CLI_CONFIG_FILE: ctx.cliConfigFile,
  });
  if (res.code !== 0) return null;
  try {
    const v = JSON.parse(res.stdout).terraform_version;
    return typeof v === "string" ? v : null;
  } catch {
    return null;
  }
}

function agentapiVersion(bin) {
  const res = runCapture(bin, ["--version"], process.env);
  const m = /agentapi version v?(\S+)/.exec(`${res.stdout}\n${res.stderr}`);
  return res.code === 0 && m ? m[1] : null;
}

function inTerraformRange(version, accept) {
  return compareVersions(version, accept.min) >= 0 && compareVersions(version, accept.below) < 0;
}

async function resolveTerraform(ctx) {
  const { accept, build } = ctx.versions.terraform;
  const range = `>= ${accept.min}, < ${accept.below}`;
  const override = process.env.CODEX_CODER_TERRAFORM;
  const howToGet =
    `Put a terraform ${range} on PATH (Debian/Ubuntu: HashiCorp's apt repository, ` +
    `\`apt-get install terraform\`; or a release zip from releases.hashicorp.com), ` +
    `or set CODEX_CODER_TERRAFORM=/path/to/terraform, ` +
    `or install Go >= ${ctx.versions.go.minVersion} so terraform ${build.version} is built from source.`;

  if (override && override !== "build") {
    if (!path.isAbsolute(override)) {
      fail(`CODEX_CODER_TERRAFORM must be "build" or an absolute path, got "${override}"`);
    }
    const version = terraformVersion(override, ctx);
    if (!version) fail(`CODEX_CODER_TERRAFORM=${override}: \`terraform version -json\` failed`);
    if (!inTerraformRange(version, accept)) {
      fail(`CODEX_CODER_TERRAFORM=${override} is terraform ${version}; need ${range}`);
    }
    return { path: override, version, obtained: "env", detail: "CODEX_CODER_TERRAFORM" };
  }

  let rejected = "";
  if (override !== "build") {
    const onPath = which("terraform");
    if (onPath) {
      const version = terraformVersion(onPath, ctx);
      if (version && inTerraformRange(version, accept)) {
        return { path: onPath, version, obtained: "path", detail: "found on PATH" };
      }
      rejected = `terraform on PATH (${onPath}) is ${version ?? "unusable"}, need ${range}. `;
    } else {
      rejected = "no terraform on PATH. ";
    }
  }
  if (!ctx.goBin) fail(`${rejected}${howToGet}`);
  if (rejected) info(`  terraform: ${rejected}building ${build.version} from source`);
  const result = await ensureGoBinary(ctx, "terraform", build);
  const version = terraformVersion(result.path, ctx);
  if (version !== build.version) {
    fail(`built terraform reports version ${version ?? "none"}, expected ${build.version}`);
  }
  return {
    path: result.path,
    version,
    obtained: build.method,
    cached: result.cached,
    detail: result.cached ? "cached build" : "built from source",
  };
}

async function resolveAgentapi(ctx) {
  const spec = ctx.versions.agentapi;
  const fromEnv = process.env.AGENTAPI_BIN;
  if (fromEnv) {
    const abs = path.resolve(fromEnv);
    try {
      fs.accessSync(abs, fs.constants.X_OK);
    } catch {
      fail(`AGENTAPI_BIN=${fromEnv} is not an executable file`);
    }
    const version = agentapiVersion(abs);
    if (!version) fail(`AGENTAPI_BIN=${fromEnv}: \`agentapi --version\` did not print a version`);
    if (version !== spec.version) {
      warning(`AGENTAPI_BIN is agentapi ${version}; the pinned version is ${spec.version}`);
    }
    return { path: abs, version, obtained: "env", detail: "AGENTAPI_BIN" };
  }
  if (ctx.mode === "registry") return null;
  if (spec.method === "source-tarball") {
    if (!hasTarball(ctx, spec)) {
      fail(
        `agentapi ${spec.version} is built from ${spec.tarball}, which is not in ` +
          `${ctx.sourcesDir ?? "(no sources directory)"}. Set CODEX_CODER_SOURCES to the directory ` +
          "with the tarball, or AGENTAPI_BIN to an agentapi binary.",
      );
    }
    verifiedTarball(ctx, spec);
  }
  const result = await ensureGoBinary(ctx, "agentapi", spec);
  const version = agentapiVersion(result.path);
  if (version !== spec.version) {
    fail(`built agentapi reports version ${version ?? "none"}, expected ${spec.version}`);
  }
  return {
    path: result.path,
    version,
    obtained: spec.method,
    cached: result.cached,
    detail: result.cached ? "cached build" : "built from source",
  };
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * The Terraform CLI configuration. In mirror mode providers come from the local mirror only,
 * except `fromRegistry` (addresses such as registry.terraform.io/hashicorp/kubernetes whose
 * source tarballs are missing), which a `direct` block limited to them downloads.
 */
function cliConfig(mode, mirrorDir, fromRegistry = []) {
  const lines = [
    "# Written by packages/test-support/bin/setup-tools.mjs; do not edit.",
    "disable_checkpoint = true",
  ];
  if (mode === "mirror") {
    lines.push(
      "",
      "# Providers come only from the local mirror: no direct block, so init never calls a registry.",
      "provider_installation {",
      "  filesystem_mirror {",
      `    path    = ${JSON.stringify(mirrorDir)}`,
      '    include = ["registry.terraform.io/*/*"]',
      ...(fromRegistry.length > 0 ? [`    exclude = ${JSON.stringify(fromRegistry)}`] : []),
      "  }",
      ...(fromRegistry.length > 0
        ? [
            "  # their source tarballs are missing: these come from the public registry",
            "  direct {",
            `    include = ${JSON.stringify(fromRegistry)}`,
            "  }",
          ]
        : []),
      "}",
    );
  } else {
    lines.push("", "# registry mode: providers are downloaded from the public registry at init.");
  }
  return `${lines.join("\n")}\n`;
}

function printTable(rows) {
  const header = ["tool", "version", "source", "seconds"];
  const cells = rows.map((r) => [r.tool, r.version, r.source, r.seconds.toFixed(1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(" | ")} |`;
  info(line(header));
  info(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells) info(line(c));
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    const text = fs.readFileSync(fileURLToPath(import.meta.url), "utf8");
    const header = text.split("\n").slice(1, 23);
    process.stdout.write(`${header.map((l) => l.replace(/^\/\/ ?/, "")).join("\n")}\n`);
    return;
  }
  const unknown = args.filter((a) => a !== "--force");
  if (unknown.length > 0)
    fail(`unknown argument(s) ${unknown.join(" ")}; allowed: --force, --help`);
  const force = args.includes("--force");
  const totalStart = Date.now();
  const rows = [];
  const step = (tool, version, source, startedAt) =>
    rows.push({ tool, version, source, seconds: secondsSince(startedAt) });

  const repoRoot = findRepoRoot(packageDir);
  const cacheDir = path.join(repoRoot, ".cache", "toolchain");
  fs.mkdirSync(cacheDir, { recursive: true });
  const release = await acquireLock(cacheDir);
  try {
    fs.rmSync(path.join(cacheDir, "tmp"), { recursive: true, force: true });
    fs.mkdirSync(path.join(cacheDir, "tmp"), { recursive: true });

    const versions = loadVersions();
    const platform = goPlatform();

    // Mode
    const requested = process.env.CODEX_CODER_TOOLCHAIN;
    if (requested !== undefined && requested !== "mirror" && requested !== "registry") {
      fail(`CODEX_CODER_TOOLCHAIN must be "mirror" or "registry", got "${requested}"`);
    }
    let t = Date.now();
    const goOnPath = which("go");
    const mode = requested ?? (goOnPath ? "mirror" : "registry");
    info(
      `mode: ${mode} (${requested ? "CODEX_CODER_TOOLCHAIN" : goOnPath ? "go found on PATH" : "no go on PATH"})`,
    );

    // Go
    let goBin = null;
    let goInfo = null;
    const goEnv = { ...process.env, ...versions.go.env };
    const needGo = mode === "mirror" || process.env.CODEX_CODER_TERRAFORM === "build";
    if (goOnPath && needGo) {
      const res = runCapture(
        goOnPath,
        ["env", "-json", "GOVERSION", "GOMODCACHE", "GOCACHE", "GOPROXY"],
        goEnv,
      );
      if (res.code !== 0) fail(`\`go env\` failed: ${res.stderr.trim()}`);
      const env = JSON.parse(res.stdout);
      if (compareVersions(env.GOVERSION, versions.go.minVersion) < 0) {
        fail(
          `${goOnPath} is ${env.GOVERSION}; need Go >= ${versions.go.minVersion} ` +
            `(GOTOOLCHAIN=local: no toolchain download). Install a newer Go from go.dev/dl, ` +
            `or use CODEX_CODER_TOOLCHAIN=registry.`,
        );
      }
      goBin = goOnPath;
      goInfo = {
        path: goOnPath,
        version: env.GOVERSION,
        env: {
          ...versions.go.env,
          GOMODCACHE: env.GOMODCACHE,
          GOCACHE: env.GOCACHE,
          GOPROXY: env.GOPROXY,
        },
      };
      info(
        `go: ${env.GOVERSION} at ${goOnPath} (GOMODCACHE=${env.GOMODCACHE}, GOCACHE=${env.GOCACHE})`,
      );
      step("go", env.GOVERSION.replace(/^go/, ""), "PATH", t);
    } else if (needGo) {
      fail(
        `mode "mirror" (or CODEX_CODER_TERRAFORM=build) needs Go >= ${versions.go.minVersion} on PATH ` +
          `to build providers and agentapi. Install Go from go.dev/dl (Debian's golang-go is too old), ` +
          `or run with CODEX_CODER_TOOLCHAIN=registry to download providers at terraform init.`,
      );
    }

    const mirrorDir = path.join(cacheDir, "mirror");
    const cliConfigFile = path.join(cacheDir, "terraform.rc");
    const ctx = {
      cacheDir,
      versions,
      platform,
      goBin,
      goEnv,
      force,
      mode,
      cliConfigFile,
      sourcesDir: sourcesDir(repoRoot, versions),
    };
    // Written first with the mirror only (terraform runs below may read it); rewritten once we
    // know which providers come from the registry.
    writeFileAtomic(cliConfigFile, cliConfig(mode, mirrorDir));
    const fromRegistry = [];

    // Terraform
    t = Date.now();
    const terraform = await resolveTerraform(ctx);
    info(
      `terraform ${terraform.version}: ${terraform.path} (${terraform.detail}) ${fmtSeconds(secondsSince(t))}`,
    );
    step("terraform", terraform.version, terraform.detail, t);

    // Providers
    const providers = {};
    const expectedMirrorFiles = [];
    for (const [name, spec] of Object.entries(versions.providers)) {
      if (!spec.enabled) {
        info(`provider ${name} (${spec.source}): disabled in toolchain.versions.json, skipped`);
        continue;
      }
      t = Date.now();
      const entry = {
        source: spec.source,
        address: `${spec.hostname ?? "registry.terraform.io"}/${spec.source}`,
        version: spec.version,
        module: spec.module,
        moduleVersion: spec.moduleVersion,
        ...(spec.replace?.length ? { replace: spec.replace } : {}),
        ...(spec.commit ? { commit: spec.commit } : {}),
        ...(spec.note ? { note: spec.note } : {}),
      };
      if (mode === "mirror" && spec.method === "source-tarball" && !hasTarball(ctx, spec)) {
        warning(
          `provider ${spec.source} ${spec.version}: ${spec.tarball} is not in ${ctx.sourcesDir ?? "(no sources directory)"}; ` +
            "`terraform init` downloads it from the public registry instead (needs network access). " +
            "Set CODEX_CODER_SOURCES to the directory with the tarballs to build it.",
        );
        if (!fromRegistry.includes(entry.address)) fromRegistry.push(entry.address);
        providers[name] = { ...entry, obtained: "registry", path: null };
        step(`provider ${name}`, spec.version, "registry at terraform init (no tarball)", t);
      } else if (mode === "mirror") {
        // Checked on every run, not only when building: a cached build must still match the
        // tarball that is there now.
        if (spec.method === "source-tarball") verifiedTarball(ctx, spec);
        const built = await ensureGoBinary(ctx, name, spec);
        const target = path.join(
          mirrorPackageDir(mirrorDir, spec, platform),
          mirrorBinaryName(spec),
        );
        placeInMirror(built.path, target);
        expectedMirrorFiles.push(target);
        providers[name] = { ...entry, obtained: spec.method, path: target };
        const how = built.cached ? "cached build" : `built (${spec.method})`;
        info(`provider ${spec.source} ${spec.version}: ${how} ${fmtSeconds(secondsSince(t))}`);
        step(`provider ${name}`, spec.version + (spec.commit ? ` @${spec.commit}` : ""), how, t);
      } else {
        providers[name] = { ...entry, obtained: "registry", path: null };
        step(`provider ${name}`, spec.version, "registry at terraform init", t);
      }
    }
    if (fromRegistry.length > 0) {
      writeFileAtomic(cliConfigFile, cliConfig(mode, mirrorDir, fromRegistry));
    }
    if (mode === "mirror") {
      const removed = pruneMirror(mirrorDir, expectedMirrorFiles);
      for (const r of removed) info(`mirror: removed stale ${r}`);
    } else {
      info(
        "providers: registry mode, so `terraform init` downloads them from registry.terraform.io " +
          "(needs network access; versions from toolchain.versions.json).",
      );
    }

    // agentapi
    t = Date.now();
    const agentapi = await resolveAgentapi(ctx);
    let agentapiMissing = null;
    if (agentapi) {
      info(
        `agentapi ${agentapi.version}: ${agentapi.path} (${agentapi.detail}) ${fmtSeconds(secondsSince(t))}`,
      );
      step("agentapi", agentapi.version, agentapi.detail, t);
    } else {
      agentapiMissing =
        `agentapi is not available (registry mode and AGENTAPI_BIN is not set). ` +
        `Set AGENTAPI_BIN to an agentapi ${versions.agentapi.version} binary ` +
        `(https://github.com/coder/agentapi/releases/tag/v${versions.agentapi.version}) ` +
        `or install Go >= ${versions.go.minVersion} and re-run \`npm run setup:tools\`.`;
      warning(`${agentapiMissing} Tests that need agentapi will fail with this message.`);
      step("agentapi", versions.agentapi.version, "MISSING", t);
    }

    // other Go-built tools the tests use (e.g. actionlint)
    const tools = {};
    for (const [name, spec] of Object.entries(versions.tools ?? {})) {
      t = Date.now();
      if (mode === "registry") {
        const onPath = spawnSync("sh", ["-c", `command -v ${spec.binary}`], { encoding: "utf8" });
        const found = onPath.status === 0 ? onPath.stdout.trim() : "";
        tools[name] = found ? { path: found, version: spec.version, obtained: "path" } : null;
        if (!found)
          warning(
            `${name} is not on PATH (registry mode); tests that need it will fail saying how to get it.`,
          );
        step(name, spec.version, found ? "found on PATH" : "MISSING", t);
        continue;
      }
      const result = await ensureGoBinary(ctx, name, spec);
      tools[name] = { path: result.path, version: spec.version, obtained: spec.method };
      info(
        `${name} ${spec.version}: ${result.path} (${result.cached ? "cached build" : "built from source"})`,
      );
      step(name, spec.version, result.cached ? "cached build" : "built from source", t);
    }

    const strip = (o) => {
      if (!o) return null;
      const { cached: _cached, detail: _detail, ...rest } = o;
      return rest;
    };
    const toolchain = {
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      mode,
      platform,
      repoRoot,
      cacheDir,
      versionsFile,
      cliConfigFile,
      mirrorDir: mode === "mirror" ? mirrorDir : null,
      go: goInfo,
      terraform: strip(terraform),
      agentapi: strip(agentapi),
      agentapiMissing,
      providers,
      tools,
    };
    writeFileAtomic(
      path.join(cacheDir, "toolchain.json"),
      `${JSON.stringify(toolchain, null, 2)}\n`,
    );
    info(`wrote ${path.join(cacheDir, "toolchain.json")}`);
    printTable(rows);
    info(`done in ${fmtSeconds(secondsSince(totalStart))}`);
  } finally {
    release();
  }
}

main().catch((err) => {
  if (err instanceof SetupError) {
    process.stderr.write(`Error: ${err.message}\n`);
  } else {
    process.stderr.write(`Error: setup-tools crashed: ${err?.stack ?? err}\n`);
  }
  process.exitCode = 1;
});
