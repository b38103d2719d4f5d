// Checks the example CI workflow with the real actionlint (built from the Go module proxy by
// `npm run setup:tools`, with shellcheck on PATH so the run: scripts are checked too), and checks
// that what it pushes matches what `npm run build` produces.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { requireTool } from "@codex-coder/test-support";
import { createTemplateApp, synthTemplate } from "@codex-coder/template-kit";
import { describe, expect, it } from "vitest";
import { tasksDockerTemplate } from "../../../templates/tasks-docker/src/template.js";
import { kubernetesTemplate } from "../../../templates/kubernetes/src/template.js";

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repo = path.resolve(exampleDir, "../..");
const workflow = path.join(exampleDir, ".github", "workflows", "coder-templates.yaml");

function actionlint(file: string): { status: number | null; output: string } {
  const res = spawnSync(requireTool("actionlint"), ["-no-color", file], { encoding: "utf8" });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

function variablesFile(name: string): Map<string, string> {
  const text = readFileSync(path.join(exampleDir, "variables", `${name}.yaml`), "utf8");
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^([a-z0-9_]+):\s*(.*)$/.exec(line);
    if (m) out.set(m[1] ?? "", (m[2] ?? "").replace(/^"(.*)"$/, "$1"));
  }
  return out;
}

describe("examples/ci workflow", () => {
  it("passes actionlint (including shellcheck of its run: scripts)", () => {
    expect(spawnSync("shellcheck", ["--version"]).status).toBe(0);
    const { status, output } = actionlint(workflow);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("fails actionlint when a step is broken, so the lint check is real", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "actionlint-"));
    try {
      const broken = readFileSync(workflow, "utf8").replace(
        "runs-on: ubuntu-latest",
        "runs-on: ubuntu-latest\n    needs: [no-such-job]",
      );
      mkdirSync(path.join(dir, ".github", "workflows"), { recursive: true });
      const file = path.join(dir, ".github", "workflows", "broken.yaml");
      writeFileSync(file, broken);
      const { status, output } = actionlint(file);
      expect(status).not.toBe(0);
      expect(output).toContain("no-such-job");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("pushes without activating, then promotes after a smoke check", () => {
    const text = readFileSync(workflow, "utf8");
    const push = text.indexOf("coder templates push");
    const smoke = text.indexOf("coder create");
    const promote = text.indexOf("coder templates versions promote");
    expect(push).toBeGreaterThan(0);
    expect(text.slice(push, smoke)).toContain("--activate=false");
    expect(text.slice(push, smoke)).toContain('-d "templates/${TEMPLATE}/dist/template"');
    expect(text.slice(push, smoke)).toMatch(/--variables-file "\$\{VARS_FILE\}"/);
    expect(text.slice(push, smoke)).toContain("--yes");
    expect(smoke).toBeGreaterThan(push);
    expect(promote).toBeGreaterThan(smoke);
  });

  it.each([
    ["tasks-docker", tasksDockerTemplate],
    ["kubernetes", kubernetesTemplate],
  ] as const)(
    "%s: the variables file sets every non-secret variable the template declares",
    (name, factory) => {
      expect(readFileSync(workflow, "utf8")).toMatch(
        new RegExp(`template: \\[[^\\]]*\\b${name}\\b`),
      );
      expect(existsSync(path.join(repo, "templates", name, "dist", "template"))).toBe(true);
      const config = synthTemplate(factory(createTemplateApp())).config as {
        variable?: Record<string, { sensitive?: boolean; default?: unknown }>;
      };
      const declared = Object.entries(config.variable ?? {});
      const file = variablesFile(name);
      const missing = declared
        .filter(
          ([v, spec]) => spec.sensitive !== true && !file.has(v) && spec.default === undefined,
        )
        .map(([v]) => v);
      expect(missing).toEqual([]);
      const unknown = [...file.keys()].filter((k) => !declared.some(([v]) => v === k));
      expect(unknown).toEqual([]);
      // Secrets are appended by the workflow at run time, never committed.
      for (const [v, spec] of declared)
        if (spec.sensitive === true) expect(file.get(v) ?? "").toBe("");
    },
  );
});
