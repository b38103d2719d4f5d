import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  findRepoRoot,
  loadToolchain,
  loadToolchainVersions,
  requireAgentapi,
  requiredProviders,
  requireProvider,
  toolchainFile,
  type Toolchain,
} from "../src/toolchain.js";

const scratch = mkdtempSync(join(tmpdir(), "test-support-toolchain-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("loadToolchain", () => {
  it("reads the toolchain written by npm run setup:tools", () => {
    const toolchain = loadToolchain();
    expect(["mirror", "registry"]).toContain(toolchain.mode);
    expect(existsSync(toolchain.terraform.path)).toBe(true);
    expect(toolchain.terraform.version).toMatch(/^1\.\d+\.\d+/);
    expect(existsSync(toolchain.cliConfigFile)).toBe(true);
    expect(toolchain.providers["coder"]?.version).toBe(
      loadToolchainVersions().providers["coder"]?.version,
    );
    if (toolchain.mode === "mirror") {
      expect(toolchain.mirrorDir).not.toBeNull();
      expect(toolchain.providers["coder"]?.path).toContain(
        "registry.terraform.io/coder/coder/2.18.0/",
      );
    }
  });

  it("locates the repository root through the workspaces package.json", () => {
    const root = findRepoRoot();
    expect(toolchainFile(root)).toBe(join(root, ".cache", "toolchain", "toolchain.json"));
  });

  it("fails with a hint to run setup:tools when toolchain.json is missing", () => {
    expect(() => loadToolchain({ repoRoot: scratch })).toThrow(
      /toolchain\.json" does not exist\. Run `npm run setup:tools`/,
    );
  });

  it("fails with a hint to run setup:tools when toolchain.json is not JSON", () => {
    const file = join(scratch, "broken.json");
    writeFileSync(file, "{ not json");
    expect(() => loadToolchain({ file })).toThrow(/is not valid JSON.*npm run setup:tools/);
  });

  it("fails naming the field when toolchain.json has the wrong shape", () => {
    const file = join(scratch, "wrong.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, mode: "cloud" }));
    expect(() => loadToolchain({ file })).toThrow(/platform must be an object/);
  });

  it("fails when a recorded binary no longer exists", () => {
    const real = loadToolchain();
    const file = join(scratch, "stale.json");
    const stale: Toolchain = { ...real, terraform: { ...real.terraform, path: "/nonexistent/tf" } };
    writeFileSync(file, JSON.stringify(stale));
    expect(() => loadToolchain({ file })).toThrow(
      /terraform\.path .* "\/nonexistent\/tf", which does not exist\. Run `npm run setup:tools`/,
    );
  });

  it("fails outside a repository", () => {
    const lonely = join(scratch, "nowhere");
    mkdirSync(lonely);
    expect(() => findRepoRoot(lonely)).toThrow(/no package.json with "workspaces"/);
  });
});

describe("requireAgentapi / requireProvider", () => {
  it("returns the agentapi binary when the toolchain has one", () => {
    const toolchain = loadToolchain();
    if (toolchain.agentapi) expect(requireAgentapi(toolchain)).toBe(toolchain.agentapi.path);
  });

  it("fails with the recorded instructions when agentapi is missing", () => {
    const toolchain: Toolchain = {
      ...loadToolchain(),
      agentapi: null,
      agentapiMissing: "Set AGENTAPI_BIN to an agentapi 0.11.8 binary.",
    };
    expect(() => requireAgentapi(toolchain)).toThrow(/Set AGENTAPI_BIN to an agentapi 0\.11\.8/);
  });

  it("fails for a provider that is not enabled", () => {
    expect(() => requireProvider("nope", loadToolchain())).toThrow(
      /provider "nope" is not in the toolchain .*"enabled": true/,
    );
  });
});

describe("loadToolchainVersions", () => {
  it("pins the coder provider, docker provider and agentapi", () => {
    const versions = loadToolchainVersions();
    expect(versions.providers["coder"]).toMatchObject({
      source: "coder/coder",
      version: "2.18.0",
      enabled: true,
    });
    expect(versions.providers["docker"]).toMatchObject({
      source: "kreuzwerker/docker",
      version: "4.6.0",
      commit: "96d331c98ff4",
    });
    expect(versions.agentapi).toMatchObject({
      version: "0.12.1",
      method: "source-tarball",
      tarball: "agentapi-0.12.1.src.tar.xz",
      chatUi: { basePath: "/magic-base-path-placeholder", embedDir: "lib/httpapi/chat" },
    });
    expect(versions.terraform.build.version).toBe("1.5.7");
  });

  it("gives required_providers entries pinned to those versions", () => {
    expect(requiredProviders(["coder", "docker"])).toEqual({
      coder: { source: "coder/coder", version: "2.18.0" },
      docker: { source: "kreuzwerker/docker", version: "4.6.0" },
    });
  });

  it("fails for an unknown provider name", () => {
    expect(() => requiredProviders(["aws"])).toThrow(/unknown provider "aws"/);
  });
});
