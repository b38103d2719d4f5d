/**
 * Typed helpers over `terraform show -json <planfile>` output.
 *
 * Where things live in plan JSON:
 * - managed resources: `planned_values` (root module and child modules);
 * - data sources read during planning (`coder_parameter`, `coder_workspace`, …): `prior_state`,
 *   which is also where Coder's provisioner takes them from. Data sources whose read is deferred to
 *   apply appear in `planned_values` instead.
 * - values unknown until apply (ids, `agent_id`, tokens) are absent from `values`; references
 *   between resources are recovered from `configuration`.
 * - values derived from sensitive variables ARE present in `values`; `sensitive_values` only marks
 *   them. The helpers return them because callers need them to run scripts.
 */

import {
  AGENT_NAME_PATTERN,
  APP_SLUG_PATTERN,
  coderImportProblems,
  type CoderImportProblem,
} from "@codex-coder/template-kit";

/** A resource or data source instance in `planned_values` or `prior_state`. */
export interface PlanResource {
  /** Full address, e.g. `module.codex.coder_script.install[0]`. */
  address: string;
  /** `managed` or `data`. */
  mode: "managed" | "data";
  /** Resource type, e.g. `coder_app`. */
  type: string;
  /** Resource name, e.g. `install`. */
  name: string;
  /** `count` or `for_each` key, when any. */
  index?: number | string;
  /** Provider address, e.g. `registry.terraform.io/coder/coder`. */
  provider_name: string;
  /** Known attribute values (unknown ones are absent). */
  values: Record<string, unknown>;
  /** Same shape as `values`, `true` where a value is sensitive. */
  sensitive_values?: Record<string, unknown>;
}

/** A module in `planned_values` / `prior_state.values`. */
export interface PlanModule {
  /** Module address (absent for the root module). */
  address?: string;
  /** Resources of this module. */
  resources?: PlanResource[];
  /** Nested modules. */
  child_modules?: PlanModule[];
}

/** A `resource_changes` entry. */
export interface PlanResourceChange {
  /** Full address. */
  address: string;
  /** `managed` or `data`. */
  mode: "managed" | "data";
  /** Resource type. */
  type: string;
  /** Resource name. */
  name: string;
  /** Planned change. */
  change: {
    /** e.g. `["create"]`, `["no-op"]`, `["delete"]`, `["read"]`. */
    actions: string[];
    /** Values before the change. */
    before?: unknown;
    /** Values after the change. */
    after?: unknown;
    /** `true` where a value is unknown until apply. */
    after_unknown?: unknown;
  };
}

/** An expression in `configuration`. */
export interface ConfigExpression {
  /** Literal value, when the expression is constant. */
  constant_value?: unknown;
  /** Addresses referenced by the expression, e.g. `["coder_agent.main.id", "coder_agent.main"]`. */
  references?: string[];
}

/** A resource block in `configuration`. */
export interface ConfigResource {
  /** Address relative to its module, e.g. `coder_app.codex`. */
  address: string;
  /** `managed` or `data`. */
  mode: "managed" | "data";
  /** Resource type. */
  type: string;
  /** Resource name. */
  name: string;
  /** Attribute expressions (nested blocks appear as arrays/objects of expressions). */
  expressions?: Record<string, unknown>;
}

/** A module in `configuration`. */
export interface ConfigModule {
  /** Resource blocks. */
  resources?: ConfigResource[];
  /** Module calls keyed by name. */
  module_calls?: Record<string, { source?: string; module?: ConfigModule }>;
  /** Declared variables. */
  variables?: Record<string, { default?: unknown; description?: string; sensitive?: boolean }>;
}

/** The parts of `terraform show -json <planfile>` the helpers use. */
export interface TerraformPlan {
  /** Plan JSON format version. */
  format_version: string;
  /** Terraform version that made the plan. */
  terraform_version: string;
  /** Values of the root module variables. */
  variables?: Record<string, { value?: unknown }>;
  /** Values after apply, as far as known. */
  planned_values: { root_module: PlanModule; outputs?: Record<string, unknown> };
  /** Per-resource changes. */
  resource_changes?: PlanResourceChange[];
  /** State before the plan, including data sources read during planning. */
  prior_state?: { values?: { root_module?: PlanModule } };
  /** The configuration (expressions and references). */
  configuration?: { root_module?: ConfigModule };
  /** Other fields of plan JSON. */
  [key: string]: unknown;
}

/**
 * Checks that `value` looks like plan JSON and returns it typed.
 * @throws Error when `planned_values.root_module` or the version fields are missing.
 */
