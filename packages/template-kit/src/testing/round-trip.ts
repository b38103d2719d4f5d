/**
 * Normalises a Terraform JSON configuration and what `@cdktf/hcl2json` reads back from the printed
 * HCL, so that the two compare equal when the HCL means the same. Known shape differences:
 *
 * - hcl2json gives every block as a list of bodies; the input may give a single body object.
 * - `//` keys (cdktf metadata) and empty block lists are absent from the HCL.
 * - The HCL may hold several `locals` blocks (one per section); the input holds one.
 * - Where Terraform reads a JSON string as a plain string (a variable's `default`, descriptions,
 *   `required_providers`…), hcl2json gives the HCL string's template text: `${` appears as `$${`.
 * - Where Terraform reads a static expression (`depends_on`, `provider`, `ignore_changes`, a
 *   variable's `type`…), the input may be bare text or `${…}`; hcl2json gives `${…}`.
 * - Whitespace inside `${…}` / `%{…}` sequences is not significant (the printer formats it).
 * - A conditional that is one part of a longer template comes back from hcl2json as an `if`
 *   directive (see template-conditionals.ts).
 *
 * This is deliberately independent of the printer's own code.
 */

import { conditionalsAsDirectives } from "./template-conditionals.js";

type Mode = "template" | "literal" | "static";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const RESOURCE_STATIC = new Set(["provider", "depends_on"]);
const LIFECYCLE_STATIC = new Set(["ignore_changes", "replace_triggered_by"]);
const PROVISIONER_STATIC = new Set(["when", "on_failure"]);

/** How Terraform reads strings at `path` (block and object keys, no list indices). */
function modeAt(path: readonly string[]): Mode {
  const [top, second, third] = path;
  const last = path[path.length - 1] ?? "";
  const parent = path[path.length - 2] ?? "";
  if (path.includes("depends_on")) return "static";
  if (parent === "lifecycle" && LIFECYCLE_STATIC.has(last)) return "static";
  if (path.length >= 2 && path[path.length - 3] === "provisioner" && PROVISIONER_STATIC.has(last)) {
    return "static";
  }
  if (path[path.length - 3] === "dynamic" && last === "iterator") return "static";
  switch (top) {
    case "variable":
      if (third === "default" || (third === "description" && path.length === 3)) return "literal";
      if (third === "type" && path.length === 3) return "static";
      return "template";
    case "output":
      return third === "description" && path.length === 3 ? "literal" : "template";
    case "terraform":
      if (path.includes("configuration_aliases") || second === "experiments") return "static";
      return second === "provider_meta" ? "template" : "literal";
    case "provider":
      return (third === "alias" || third === "version") && path.length === 3
        ? "literal"
        : "template";
    case "module":
      if (third === "providers") return "static";
      return (third === "source" || third === "version") && path.length === 3
        ? "literal"
        : "template";
    case "resource":
    case "data":
      return path.length === 4 && RESOURCE_STATIC.has(last) ? "static" : "template";
    case "moved":
    case "removed":
      return path.length === 2 && (last === "from" || last === "to") ? "static" : "template";
    case "import":
      return path.length === 2 && (last === "to" || last === "provider") ? "static" : "template";
    default:
      return "template";
  }
}

/**
 * Drops whitespace inside template sequences (outside their own quoted strings), and applies the
 * strip markers (`${~`, `~}`) of the outermost template, as hcl2json does.
 */
export function normaliseTemplate(text: string): string {
  type Frame = "sequence" | "brace" | "quote";
  const stack: Frame[] = [];
  let out = "";
  let i = 0;
  let stripNext = false;
  while (i < text.length) {
    const frame = stack[stack.length - 1];
    const c = text[i] as string;
    if (frame === undefined && stripNext && /\s/.test(c)) {
      i += 1;
      continue;
    }
    stripNext = false;
    if (
      frame === undefined &&
      (c === "$" || c === "%") &&
      text[i + 1] === "{" &&
      text[i + 2] === "~"
    ) {
      out = out.replace(/\s+$/, "") + `${c}{`;
      stack.push("sequence");
      i += 3;
      continue;
    }
    if (stack.length === 1 && frame === "sequence" && c === "~" && text[i + 1] === "}") {
      out += "}";
      stack.pop();
      stripNext = true;
      i += 2;
      continue;
    }
    if (frame === undefined || frame === "quote") {
      if (frame === "quote" && c === "\\") {
        out += text.slice(i, i + 2);
        i += 2;
      } else if (frame === "quote" && c === '"') {
        out += c;
        stack.pop();
        i += 1;
      } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
        out += text.slice(i, i + 3);
        i += 3;
      } else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        out += `${c}{`;
        stack.push("sequence");
        i += 2;
      } else {
        out += c;
        i += 1;
      }
      continue;
    }
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '"') stack.push("quote");
    else if (c === "{") stack.push("brace");
    else if (c === "}") stack.pop();
    out += c;
    i += 1;
  }
  return out;
}

