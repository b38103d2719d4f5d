/** The read-back check of a merge: the planned changes happened and nothing else changed. */
import { ConfigError } from "./errors.js";
import type { MergeDecision } from "./merge.js";
import { formatKeyPath } from "./toml-format.js";
import { getAtPath, isPathPrefix, isTable, pathId, tomlValuesEqual } from "./toml-value.js";

const EMPTY_TABLE = Symbol("empty table");

interface Leaf {
  readonly path: readonly string[];
  readonly value: unknown;
}

/**
 * Checks a merge by comparing the parsed documents before and after it: every applied value reads
 * back as desired, every removed key is gone, every key the decisions did not change (kept keys
 * included) has its old value, and no other key appeared. Messages name keys, never values.
 *
 * @throws ConfigError describing the first mismatch.
 */
export function verifyMerge(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  decisions: readonly MergeDecision[],
): void {
  const fail = (path: readonly string[], what: string): never => {
    throw new ConfigError(
      `the merged config.toml does not read back as planned: \`${formatKeyPath(path)}\` ${what}`,
    );
  };
  const touched: (readonly string[])[] = [];
  for (const decision of decisions) {
    const now = getAtPath(after, decision.path);
    if (decision.kind === "applied") {
      if (!tomlValuesEqual(now, decision.value)) fail(decision.path, "is not the desired value");
      if (decision.changed) touched.push(decision.path);
    } else if (decision.kind === "removed") {
      // a table may now stand there when the template turned the key into a table
      if (now !== undefined && !isTable(now)) fail(decision.path, "is still there");
      touched.push(decision.path);
    }
    // kept keys are not touched, so the comparison of untouched keys below covers them
  }
  const isTouched = (path: readonly string[]): boolean =>
    touched.some((t) => isPathPrefix(t, path));
  const holdsTouched = (leaf: Leaf): boolean =>
    leaf.value === EMPTY_TABLE && touched.some((t) => isPathPrefix(leaf.path, t));
  const beforeLeaves = collectLeaves(before);
  const afterLeaves = collectLeaves(after);
  for (const [id, leaf] of beforeLeaves) {
    if (isTouched(leaf.path) || holdsTouched(leaf)) continue;
    const now = afterLeaves.get(id);
    if (now === undefined) fail(leaf.path, "disappeared");
    else if (!sameLeaf(now.value, leaf.value)) fail(leaf.path, "changed");
  }
  for (const [id, leaf] of afterLeaves) {
    if (isTouched(leaf.path) || holdsTouched(leaf)) continue;
    if (!beforeLeaves.has(id)) fail(leaf.path, "appeared");
  }
}

function sameLeaf(a: unknown, b: unknown): boolean {
  return a === EMPTY_TABLE || b === EMPTY_TABLE ? a === b : tomlValuesEqual(a, b);
}

/** Every non-table value (arrays whole) and every empty table, by path. */
function collectLeaves(document: Record<string, unknown>): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const walk = (table: Record<string, unknown>, prefix: readonly string[]): void => {
    const keys = Object.keys(table);
    if (keys.length === 0 && prefix.length > 0) {
      leaves.set(pathId(prefix), { path: prefix, value: EMPTY_TABLE });
    }
    for (const key of keys) {
      const path = [...prefix, key];
      const value = table[key];
      if (isTable(value)) walk(value, path);
      else leaves.set(pathId(path), { path, value });
    }
  };
  walk(document, []);
  return leaves;
}
