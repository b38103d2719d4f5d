import {
  gitignore,
  packageJson,
  readme,
  tsconfig,
  validateScript,
  variablesFile,
} from "./files/repository-files.js";
import { mainSource, templateSource } from "./files/template-source.js";
import { workflow } from "./files/workflow.js";
import type { StarterOptions } from "./options.js";

/**
 * Every file of the new repository, by path relative to its root, in the order they are written.
 *
 * @param toolkitVersion the version of the `@codex-coder` packages to depend on
 */
export function renderStarter(
  options: StarterOptions,
  toolkitVersion: string,
): ReadonlyMap<string, string> {
  const name = options.templateName;
  return new Map([
    ["package.json", packageJson(options, toolkitVersion)],
    ["tsconfig.json", tsconfig()],
    [".gitignore", gitignore()],
    ["README.md", readme(options)],
    ["src/main.ts", mainSource(options)],
    [`src/templates/${name}.ts`, templateSource(options)],
    [`variables/${name}.yaml`, variablesFile(options)],
    ["scripts/validate.mjs", validateScript()],
    [".github/workflows/coder-templates.yaml", workflow(options)],
  ]);
}
