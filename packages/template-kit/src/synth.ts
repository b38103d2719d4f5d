import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "@codex-coder/cdk";
import { isJsonObject, type JsonObject, type JsonValue, type TerraformConfig } from "./json.js";
import type { TemplateFiles } from "./template-files.js";
import type { HclSection } from "./hcl/types.js";
import { mainTfSections } from "./main-tf-sections.js";
import { wrapConfigProse } from "./prose.js";
import { TemplateStack } from "./template-stack.js";

/** A template after synthesis: everything the writer needs, as plain data. */
export interface SynthesizedTemplate {
  /** Coder template name. */
  readonly name: string;
  /**
   * The Terraform configuration, without cdktf's `//` metadata, long prose wrapped into lines
   * (see `wrapProse`).
   */
  readonly config: TerraformConfig;
  /** The rendered `README.md`. */
  readonly readme: string;
  /** Extra files the template adds, by relative path. */
  readonly files: TemplateFiles;
  /** How `main.tf` groups the blocks: the template's own, then one section per construct. */
  readonly sections: readonly HclSection[];
}

const temporaryApps = new WeakSet<App>();

/**
 * An App for templates whose cdktf output goes to a fresh temporary directory, deleted again after
 * every {@link synthTemplate} / `buildTemplates`, so that building leaves no `cdktf.out` behind.
 * A plain `new App()` works as well; its output then stays in `./cdktf.out`.
 */
export function createTemplateApp(): App {
  const app = new App({
    outdir: mkdtempSync(join(tmpdir(), "codex-coder-synth-")),
    stackTraces: false,
  });
  temporaryApps.add(app);
  return app;
}

/**
 * Synthesizes `stack` in-process with `app.synth()` (no cdktf-cli) and returns its configuration
 * without cdktf's `//` metadata and with long descriptions and error messages wrapped into lines
 * (see `wrapProse`), plus its README and extra files. Runs the stack's validations,
 * including the stable-name checks. Hygiene checks run when the template is written.
 */
export function synthTemplate(stack: TemplateStack): SynthesizedTemplate {
  const [template] = synthTemplates([stack]);
  return template as SynthesizedTemplate;
}

/**
 * Synthesizes every stack, calling `synth()` once per App.
 *
 * @throws Error naming the argument when an element is not a {@link TemplateStack}, or when two
 *   stacks have the same template name
 */
export function synthTemplates(stacks: readonly TemplateStack[]): SynthesizedTemplate[] {
  const names = new Map<string, string>();
  stacks.forEach((stack, index) => {
    if (!TemplateStack.isTemplateStack(stack)) {
      throw new Error(`stacks[${index}]: expected a TemplateStack, got ${describe(stack)}`);
    }
    const other = names.get(stack.metadata.name);
    if (other !== undefined) {
      throw new Error(
        `stacks[${index}]: template name ${JSON.stringify(stack.metadata.name)} is already used by stack ${other}`,
      );
    }
    names.set(stack.metadata.name, stack.node.path);
  });
  if (process.env["SYNTH_HCL_OUTPUT"] === "true" || process.env["SYNTH_HCL_OUTPUT"] === "1") {
    throw new Error(
      'SYNTH_HCL_OUTPUT is set; unset it: template-kit reads cdktf\'s JSON output and renders the template itself (see the "format" option)',
    );
  }

  const apps = new Map<App, TemplateStack[]>();
  for (const stack of stacks) {
    const app = App.of(stack);
    apps.set(app, [...(apps.get(app) ?? []), stack]);
  }
  const configs = new Map<TemplateStack, TerraformConfig>();
  for (const [app, appStacks] of apps) {
    mkdirSync(join(app.outdir, "stacks"), { recursive: true });
    try {
      app.synth();
      for (const stack of appStacks) {
        const file = join(app.outdir, "stacks", stack.node.id, "cdk.tf.json");
        const raw = JSON.parse(readFileSync(file, "utf8")) as JsonValue;
        configs.set(stack, wrapConfigProse(cleanConfig(raw)));
      }
    } finally {
      if (temporaryApps.has(app)) rmSync(app.outdir, { recursive: true, force: true });
    }
  }
  return stacks.map((stack) => ({
    name: stack.metadata.name,
    config: configs.get(stack) as TerraformConfig,
    readme: stack.renderReadme(),
    files: stack.files,
    sections: mainTfSections(stack, stack.metadata.name),
  }));
}

/**
 * Removes cdktf's `//` metadata (construct paths, stack traces with build-machine paths) at every
 * level, and top-level blocks left empty (e.g. `terraform` once the backend is gone).
 */
export function cleanConfig(raw: JsonValue): TerraformConfig {
  const cleaned = stripMetadata(raw);
  if (!isJsonObject(cleaned)) {
    throw new Error(`synthesized configuration must be a JSON object, got ${describe(cleaned)}`);
  }
  return Object.fromEntries(
    Object.entries(cleaned).filter(
      ([, block]) => !(isJsonObject(block) && Object.keys(block).length === 0),
    ),
  );
}

function stripMetadata(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return (value as readonly JsonValue[]).map(stripMetadata);
  if (isJsonObject(value)) {
    const result: Record<string, JsonValue> = {};
    for (const [key, member] of Object.entries(value)) {
      if (key !== "//") result[key] = stripMetadata(member);
    }
    return result as JsonObject;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? String(value);
  return Array.isArray(value)
    ? "an array"
    : `an instance of ${value.constructor?.name ?? "Object"}`;
}
