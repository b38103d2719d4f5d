// Checks synthesized kubernetes blocks against the hashicorp/kubernetes schema as the prebuilt
// bindings captured it. The bindings (@cdktf/provider-kubernetes 12.1.1) were generated from the
// provider's published schema for 2.38.0; their jsii assembly (`.jsii`) keeps every block and
// attribute with its Terraform name (the anchor of its registry docs link), whether it is
// required, and its type. This is no substitute for `terraform validate` with a real 2.x provider,
// which cannot be built here (see TESTING.md); it catches names, nesting, required attributes and
// literal types, including in parts written outside the typed config (overrides, dynamic blocks).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface JsiiTypeRef {
  readonly primitive?: string;
  readonly fqn?: string;
  readonly collection?: { readonly kind: "array" | "map"; readonly elementtype: JsiiTypeRef };
  readonly union?: { readonly types: readonly JsiiTypeRef[] };
}

interface JsiiProperty {
  readonly name: string;
  readonly optional?: boolean;
  readonly type: JsiiTypeRef;
  readonly docs: { readonly summary?: string; readonly remarks?: string };
}

interface JsiiType {
  readonly fqn: string;
  readonly kind: string;
  readonly properties?: readonly JsiiProperty[];
}

/** What a schema attribute holds. */
export type AttributeShape =
  | { readonly kind: "primitive"; readonly primitive: string }
  | { readonly kind: "list"; readonly primitive: string }
  | { readonly kind: "map"; readonly primitive: string }
  | { readonly kind: "block"; readonly struct: string }
  | { readonly kind: "blocks"; readonly struct: string };

/** One attribute or nested block of a schema struct. */
export interface SchemaAttribute {
  /** Terraform name (`wait_for_rollout`). */
  readonly name: string;
  /** The bindings' property name (`waitForRollout`). */
  readonly property: string;
  readonly required: boolean;
  readonly shape: AttributeShape;
}

/** A problem found in a synthesized block. */
export interface SchemaProblem {
  /** Where: `kubernetes_deployment.main.spec.template.spec.container[0].name`. */
  readonly path: string;
  readonly message: string;
}

/** Meta-arguments Terraform accepts in every resource block. */
const RESOURCE_META_ARGUMENTS = new Set([
  "count",
  "for_each",
  "depends_on",
  "lifecycle",
  "provider",
  "provisioner",
  "connection",
]);

const DOCS_ANCHOR = /#([A-Za-z0-9_]+) [A-Za-z0-9]+#\1\}/;
const PACKAGE = "@cdktf/provider-kubernetes";

/** The kubernetes provider schema as captured by the installed prebuilt bindings. */
export class BindingSchema {
  /** Reads the installed bindings' jsii assembly (about 50 MB of JSON). */
  static load(): BindingSchema {
    const require = createRequire(import.meta.url);
    const packageJson = require.resolve(`${PACKAGE}/package.json`);
    const manifest = JSON.parse(readFileSync(packageJson, "utf8")) as {
      version: string;
      cdktf: { provider: { name: string; version: string } };
    };
    const assembly = JSON.parse(readFileSync(join(dirname(packageJson), ".jsii"), "utf8")) as {
      types: Record<string, JsiiType>;
    };
    return new BindingSchema(
      assembly.types,
      manifest.version,
      manifest.cdktf.provider.name,
      manifest.cdktf.provider.version,
    );
  }

  private readonly structs = new Map<string, Map<string, SchemaAttribute>>();

  private constructor(
    private readonly types: Record<string, JsiiType>,
    /** Version of the bindings package. */
    readonly bindingsVersion: string,
    /** Provider the bindings were generated from (`registry.terraform.io/hashicorp/kubernetes`). */
    readonly providerName: string,
    /** Provider version the bindings were generated from. */
    readonly providerVersion: string,
  ) {}

