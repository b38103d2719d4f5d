import { describe, expect, it } from "vitest";
import { codexSessionReadmeSections, projectPresetReadmeSection } from "../../src/index.js";

describe("codexSessionReadmeSections", () => {
  it("gives the authentication, Tasks modes and pause/resume sections, ending with a newline", () => {
    const text = codexSessionReadmeSections();
    const headings = text.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Authentication: which source to pick",
      "## Coder versions and Tasks modes",
      "## Pausing and resuming a task",
    ]);
    expect(text.endsWith(".\n")).toBe(true);
  });
});

describe("projectPresetReadmeSection", () => {
  it("names the template's function and what its presets set", () => {
    const text = projectPresetReadmeSection({
      templateFunction: "myTemplate",
      presetDefaults: "1 core and the default system prompt",
    });
    expect(text.startsWith("### A preset for your team's repository\n")).toBe(true);
    expect(text).toContain(
      "preset with 1 core and the default system prompt, checked at build time",
    );
    expect(text).toContain("    myTemplate(app, {\n      projectPresets: [\n");
    expect(text.endsWith("```\n")).toBe(true);
  });
});
