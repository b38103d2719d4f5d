import { gunzipSync } from "node:zlib";
import { Testing, TerraformVariable } from "@codex-coder/cdk";
import { agent } from "@codex-coder/provider-coder";
import { TemplateStack, setTerraformName } from "@codex-coder/template-kit";
import { Codex, type CodexProps } from "../../src/index.js";

/** A synthesized Terraform JSON configuration, loosely typed for assertions. */
export interface Synth {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
}

/** A stack with `coder_agent.main`, ready for a Codex construct. */
export function fixture(): { stack: TemplateStack; main: agent.Agent } {
  const app = Testing.app();
  const stack = new TemplateStack(app, "t", {
    displayName: "Test",
    description: "A test template",
    icon: "/icon/openai.svg",
  });
  const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });
  setTerraformName(main, "main");
  return { stack, main };
}

/** Synthesizes a Codex with `props` (agent and folder filled in) and returns the JSON and files. */
export function synthCodex(
  props: Partial<CodexProps> = {},
  extend?: (stack: TemplateStack) => Partial<CodexProps>,
): { out: Synth; codex: Codex; stack: TemplateStack } {
  const { stack, main } = fixture();
  const extra = extend ? extend(stack) : {};
  const codex = new Codex(stack, "codex", {
    agent: main,
    folder: "/home/coder/project",
    ...props,
    ...extra,
  });
  const out = JSON.parse(Testing.synth(stack)) as Synth;
  return { out, codex, stack };
}

/** A sensitive string variable, the only way to hand Codex a key. */
export function secretVariable(stack: TemplateStack, name: string): TerraformVariable {
  return new TerraformVariable(stack, name, { type: "string", sensitive: true, default: "" });
}

/** Decodes `export NAME='<base64>'` from a rendered wrapper script (literal values only). */
export function scriptArg(script: string, name: string): string | undefined {
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(script);
  if (!m) return undefined;
  return m[1];
}

/** The managed settings document from the install wrapper (literal config only). */
export function managedSettings(
  out: Synth,
): Array<{ path: string[]; value: unknown; when?: unknown }> {
  const install = out.resource.coder_script?.codex_install?.script as string;
  const b64 = scriptArg(install, "ARG_MANAGED_CONFIG");
  if (b64 === undefined) throw new Error("no ARG_MANAGED_CONFIG in the install wrapper");
  const doc = JSON.parse(gunzipSync(Buffer.from(b64, "base64")).toString("utf8")) as {
    settings: Array<{ path: string[]; value: unknown }>;
  };
  return doc.settings;
}

/** The value of one managed key, or undefined when not managed. */
export function setting(out: Synth, ...path: string[]): unknown {
  return managedSettings(out).find((s) => JSON.stringify(s.path) === JSON.stringify(path))?.value;
}
