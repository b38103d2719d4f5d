// install.sh against real npm, the real Codex CLI and the real AgentAPI binary (served from
// 127.0.0.1 by the test-support static server). Nothing here talks to a model.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { startStaticServer, type StaticServer } from "@codex-coder/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGENTAPI_VERSION,
  CODEX_VERSION,
  SCRIPTS_DIR,
  SYSTEM_PATH,
  Workspace,
  agentapiBinary,
  b64,
  managedConfig,
  mergeConfigProgram,
  processSnapshot,
  removeScratchDirs,
  scratchDir,
  sharedCodexPrefix,
} from "./harness.js";

const ARCH = process.arch === "arm64" ? "arm64" : "amd64";
const NODE_ARCH = process.arch === "arm64" ? "arm64" : "x64";
const NODE_VERSION = process.versions.node;

let served: string;
let server: StaticServer;
let agentapiSha: string;
const workspaces: Workspace[] = [];

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function workspace(label: string): Workspace {
  const ws = new Workspace(label);
  workspaces.push(ws);
  return ws;
}

/** The install ARG_* for a workspace (everything a wrapper exports), plus overrides. */
function installArgs(ws: Workspace, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ARG_FOLDER: b64(ws.folder),
    ARG_INSTALL_CODEX: "true",
    ARG_CODEX_VERSION: CODEX_VERSION,
    ARG_NODE_VERSION: NODE_VERSION,
    ARG_NODE_DIST_URL: `${server.url}/node`,
    ARG_AUTH_SOURCE: "none",
    ARG_API_KEY_ENV: "OPENAI_API_KEY",
    ARG_MANAGED_CONFIG: "",
    ARG_AGENTS_MD: "",
    ARG_AGENTS_MD_TARGET: "global",
    ARG_INSTALL_AGENTAPI: "true",
    ARG_AGENTAPI_VERSION: AGENTAPI_VERSION,
    ARG_AGENTAPI_URL_BASE: b64(`${server.url}/agentapi`),
    ARG_AGENTAPI_SHA256_AMD64: ARCH === "amd64" ? agentapiSha : "",
    ARG_AGENTAPI_SHA256_ARM64: ARCH === "arm64" ? agentapiSha : "",
    ...extra,
  };
}

beforeAll(async () => {
  served = scratchDir("served");
  const binary = agentapiBinary();
  mkdirSync(join(served, "agentapi", AGENTAPI_VERSION), { recursive: true });
  symlinkSync(binary, join(served, "agentapi", AGENTAPI_VERSION, `agentapi-linux-${ARCH}`));
  agentapiSha = sha256(binary);
  server = await startStaticServer(served);
});

afterAll(async () => {
  for (const ws of workspaces) await ws.stopProcesses();
  await server.close();
  removeScratchDirs();
});