  /**
   * The fully qualified name of the config struct of a binding class (resource, data source or
   * provider), from the class's jsii runtime type info.
   */
  configOf(bindingClass: object): string {
    const rtti = (bindingClass as Record<symbol, { fqn?: string } | undefined>)[
      Symbol.for("jsii.rtti")
    ];
    const fqn = rtti?.fqn;
    if (typeof fqn !== "string") throw new Error("configOf: not a jsii class of the bindings");
    this.struct(`${fqn}Config`);
    return `${fqn}Config`;
  }

  /** The attributes of a struct, keyed by Terraform name. */
  struct(fqn: string): Map<string, SchemaAttribute> {
    const cached = this.structs.get(fqn);
    if (cached) return cached;
    const type = this.types[fqn];
    if (!type || type.kind !== "interface") {
      throw new Error(`struct: ${fqn} is not a struct of ${PACKAGE}`);
    }
    const attributes = new Map<string, SchemaAttribute>();
    for (const property of type.properties ?? []) {
      const docs = `${property.docs.summary ?? ""} ${property.docs.remarks ?? ""}`;
      const anchor = DOCS_ANCHOR.exec(docs);
      if (!anchor?.[1]) throw new Error(`struct: ${fqn}.${property.name} has no registry anchor`);
      attributes.set(anchor[1], {
        name: anchor[1],
        property: property.name,
        required: property.optional !== true,
        shape: this.shape(property.type, `${fqn}.${property.name}`),
      });
    }
    this.structs.set(fqn, attributes);
    return attributes;
  }

  /**
   * Checks a synthesized block body against a struct: every key is an attribute or block of the
   * schema (or a meta-argument, for a resource), every required one is present, nested blocks
   * recursively, and literal values have the attribute's type. Expressions (`${...}`) are
   * accepted wherever a value is.
   */
  check(fqn: string, body: unknown, path: string, isResource = false): SchemaProblem[] {
    const problems: SchemaProblem[] = [];
    this.checkStruct(fqn, body, path, isResource, problems);
    return problems;
  }

  private checkStruct(
    fqn: string,
    body: unknown,
    path: string,
    isResource: boolean,
    problems: SchemaProblem[],
  ): void {
    if (isExpression(body)) return;
    if (!isObject(body)) {
      problems.push({ path, message: `must be a block (an object), got ${describe(body)}` });
      return;
    }
    const attributes = this.struct(fqn);
    const dynamicBlocks = new Set<string>();
    for (const [key, value] of Object.entries(body)) {
      const at = `${path}.${key}`;
      if (isResource && RESOURCE_META_ARGUMENTS.has(key)) continue;
      if (key === "dynamic") {
        if (!isObject(value)) {
          problems.push({ path: at, message: `must be an object of dynamic blocks` });
          continue;
        }
        for (const [name, dynamic] of Object.entries(value)) {
          const attribute = attributes.get(name);
          const where = `${at}.${name}`;
          if (
            !attribute ||
            (attribute.shape.kind !== "blocks" && attribute.shape.kind !== "block")
          ) {
            problems.push({
              path: where,
              message: `is not a nested block of ${shortName(fqn)} in the provider ${this.providerVersion} schema`,
            });
            continue;
          }
          dynamicBlocks.add(name);
          if (!isObject(dynamic) || dynamic["for_each"] === undefined) {
            problems.push({ path: where, message: "a dynamic block needs for_each and content" });
            continue;
          }
          const extra = Object.keys(dynamic).filter(
            (k) => !["for_each", "iterator", "labels", "content"].includes(k),
          );
          for (const k of extra) {
            problems.push({
              path: `${where}.${k}`,
              message: "is not an argument of a dynamic block",
            });
          }
          this.checkStruct(
            attribute.shape.struct,
            dynamic["content"],
            `${where}.content`,
            false,
            problems,
          );
        }
        continue;
      }
      const attribute = attributes.get(key);
      if (!attribute) {
        problems.push({
          path: at,
          message: `is not an attribute or block of ${shortName(fqn)} in the provider ${this.providerVersion} schema (known: ${[...attributes.keys()].sort().join(", ")})`,
        });
        continue;
      }
      this.checkValue(attribute, value, at, problems);
    }
    for (const attribute of attributes.values()) {
      if (
        attribute.required &&
        body[attribute.name] === undefined &&
        !dynamicBlocks.has(attribute.name)
      ) {
        problems.push({
          path: `${path}.${attribute.name}`,
          message: `is required by the provider ${this.providerVersion} schema but missing`,
        });
      }
    }
  }

