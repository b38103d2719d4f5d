// Small typed accessors for synthesized Terraform JSON in assertions.

/** `value` as an object; throws naming `what` when it is not one. */
export function obj(value: unknown, what = "value"): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${what} is not an object: ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

/** `value` as an array; throws naming `what` when it is not one. */
export function arr(value: unknown, what = "value"): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list: ${JSON.stringify(value)}`);
  return value;
}

/** Follows `path` (object keys, or list indexes as numbers) from `root`. */
export function at(root: unknown, ...path: (string | number)[]): unknown {
  let current = root;
  const walked: (string | number)[] = [];
  for (const key of path) {
    walked.push(key);
    const where = walked.join(".");
    current = typeof key === "number" ? arr(current, where)[key] : obj(current, where)[key];
    if (current === undefined) throw new Error(`${where} does not exist`);
  }
  return current;
}

/** Every string in `value` with its path. */
export function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}
