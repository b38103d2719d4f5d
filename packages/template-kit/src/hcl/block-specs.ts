import { argumentsBody, GROUP, type BodySpec, type Special } from "./body.js";

/**
 * What the keys of Terraform's own blocks mean: meta-arguments, meta-blocks, and how Terraform
 * reads each string (as a template, as a plain string, or as a static reference or keyword).
 */

/** `validation`, `precondition` and `postcondition` blocks. */
export const CONDITION: BodySpec = argumentsBody("template", {
  condition: { kind: "argument", as: "template", group: GROUP.arguments, order: 0 },
  error_message: { kind: "argument", as: "template", group: GROUP.arguments, order: 1 },
});

const conditionBlock: Special = {
  kind: "block",
  labels: 0,
  group: GROUP.blocks,
  body: () => CONDITION,
};

/** `lifecycle` blocks of resources, data sources and `removed` blocks. */
export const LIFECYCLE: BodySpec = argumentsBody("template", {
  create_before_destroy: { kind: "argument", as: "literal", group: GROUP.arguments, order: 0 },
  prevent_destroy: { kind: "argument", as: "literal", group: GROUP.arguments, order: 1 },
  ignore_changes: { kind: "argument", as: "ignoreChanges", group: GROUP.arguments, order: 2 },
  replace_triggered_by: { kind: "argument", as: "references", group: GROUP.arguments, order: 3 },
  destroy: { kind: "argument", as: "literal", group: GROUP.arguments, order: 4 },
  precondition: conditionBlock,
  postcondition: conditionBlock,
});

const connectionBlock: Special = {
  kind: "block",
  labels: 0,
  group: GROUP.provisioning,
  body: () => argumentsBody("template"),
};

/** `provisioner "<type>"` blocks. */
export const PROVISIONER: BodySpec = argumentsBody("template", {
  when: { kind: "argument", as: "keyword", group: GROUP.meta, order: 0 },
  on_failure: { kind: "argument", as: "keyword", group: GROUP.meta, order: 1 },
  connection: { ...connectionBlock, group: GROUP.blocks },
});

/** Meta-arguments and meta-blocks of `resource` and `data` blocks. */
export const RESOURCE_SPECIALS: Readonly<Record<string, Special>> = {
  count: { kind: "argument", as: "template", group: GROUP.meta, order: 0 },
  for_each: { kind: "argument", as: "template", group: GROUP.meta, order: 1 },
  provider: { kind: "argument", as: "reference", group: GROUP.meta, order: 2 },
  connection: connectionBlock,
  provisioner: { kind: "block", labels: 1, group: GROUP.provisioning, body: () => PROVISIONER },
  lifecycle: { kind: "block", labels: 0, group: GROUP.lifecycle, body: () => LIFECYCLE },
  depends_on: { kind: "argument", as: "references", group: GROUP.dependsOn },
};

/** `variable` blocks: Terraform reads `default` and `description` as plain strings. */
export const VARIABLE: BodySpec = argumentsBody("literal", {
  type: { kind: "argument", as: "type", group: GROUP.arguments, order: 0 },
  description: { kind: "argument", as: "literal", group: GROUP.arguments, order: 1 },
  default: { kind: "argument", as: "literal", group: GROUP.arguments, order: 2 },
  sensitive: { kind: "argument", as: "literal", group: GROUP.arguments, order: 3 },
  nullable: { kind: "argument", as: "literal", group: GROUP.arguments, order: 4 },
  ephemeral: { kind: "argument", as: "literal", group: GROUP.arguments, order: 5 },
  validation: conditionBlock,
});

/** `output` blocks: `description` is a plain string, `value` a template. */
export const OUTPUT: BodySpec = argumentsBody("template", {
  description: { kind: "argument", as: "literal", group: GROUP.arguments, order: 0 },
  value: { kind: "argument", as: "template", group: GROUP.arguments, order: 1 },
  sensitive: { kind: "argument", as: "literal", group: GROUP.arguments, order: 2 },
  ephemeral: { kind: "argument", as: "literal", group: GROUP.arguments, order: 3 },
  precondition: conditionBlock,
  depends_on: { kind: "argument", as: "references", group: GROUP.dependsOn },
});

/** `module` blocks: `source` and `version` are plain strings; other keys are inputs. */
export const MODULE: BodySpec = argumentsBody("template", {
  source: { kind: "argument", as: "literal", group: GROUP.meta, order: 0 },
  version: { kind: "argument", as: "literal", group: GROUP.meta, order: 1 },
  count: { kind: "argument", as: "template", group: GROUP.meta, order: 2 },
  for_each: { kind: "argument", as: "template", group: GROUP.meta, order: 3 },
  providers: { kind: "argument", as: "providers", group: GROUP.meta, order: 4 },
  depends_on: { kind: "argument", as: "references", group: GROUP.dependsOn },
});

const WORKSPACES: Special = {
  kind: "block",
  labels: 0,
  group: GROUP.blocks,
  body: () => argumentsBody("literal"),
};

/** `terraform` blocks: settings are plain strings (no templates). */
export const TERRAFORM: BodySpec = argumentsBody("literal", {
  required_version: { kind: "argument", as: "literal", group: GROUP.arguments, order: 0 },
  experiments: { kind: "argument", as: "keywords", group: GROUP.arguments, order: 1 },
  required_providers: {
    kind: "block",
    labels: 0,
    group: GROUP.blocks,
    body: () => ({ specials: {}, rest: { kind: "arguments", mode: "literal", as: "requirement" } }),
  },
  backend: {
    kind: "block",
    labels: 1,
    group: GROUP.blocks,
    body: (label) => argumentsBody("literal", label === "remote" ? { workspaces: WORKSPACES } : {}),
  },
  cloud: {
    kind: "block",
    labels: 0,
    group: GROUP.blocks,
    body: () => argumentsBody("literal", { workspaces: WORKSPACES }),
  },
  provider_meta: {
    kind: "block",
    labels: 1,
    group: GROUP.blocks,
    body: () => argumentsBody("template"),
  },
});

/** `moved` blocks. */
export const MOVED: BodySpec = argumentsBody("template", {
  from: { kind: "argument", as: "reference", group: GROUP.arguments, order: 0 },
  to: { kind: "argument", as: "reference", group: GROUP.arguments, order: 1 },
});

/** `import` blocks. */
export const IMPORT: BodySpec = argumentsBody("template", {
  for_each: { kind: "argument", as: "template", group: GROUP.meta, order: 0 },
  provider: { kind: "argument", as: "reference", group: GROUP.meta, order: 1 },
  to: { kind: "argument", as: "reference", group: GROUP.arguments, order: 0 },
});

/** `removed` blocks. */
export const REMOVED: BodySpec = argumentsBody("template", {
  from: { kind: "argument", as: "reference", group: GROUP.arguments, order: 0 },
  lifecycle: { kind: "block", labels: 0, group: GROUP.lifecycle, body: () => LIFECYCLE },
  connection: connectionBlock,
  provisioner: { kind: "block", labels: 1, group: GROUP.provisioning, body: () => PROVISIONER },
});
