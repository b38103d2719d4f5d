import { Testing, TerraformVariable } from "@codex-coder/cdk";
import { describe, expect, it } from "vitest";
import {
  Codex,
  CodexValidationError,
  PROJECT_GIT_TOKEN_ENV,
  Project,
  type ProjectProps,
} from "../../src/index.js";
import { decodeArg, fixture, scriptArg, type Synth } from "./support.js";

function synthProject(
  props: Partial<ProjectProps> = {},
  extend?: (stack: ReturnType<typeof fixture>["stack"]) => Partial<ProjectProps>,
): { out: Synth; project: Project } {
  const { stack, main } = fixture();
  const project = new Project(stack, "project", {
    agent: main,
    folder: "/home/coder/project",
    ...props,
    ...(extend ? extend(stack) : {}),
  });
  return { out: JSON.parse(Testing.synth(stack)) as Synth, project };
}

function decoded(script: string, name: string): string | undefined {
  const value = scriptArg(script, name);
  return value === undefined ? undefined : decodeArg(value);
}

function problems(props: Partial<ProjectProps>): string[] {
  try {
    synthProject(props);
  } catch (error) {
    if (error instanceof CodexValidationError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error("expected a CodexValidationError");
}

describe("Project", () => {
  it("renders one run_on_start script with the folder, URL, branch and setup script, and no external auth by default", () => {
    const { out } = synthProject({
      repository: { url: "https://github.com/acme/web.git", branch: "main" },
      setupScript: "npm ci\n",
    });
    const script = out.resource.coder_script?.project as Record<string, unknown>;
    expect(script.display_name).toBe("Project: clone and set up");
    expect(script.run_on_start).toBe(true);
    const text = script.script as string;
    expect(decoded(text, "ARG_FOLDER")).toBe("/home/coder/project");
    expect(decoded(text, "ARG_REPO_URL")).toBe("https://github.com/acme/web.git");
    expect(decoded(text, "ARG_REPO_BRANCH")).toBe("main");
    expect(decoded(text, "ARG_SETUP_SCRIPT")).toBe("npm ci\n");
    expect(scriptArg(text, "ARG_GIT_TOKEN_ENV")).toBe("");
    expect(out.data?.coder_external_auth).toBeUndefined();
    expect(out.resource.coder_env).toBeUndefined();
  });

  it("declares coder_external_auth for a literal id and hands its token over only through coder_env", () => {
    const { out } = synthProject({
      repository: { url: "https://github.com/acme/web.git", externalAuthId: "github" },
    });
    expect(out.data.coder_external_auth?.project).toEqual({ id: "github" });
    const env = out.resource.coder_env?.project_git_token as Record<string, unknown>;
    expect(env.name).toBe(PROJECT_GIT_TOKEN_ENV);
    expect(env.value).toBe("${data.coder_external_auth.project.access_token}");
    expect(env.count).toBeUndefined();
    expect(
      scriptArg(out.resource.coder_script?.project?.script as string, "ARG_GIT_TOKEN_ENV"),
    ).toBe(PROJECT_GIT_TOKEN_ENV);
  });

  it("counts the external auth on a template variable's id (empty: none)", () => {
    const { out } = synthProject({}, (stack) => {
      const id = new TerraformVariable(stack, "auth_id", { type: "string", default: "" });
      return {
        repository: { url: "https://github.com/acme/web.git", externalAuthId: id.stringValue },
      };
    });
    const data = out.data.coder_external_auth?.project as Record<string, unknown>;
    expect(String(data.count)).toMatch(/\(var\.auth_id == ""\) \? 0 : 1/);
    const env = out.resource.coder_env?.project_git_token as Record<string, unknown>;
    expect(String(env.value)).toContain("try(data.coder_external_auth.project[0].access_token");
    expect(String(env.count)).toBe(String(data.count));
  });

  it("makes Codex wait for it", () => {
    const { stack, main } = fixture();
    const project = new Project(stack, "project", { agent: main, folder: "/home/coder/p" });
    new Codex(stack, "codex", { agent: main, folder: "/home/coder/p", waitFor: [project] });
    const out = JSON.parse(Testing.synth(stack)) as Synth;
    const start = out.resource.coder_script?.codex_start?.script as string;
    expect(scriptArg(start, "ARG_WAIT_FOR")).toBe("project");
    expect(scriptArg(start, "ARG_WAIT_FOR_SECONDS")).toBe("1800");
  });

  it("refuses, naming the value, URLs with credentials, other URL shapes, bad branches and folders", () => {
    expect(problems({ repository: { url: "https://me:ghp_x@github.com/a/b.git" } })).toEqual([
      expect.stringMatching(/^repository\.url carries credentials/),
    ]);
    expect(
      problems({ repository: { url: "https://me:ghp_x@github.com/a/b.git" } })[0],
    ).not.toContain("ghp_x");
    for (const url of [
      "github.com/a/b",
      "-uhttps://x/y",
      "https://x/a b",
      "ext::sh -c id",
      "file:///etc",
    ])
      expect(problems({ repository: { url } })).toEqual([
        expect.stringContaining(`got ${JSON.stringify(url)}`),
      ]);
    for (const branch of ["-b", "a..b", "a b", "main/", "x@{1}"])
      expect(problems({ repository: { url: "https://x/y.git", branch } })).toEqual([
        expect.stringContaining(`repository.branch must be a git branch name`),
      ]);
    expect(problems({ folder: "relative" })).toEqual([expect.stringContaining('"relative"')]);
    expect(problems({ setupScript: "a\0b" })).toEqual([expect.stringContaining("NUL")]);
  });

  it("accepts the URL shapes git users write", () => {
    for (const url of [
      "https://github.com/acme/web.git",
      "http://127.0.0.1:8080/acme/web",
      "ssh://git@github.com/acme/web.git",
      "git@github.com:acme/web.git",
      "git://example.com/web.git",
    ])
      expect(() => synthProject({ repository: { url } }), url).not.toThrow();
  });
});
