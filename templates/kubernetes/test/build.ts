// Builds the template in-process with the same functions `npm run build` uses.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildTemplates,
  createTemplateApp,
  synthTemplate,
  type SynthesizedTemplate,
  type TemplateFormat,
  type WrittenTemplate,
} from "@codex-coder/template-kit";
import {
  PROVIDER_SCHEMAS,
  kubernetesTemplate,
  type KubernetesTemplateOptions,
} from "../src/template.js";

/** Synthesizes the template (stable names checked) without writing anything. */
export function synthKubernetes(options: KubernetesTemplateOptions = {}): SynthesizedTemplate {
  return synthTemplate(kubernetesTemplate(createTemplateApp(), options));
}

/**
 * Builds the template into a fresh temporary directory, `<dir>/template/` and
 * `<dir>/kubernetes.tar`, with the provider schemas `npm run build` uses; `main.tf` unless
 * `format` is `"json"`.
 */
export async function buildKubernetes(
  options: KubernetesTemplateOptions = {},
  format?: TemplateFormat,
): Promise<WrittenTemplate> {
  const outDir = mkdtempSync(join(tmpdir(), "codex-coder-kubernetes-test-"));
  const [written] = await buildTemplates([kubernetesTemplate(createTemplateApp(), options)], {
    outDir,
    format,
    schemas: PROVIDER_SCHEMAS,
  });
  if (!written) throw new Error("buildTemplates wrote nothing");
  return written;
}
