import { describe, expect, it } from "vitest";
import {
  codexSessionReadmeSections,
  codexSessionVariablesYaml,
  projectCreateReadmeExample,
  projectSetupReadmeText,
} from "../../src/index.js";

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

describe("projectSetupReadmeText", () => {
  it("names the template's function and what its presets set", () => {
    const text = projectSetupReadmeText({
      templateFunction: "myTemplate",
      presetDefaults: "1 core and the default system prompt",
    });
    expect(text.startsWith("The setup script runs on every start in the project folder")).toBe(
      true,
    );
    expect(text).toContain("\n### A preset for your team's repository\n");
    expect(text).toContain(
      "preset with 1 core and the default system prompt, checked at build time",
    );
    expect(text).toContain("    myTemplate(app, {\n      projectPresets: [\n");
    expect(text.endsWith("```\n")).toBe(true);
  });
});

describe("projectCreateReadmeExample", () => {
  it("creates a workspace of the named template with the project parameters", () => {
    const text = projectCreateReadmeExample("my-template");
    expect(text).toContain("coder create my-web --template my-template \\\n");
    expect(text).toContain("  --parameter 'setup_script=npm ci'\n```\n");
    expect(text.endsWith("`main; id`).\n")).toBe(true);
  });
});

describe("codexSessionVariablesYaml", () => {
  it("lists the auth, Tasks mode, model and approval variables, one a line", () => {
    const keys = codexSessionVariablesYaml()
      .split("\n")
      .map((line) => line.split(":")[0]);
    expect(keys).toEqual([
      "codex_auth_source",
      "openai_api_key",
      "codex_custom_provider_base_url",
      "codex_custom_provider_api_key",
      "codex_tasks_mode",
      "codex_model",
      "codex_approval_policy",
      "codex_task_approval_policy",
    ]);
  });
});
