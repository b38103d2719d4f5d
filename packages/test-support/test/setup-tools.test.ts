// Runs the real setup-tools script against a copy of the source tarballs with one byte changed:
// it must refuse to build from it. (It stops at the first kubernetes provider, before it writes
// toolchain.json, so the repository's toolchain is left as it was.)
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findRepoRoot, loadToolchain, loadToolchainVersions } from "../src/toolchain.js";

const versions = loadToolchainVersions();
const sourcesDir = resolve(findRepoRoot(), versions.sources?.dir ?? "../shared/sources");
const scratch = mkdtempSync(join(tmpdir(), "test-support-sources-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("setup-tools with source tarballs", () => {
  it("pins, for every source-tarball provider, the sha256 that SHA256SUMS lists", () => {
    const sums = readFileSync(join(sourcesDir, versions.sources?.checksums ?? ""), "utf8");
    const tarballs = Object.values(versions.providers).filter((p) => p.method === "source-tarball");
    expect(tarballs.map((p) => p.version).sort()).toEqual(["2.38.0", "3.2.1"]);
    for (const p of tarballs) expect(sums).toContain(`${p.sha256}  ${p.tarball}`);
  });

  it("refuses a tarball whose bytes do not match, naming the file and both checksums", () => {
    const spec = versions.providers["kubernetes"];
    if (!spec?.tarball || !existsSync(join(sourcesDir, spec.tarball))) {
      throw new Error(`this test needs ${sourcesDir} with the kubernetes source tarballs`);
    }
    const before = readFileSync(loadToolchain().cliConfigFile, "utf8");
    for (const name of [spec.tarball, versions.providers["kubernetes-2"]?.tarball ?? ""]) {
      copyFileSync(join(sourcesDir, name), join(scratch, name));
    }
    copyFileSync(join(sourcesDir, "SHA256SUMS"), join(scratch, "SHA256SUMS"));
    const tampered = readFileSync(join(scratch, spec.tarball));
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0xff;
    writeFileSync(join(scratch, spec.tarball), tampered);

    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL("../bin/setup-tools.mjs", import.meta.url))],
      {
        env: { ...process.env, CODEX_CODER_SOURCES: scratch },
        encoding: "utf8",
        timeout: 600_000,
      },
    );

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(scratch, spec.tarball)} has sha256 `);
    expect(run.stderr).toContain(`expected ${spec.sha256}`);
    expect(readFileSync(loadToolchain().cliConfigFile, "utf8")).toBe(before);
  }, 600_000);
});
