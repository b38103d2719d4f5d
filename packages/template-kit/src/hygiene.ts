import {
  coderImportProblems,
  type CoderImportInput,
  type CoderImportRule,
} from "./coder-import-rules.js";
import {
  WORKSPACE_PATHS,
  defaultBuildPaths,
  findBuildPath,
  normalizeBuildPaths,
  type BuildPath,
} from "./build-paths.js";
import { TemplateValidationError, type ValidationProblem } from "./errors.js";
import { DEFAULT_TEMPLATE_FORMAT, terraformFormatter, type TemplateFormat } from "./format.js";
import { isJsonObject, type JsonObject, type JsonValue, type TerraformConfig } from "./json.js";
import { tarSize } from "./tar.js";
import {
  filePathProblems,
  toTemplateFiles,
  type FileInput,
  type TemplateFiles,
} from "./template-files.js";

/** What the hygiene checks look at: the synthesized configuration and the files of the template. */
export interface HygieneInput {
  /** The synthesized Terraform configuration (plain JSON, no cdktf `//` metadata needed). */
  readonly config: TerraformConfig;
  /**
   * Every file of the template directory by relative path, including the rendered Terraform file
   * and `README.md`.
   *
   * @default - no files: the file-name, archive-size and file-content checks have nothing to check
   */
  readonly files?: FileInput;
  /**
   * The format the configuration is written in: `"hcl"` (`main.tf`) or `"json"` (`main.tf.json`).
   *
   * @default "hcl"
   */
  readonly format?: TemplateFormat;
}

/** Options of the hygiene checks. */
export interface HygieneOptions {
  /**
   * Absolute paths of the build machine that must not appear anywhere in the output.
   *
   * @default - the repository root (nearest ancestor of the working directory holding `.git`),
   *   the working directory, the home directory and `os.tmpdir()`, each also through symlinks
   */
  readonly buildPaths?: readonly (string | BuildPath)[];
  /**
   * Build paths equal to one of these are not looked for, because they are also ordinary paths
   * inside a workspace (a template may well mount `/home/coder`). Longer build paths below them,
   * such as a checkout in `/home/coder/src/repo`, are still looked for.
   *
   * @default ["/tmp", "/home/coder", "/root"]
   */
  readonly workspacePaths?: readonly string[];
}

/** A resource, data source or variable block of the configuration. */
export interface TerraformBlock {
  /** Terraform address: `coder_agent.main`, `data.coder_parameter.model`, `var.region`. */
  readonly address: string;
  /** Resource or data source type; `variable` for variables. */
  readonly type: string;
  /** Block name. */
  readonly name: string;
  /** Block body. */
  readonly body: JsonObject;
}

/** Everything a {@link HygieneRule} gets, computed once. */
export interface HygieneContext {
  readonly config: TerraformConfig;
  readonly files: TemplateFiles;
  readonly format: TemplateFormat;
  /** Name of the rendered Terraform file (`main.tf` or `main.tf.json`). */
  readonly configFileName: string;
  readonly buildPaths: readonly BuildPath[];
  readonly resources: readonly TerraformBlock[];
  readonly dataSources: readonly TerraformBlock[];
  readonly variables: readonly TerraformBlock[];
}

/** One finding of a rule; the runner adds the rule's code. */
export interface HygieneFinding {
  readonly address: string;
  readonly message: string;
}

/** A hygiene rule: a stable code, what it enforces, and the check. */
export interface HygieneRule {
  /** Stable identifier, e.g. `AgentNameInvalid`. */
  readonly code: string;
  /** What the rule enforces and why, one sentence. */
  readonly description: string;
  /** Every violation in the context; empty when there is none. */
  readonly check: (context: HygieneContext) => readonly HygieneFinding[];
}

export { AGENT_NAME_PATTERN, APP_SLUG_PATTERN } from "./coder-import-rules.js";

/** Largest archive `coder templates push` uploads (`TemplateArchiveLimit = 1 << 20`). */
export const TEMPLATE_ARCHIVE_LIMIT: number = 1 << 20;

