/**
 * The parts of a `terraform show -json` plan that must be equal when the same template, written
 * in HCL and in JSON, is planned with the same Coder build environment (same owner, workspace,
 * template and build ids, variables and parameters).
 */
export interface ComparablePlan {
  /** The plan's `variables`. */
  readonly variables: unknown;
  /** The plan's `planned_values`: every managed resource with its known values. */
  readonly plannedValues: unknown;
  /** The plan's `resource_changes`, whole: actions, `before`, `after`, unknown and sensitive marks. */
  readonly resourceChanges: unknown;
  /** The plan's `prior_state` (the data sources read while planning), see {@link RANDOM_IDS}. */
  readonly priorState: unknown;
  /** The plan's `relevant_attributes`, sorted (Terraform lists them in no stable order). */
  readonly relevantAttributes: unknown;
  /** The plan's `checks`. */
  readonly checks: unknown;
}

/**
 * Data sources whose `id` the coder provider makes up with a random UUID each time it reads them:
 * `coder_parameter`, `coder_provisioner` and `coder_workspace_tags` always, `coder_task` when the
 * build is no task (no `CODER_TASK_ID`). These are the only values that legitimately differ
 * between two plans of the same template under the same environment. Every other id comes from
 * the environment (`coder_workspace`, `coder_workspace_owner`, a task's `coder_task`) or is
 * unknown until apply (`coder_agent` ids and tokens, resource ids), so it is absent from the plan.
 */
export const RANDOM_IDS: readonly string[] = [
  "coder_parameter",
  "coder_provisioner",
  "coder_task",
  "coder_workspace_tags",
];

/** Placeholder put where a {@link RANDOM_IDS} data source had its random UUID. */
export const RANDOM_ID = "<random uuid>";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `prior_state` with the random ids replaced; throws when such an id is not a UUID. */
function withoutRandomIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRandomIds);
  if (!isRecord(value)) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRandomIds(v)]));
  const values = copy["values"];
  if (
    copy["mode"] === "data" &&
    typeof copy["type"] === "string" &&
    RANDOM_IDS.includes(copy["type"]) &&
    isRecord(values) &&
    values["id"] !== undefined
  ) {
    if (typeof values["id"] !== "string" || !UUID.test(values["id"])) {
      throw new Error(
        `${String(copy["address"])}: expected the random UUID the coder provider gives it, got ${JSON.stringify(values["id"])}`,
      );
    }
    return { ...copy, values: { ...values, id: RANDOM_ID } };
  }
  return copy;
}

function sortedByJson(value: unknown): unknown {
  return Array.isArray(value)
    ? [...(value as unknown[])].sort((a, b) => {
        const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
        return x < y ? -1 : x > y ? 1 : 0;
      })
    : value;
}

/**
 * The parts of `plan` (`terraform show -json` output) that two plans of the same template must
 * share whatever syntax it was written in. Nothing is normalised except the ids listed in
 * {@link RANDOM_IDS} and the order of `relevant_attributes`. The `configuration` section is left
 * out: it describes the source, where JSON syntax reports every string as a `constant_value`.
 *
 * @throws Error when `plan` is not a plan object
 */
export function comparablePlan(plan: unknown): ComparablePlan {
  if (!isRecord(plan) || !isRecord(plan["planned_values"])) {
    throw new Error("comparablePlan: expected `terraform show -json` output of a plan");
  }
  return {
    variables: plan["variables"],
    plannedValues: plan["planned_values"],
    resourceChanges: plan["resource_changes"],
    priorState: withoutRandomIds(plan["prior_state"]),
    relevantAttributes: sortedByJson(plan["relevant_attributes"]),
    checks: plan["checks"],
  };
}