export function parsePlan(value: unknown): TerraformPlan {
  if (!isRecord(value)) throw new Error(`parsePlan: expected an object, got ${typeName(value)}`);
  const planned = value["planned_values"];
  if (!isRecord(planned) || !isRecord(planned["root_module"])) {
    throw new Error("parsePlan: planned_values.root_module is missing; is this plan JSON?");
  }
  if (typeof value["format_version"] !== "string") {
    throw new Error("parsePlan: format_version is missing; is this plan JSON?");
  }
  if (typeof value["terraform_version"] !== "string") {
    throw new Error("parsePlan: terraform_version is missing; is this plan JSON?");
  }
  return value as TerraformPlan;
}

function* walkModule(module: PlanModule | undefined): Generator<PlanResource> {
  if (!module) return;
  for (const r of module.resources ?? []) yield r;
  for (const child of module.child_modules ?? []) yield* walkModule(child);
}

/**
 * Managed resources in `planned_values` (root and child modules), optionally of one type.
 * @param type resource type, e.g. `coder_app`. @default all types
 */
export function resources(plan: TerraformPlan, type?: string): PlanResource[] {
  return [...walkModule(plan.planned_values.root_module)].filter(
    (r) => r.mode === "managed" && (type === undefined || r.type === type),
  );
}

/**
 * Data sources: those read during planning (`prior_state`) plus those deferred to apply
 * (`planned_values`), optionally of one type.
 * @param type e.g. `coder_parameter`. @default all types
 */
export function dataSources(plan: TerraformPlan, type?: string): PlanResource[] {
  const seen = new Map<string, PlanResource>();
  const all = [
    ...walkModule(plan.prior_state?.values?.root_module),
    ...walkModule(plan.planned_values.root_module),
  ];
  for (const r of all) {
    if (r.mode !== "data" || (type !== undefined && r.type !== type)) continue;
    if (!seen.has(r.address)) seen.set(r.address, r);
  }
  return [...seen.values()];
}

/**
 * The managed resource or data source at `address` (e.g. `coder_agent.main`,
 * `data.coder_parameter.model`).
 * @throws Error listing the available addresses when there is none.
 */
export function resource(plan: TerraformPlan, address: string): PlanResource {
  const found = [...resources(plan), ...dataSources(plan)].find((r) => r.address === address);
  if (found) return found;
  const known = [...resources(plan), ...dataSources(plan)].map((r) => r.address);
  throw new Error(
    `resource: no resource "${address}" in the plan (present: ${known.join(", ") || "none"})`,
  );
}

/** Values of the root module variables as planned. */
export function planVariables(plan: TerraformPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(plan.variables ?? {})) out[name] = v.value;
  return out;
}

/** Names of the variables declared by the root module (from `configuration`). */
export function declaredVariables(plan: TerraformPlan): string[] {
  return Object.keys(plan.configuration?.root_module?.variables ?? {});
}

// ---------------------------------------------------------------------------------------------
// Configuration references

function stripIndexes(address: string): string {
  return address.replace(/\[[^\]]*\]/g, "");
}

/** Index of configuration resources by module-qualified address without instance keys. */
function configIndex(plan: TerraformPlan): Map<string, { prefix: string; res: ConfigResource }> {
  const index = new Map<string, { prefix: string; res: ConfigResource }>();
  const visit = (module: ConfigModule | undefined, prefix: string): void => {
    if (!module) return;
    for (const res of module.resources ?? []) index.set(prefix + res.address, { prefix, res });
    for (const [name, call] of Object.entries(module.module_calls ?? {})) {
      visit(call.module, `${prefix}module.${name}.`);
    }
  };
  visit(plan.configuration?.root_module, "");
  return index;
}

/**
 * References of one attribute expression of a resource, from `configuration`, qualified with the
 * module path of the resource (e.g. `module.codex.coder_agent.main`). Empty when the attribute is
 * constant or the configuration is absent.
 * @param address planned address (instance keys are ignored)
 * @param attribute top-level attribute name, e.g. `agent_id`
 */
export function configReferences(
  plan: TerraformPlan,
  address: string,
  attribute: string,
): string[] {
  const entry = configIndex(plan).get(stripIndexes(address));
  const expr = entry?.res.expressions?.[attribute];
  if (!isRecord(expr) || !Array.isArray(expr["references"])) return [];
  return expr["references"]
    .filter((r): r is string => typeof r === "string")
    .map((r) =>
      r.startsWith("var.") || r.startsWith("local.") ? r : `${entry?.prefix ?? ""}${r}`,
    );
}

