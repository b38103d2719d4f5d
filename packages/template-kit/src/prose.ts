import { isJsonObject, type JsonObject, type JsonValue, type TerraformConfig } from "./json.js";

/**
 * How long prose prints: the one decision about descriptions and error messages that do not fit
 * on a line.
 *
 * HCL cannot write a one-line string over several lines without changing it: a quoted string
 * cannot hold a line break, a heredoc always ends in one, and a variable's `description` must be
 * a constant (no `chomp()` or `replace()`). So a prose value longer than {@link PROSE_INLINE_MAX}
 * characters is deliberately changed before the template is written (in both formats, so
 * `main.tf` and `main.tf.json` stay the same template): the spaces where it wraps at
 * {@link PROSE_WIDTH} characters become line breaks and it gains a final line break, and the
 * printer writes it as a `<<-EOT` heredoc. Nothing else changes: no word is split, no space is
 * added or removed.
 *
 * What readers see stays the same: Coder renders parameter descriptions as Markdown (a line break
 * inside a paragraph is a space) and a break never goes before a word that would start a Markdown
 * block (`-`, `+`, `*`, `#`, `>`, `|`, `=`, `<`, `1.`, `1)`…); Terraform prints error messages
 * with their line breaks, as the wrapped paragraph they are written as.
 *
 * Only these values are prose: a variable's `description` and its validations' `error_message`,
 * an output's `description`, the `description` of a resource or data source, the `error_message`
 * of a resource's or data source's pre- and postconditions, and the `error` of a
 * `coder_parameter`'s validation. A value is left as it is when it holds a line break or a
 * template sequence (`${`, `%{`), starts or ends with whitespace, or has no space to break at.
 */

/** Prose up to this many characters stays one quoted string. */
export const PROSE_INLINE_MAX = 120;

/** Longer prose is wrapped into lines of at most this many characters (a longer word stays whole). */
export const PROSE_WIDTH = 100;

/** A word that must not start a line: it would start a Markdown block, or is not plain text. */
const NO_BREAK_BEFORE = /^([^\p{L}\p{N}("'`]|\d+[.)]$)/u;

/**
 * `text` wrapped as described in this module, or `text` itself when it is not long prose or has
 * nowhere to break.
 */
export function wrapProse(text: string): string {
  if (
    text.length <= PROSE_INLINE_MAX ||
    /[\r\n]/.test(text) ||
    /[$%]\{/.test(text) ||
    /^\s|\s$/.test(text)
  ) {
    return text;
  }
  // Break only at a single space between two non-space characters.
  const words: string[] = [];
  for (const word of text.split(/(?<=\S) (?=\S)/)) {
    const last = words.length - 1;
    if (last >= 0 && NO_BREAK_BEFORE.test(word)) words[last] = `${words[last]} ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] as string).length + 1 + word.length <= PROSE_WIDTH) {
      lines[last] = `${lines[last]} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length < 2 ? text : `${lines.join("\n")}\n`;
}

/** `body` with the prose `keys` wrapped (same object when nothing changes). */
function wrapKeys(body: JsonValue, keys: readonly string[]): JsonValue {
  if (!isJsonObject(body)) return body;
  let changed: Record<string, JsonValue> | undefined;
  for (const key of keys) {
    const value = body[key];
    if (typeof value !== "string") continue;
    const wrapped = wrapProse(value);
    if (wrapped !== value) (changed ??= { ...body })[key] = wrapped;
  }
  return changed ?? body;
}

/** `body` with `key` (a block or list of blocks) mapped through `map`. */
function mapBlocks(
  body: JsonObject,
  key: string,
  map: (block: JsonValue) => JsonValue,
): JsonObject {
  const value = body[key];
  if (value === undefined || value === null) return body;
  const mapped = Array.isArray(value)
    ? (value as readonly JsonValue[]).map(map)
    : map(value as JsonValue);
  return { ...body, [key]: mapped };
}

function wrapVariable(body: JsonValue): JsonValue {
  const wrapped = wrapKeys(body, ["description"]);
  if (!isJsonObject(wrapped)) return wrapped;
  return mapBlocks(wrapped, "validation", (v) => wrapKeys(v, ["error_message"]));
}

function wrapResource(type: string, body: JsonValue): JsonValue {
  let wrapped = wrapKeys(body, ["description"]);
  if (!isJsonObject(wrapped)) return wrapped;
  if (type === "coder_parameter") {
    wrapped = mapBlocks(wrapped, "validation", (v) => wrapKeys(v, ["error"]));
  }
  return mapBlocks(wrapped, "lifecycle", (lifecycle) => {
    if (!isJsonObject(lifecycle)) return lifecycle;
    let result = lifecycle;
    for (const condition of ["precondition", "postcondition"]) {
      result = mapBlocks(result, condition, (c) => wrapKeys(c, ["error_message"]));
    }
    return result;
  });
}

/** `{name: body}` with every body mapped (cdktf writes named blocks as one object). */
function mapNamed(value: JsonValue | undefined, map: (body: JsonValue) => JsonValue): JsonValue {
  if (value === undefined || !isJsonObject(value)) return value ?? null;
  return Object.fromEntries(Object.entries(value).map(([name, body]) => [name, map(body)]));
}

/**
 * The configuration with every long prose value wrapped (see this module's comment). Applied to
 * the synthesized configuration, so both formats and every test of the configuration see the same
 * values.
 */
export function wrapConfigProse(config: TerraformConfig): TerraformConfig {
  const result: Record<string, JsonValue> = { ...config };
  if (config["variable"] !== undefined)
    result["variable"] = mapNamed(config["variable"], wrapVariable);
  if (config["output"] !== undefined) {
    result["output"] = mapNamed(config["output"], (body) => wrapKeys(body, ["description"]));
  }
  for (const keyword of ["resource", "data"]) {
    const byType = config[keyword];
    if (!isJsonObject(byType ?? null)) continue;
    result[keyword] = Object.fromEntries(
      Object.entries(byType as JsonObject).map(([type, byName]) => [
        type,
        mapNamed(byName, (body) => wrapResource(type, body)),
      ]),
    );
  }
  return result;
}
