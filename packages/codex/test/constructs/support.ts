import { Testing, TerraformVariable } from "@codex-coder/cdk";
import { agent } from "@codex-coder/provider-coder";
import { TemplateStack, setTerraformName } from "@codex-coder/template-kit";
import { Codex, type CodexProps } from "../../src/index.js";

/** A synthesized Terraform JSON configuration, loosely typed for assertions. */
export interface Synth {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  locals?: Record<string, unknown>;
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

/** The raw value of `export NAME='…'` in a rendered wrapper script. */
export function scriptArg(script: string, name: string): string | undefined {
  const m = new RegExp(`^export ${name}='(.*)'$`, "m").exec(script);
  if (!m) return undefined;
  return m[1];
}

/**
 * The value of a literal `ARG_*` argument: `${base64encode("<literal>")}` as written in the
 * wrapper (HCL escapes undone), or synth-time base64 for a literal cdktf cannot pass to a function.
 */
export function decodeArg(value: string | undefined): string {
  if (value === undefined) throw new Error("no such argument");
  const m = /^\$\{base64encode\(("(?:[^"\\]|\\.)*")\)\}$/.exec(value);
  if (m) return (JSON.parse(m[1] as string) as string).replace(/([$%])\1\{/g, "$1{");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw new Error(`not a literal argument: ${value}`);
  return Buffer.from(value, "base64").toString("utf8");
}

/**
 * The managed settings from the template's locals, for a template whose choices are all literal
 * (`local.codex_config` lists them; `${` escapes undone).
 */
export function managedSettings(
  out: Synth,
  base = "codex",
): Array<{ path: string[]; value: unknown }> {
  const install = out.resource.coder_script?.[`${base}_install`]?.script as string;
  if (!install.includes(`jsonencode({"version" = 1, "settings" = local.${base}_config})`)) {
    throw new Error(`the install wrapper does not pass local.${base}_config:\n${install}`);
  }
  const config = out.locals?.[`${base}_config`];
  if (!Array.isArray(config)) throw new Error(`local.${base}_config is not a literal list`);
  const unescape = (v: unknown): unknown =>
    typeof v === "string"
      ? v.replace(/([$%])\1\{/g, "$1{")
      : Array.isArray(v)
        ? v.map(unescape)
        : v;
  return (config as Array<{ path: string[]; value: unknown }>).map((s) => ({
    path: s.path,
    value: unescape(s.value),
  }));
}

/** The value of one managed key, or undefined when not managed. */
export function setting(out: Synth, ...path: string[]): unknown {
  return managedSettings(out).find((s) => JSON.stringify(s.path) === JSON.stringify(path))?.value;
}
