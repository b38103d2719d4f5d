/**
 * The starter behind `npm create @codex-coder/templates`, also usable from code: parse a command
 * line, render the files of a new repository, write them.
 */
export {
  AUTH_SOURCES,
  STARTER_TEMPLATE_NAME_PATTERN,
  TEMPLATE_KINDS,
  USAGE,
  UsageError,
  parseStarterArgs,
  templateNameProblem,
  type AuthSource,
  type StarterOptions,
  type TemplateKind,
} from "./options.js";
export { TOOLKIT_PACKAGES } from "./files/repository-files.js";
export { templateFunctionName } from "./files/template-source.js";
export { renderStarter } from "./render.js";
export { starterVersion, writeStarter } from "./write.js";
