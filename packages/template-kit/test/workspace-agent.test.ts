import { Token } from "@codex-coder/cdk";
import { describe, expect, it } from "vitest";
import { RESOURCE_METADATA, gitIdentityEnv, homeInitScript } from "../src/index.js";

describe("workspace agent defaults", () => {
  it("copies /etc/skel once and creates the project folder", () => {
    const script = homeInitScript("/home/coder/projects");
    expect(script).toContain('cp -rT /etc/skel "$HOME"');
    expect(script).toContain('mkdir -p "/home/coder/projects"');
    expect(script.startsWith("#!/usr/bin/env bash\nset -euo pipefail\n")).toBe(true);
  });

  it("fails on a project folder that would need shell quoting", () => {
    expect(() => homeInitScript('/home/coder/my "p"')).toThrow(
      /projectFolder must be an absolute path of letters, digits and _ \. \/ -, got "\/home\/coder\/my \\"p\\""/,
    );
    expect(() => homeInitScript("relative")).toThrow(/projectFolder must be an absolute path/);
  });

  it("takes the git identity from the owner, full name first", () => {
    const env = gitIdentityEnv({ fullName: "Ada L", name: "ada", email: "ada@example.com" });
    expect(env.GIT_AUTHOR_EMAIL).toBe("ada@example.com");
    expect(env.GIT_COMMITTER_EMAIL).toBe("ada@example.com");
    // coalesce(full name, username) is a Terraform expression, resolved at plan time
    expect(Token.isUnresolved(env.GIT_AUTHOR_NAME)).toBe(true);
    expect(env.GIT_COMMITTER_NAME).toBe(env.GIT_AUTHOR_NAME);
  });

  it("has unique metadata keys", () => {
    const keys = RESOURCE_METADATA.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
