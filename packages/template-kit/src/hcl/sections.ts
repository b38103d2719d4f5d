/**
 * Splits a Terraform JSON configuration into the blocks of each {@link HclSection} and the rest, so
 * that `main.tf` can keep one construct's variables, data sources, locals and resources together.
 */
import type { HclSection, TerraformJson } from "./types.js";
import { isPlainObject } from "./values.js";

/** A section's comment and the part of the configuration it holds. */
export interface SectionConfig {
  readonly comment: string;
  readonly config: TerraformJson;
}

type Plain = Readonly<Record<string, unknown>>;

/** How the address of an entry is formed under each top-level key that sections can take. */
const ADDRESS: Readonly<Record<string, { readonly typed: boolean; readonly prefix: string }>> = {
  variable: { typed: false, prefix: "var." },
  locals: { typed: false, prefix: "local." },
  data: { typed: true, prefix: "data." },
  resource: { typed: true, prefix: "" },
  module: { typed: false, prefix: "module." },
  output: { typed: false, prefix: "output." },
};

/**
 * The configuration's blocks split by section (sections without blocks are dropped) and what no
 * section names. Entries keep their order; a value given as a list of bodies stays in the rest.
 */
export function partitionSections(
  config: TerraformJson,
  sections: readonly HclSection[],
): { readonly rest: TerraformJson; readonly sections: readonly SectionConfig[] } {
  const owner = new Map<string, number>();
  sections.forEach((section, index) => {
    for (const address of section.addresses) if (!owner.has(address)) owner.set(address, index);
  });
  const rest: Record<string, unknown> = {};
  const parts = sections.map(() => ({}) as Record<string, Record<string, unknown>>);
  for (const [key, value] of Object.entries(config)) {
    const shape = ADDRESS[key];
    if (shape === undefined || !isPlainObject(value) || owner.size === 0) {
      rest[key] = value;
      continue;
    }
    const kept: Record<string, unknown> = {};
    const place = (address: string, put: (into: Record<string, unknown>) => void) => {
      const index = owner.get(address);
      if (index === undefined) put(kept);
      else put(((parts[index] as Record<string, Record<string, unknown>>)[key] ??= {}));
    };
    for (const [name, member] of Object.entries(value as Plain)) {
      if (name === "//") continue;
      if (!shape.typed) {
        place(`${shape.prefix}${name}`, (into) => (into[name] = member));
        continue;
      }
      if (!isPlainObject(member)) {
        kept[name] = member;
        continue;
      }
      for (const [label, body] of Object.entries(member as Plain)) {
        if (label === "//") continue;
        place(`${shape.prefix}${name}.${label}`, (into) => {
          ((into[name] ??= {}) as Record<string, unknown>)[label] = body;
        });
      }
    }
    if (Object.keys(kept).length > 0) rest[key] = kept;
  }
  return {
    rest,
    sections: sections
      .map((section, index) => ({ comment: section.comment, config: parts[index] ?? {} }))
      .filter((section) => Object.keys(section.config).length > 0),
  };
}
