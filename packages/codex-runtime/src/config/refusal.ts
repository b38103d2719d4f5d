/**
 * Why a merged `config.toml` would be refused by Codex 0.169, said so the user can fix it: the
 * merge checks its result with {@link explainRefusal} and writes nothing when there is a reason.
 */
import { validateCodexSettings, type ConfigProblem } from "./codex-rules.js";
import { collectSettings } from "./flatten.js";
import type { MergeDecision } from "./merge.js";
import { quotePath } from "./redact.js";
import { formatKeyPath } from "./toml-format.js";
import { isPathPrefix, isTable } from "./toml-value.js";

/**
 * Returns one message per problem that makes Codex 0.169 refuse `after` (the merged document), or
 * an empty list when Codex loads it. Each message names the key, says where the problem comes from
 * (the user's file before the merge, the template, or the merge removing a managed key from a
 * table the user added keys to) and how to fix it.
 *
 * @param before the parsed file before the merge (`{}` when there was none).
 * @param after the parsed result of the merge.
 * @param decisions the merge's decisions (to tell which keys it removed).
 * @param file the path of the file, named in the advice.
 */
export function explainRefusal(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  decisions: readonly MergeDecision[],
  file: string,
): string[] {
  const refused = (document: Readonly<Record<string, unknown>>): ConfigProblem[] =>
    validateCodexSettings(collectSettings(document)).filter((p) => p.effect === "rejected");
  const already = new Set(refused(before).map((p) => p.message));
  return refused(after).map((problem) => {
    if (already.has(problem.message)) {
      return `${problem.message} (this is in ${file} already: fix or remove it there)`;
    }
    // An MCP server or a provider is checked as one table.
    const [head, name] = problem.path;
    const scope =
      (head === "mcp_servers" || head === "model_providers") && name !== undefined
        ? [head, name]
        : problem.path;
    const removed = decisions
      .filter((d) => d.kind === "removed" && isPathPrefix(scope, d.path))
      .map((d) => d.path);
    const table = tableAt(after, scope);
    if (removed.length > 0 && table !== undefined) {
      const left = leafPaths(table, scope).map(quotePath);
      return (
        `${problem.message}: the template no longer sets ${removed.map(quotePath).join(", ")}, ` +
        `so the merge would remove them, but ${quotePath(scope)} also holds ${left.join(", ")}, ` +
        "which the template did not write (you added or changed it); remove the table " +
        `[${formatKeyPath(scope)}] (or just those keys) from ${file}, or complete it yourself, ` +
        "then restart the workspace"
      );
    }
    return `${problem.message} (it comes from the template's settings: fix them and push the template again)`;
  });
}

function leafPaths(
  table: Readonly<Record<string, unknown>>,
  prefix: readonly string[],
): string[][] {
  return Object.entries(table).flatMap(([key, value]) =>
    isTable(value) ? leafPaths(value, [...prefix, key]) : [[...prefix, key]],
  );
}

function tableAt(
  document: Readonly<Record<string, unknown>>,
  path: readonly string[],
): Readonly<Record<string, unknown>> | undefined {
  let node: unknown = document;
  for (const key of path) {
    if (!isTable(node)) return undefined;
    node = node[key];
  }
  return isTable(node) ? node : undefined;
}
