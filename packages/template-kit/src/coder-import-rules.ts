/**
 * The checks Coder runs when it imports a template version, implemented once: the template kit's
 * hygiene rules run them on the synthesized configuration (what is known at synth time), the test
 * support runs them on a real `terraform plan` (every value known). Each side only collects the
 * entities; the rules and their messages are here.
 */

/** Coder's rule for agent names (`provisioner.AgentNameRegex`, case-insensitive). */
export const AGENT_NAME_PATTERN: RegExp = /^[a-z0-9](-?[a-z0-9])*$/i;

/** Coder's rule for app slugs (`provisioner.AppSlugRegex`; lowercase only). */
export const APP_SLUG_PATTERN: RegExp = /^[a-z0-9](-?[a-z0-9])*$/;

/** What the import checks look at, each with its Terraform address. */
export interface CoderImportInput {
  /** `coder_agent` resources by name (Coder's agent name is the resource name). */
  readonly agents: readonly { readonly address: string; readonly name: string }[];
  /** `coder_app` resources by slug (the resource name when `slug` is not set). */
  readonly apps: readonly { readonly address: string; readonly slug: string }[];
  /** `coder_parameter` data sources by name. */
  readonly parameters: readonly { readonly address: string; readonly name: string }[];
  /** The `validation` blocks of the parameters: the block's address and its `error`. */
  readonly parameterValidations: readonly {
    readonly address: string;
    readonly error: string | undefined;
  }[];
  /**
   * `coder_workspace_preset` data sources: name and the names of the parameters they set.
   * @default [] - not checked
   */
  readonly presets?: readonly {
    readonly address: string;
    readonly name: string;
    readonly parameters: readonly string[];
  }[];
  /**
   * `coder_metadata` resources and the resource each describes.
   * @default [] - not checked
   */
  readonly metadata?: readonly { readonly address: string; readonly target: string }[];
}

/** Which import check failed. */
export type CoderImportRule =
  | "agent-name"
  | "agent-name-unique"
  | "app-slug"
  | "app-slug-unique"
  | "parameter-name-unique"
  | "parameter-validation-error"
  | "preset-name-unique"
  | "preset-parameter-unknown"
  | "metadata-unique";

/** One failed import check. */
export interface CoderImportProblem {
  readonly rule: CoderImportRule;
  /** Address of the offending block. */
  readonly address: string;
  readonly message: string;
}

/** Every item whose key was already seen, paired with the first item that had that key. */
function duplicates<T>(items: readonly T[], key: (item: T) => string): [T, T][] {
  const first = new Map<string, T>();
  const found: [T, T][] = [];
  for (const item of items) {
    const k = key(item);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, item);
    else found.push([item, earlier]);
  }
  return found;
}

/**
 * Every import check that fails, in this order: agent names match {@link AGENT_NAME_PATTERN} and
 * are unique case-insensitively; app slugs match {@link APP_SLUG_PATTERN} and are unique in the
 * template; parameter names are unique; every parameter validation has an `error`; preset names
 * are unique and presets only set parameters that exist; at most one `coder_metadata` per
 * resource. Not covered: whether each agent is attached to a compute resource.
 *
 * @returns the problems; empty when Coder would import the template
 */
export function coderImportProblems(input: CoderImportInput): CoderImportProblem[] {
  const problems: CoderImportProblem[] = [];
  const add = (rule: CoderImportRule, address: string, message: string): void => {
    problems.push({ rule, address, message });
  };
  for (const agent of input.agents) {
    if (!AGENT_NAME_PATTERN.test(agent.name)) {
      add(
        "agent-name",
        agent.address,
        `agent name ${JSON.stringify(agent.name)} must match ${AGENT_NAME_PATTERN.source} ` +
          '(letters, digits and single hyphens; Coder rejects underscores); name it with setTerraformName(agent, "main")',
      );
    }
  }
  for (const [agent, first] of duplicates(input.agents, (a) => a.name.toLowerCase())) {
    add(
      "agent-name-unique",
      agent.address,
      `agent name ${JSON.stringify(agent.name)} duplicates ${first.address}; Coder compares agent names case-insensitively`,
    );
  }
  for (const app of input.apps) {
    if (!APP_SLUG_PATTERN.test(app.slug)) {
      add(
        "app-slug",
        app.address,
        `app slug ${JSON.stringify(app.slug)} must match ${APP_SLUG_PATTERN.source} (lowercase letters, digits and single hyphens)`,
      );
    }
  }
  for (const [app, first] of duplicates(input.apps, (a) => a.slug)) {
    add(
      "app-slug-unique",
      app.address,
      `app slug ${JSON.stringify(app.slug)} duplicates ${first.address}; Coder requires app slugs to be unique per template`,
    );
  }
  for (const [parameter, first] of duplicates(input.parameters, (p) => p.name)) {
    add(
      "parameter-name-unique",
      parameter.address,
      `parameter name ${JSON.stringify(parameter.name)} duplicates ${first.address}; parameter names must be unique`,
    );
  }
  for (const validation of input.parameterValidations) {
    if (validation.error === undefined || validation.error.trim() === "") {
      add(
        "parameter-validation-error",
        validation.address,
        'has no "error"; Coder\'s dynamic parameters reject a coder_parameter validation without one',
      );
    }
  }
  const presets = input.presets ?? [];
  for (const [preset, first] of duplicates(presets, (p) => p.name)) {
    add(
      "preset-name-unique",
      preset.address,
      `duplicate preset name ${JSON.stringify(preset.name)} (also ${first.address})`,
    );
  }
  const parameterNames = new Set(input.parameters.map((p) => p.name));
  for (const preset of presets) {
    for (const name of preset.parameters.filter((n) => !parameterNames.has(n))) {
      add(
        "preset-parameter-unknown",
        preset.address,
        `preset ${JSON.stringify(preset.name)} sets parameter ${JSON.stringify(name)}, which no coder_parameter defines`,
      );
    }
  }
  for (const [metadata, first] of duplicates(input.metadata ?? [], (m) => m.target)) {
    add(
      "metadata-unique",
      metadata.address,
      `resource ${metadata.target} has more than one coder_metadata (also ${first.address})`,
    );
  }
  return problems;
}
