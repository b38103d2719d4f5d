// Builds the template: `npm run build` writes dist/template/ (main.tf, README.md, codex/) and
// dist/minimal-codex.tar. main.tf needs the schemas of the providers the template uses.
import { providerSchema as coderSchema } from "@codex-coder/provider-coder";
import { providerSchema as dockerSchema } from "@codex-coder/provider-docker";
import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";
import { minimalTemplate } from "./template.js";

await buildTemplates([minimalTemplate(createTemplateApp())], {
  outDir: "dist",
  schemas: [coderSchema, dockerSchema],
});
