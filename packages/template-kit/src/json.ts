/** A JSON value as read back from cdktf's synthesized output. */
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;

/** A JSON array. */
export type JsonArray = readonly JsonValue[];

/** A JSON object. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * A Terraform configuration in Terraform's JSON syntax (the content of a `*.tf.json` file), as a
 * plain object: `resource`, `data`, `variable`, `provider`, `terraform`, `locals`, `output`, ...
 */
export type TerraformConfig = JsonObject;

/** True when `value` is a JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Serializes `value` with two-space indentation and object keys sorted by UTF-16 code unit, so the
 * same configuration always gives the same text (JavaScript's own key order puts integer-like keys
 * first, which `JSON.stringify` would follow).
 */
export function stableStringify(value: JsonValue): string {
  return render(value, "");
}

function render(value: JsonValue, indent: string): string {
  if (Array.isArray(value)) {
    const items: JsonArray = value;
    if (items.length === 0) return "[]";
    const inner = `${indent}  `;
    return `[\n${items.map((item) => inner + render(item, inner)).join(",\n")}\n${indent}]`;
  }
  if (isJsonObject(value)) {
    const keys = Object.keys(value).sort();
    if (keys.length === 0) return "{}";
    const inner = `${indent}  `;
    const members = keys.map((key) => {
      const member = value[key] as JsonValue;
      return `${inner}${JSON.stringify(key)}: ${render(member, inner)}`;
    });
    return `{\n${members.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