describe("install.sh", () => {
  it("installs Codex with npm and a verified AgentAPI on the first start, and skips both on restart", async () => {
    const ws = workspace("first-install");
    const env = ws.env(
      installArgs(ws, {
        ARG_PRE_INSTALL_SCRIPT: b64('echo "pre ran in $PWD"'),
        ARG_POST_INSTALL_SCRIPT: b64('echo "post sees $(codex --version)"'),
      }),
    );
    const first = await ws.run("install.sh", env);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain(`Installing @openai/codex@${CODEX_VERSION}`);
    expect(first.output).toContain(`Installed AgentAPI ${AGENTAPI_VERSION}`);
    expect(ws.exists(".codex-module/npm/bin/codex")).toBe(true);
    expect(ws.codex(["--version"]).output.trim()).toBe(`codex-cli ${CODEX_VERSION}`);
    // Linked where the Coder agent and new shells find them.
    for (const dir of [ws.coderBinDir, join(ws.home, ".local", "bin")]) {
      expect(readlinkSync(join(dir, "codex"))).toBe(join(ws.moduleDir, "npm", "bin", "codex"));
      expect(realpathSync(join(dir, "agentapi"))).toBe(
        join(ws.moduleDir, "bin", `agentapi-${AGENTAPI_VERSION}`),
      );
    }
    expect(readlinkSync(join(ws.moduleDir, "bin", "agentapi"))).toBe(
      `agentapi-${AGENTAPI_VERSION}`,
    );
    expect(existsSync(join(ws.runDir, "install.done"))).toBe(true);
    expect(ws.state("status")).toContain("Codex is installed");
    expect(ws.read(".codex-module/logs/pre_install.log")).toContain(`pre ran in ${ws.folder}`);
    expect(ws.read(".codex-module/logs/post_install.log")).toContain(
      `post sees codex-cli ${CODEX_VERSION}`,
    );
    const downloads = server.requests().filter((path) => path.includes("agentapi-linux")).length;

    const restart = await ws.run("install.sh", env);
    expect(restart.status, restart.output).toBe(0);
    expect(restart.output).not.toContain("Installing @openai/codex");
    const check = /Codex 0\.169\.0 is already installed; the version check took (\d+) ms/.exec(
      restart.output,
    );
    expect(check, restart.output).not.toBeNull();
    // Well under a second on an idle machine; the bound only catches a reinstall (npm takes >5 s).
    expect(Number(check?.[1])).toBeLessThan(3000);
    expect(restart.output).toContain(
      "AgentAPI v0.12.1 is already installed and matches its sha256",
    );
    expect(server.requests().filter((path) => path.includes("agentapi-linux")).length).toBe(
      downloads,
    );
    console.info(
      `install.sh timings: first install ${first.ms} ms, restart ${restart.ms} ms, ` +
        `Codex version check ${check?.[1]} ms`,
    );
  });

  it("installs a second Codex with folders of its own (the wrapper's exports) beside the default one, both at once, keeping the default's links", async () => {
    const ws = workspace("two-installs");
    await ws.seedCodex();
    // What the wrappers of the construct id codex-docs export (naming.ts).
    const docsDir = join(ws.home, ".codex-module-codex-docs");
    const docs = {
      CODEX_MODULE_DIR: docsDir,
      CODEX_HOME: join(docsDir, "codex-home"),
      CODEX_MODULE_RUN_DIR: join(ws.root, "run-codex-docs"),
      CODEX_STEPS_RUN_DIR: ws.runDir,
    };
    // Its wrapper writes its scripts into its own folder (install.sh runs from the default's here).
    mkdirSync(join(docsDir, "scripts"), { recursive: true });
    copyFileSync(await mergeConfigProgram(), join(docsDir, "scripts", "merge-config.mjs"));
    symlinkSync(await sharedCodexPrefix(), join(docsDir, "npm"));
    const model = (name: string): string => managedConfig([{ path: ["model"], value: name }]);
    const [first, second] = await Promise.all([
      ws.run("install.sh", ws.env(installArgs(ws, { ARG_MANAGED_CONFIG: model("model-a") }))),
      ws.run(
        "install.sh",
        ws.env({
          ...installArgs(ws, {
            ARG_FOLDER: b64(join(ws.home, "docs")),
            ARG_MANAGED_CONFIG: model("model-b"),
            ARG_REPLACE_LINKS: "false",
          }),
          ...docs,
        }),
      ),
    ]);
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    expect(ws.read(".codex/config.toml")).toContain('model = "model-a"');
    expect(ws.read(".codex-module-codex-docs/codex-home/config.toml")).toContain(
      'model = "model-b"',
    );
    expect(ws.exists(".codex-module-codex-docs/codex-home/config.toml")).toBe(true);
    expect(existsSync(join(ws.runDir, "install.done"))).toBe(true);
    expect(existsSync(join(docs.CODEX_MODULE_RUN_DIR, "install.done"))).toBe(true);
    expect(ws.read(".codex-module-codex-docs/state/status")).toContain("Codex is installed");
    // Each has its own AgentAPI binary; the links others see are the default Codex's. (Both npm
    // folders link the one shared Codex install here, so the codex link is only checked to reach it.)
    expect(realpathSync(join(docsDir, "bin", "agentapi"))).toBe(
      join(docsDir, "bin", `agentapi-${AGENTAPI_VERSION}`),
    );
    for (const dir of [ws.coderBinDir, join(ws.home, ".local", "bin")]) {
      expect(realpathSync(join(dir, "codex"))).toBe(
        realpathSync(join(ws.moduleDir, "npm", "bin", "codex")),
      );
      expect(realpathSync(join(dir, "agentapi"))).toBe(
        join(ws.moduleDir, "bin", `agentapi-${AGENTAPI_VERSION}`),
      );
    }
  });

  it("logs in with the API key on stdin and never shows the key anywhere else", async () => {
    const ws = workspace("auth");
    await ws.seedCodex();
    const key = `sk-canary-${createHash("sha256").update(ws.root).digest("hex").slice(0, 24)}`;
    const snapshots: string[] = [];
    const env = ws.env(
      installArgs(ws, { ARG_AUTH_SOURCE: "template-variable", OPENAI_API_KEY: key }),
    );
    const first = await ws.run("install.sh", env, {
      onTick: () => snapshots.push(processSnapshot()),
    });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain("Logged Codex in with the API key from $OPENAI_API_KEY");
    const status = ws.codex(["login", "status"]);
    expect(status.status).toBe(0);
    expect(status.output).toContain("API key configured");

    const restart = await ws.run("install.sh", env, {
      onTick: () => snapshots.push(processSnapshot()),
    });
    expect(restart.status, restart.output).toBe(0);
    expect(restart.output).toContain("already logged in with the API key");

    // The snapshots were taken while the scripts ran.
    expect(snapshots.some((snapshot) => snapshot.includes("install.sh"))).toBe(true);
    expect(snapshots.filter((snapshot) => snapshot.includes(key))).toEqual([]);
    expect(first.output + restart.output).not.toContain(key);
    // Only Codex's own auth.json holds the key, private to the user.
    expect(ws.filesContaining(key)).toEqual([join(ws.codexHome, "auth.json")]);
    expect(ws.mode(".codex/auth.json")).toBe(0o600);
    expect(ws.mode(".codex-module/state/auth")).toBe(0o600);

    // A new key means a new login.
    const rotated = `${key}-rotated`;
    const third = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_AUTH_SOURCE: "template-variable", OPENAI_API_KEY: rotated })),
    );
    expect(third.status, third.output).toBe(0);
    expect(third.output).toContain("Logged Codex in with the API key");
    expect(JSON.parse(ws.read(".codex/auth.json"))).toMatchObject({ OPENAI_API_KEY: rotated });
  });

  it("keeps the previous config.toml and says why when Codex cannot load the merged one", async () => {
    // Before #13.2 the merge wrote the file and install failed later with the indirect
    // "codex login --with-api-key failed".
    const ws = workspace("load-check");
    await ws.seedCodex();
    const key = `sk-canary-${createHash("sha256").update(ws.root).digest("hex").slice(0, 24)}`;
    // model_context_window is a key no synth rule checks: only the real Codex knows its type.
    const settings = (window: number | string) =>
      b64(
        JSON.stringify({
          version: 1,
          settings: [
            { path: ["sandbox_mode"], value: "workspace-write" },
            { path: ["model_context_window"], value: window },
          ],
        }),
      );
    const args = (window: number | string) =>
      ws.env(
        installArgs(ws, {
          ARG_AUTH_SOURCE: "template-variable",
          OPENAI_API_KEY: key,
          ARG_MANAGED_CONFIG: settings(window),
        }),
      );
    const first = await ws.run("install.sh", args(200000));
    expect(first.status, first.output).toBe(0);
    const config = ws.read(".codex/config.toml");

    const second = await ws.run("install.sh", args("large"));
    expect(second.status, second.output).toBe(1);
    expect(second.output).toContain(
      `Error: ${join(ws.codexHome, "config.toml")}: codex-cli 0.169.0 cannot load it: invalid ` +
        'type: string "large", expected i64 in `model_context_window`; the previous file was ' +
        "restored, nothing changed",
    );
    expect(second.output).not.toContain("codex login");
    expect(ws.read(".codex/config.toml")).toBe(config);
    expect(readFileSync(join(ws.runDir, "install.failed"), "utf8")).toMatch(
      /^the managed settings were not merged into .*config\.toml/,
    );
    // The restored file still works: Codex is logged in and loads it.
    expect(ws.codex(["login", "status"]).status).toBe(0);
  });

  it("exits 0 with the coder secret command when the user-secret key is missing", async () => {
    const ws = workspace("user-secret-missing");
    await ws.seedCodex();
    const run = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_AUTH_SOURCE: "user-secret" })),
    );
    expect(run.status, run.output).toBe(0);
    const command = "coder secret create openai-api-key --env OPENAI_API_KEY";
    expect(run.output).toContain(command);
    expect(run.output).toContain("restart");
    expect(ws.state("status")).toContain(command);
    expect(existsSync(join(ws.runDir, "install.done"))).toBe(true);

    // start.sh has nothing to start and says why, without failing the workspace.
    const start = await ws.run(
      "start.sh",
      ws.env({ ARG_FOLDER: b64(ws.folder), ARG_AGENTAPI_PORT: "1", ARG_INSTALL_WAIT_SECONDS: "5" }),
    );
    expect(start.status, start.output).toBe(0);
    expect(start.output).toContain("there is no OpenAI API key yet");
    expect(ws.agentapiPid()).toBeUndefined();
    expect(ws.state("status")).toContain(command);
  });

  it("leaves exactly one valid login when the auth source changes", async () => {
    const ws = workspace("auth-switch");
    await ws.seedCodex();
    const loginStatus = (): string => ws.codex(["login", "status"]).output;

    const first = await ws.run(
      "install.sh",
      ws.env(
        installArgs(ws, { ARG_AUTH_SOURCE: "template-variable", OPENAI_API_KEY: "sk-template-1" }),
      ),
    );
    expect(first.status, first.output).toBe(0);
    expect(loginStatus()).toContain("API key configured");

    // The gateway's token comes through the provider's env_key: the old key login must go.
    const gateway = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_AUTH_SOURCE: "ai-gateway", OPENAI_API_KEY: "sk-template-1" })),
    );
    expect(gateway.status, gateway.output).toBe(0);
    expect(gateway.output).toContain("Removed the API key login this module made earlier");
    expect(ws.exists(".codex/auth.json")).toBe(false);
    expect(loginStatus()).toContain("Not logged in");

    const secret = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_AUTH_SOURCE: "user-secret", OPENAI_API_KEY: "sk-user-2" })),
    );
    expect(secret.status, secret.output).toBe(0);
    expect(JSON.parse(ws.read(".codex/auth.json"))).toEqual({
      auth_mode: "apikey",
      OPENAI_API_KEY: "sk-user-2",
    });
    expect(ws.state("auth")).toContain("source=user-secret");

    // The user removed the secret: the login made from it goes too.
    const removed = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_AUTH_SOURCE: "user-secret" })),
    );
    expect(removed.status, removed.output).toBe(0);
    expect(ws.exists(".codex/auth.json")).toBe(false);
  });

  it("writes the AGENTS.md block once, keeps the user's text, and follows a target switch", async () => {
    const ws = workspace("agents-md");
    await ws.seedCodex();
    mkdirSync(ws.codexHome, { recursive: true });
    writeFileSync(join(ws.codexHome, "AGENTS.md"), "# My own notes\n\nKeep me.\n");
    const run = (text: string, target: string) =>
      ws.run(
        "install.sh",
        ws.env(installArgs(ws, { ARG_AGENTS_MD: b64(text), ARG_AGENTS_MD_TARGET: target })),
      );

    expect((await run("Use the Coder rules.", "global")).status).toBe(0);
    expect((await run("Use the Coder rules.", "global")).output).toContain("is up to date");
    const global = ws.read(".codex/AGENTS.md");
    expect(global.startsWith("# My own notes\n\nKeep me.\n\n<!-- codex-module:begin")).toBe(true);
    expect(global.split("Use the Coder rules.")).toHaveLength(2);
    expect(global.match(/codex-module:begin/g)).toHaveLength(1);

    // The user adds text after the block; a new prompt replaces only the block.
    writeFileSync(join(ws.codexHome, "AGENTS.md"), `${global}\nAfter the block.\n`);
    expect((await run("New rules.", "global")).status).toBe(0);
    const updated = ws.read(".codex/AGENTS.md");
    expect(updated).toContain("Keep me.");
    expect(updated).toContain("After the block.");
    expect(updated).toContain("New rules.");
    expect(updated).not.toContain("Use the Coder rules.");

    // Moving the prompt to the project folder removes the stale global block.
    expect((await run("New rules.", "folder")).status).toBe(0);
    expect(ws.read("project/AGENTS.md")).toContain("New rules.");
    const after = ws.read(".codex/AGENTS.md");
    expect(after).not.toContain("codex-module:begin");
    expect(after).toContain("Keep me.");
    expect(after).toContain("After the block.");
  });

  it("fails and refuses the AgentAPI binary when its sha256 does not match", async () => {
    const ws = workspace("agentapi-mismatch");
    await ws.seedCodex();
    const wrong = "0".repeat(64);
    const run = await ws.run(
      "install.sh",
      ws.env(
        installArgs(ws, { ARG_AGENTAPI_SHA256_AMD64: wrong, ARG_AGENTAPI_SHA256_ARM64: wrong }),
      ),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`Error: the AgentAPI download from ${server.url}/agentapi/`);
    expect(run.output).toContain(`expected sha256 ${wrong}, got ${agentapiSha}`);
    expect(existsSync(join(ws.moduleDir, "bin", `agentapi-${AGENTAPI_VERSION}`))).toBe(false);
    expect(readdirSync(join(ws.moduleDir, "bin"))).toEqual([]);
    expect(readFileSync(join(ws.runDir, "install.failed"), "utf8")).toContain("does not match");
    expect(existsSync(join(ws.runDir, "install.done"))).toBe(false);

    // start.sh does not wait for the full timeout: it reports the failed install at once.
    const start = await ws.run(
      "start.sh",
      ws.env({ ARG_FOLDER: b64(ws.folder), ARG_INSTALL_WAIT_SECONDS: "600" }),
    );
    expect(start.status).not.toBe(0);
    expect(start.ms).toBeLessThan(10_000);
    expect(start.output).toContain("Error: the install script failed");
    expect(ws.state("status")).toContain("Codex start failed: the install script failed");
  });

  it("installs Node.js from the dist URL after checking SHASUMS256.txt when the image has none", async () => {
    // A Node.js "release" made from this machine's node and npm, served like nodejs.org/dist.
    const name = `node-v${NODE_VERSION}-linux-${NODE_ARCH}`;
    const release = join(served, "node", `v${NODE_VERSION}`);
    const tree = join(scratchDir("node-tree"), name);
    mkdirSync(join(tree, "bin"), { recursive: true });
    mkdirSync(join(tree, "lib", "node_modules"), { recursive: true });
    copyFileSync(process.execPath, join(tree, "bin", "node"));
    const npmRoot = join(
      dirname(realpathSync(process.execPath)),
      "..",
      "lib",
      "node_modules",
      "npm",
    );
    cpSync(npmRoot, join(tree, "lib", "node_modules", "npm"), { recursive: true });
    symlinkSync("../lib/node_modules/npm/bin/npm-cli.js", join(tree, "bin", "npm"));
    mkdirSync(release, { recursive: true });
    const tarball = join(release, `${name}.tar.gz`);
    const tar = spawnSync("bash", [
      "-c",
      `tar -C "$1" -cf - "$2" | gzip -1 > "$3"`,
      "tar",
      dirname(tree),
      name,
      tarball,
    ]);
    expect(tar.status, String(tar.stderr)).toBe(0);

    // A PATH with the usual tools and no node or npm.
    const farm = scratchDir("path-without-node");
    for (const dir of ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]) {
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir)) {
        if (/^(node|nodejs|npm|npx|corepack)$/.test(entry) || existsSync(join(farm, entry)))
          continue;
        symlinkSync(join(dir, entry), join(farm, entry));
      }
    }

    const ws = workspace("node-download");
    await ws.seedCodex();
    writeFileSync(join(release, "SHASUMS256.txt"), `${"f".repeat(64)}  ${name}.tar.gz\n`);
    const bad = await ws.run("install.sh", { ...ws.env(installArgs(ws)), PATH: farm });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain(
      `checksum mismatch for ${server.url}/node/v${NODE_VERSION}/${name}.tar.gz`,
    );
    expect(bad.output).toContain(`expected sha256 ${"f".repeat(64)}`);
    expect(ws.exists(".codex-module/node")).toBe(false);

    writeFileSync(
      join(release, "SHASUMS256.txt"),
      `${"a".repeat(64)}  other.tar.gz\n${sha256(tarball)}  ${name}.tar.gz\n`,
    );
    const good = await ws.run("install.sh", { ...ws.env(installArgs(ws)), PATH: farm });
    expect(good.status, good.output).toBe(0);
    expect(good.output).toContain(`Installed Node.js v${NODE_VERSION} (sha256 verified)`);
    expect(good.output).toContain(`Codex ${CODEX_VERSION} is already installed`);
    // The image has no node of its own, so it is linked next to codex for new shells.
    expect(readlinkSync(join(ws.home, ".local", "bin", "node"))).toBe(
      join(ws.moduleDir, "node", "bin", "node"),
    );
    const version = spawnSync(join(ws.home, ".local", "bin", "codex"), ["--version"], {
      env: { HOME: ws.home, PATH: `${join(ws.home, ".local", "bin")}:${farm}` },
      encoding: "utf8",
    });
    expect(version.stdout.trim()).toBe(`codex-cli ${CODEX_VERSION}`);

    const again = await ws.run("install.sh", { ...ws.env(installArgs(ws)), PATH: farm });
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain("Installed Node.js");
  });

  it("fails with the script's log when the pre-install script fails", async () => {
    const ws = workspace("pre-install-fails");
    await ws.seedCodex();
    const run = await ws.run(
      "install.sh",
      ws.env(installArgs(ws, { ARG_PRE_INSTALL_SCRIPT: b64("echo about to fail; exit 3") })),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("Error: the pre-install script failed with exit status 3");
    expect(run.output).toContain("about to fail");
    expect(readFileSync(join(ws.runDir, "install.failed"), "utf8")).toContain("pre-install");
    expect(ws.state("status")).toContain("Codex install failed");
  });
});