/** The hygiene rules, in the order they run. */
export const hygieneRules: readonly HygieneRule[] = [
  {
    code: "AgentNameInvalid",
    description:
      "coder_agent names match Coder's agent name rule (no underscores, so no cdktf hash).",
    check: (context) => importFindings(context, "agent-name"),
  },
  {
    code: "AgentNameDuplicate",
    description: "coder_agent names are unique, compared case-insensitively as Coder does.",
    check: (context) => importFindings(context, "agent-name-unique"),
  },
  {
    code: "AppSlugInvalid",
    description:
      "coder_app slugs match Coder's app slug rule (lowercase letters, digits, single hyphens).",
    check: (context) => importFindings(context, "app-slug"),
  },
  {
    code: "AppSlugDuplicate",
    description: "coder_app slugs are unique within the template.",
    check: (context) => importFindings(context, "app-slug-unique"),
  },
  {
    code: "ParameterOrderMissing",
    description:
      "every coder_parameter sets order (synthesis sorts blocks by name; *.tf.json loses their order).",
    check: ({ dataSources }) =>
      ofType(dataSources, "coder_parameter")
        .filter(
          (parameter) => parameter.body["order"] === undefined || parameter.body["order"] === null,
        )
        .map((parameter) => ({
          address: parameter.address,
          message:
            'has no "order"; without it the order users see depends on where the block lands in the generated file (synthesis sorts blocks by name, *.tf.json loses the order), so set it on every coder_parameter',
        })),
  },
  {
    code: "ParameterDisplayNameMissing",
    description: "every coder_parameter has a display_name.",
    check: ({ dataSources }) =>
      ofType(dataSources, "coder_parameter")
        .filter((parameter) => !isNonEmptyString(parameter.body["display_name"]))
        .map((parameter) => ({
          address: parameter.address,
          message: 'has no "display_name"; users would see the raw parameter name',
        })),
  },
  {
    code: "ParameterDescriptionMissing",
    description: "every coder_parameter has a description.",
    check: ({ dataSources }) =>
      ofType(dataSources, "coder_parameter")
        .filter((parameter) => !isNonEmptyString(parameter.body["description"]))
        .map((parameter) => ({
          address: parameter.address,
          message: 'has no "description"; users get no explanation of what they are choosing',
        })),
  },
  {
    code: "ParameterNameDuplicate",
    description: "coder_parameter names are unique.",
    check: (context) => importFindings(context, "parameter-name-unique"),
  },
  {
    code: "ValidationErrorMissing",
    description:
      "every validation block has its message: error on coder_parameter, error_message on variable.",
    check: (context) => [
      ...importFindings(context, "parameter-validation-error"),
      ...context.variables.flatMap((variable) =>
        validationBlocks(variable)
          .filter(({ block }) => !isNonEmptyString(block["error_message"]))
          .map(({ address }) => ({
            address,
            message: 'has no "error_message"; Terraform requires one in every variable validation',
          })),
      ),
    ],
  },
  {
    code: "BackendConfigured",
    description:
      "the configuration has no terraform.backend (nor cloud): Coder manages state itself.",
    check: ({ config }) =>
      asObjects(config["terraform"]).flatMap((terraform) =>
        ["backend", "cloud"]
          .filter((key) => terraform[key] !== undefined)
          .map((key) => ({
            address: `terraform.${key}`,
            message:
              `is set to ${JSON.stringify(terraform[key])}; Coder's provisioner keeps workspace state itself ` +
              "and fails with a backend (TemplateStack removes cdktf's implicit local backend)",
          })),
      ),
  },
  {
    code: "BuildPathLeaked",
    description: "no absolute path of the build machine appears anywhere in the output.",
    check: ({ config, files, buildPaths, configFileName }) => {
      const findings: HygieneFinding[] = [];
      const report = (address: string, text: string): void => {
        const found = findBuildPath(text, buildPaths);
        if (found !== undefined) {
          findings.push({
            address,
            message:
              `contains the build machine's ${found.label} ${JSON.stringify(found.path)}; ` +
              "the template runs on Coder's provisioner, where that path does not exist",
          });
        }
      };
      walkStrings(config, [], report);
      for (const [path, bytes] of files) {
        if (path !== configFileName) report(`file ${path}`, Buffer.from(bytes).toString("utf8"));
      }
      return findings;
    },
  },
  ...(["FilePathInvalid", "FileNameHidden", "FileNameReserved"] as const).map(
    (code): HygieneRule => ({
      code,
      description: {
        FilePathInvalid:
          "file paths are relative, use /, have no . or .. segments and fit a ustar header.",
        FileNameHidden:
          "no file path has a segment starting with a dot (coder templates push skips them).",
        FileNameReserved:
          "no state, tfvars or override files (coder templates push skips or misreads them).",
      }[code],
      check: ({ files }) =>
        [...files.keys()].flatMap((path) =>
          filePathProblems(path)
            .filter((problem) => problem.code === code)
            .map((problem) => ({ address: `file ${path}`, message: problem.message })),
        ),
    }),
  ),
  {
    code: "ArchiveTooLarge",
    description: "the template's tarball is at most 1 MiB, the most coder templates push uploads.",
    check: ({ files }) => {
      const size = files.size === 0 ? 0 : tarSize(files);
      return size > TEMPLATE_ARCHIVE_LIMIT
        ? [
            {
              address: "archive",
              message: `would be ${size} bytes; coder templates push refuses archives over ${TEMPLATE_ARCHIVE_LIMIT} bytes (1 MiB)`,
            },
          ]
        : [];
    },
  },
  {
    code: "WorkspaceTagsInvalid",
    description:
      "coder_workspace_tags.tags is written out as { key = value } with literal keys and no empty literal value (what Coder reads in main.tf).",
    check: ({ dataSources, format }) =>
      format !== "hcl"
        ? []
        : ofType(dataSources, "coder_workspace_tags").flatMap((tags) =>
            workspaceTagProblems(tags.body["tags"]).map((message) => ({
              address: `${tags.address}.tags`,
              message,
            })),
          ),
  },
  {
    code: "WorkspaceTagsInJson",
    description:
      "no coder_workspace_tags in a *.tf.json template (Coder ignores or rejects them there).",
    check: ({ dataSources, format }) =>
      format !== "json"
        ? []
        : ofType(dataSources, "coder_workspace_tags").map((tags) => ({
            address: tags.address,
            message:
              "is ignored by Coder's provisioner-tag parser in *.tf.json files and rejected by its dynamic parameters; " +
              'build the template as main.tf (format "hcl", the default) or set provisioner tags with coder templates push --provisioner-tag',
          })),
  },
  {
    code: "ProviderVersionPinned",
    description:
      "required_providers give a version range (`~> 2.18`), not one exact version: an exact pin clashes with any module asking for another version and forces mirrors to carry exactly that build.",
    check: ({ config }) => providerPinProblems(config),
  },
];

