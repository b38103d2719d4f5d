/**
 * The allowed values have one source (src/enums.ts): lib.sh's generated block matches it, the
 * scripts use it through `require_allowed`, and no script repeats a list. Real bash runs lib.sh.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_ENUMS, renderShellEnums, withShellEnums } from "../../src/enums.js";
import { SCRIPTS_DIR } from "./harness.js";

const LIB_SH = join(SCRIPTS_DIR, "lib.sh");

function requireAllowed(list: string, value: string): { status: number | null; stderr: string } {
  const run = spawnSync(
    "bash",
    [
      "-c",
      'set -euo pipefail; source "$1"; require_allowed ARG_TEST "$2" "$3"',
      "bash",
      LIB_SH,
      value,
      list,
    ],
    {
      encoding: "utf8",
      env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin", HOME: "/nonexistent" },
    },
  );
  return { status: run.status, stderr: run.stderr };
}

describe("allowed values", () => {
  it("lib.sh holds exactly the generated block of src/enums.ts", () => {
    const text = readFileSync(LIB_SH, "utf8");
    expect(text).toContain(renderShellEnums());
    expect(withShellEnums(text)).toBe(text);
  });

  it("require_allowed accepts every value of every list and refuses anything else, naming the list", () => {
    for (const [list, values] of SHELL_ENUMS) {
      for (const value of values)
        expect(requireAllowed(list, value)).toEqual({ status: 0, stderr: "" });
      const refused = requireAllowed(list, `${values[0]}x`);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        `Error: ARG_TEST must be one of: ${values.join(" ")}; got '${values[0]}x'\n`,
      );
    }
  });

  it("fails on an unknown list name", () => {
    const run = requireAllowed("colours", "red");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no list of allowed values named 'colours'");
  });

  it("install.sh and start.sh repeat no list of allowed values", () => {
    for (const name of ["install.sh", "start.sh", "attach.sh"]) {
      const text = readFileSync(join(SCRIPTS_DIR, name), "utf8");
      expect(text).not.toMatch(/require_one_of\s+ARG_\w+\s+"[^"]*"\s+[a-z]/);
      for (const [, values] of SHELL_ENUMS) {
        if (values.length > 1) expect(text).not.toContain(values.join(" "));
      }
    }
  });
});