describe("shell scripts", () => {
  it("pass shellcheck with every optional check and no disables", () => {
    const version = spawnSync("shellcheck", ["--version"], { encoding: "utf8" });
    expect(version.status, "shellcheck is missing: apt-get install -y shellcheck").toBe(0);
    const files = [
      "install.sh",
      "start.sh",
      "stop.sh",
      "lib.sh",
      "project.sh",
      "code-server.sh",
    ].map((name) => join(SCRIPTS_DIR, name));
    for (const file of files) expect(readFileSync(file, "utf8")).not.toMatch(/shellcheck disable/);
    const run = spawnSync("shellcheck", ["-o", "all", "-x", ...files], {
      cwd: SCRIPTS_DIR,
      encoding: "utf8",
    });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("run with bash strict mode", () => {
    for (const name of ["install.sh", "start.sh", "stop.sh", "project.sh", "code-server.sh"]) {
      const text = readFileSync(join(SCRIPTS_DIR, name), "utf8");
      expect(text.startsWith("#!/usr/bin/env bash\n")).toBe(true);
      expect(text).toContain("\nset -euo pipefail\n");
      expect(text).not.toMatch(/^\s*set -[a-z]*x/m);
    }
    expect(SYSTEM_PATH).not.toContain("node_modules");
  });
});