/** Exact version constraints: `2.18.0`, `= 2.18.0`, `=2.18.0` (Terraform reads a bare version as `=`). */
const EXACT_VERSION = /^=?\s*v?\d+(\.\d+)*(-[0-9A-Za-z.-]+)?$/;

/** `required_providers` entries whose version is missing or every clause of it is an exact pin. */
function providerPinProblems(config: TerraformConfig): HygieneFinding[] {
  const findings: HygieneFinding[] = [];
  for (const terraform of asObjects(config["terraform"])) {
    for (const providers of asObjects(terraform["required_providers"])) {
      for (const [name, requirement] of Object.entries(providers)) {
        const address = `terraform.required_providers.${name}`;
        const version = isJsonObject(requirement) ? requirement["version"] : undefined;
        if (!isNonEmptyString(version)) {
          findings.push({
            address,
            message: `provider ${JSON.stringify(name)} has no version constraint; give a range such as "~> 2.18"`,
          });
          continue;
        }
        const clauses = version.split(",").map((clause) => clause.trim());
        if (clauses.some((clause) => EXACT_VERSION.test(clause))) {
          findings.push({
            address,
            message: `provider ${JSON.stringify(name)} pins version ${JSON.stringify(version)} exactly; give a range such as "~> 2.18" (the tested version and later releases of its major version)`,
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Runs every {@link hygieneRules hygiene rule} and returns all problems found (empty when the
 * template is clean). Never throws for a bad template.
 */
export function checkTemplate(
  input: HygieneInput,
  options: HygieneOptions = {},
): ValidationProblem[] {
  const context = hygieneContext(input, options);
  return hygieneRules.flatMap((rule) =>
    rule.check(context).map((finding) => ({ code: rule.code, ...finding })),
  );
}

/**
 * Runs {@link checkTemplate} and throws one error listing every problem.
 *
 * @param name template name, for the error message
 * @throws TemplateValidationError when any rule fails
 */
export function assertTemplateHygiene(
  name: string,
  input: HygieneInput,
  options: HygieneOptions = {},
): void {
  const problems = checkTemplate(input, options);
  if (problems.length > 0) {
    throw new TemplateValidationError(
      `template ${JSON.stringify(name)} failed ${problems.length} hygiene check(s)`,
      problems,
    );
  }
}

function hygieneContext(input: HygieneInput, options: HygieneOptions): HygieneContext {
  const format = input.format ?? DEFAULT_TEMPLATE_FORMAT;
  const buildPaths = (options.buildPaths ?? defaultBuildPaths()).map((entry) =>
    typeof entry === "string" ? { path: entry, label: "path" } : entry,
  );
  return {
    config: input.config,
    files: toTemplateFiles(input.files),
    format,
    configFileName: terraformFormatter(format).fileName,
    buildPaths: normalizeBuildPaths(buildPaths, options.workspacePaths ?? WORKSPACE_PATHS),
    resources: labelledBlocks(input.config["resource"], ""),
    dataSources: labelledBlocks(input.config["data"], "data."),
    variables: asObjects(input.config["variable"]).flatMap((variables) =>
      Object.entries(variables).flatMap(([name, body]) =>
        asObjects(body).map((b) => ({ address: `var.${name}`, type: "variable", name, body: b })),
      ),
    ),
  };
}

/** `resource`/`data` → `{ type: { name: body } }`, where Terraform JSON also allows arrays. */
function labelledBlocks(section: JsonValue | undefined, prefix: string): TerraformBlock[] {
  return asObjects(section).flatMap((types) =>
    Object.entries(types).flatMap(([type, byName]) =>
      asObjects(byName).flatMap((names) =>
        Object.entries(names).flatMap(([name, body]) =>
          asObjects(body).map((b) => ({
            address: `${prefix}${type}.${name}`,
            type,
            name,
            body: b,
          })),
        ),
      ),
    ),
  );
}

function asObjects(value: JsonValue | undefined): JsonObject[] {
  if (isJsonObject(value)) return [value];
  if (Array.isArray(value)) return (value as readonly JsonValue[]).filter(isJsonObject);
  return [];
}

/**
 * Coder's import checks (coder-import-rules.ts) on what the configuration says at synth time:
 * names, slugs and parameter names written as expressions are left to the plan-time checks.
 */
function importInput(context: HygieneContext): CoderImportInput {
  const parameters = ofType(context.dataSources, "coder_parameter");
  return {
    agents: ofType(context.resources, "coder_agent").map(({ address, name }) => ({
      address,
      name,
    })),
    apps: appSlugs(context.resources).map(([app, slug]) => ({ address: app.address, slug })),
    parameters: parameters.flatMap((parameter) => {
      const name = parameter.body["name"];
      return typeof name === "string" && !isExpression(name)
        ? [{ address: parameter.address, name }]
        : [];
    }),
    parameterValidations: parameters.flatMap((parameter) =>
      validationBlocks(parameter).map(({ address, block }) => ({
        address,
        error: isNonEmptyString(block["error"]) ? block["error"] : undefined,
      })),
    ),
  };
}

const importInputs = new WeakMap<HygieneContext, CoderImportInput>();

/** The findings of one of Coder's import checks. */
function importFindings(context: HygieneContext, rule: CoderImportRule): HygieneFinding[] {
  let input = importInputs.get(context);
  if (input === undefined) {
    input = importInput(context);
    importInputs.set(context, input);
  }
  return coderImportProblems(input)
    .filter((problem) => problem.rule === rule)
    .map(({ address, message }) => ({ address, message }));
}

function ofType(blocks: readonly TerraformBlock[], type: string): TerraformBlock[] {
  return blocks.filter((block) => block.type === type);
}

/** `[app, slug]` for every coder_app whose slug is known at synth time (Coder falls back to the name). */
function appSlugs(resources: readonly TerraformBlock[]): [TerraformBlock, string][] {
  return ofType(resources, "coder_app").flatMap((app): [TerraformBlock, string][] => {
    const slug = app.body["slug"];
    const effective = isNonEmptyString(slug) ? slug : app.name;
    return isExpression(effective) ? [] : [[app, effective]];
  });
}

/**
 * What Coder cannot read in the `tags` of a coder_workspace_tags. Coder does not evaluate the
 * attribute: it requires an object constructor (`tags = { … }`), takes each key as written, and
 * evaluates each value on its own (literals, variables, coder_parameter values), refusing empty
 * values. A JSON object prints as exactly such a constructor; a `${…}` string does not.
 */
function workspaceTagProblems(tags: JsonValue | undefined): string[] {
  if (tags === undefined || tags === null) {
    return ['is not set; Coder requires "tags" on every coder_workspace_tags'];
  }
  if (!isJsonObject(tags)) {
    return [
      `must be an object of tag names to values written out in the template, got ${JSON.stringify(tags)}; ` +
        "Coder reads tags = { … } without evaluating it and rejects a variable, local or function result " +
        "(give each tag as its own key, e.g. { cluster: clusterVariable.stringValue })",
    ];
  }
  return Object.entries(tags).flatMap(([key, value]) => {
    const tag = JSON.stringify(key);
    if (isExpression(key) || key.trim() === "") {
      return [
        `tag name ${tag} must be a literal, non-empty name; Coder takes tag names as written`,
      ];
    }
    if (typeof value !== "string") {
      return [`tag ${tag} must be a string, got ${JSON.stringify(value)}`];
    }
    if (value.trim() === "") {
      return [`tag ${tag} is empty; Coder refuses a provisioner tag whose value is empty`];
    }
    return [];
  });
}

function validationBlocks(block: TerraformBlock): { address: string; block: JsonObject }[] {
  const value = block.body["validation"];
  const blocks = asObjects(value);
  return blocks.map((validation, index) => ({
    address: Array.isArray(value)
      ? `${block.address}.validation[${index}]`
      : `${block.address}.validation`,
    block: validation,
  }));
}

function isNonEmptyString(value: JsonValue | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function isExpression(value: string): boolean {
  return value.includes("${");
}

/** Calls `visit` with the address of every string (and object key) in `value`. */
function walkStrings(
  value: JsonValue,
  path: readonly string[],
  visit: (address: string, text: string) => void,
): void {
  if (typeof value === "string") {
    visit(configAddress(path), value);
  } else if (Array.isArray(value)) {
    (value as readonly JsonValue[]).forEach((item, index) =>
      walkStrings(item, [...path, `[${index}]`], visit),
    );
  } else if (isJsonObject(value)) {
    for (const [key, member] of Object.entries(value)) {
      visit(configAddress([...path, key]), key);
      walkStrings(member, [...path, key], visit);
    }
  }
}

/** `["resource","docker_container","ws","env","[0]"]` → `docker_container.ws.env[0]`. */
function configAddress(path: readonly string[]): string {
  const [section, ...rest] = path;
  const parts =
    section === "resource" ? rest : section === "variable" ? ["var", ...rest] : [...path];
  return parts.reduce(
    (address, part) =>
      part.startsWith("[") ? address + part : address ? `${address}.${part}` : part,
    "",
  );
}
