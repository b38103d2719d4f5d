// Builds this template: `npm run build` writes dist/template/ and dist/tasks-docker.tar.
import { buildTemplates, createTemplateApp } from "@codex-coder/template-kit";
import { PROVIDER_SCHEMAS, tasksDockerTemplate } from "./template.js";

const app = createTemplateApp();
const written = await buildTemplates([tasksDockerTemplate(app)], {
  outDir: "dist",
  schemas: PROVIDER_SCHEMAS,
});
for (const template of written) console.log(`built ${template.name}`);
