// Builds the template in-process with the same functions `npm run build` uses.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildTemplates,
  createTemplateApp,
  synthTemplate,
  type SynthesizedTemplate,
  type WrittenTemplate,
} from "@codex-coder/template-kit";
import { kubernetesTemplate } from "../src/template.js";

/** Synthesizes the template (stable names checked) without writing anything. */
export function synthKubernetes(): SynthesizedTemplate {
  return synthTemplate(kubernetesTemplate(createTemplateApp()));
}

/** Builds the template into a fresh temporary directory: `<dir>/template/` and `<dir>/kubernetes.tar`. */
export async function buildKubernetes(): Promise<WrittenTemplate> {
  const outDir = mkdtempSync(join(tmpdir(), "codex-coder-kubernetes-test-"));
  const [written] = await buildTemplates([kubernetesTemplate(createTemplateApp())], { outDir });
  if (!written) throw new Error("buildTemplates wrote nothing");
  return written;
}
