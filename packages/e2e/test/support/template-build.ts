/** Small templates built in-process, the way the template packages build theirs. */
import { join } from "node:path";
import { App } from "@codex-coder/cdk";
import { agent, provider as coderProvider, providerSchema } from "@codex-coder/provider-coder";
import {
  TemplateStack,
  buildTemplates,
  type HygieneOptions,
  createTemplateApp,
  setTerraformName,
} from "@codex-coder/template-kit";

/**
 * A template stack with the coder provider and `coder_agent.main`, ready for Codex constructs.
 * @param outdir where cdktf may write; by default a temporary folder that building removes (pass a
 *   folder of the test's own for stacks that are never built)
 */
export function templateStack(
  name: string,
  description: string,
  outdir?: string,
): {
  stack: TemplateStack;
  main: agent.Agent;
} {
  const app = outdir === undefined ? createTemplateApp() : new App({ outdir, stackTraces: false });
  const stack = new TemplateStack(app, name, {
    displayName: `E2E ${name}`,
    description,
    icon: "/icon/openai.svg",
  });
  new coderProvider.CoderProvider(stack, "coder");
  const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });
  setTerraformName(main, "main");
  return { stack, main };
}

/** A stack without providers (variables only). */
export function bareStack(name: string, description: string): TemplateStack {
  return new TemplateStack(createTemplateApp(), name, {
    displayName: `E2E ${name}`,
    description,
    icon: "/icon/openai.svg",
  });
}

/**
 * Builds the template into `<outDir>/template/` (`buildTemplates`, the template kit's default
 * format, with the coder provider's schema) and returns that folder.
 * @param hygiene options of the hygiene checks, for templates whose test values hold build paths
 */
export async function buildTemplate(
  stack: TemplateStack,
  outDir: string,
  hygiene?: HygieneOptions,
): Promise<string> {
  await buildTemplates([stack], {
    outDir,
    schemas: [providerSchema],
    ...(hygiene === undefined ? {} : { hygiene }),
  });
  return join(outDir, "template");
}
