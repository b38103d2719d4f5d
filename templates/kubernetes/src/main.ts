// Builds this template: `npm run build` writes dist/template/ and dist/kubernetes.tar.
import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";
import { PROVIDER_SCHEMAS, kubernetesTemplate } from "./template.js";

const app = createTemplateApp();
const written = await buildTemplates([kubernetesTemplate(app)], {
  outDir: "dist",
  schemas: PROVIDER_SCHEMAS,
});
for (const template of written) console.log(`built ${template.name}`);