  private checkValue(
    attribute: SchemaAttribute,
    value: unknown,
    path: string,
    problems: SchemaProblem[],
  ): void {
    if (isExpression(value)) return;
    const shape = attribute.shape;
    switch (shape.kind) {
      case "primitive":
        if (!primitiveMatches(shape.primitive, value)) {
          problems.push({ path, message: `must be a ${shape.primitive}, got ${describe(value)}` });
        }
        return;
      case "list":
        if (!Array.isArray(value)) {
          problems.push({
            path,
            message: `must be a list of ${shape.primitive}, got ${describe(value)}`,
          });
          return;
        }
        value.forEach((item, i) => {
          if (!isExpression(item) && !primitiveMatches(shape.primitive, item)) {
            problems.push({
              path: `${path}[${i}]`,
              message: `must be a ${shape.primitive}, got ${describe(item)}`,
            });
          }
        });
        return;
      case "map":
        if (!isObject(value)) {
          problems.push({
            path,
            message: `must be a map of ${shape.primitive}, got ${describe(value)}`,
          });
          return;
        }
        for (const [k, item] of Object.entries(value)) {
          if (!isExpression(item) && !primitiveMatches(shape.primitive, item)) {
            problems.push({
              path: `${path}.${k}`,
              message: `must be a ${shape.primitive}, got ${describe(item)}`,
            });
          }
        }
        return;
      case "block":
      case "blocks": {
        // Terraform JSON takes a nested block as one object or as a list of objects.
        const items = Array.isArray(value) ? value : [value];
        if (shape.kind === "block" && items.length > 1) {
          problems.push({ path, message: `is a single nested block, got ${items.length} blocks` });
        }
        items.forEach((item, i) =>
          this.checkStruct(
            shape.struct,
            item,
            Array.isArray(value) ? `${path}[${i}]` : path,
            false,
            problems,
          ),
        );
        return;
      }
    }
  }

  private shape(type: JsiiTypeRef, where: string): AttributeShape {
    const ref = withoutResolvable(type);
    if (ref.primitive) return { kind: "primitive", primitive: ref.primitive };
    if (ref.fqn) return { kind: "block", struct: ref.fqn };
    const collection = ref.collection;
    if (collection) {
      const element = withoutResolvable(collection.elementtype);
      if (collection.kind === "array" && element.fqn)
        return { kind: "blocks", struct: element.fqn };
      if (element.primitive) {
        return { kind: collection.kind === "map" ? "map" : "list", primitive: element.primitive };
      }
    }
    throw new Error(`shape: unsupported type at ${where}: ${JSON.stringify(type)}`);
  }
}

function withoutResolvable(type: JsiiTypeRef): JsiiTypeRef {
  const members = type.union?.types.filter((t) => t.fqn !== "cdktf.IResolvable");
  if (!members) return type;
  if (members.length !== 1 || !members[0]) {
    throw new Error(`unsupported union type ${JSON.stringify(type)}`);
  }
  return members[0];
}

function primitiveMatches(primitive: string, value: unknown): boolean {
  switch (primitive) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    default:
      return true;
  }
}

function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? "a list" : JSON.stringify(value);
}

function shortName(fqn: string): string {
  return fqn.slice(fqn.lastIndexOf(".") + 1);
}
