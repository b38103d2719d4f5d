import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packTar, sha256, tarSize, toTemplateFiles } from "../src/index.js";

const files = toTemplateFiles({
  "README.md": "# Codex\n",
  "main.tf.json": "{}\n",
  "scripts/install.sh": "#!/usr/bin/env bash\necho install\n",
  "scripts/lib/common.sh": "x".repeat(513),
});

/** The raw 512-byte headers of a ustar archive, in order. */
function headers(archive: Buffer): { name: string; block: Buffer }[] {
  const found: { name: string; block: Buffer }[] = [];
  for (let offset = 0; offset + 512 <= archive.length;) {
    const block = archive.subarray(offset, offset + 512);
    if (block.every((byte) => byte === 0)) break;
    const name = [field(block, 345, 155), field(block, 0, 100)].filter(Boolean).join("/");
    const size = parseInt(field(block, 124, 12).trim() || "0", 8);
    found.push({ name, block });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return found;
}

function field(block: Buffer, start: number, length: number): string {
  return block.toString("latin1", start, start + length).replace(/\0.*$/s, "");
}

describe("packTar", () => {
  test("gives identical bytes for the same files", async () => {
    const first = await packTar(files);
    const second = await packTar(toTemplateFiles(new Map([...files].reverse())));

    expect(second.equals(first)).toBe(true);
    expect(sha256(second)).toBe(sha256(first));
  });

  test("writes sorted plain ustar entries with fixed owner, mode and mtime", async () => {
    const archive = await packTar(files);

    const entries = headers(archive);

    expect(entries.map((entry) => entry.name)).toEqual([
      "README.md",
      "main.tf.json",
      "scripts/",
      "scripts/install.sh",
      "scripts/lib/",
      "scripts/lib/common.sh",
    ]);
    for (const { name, block } of entries) {
      const directory = name.endsWith("/");
      expect(field(block, 257, 6)).toBe("ustar"); // magic "ustar\0", version "00": POSIX ustar
      expect(field(block, 263, 2)).toBe("00");
      expect(String.fromCharCode(block[156] ?? 0)).toBe(directory ? "5" : "0"); // never pax (x/g) or GNU (L/K)
      expect(field(block, 100, 8).trim()).toBe(directory ? "000755" : "000644");
      expect(field(block, 108, 8).trim()).toBe("000000"); // uid
      expect(field(block, 116, 8).trim()).toBe("000000"); // gid
      expect(field(block, 136, 12).trim()).toBe("00000000000"); // mtime: the epoch
      expect(field(block, 265, 32)).toBe(""); // uname
      expect(field(block, 297, 32)).toBe(""); // gname
    }
  });

  test("knows its size before packing", async () => {
    expect((await packTar(files)).length).toBe(tarSize(files));
  });

  test("splits long paths into the ustar prefix instead of a pax header", async () => {
    const path = `${"d".repeat(80)}/${"e".repeat(80)}/file.txt`;

    const archive = await packTar(toTemplateFiles({ [path]: "x" }));

    expect(headers(archive).map((entry) => entry.name)).toEqual([
      `${"d".repeat(80)}/`,
      `${"d".repeat(80)}/${"e".repeat(80)}/`,
      path,
    ]);
  });

  test("fails paths that would need a pax header", async () => {
    await expect(packTar(toTemplateFiles({ "caf\u00e9.txt": "x" }))).rejects.toThrow(
      'cannot pack the template as ustar:\n- path "caf\u00e9.txt" must be printable ASCII to fit a ustar header',
    );
    await expect(packTar(toTemplateFiles({ ["n".repeat(101)]: "x" }))).rejects.toThrow(
      "is too long for a ustar header",
    );
  });

  test("is read by GNU tar as the same files", async () => {
    // Real binary: the archive must be a normal tar for every tool, not only for tar-stream.
    const dir = mkdtempSync(join(tmpdir(), "template-kit-tar-"));
    try {
      writeFileSync(join(dir, "t.tar"), await packTar(files));

      const listing = execFileSync("tar", ["-tvf", join(dir, "t.tar")], {
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC", LC_ALL: "C" },
      });

      expect(listing.trim().split("\n")).toEqual([
        "-rw-r--r-- 0/0               8 1970-01-01 00:00 README.md",
        "-rw-r--r-- 0/0               3 1970-01-01 00:00 main.tf.json",
        "drwxr-xr-x 0/0               0 1970-01-01 00:00 scripts/",
        "-rw-r--r-- 0/0              33 1970-01-01 00:00 scripts/install.sh",
        "drwxr-xr-x 0/0               0 1970-01-01 00:00 scripts/lib/",
        "-rw-r--r-- 0/0             513 1970-01-01 00:00 scripts/lib/common.sh",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