function unwrapInterpolation(text: string): string {
  const match = /^\$\{([\s\S]*)\}$/.exec(text);
  // Only when the whole string is one sequence: no other `${` at the top level.
  return match !== null && !/\}[^"]*\$\{/.test(match[1] as string) ? (match[1] as string) : text;
}

function normaliseString(text: string, mode: Mode, side: "input" | "parsed"): string {
  switch (mode) {
    case "literal":
      return normaliseTemplate(side === "input" ? text.replace(/([$%])\{/g, "$1$1{") : text);
    case "static": {
      const bare = unwrapInterpolation(text).replace(/\s+/g, "");
      return /^(list|map|set)$/.test(bare) ? `${bare}(any)` : bare;
    }
    case "template":
      return normaliseTemplate(side === "input" ? conditionalsAsDirectives(text) : text);
  }
}

function normaliseKey(key: string, mode: Mode, side: "input" | "parsed"): string {
  return mode === "literal" || mode === "template" ? normaliseString(key, mode, side) : key;
}

/** Several top-level `locals` blocks (one per section of main.tf) as the one namespace they declare. */
function mergedLocals(parsed: unknown, path: readonly string[]): object | undefined {
  if (path.length !== 1 || path[0] !== "locals" || !Array.isArray(parsed) || parsed.length < 2) {
    return undefined;
  }
  return Object.assign({}, ...parsed.filter(isObject)) as object;
}

/** Normalises what hcl2json read back from the printed HCL. */
export function normaliseParsed(parsed: unknown, path: readonly string[] = []): unknown {
  const locals = mergedLocals(parsed, path);
  if (locals !== undefined) return [normaliseParsed(locals, path)];
  if (Array.isArray(parsed)) return parsed.map((item) => normaliseParsed(item, path));
  if (isObject(parsed)) {
    const mode = modeAt(path);
    return Object.fromEntries(
      Object.entries(parsed).map(([key, value]) => [
        normaliseKey(key, mode, "parsed"),
        normaliseParsed(value, [...path, key]),
      ]),
    );
  }
  return typeof parsed === "string" ? normaliseString(parsed, modeAt(path), "parsed") : parsed;
}

/**
 * Normalises the input configuration, using the shape of `parsed` (hcl2json's output) only to
 * see where a single block body became a list of bodies.
 */
export function normaliseInput(
  input: unknown,
  parsed: unknown,
  path: readonly string[] = [],
): unknown {
  const locals = mergedLocals(parsed, path);
  if (locals !== undefined) {
    // However the input splits its locals (one object or a list of them), they are one namespace.
    const merged = Array.isArray(input) ? Object.assign({}, ...input.filter(isObject)) : input;
    return [normaliseInput(merged, locals, path)];
  }
  if (isObject(input) && Array.isArray(parsed) && parsed.length === 1 && isObject(parsed[0])) {
    return [normaliseInput(input, parsed[0], path)];
  }
  if (Array.isArray(input) && isObject(parsed) && input.every(isObject)) {
    // Labelled blocks given as a list of `{label: body}` objects; hcl2json groups them by label.
    const byLabel: Record<string, unknown[]> = {};
    for (const item of input) {
      for (const [label, body] of Object.entries(item)) {
        (byLabel[label] ??= []).push(...(Array.isArray(body) ? body : [body]));
      }
    }
    return normaliseInput(byLabel, parsed, path);
  }
  if (Array.isArray(input)) {
    const list: unknown[] = Array.isArray(parsed) ? parsed : [];
    return input.map((item, i) => normaliseInput(item, list[i], path));
  }
  if (isObject(input)) {
    const other = isObject(parsed) ? parsed : {};
    const mode = modeAt(path);
    const entries: [string, unknown][] = [];
    for (const [key, value] of Object.entries(input)) {
      const printedKey = normaliseKey(key, mode, "input");
      const counterpart = Object.entries(other).find(
        ([otherKey]) => normaliseKey(otherKey, mode, "parsed") === printedKey,
      )?.[1];
      const absent = counterpart === undefined;
      if (absent && key === "//") continue;
      if (absent && (value === null || (Array.isArray(value) && value.length === 0))) continue;
      entries.push([printedKey, normaliseInput(value, counterpart, [...path, key])]);
    }
    return Object.fromEntries(entries);
  }
  return typeof input === "string" ? normaliseString(input, modeAt(path), "input") : input;
}