/**
 * The resource (without instance key) an attribute refers to, e.g. `coder_agent.main` for
 * `agent_id = coder_agent.main.id`; `null` when it is not a direct resource reference (variables,
 * locals, module outputs).
 */
export function referencedResource(
  plan: TerraformPlan,
  address: string,
  attribute: string,
): string | null {
  const index = configIndex(plan);
  for (const ref of configReferences(plan, address, attribute)) {
    const candidate = stripIndexes(ref.replace(/\.[A-Za-z0-9_-]+$/, ""));
    if (index.has(candidate)) return candidate;
    if (index.has(stripIndexes(ref))) return stripIndexes(ref);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Typed Coder views

function str(values: Record<string, unknown>, key: string): string {
  const v = values[key];
  return typeof v === "string" ? v : "";
}

function optStr(values: Record<string, unknown>, key: string): string | null {
  const v = values[key];
  return typeof v === "string" ? v : null;
}

function bool(values: Record<string, unknown>, key: string): boolean {
  return values[key] === true;
}

function num(values: Record<string, unknown>, key: string): number | null {
  const v = values[key];
  return typeof v === "number" ? v : null;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function isSensitive(r: PlanResource, key: string): boolean {
  return r.sensitive_values?.[key] === true;
}

/** An option of a `coder_parameter`. */
export interface CoderParameterOption {
  /** Display name. */
  name: string;
  /** Value. */
  value: string;
  /** Description. */
  description: string;
  /** Icon. */
  icon: string;
}

/** A validation block of a `coder_parameter`. */
export interface CoderParameterValidation {
  /** Minimum (numbers). */
  min: number | null;
  /** Maximum (numbers). */
  max: number | null;
  /** `increasing` / `decreasing` / empty. */
  monotonic: string;
  /** Regex (strings). */
  regex: string;
  /** Error message shown to users; empty when missing. */
  error: string;
}

/** A `data.coder_parameter` as Coder reads it from the plan. */
export interface CoderParameter {
  /** Address, e.g. `data.coder_parameter.model`. */
  address: string;
  /** Parameter name (the key of `CODER_PARAMETER_<sha256>`). */
  name: string;
  /** Display name. */
  displayName: string;
  /** Description. */
  description: string;
  /** `string`, `number`, `bool` or `list(string)`. */
  type: string;
  /** Form type (`input`, `dropdown`, …); empty when unset. */
  formType: string;
  /** Whether it can change after creation. */
  mutable: boolean;
  /** Whether it is ephemeral. */
  ephemeral: boolean;
  /** Whether it has a default. */
  optional: boolean;
  /** Default, or `null`. */
  default: string | null;
  /** Resolved value (from `CODER_PARAMETER_<sha256>` or the default), or `null`. */
  value: string | null;
  /** `order`, or `null` when unset. */
  order: number | null;
  /** Icon. */
  icon: string;
  /** Options. */
  options: CoderParameterOption[];
  /** Validation blocks. */
  validations: CoderParameterValidation[];
  /** Raw values. */
  values: Record<string, unknown>;
}

/**
 * The `coder_parameter` data sources, sorted by `order` (unset last) then name, as Coder shows
 * them.
 */
export function parameters(plan: TerraformPlan): CoderParameter[] {
  const list = dataSources(plan, "coder_parameter").map((r): CoderParameter => {
    const v = r.values;
    return {
      address: r.address,
      name: str(v, "name"),
      displayName: str(v, "display_name"),
      description: str(v, "description"),
      type: str(v, "type"),
      formType: str(v, "form_type"),
      mutable: bool(v, "mutable"),
      ephemeral: bool(v, "ephemeral"),
      optional: bool(v, "optional"),
      default: optStr(v, "default"),
      value: optStr(v, "value"),
      order: num(v, "order"),
      icon: str(v, "icon"),
      options: records(v["option"]).map((o) => ({
        name: str(o, "name"),
        value: str(o, "value"),
        description: str(o, "description"),
        icon: str(o, "icon"),
      })),
      validations: records(v["validation"]).map((o) => ({
        min: num(o, "min"),
        max: num(o, "max"),
        monotonic: str(o, "monotonic"),
        regex: str(o, "regex"),
        error: str(o, "error"),
      })),
      values: v,
    };
  });
  return list.sort(
    (a, b) =>
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name),
  );
}

/**
 * The value of one parameter.
 * @throws Error listing the parameter names when `name` is unknown.
 */
export function parameterValue(plan: TerraformPlan, name: string): string | null {
  const all = parameters(plan);
  const found = all.find((p) => p.name === name);
  if (!found) {
    throw new Error(
      `parameterValue: no coder_parameter named "${name}" (present: ${all.map((p) => p.name).join(", ") || "none"})`,
    );
  }
  return found.value;
}

/** A `coder_agent` resource. */
export interface CoderAgent {
  /** Address, e.g. `coder_agent.main`. */
  address: string;
  /** Agent name as Coder derives it (the resource name). */
  name: string;
  /** `linux`, `darwin` or `windows`. */
  os: string;
  /** `amd64`, `arm64`, … */
  arch: string;
  /** Working directory; empty when unset. */
  dir: string;
  /** `env` map of the agent. */
  env: Record<string, string>;
  /** Startup script; empty when unset. */
  startupScript: string;
  /** Raw values. */
  values: Record<string, unknown>;
}

/** The `coder_agent` resources. */
export function coderAgents(plan: TerraformPlan): CoderAgent[] {
  return resources(plan, "coder_agent").map((r) => {
    const env: Record<string, string> = {};
    const rawEnv = r.values["env"];
    if (isRecord(rawEnv)) {
      for (const [k, v] of Object.entries(rawEnv)) if (typeof v === "string") env[k] = v;
    }
    return {
      address: r.address,
      name: r.name,
      os: str(r.values, "os"),
      arch: str(r.values, "arch"),
      dir: str(r.values, "dir"),
      env,
      startupScript: str(r.values, "startup_script"),
      values: r.values,
    };
  });
}

/** A `coder_script` resource. */
export interface CoderScript {
  /** Address. */
  address: string;
  /** Agent it belongs to (from `agent_id` in configuration), or `null` when indirect. */
  agent: string | null;
  /** Display name. */
  displayName: string;
  /** Script text. */
  script: string;
  /** Runs when the agent starts. */
  runOnStart: boolean;
  /** Runs when the agent stops. */
  runOnStop: boolean;
  /** Blocks login until done. */
  startBlocksLogin: boolean;
  /** Cron schedule; empty when unset. */
  cron: string;
  /** Timeout in seconds; 0 when unset. */
  timeout: number;
  /** Log path; empty when unset. */
  logPath: string;
  /** Icon. */
  icon: string;
  /** Raw values. */
  values: Record<string, unknown>;
}

/** The `coder_script` resources. */
export function coderScripts(plan: TerraformPlan): CoderScript[] {
  return resources(plan, "coder_script").map((r) => ({
    address: r.address,
    agent: referencedResource(plan, r.address, "agent_id"),
    displayName: str(r.values, "display_name"),
    script: str(r.values, "script"),
    runOnStart: bool(r.values, "run_on_start"),
    runOnStop: bool(r.values, "run_on_stop"),
    startBlocksLogin: bool(r.values, "start_blocks_login"),
    cron: str(r.values, "cron"),
    timeout: num(r.values, "timeout") ?? 0,
    logPath: str(r.values, "log_path"),
    icon: str(r.values, "icon"),
    values: r.values,
  }));
}

/** A `coder_env` resource. */
export interface CoderEnv {
  /** Address. */
  address: string;
  /** Agent it belongs to, or `null` when indirect. */
  agent: string | null;
  /** Variable name. */
  name: string;
  /** Value (present even when sensitive). */
  value: string;
  /** Whether the value is marked sensitive in the plan. */
  sensitive: boolean;
  /** Merge strategy (`replace`, `append`, …); empty when unset. */
  mergeStrategy: string;
}

/** The `coder_env` resources, with their agents and sensitivity. */
export function coderEnvList(plan: TerraformPlan): CoderEnv[] {
  return resources(plan, "coder_env").map((r) => ({
    address: r.address,
    agent: referencedResource(plan, r.address, "agent_id"),
    name: str(r.values, "name"),
    value: str(r.values, "value"),
    sensitive: isSensitive(r, "value"),
    mergeStrategy: str(r.values, "merge_strategy"),
  }));
}

/**
 * `coder_env` name → value. Values derived from sensitive variables are included (they are in the
 * plan, only marked sensitive) because callers need them to run scripts; do not log the result.
 * @param agent only envs of this agent address (e.g. `coder_agent.main`). @default all agents
 * @throws Error when two envs with the same name have different values (use {@link coderEnvList}).
 */
export function coderEnvs(plan: TerraformPlan, agent?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const env of coderEnvList(plan)) {
    if (agent !== undefined && env.agent !== agent) continue;
    const previous = out[env.name];
    if (previous !== undefined && previous !== env.value) {
      throw new Error(
        `coderEnvs: "${env.name}" is set more than once with different values; pass an agent or use coderEnvList()`,
      );
    }
    out[env.name] = env.value;
  }
  return out;
}

/** A `coder_app` resource. */
export interface CoderApp {
  /** Address. */
  address: string;
  /** Agent it belongs to, or `null` when indirect. */
  agent: string | null;
  /** Slug (falls back to the resource name, like Coder). */
  slug: string;
  /** Display name. */
  displayName: string;
  /** URL; empty for command apps. */
  url: string;
  /** Command; empty for URL apps. */
  command: string;
  /** Icon. */
  icon: string;
  /** Served on a subdomain. */
  subdomain: boolean;
  /** Share level (`owner`, `authenticated`, `public`). */
  share: string;
  /** External URL app. */
  external: boolean;
  /** Hidden from the dashboard. */
  hidden: boolean;
  /** `slim-window` or `tab`; empty when unset. */
  openIn: string;
  /** Order; `null` when unset. */
  order: number | null;
  /** Group; empty when unset. */
  group: string;
  /** Health check, or `null`. */
  healthcheck: { url: string; interval: number; threshold: number } | null;
  /** Raw values. */
  values: Record<string, unknown>;
}

/** The `coder_app` resources. */
export function coderApps(plan: TerraformPlan): CoderApp[] {
  return resources(plan, "coder_app").map((r) => {
    const hc = records(r.values["healthcheck"])[0];
    return {
      address: r.address,
      agent: referencedResource(plan, r.address, "agent_id"),
      slug: str(r.values, "slug") || r.name,
      displayName: str(r.values, "display_name"),
      url: str(r.values, "url"),
      command: str(r.values, "command"),
      icon: str(r.values, "icon"),
      subdomain: bool(r.values, "subdomain"),
      share: str(r.values, "share"),
      external: bool(r.values, "external"),
      hidden: bool(r.values, "hidden"),
      openIn: str(r.values, "open_in"),
      order: num(r.values, "order"),
      group: str(r.values, "group"),
      healthcheck: hc
        ? {
            url: str(hc, "url"),
            interval: num(hc, "interval") ?? 0,
            threshold: num(hc, "threshold") ?? 0,
          }
        : null,
      values: r.values,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Import checks

/** Agent names Coder accepts (case-insensitive); the template kit's rule. */
export const AGENT_NAME_REGEX: RegExp = AGENT_NAME_PATTERN;
/** App slugs Coder accepts; the template kit's rule. */
export const APP_SLUG_REGEX: RegExp = APP_SLUG_PATTERN;

/** One problem found by {@link coderImportChecks}. */
export type ImportProblem = CoderImportProblem;

/**
 * Coder's import checks (the template kit's `coderImportProblems`, the same rules its hygiene
 * checks run at synth time) on a plan, where every name and value is known: use the START import
 * plan. Not covered: whether each agent is attached to a compute resource (needs `terraform graph`).
 * @returns problems, empty when the template would import.
 */
export function coderImportChecks(plan: TerraformPlan): ImportProblem[] {
  const params = parameters(plan);
  return coderImportProblems({
    agents: coderAgents(plan).map(({ address, name }) => ({ address, name })),
    apps: coderApps(plan).map(({ address, slug }) => ({ address, slug })),
    parameters: params.map(({ address, name }) => ({ address, name })),
    // A plan has no address of its own for a validation block: the parameter's.
    parameterValidations: params.flatMap((p) =>
      p.validations.map((v) => ({ address: p.address, error: v.error })),
    ),
    presets: dataSources(plan, "coder_workspace_preset").map((preset) => {
      const set = preset.values["parameters"];
      return {
        address: preset.address,
        name: str(preset.values, "name"),
        parameters: isRecord(set) ? Object.keys(set) : [],
      };
    }),
    metadata: resources(plan, "coder_metadata").flatMap((md) => {
      const target = referencedResource(plan, md.address, "resource_id");
      if (target === null) return [];
      const index = md.index !== undefined ? `[${JSON.stringify(md.index)}]` : "";
      return [{ address: md.address, target: `${target}${index}` }];
    }),
  });
}

// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** Root module output values as planned (unknown outputs are absent). */
export function planOutputs(plan: TerraformPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(plan.planned_values.outputs ?? {})) {
    if (isRecord(value) && "value" in value) out[name] = value["value"];
  }
  return out;
}
