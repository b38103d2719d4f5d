export { buildTemplates, type BuildTemplatesOptions } from "./build.js";
export { WORKSPACE_PATHS, defaultBuildPaths, type BuildPath } from "./build-paths.js";
export { TemplateValidationError, type ValidationProblem } from "./errors.js";
export {
  coderImportProblems,
  type CoderImportInput,
  type CoderImportProblem,
  type CoderImportRule,
} from "./coder-import-rules.js";
export {
  DEFAULT_TEMPLATE_FORMAT,
  GENERATED_HEADER,
  TEMPLATE_FORMATS,
  terraformFormatter,
  type TemplateFormat,
  type TerraformFormatOptions,
  type TerraformFormatter,
} from "./format.js";
export * from "./hcl/index.js";
export {
  AGENT_NAME_PATTERN,
  APP_SLUG_PATTERN,
  TEMPLATE_ARCHIVE_LIMIT,
  assertTemplateHygiene,
  checkTemplate,
  hygieneRules,
  type HygieneContext,
  type HygieneFinding,
  type HygieneInput,
  type HygieneOptions,
  type HygieneRule,
  type TerraformBlock,
} from "./hygiene.js";
export {
  isJsonObject,
  stableStringify,
  type JsonArray,
  type JsonObject,
  type JsonValue,
  type TerraformConfig,
} from "./json.js";
export { mainTfSections, setSectionComment } from "./main-tf-sections.js";
export { PROSE_INLINE_MAX, PROSE_WIDTH, wrapConfigProse, wrapProse } from "./prose.js";
export {
  levelOneHeadings,
  providerVersionsSection,
  renderReadme,
  type MarkdownHeading,
  type TestedProvider,
} from "./readme.js";
export { TERRAFORM_NAME_PATTERN, setTerraformName, terraformNameProblems } from "./stable-names.js";
export {
  cleanConfig,
  createTemplateApp,
  synthTemplate,
  synthTemplates,
  type SynthesizedTemplate,
} from "./synth.js";
export {
  TAR_DIRECTORY_MODE,
  TAR_FILE_MODE,
  TAR_MTIME,
  packTar,
  sha256,
  tarSize,
  ustarNameProblem,
} from "./tar.js";
export {
  filePathProblems,
  toTemplateFiles,
  type FileContent,
  type FileInput,
  type FilePathProblem,
  type TemplateFiles,
} from "./template-files.js";
export {
  TAG_PATTERN,
  TEMPLATE_NAME_PATTERN,
  templateMetadataProblems,
  templateNameProblem,
  type TemplateMetadata,
} from "./template-metadata.js";
export { TemplateStack, type TemplateStackProps } from "./template-stack.js";
export {
  renderTemplateFiles,
  writeTemplate,
  type RenderTemplateOptions,
  type TemplateSource,
  type WriteTemplateOptions,
  type WrittenTemplate,
} from "./write-template.js";
export * from "./workspace-agent.js";
