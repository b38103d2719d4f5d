import { HclPrintError } from "./errors.js";
import type {
  ProviderSchema,
  ProviderSchemaDocument,
  SchemaBlock,
  TerraformJson,
} from "./types.js";
import { isPlainObject } from "./values.js";

/**
 * Finds the schema of a resource type, data source or provider configuration among the given
 * `terraform providers schema -json` documents.
 */

const DEFAULT_REGISTRY = "registry.terraform.io";

/** The builtin provider's schemas (attributes only: everything nested prints as an argument). */
const BUILTIN: ProviderSchema = {
  resource_schemas: {
    terraform_data: {
      block: {
        attributes: { id: {}, input: {}, output: {}, triggers_replace: {} },
      },
    },
  },
  data_source_schemas: {
    terraform_remote_state: {
      block: {
        attributes: { backend: {}, config: {}, defaults: {}, outputs: {}, workspace: {} },
      },
    },
  },
};

/**
 * Normalises a provider source address: `coder/coder` → `registry.terraform.io/coder/coder`,
 * lower case.
 */
export function normaliseProviderSource(source: string): string {
  const parts = source.trim().toLowerCase().split("/");
  return parts.length === 2 ? [DEFAULT_REGISTRY, ...parts].join("/") : parts.join("/");
}

function providerType(address: string): string {
  return address.slice(address.lastIndexOf("/") + 1);
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** Local provider name → provider address, from every `terraform.required_providers`. */
function requiredProviders(config: TerraformJson): Map<string, string> {
  const sources = new Map<string, string>();
  for (const terraform of asList(config["terraform"])) {
    if (!isPlainObject(terraform)) continue;
    for (const block of asList(terraform["required_providers"])) {
      if (!isPlainObject(block)) continue;
      for (const [name, requirement] of Object.entries(block)) {
        if (isPlainObject(requirement) && typeof requirement["source"] === "string") {
          sources.set(name, normaliseProviderSource(requirement["source"]));
        }
      }
    }
  }
  return sources;
}

type Kind = "resource_schemas" | "data_source_schemas";

/** Schema lookup over a set of provider schema documents. */
export class SchemaIndex {
  private readonly providers: (readonly [string, ProviderSchema])[] = [];
  private readonly sources: Map<string, string>;

  /**
   * @throws HclPrintError naming `schemas[i]` when a document has no `provider_schemas` object
   */
  constructor(documents: readonly ProviderSchemaDocument[], config: TerraformJson) {
    documents.forEach((document, i) => {
      const schemas: unknown = isPlainObject(document) ? document.provider_schemas : undefined;
      if (!isPlainObject(schemas)) {
        throw new HclPrintError(
          `schemas[${i}]`,
          "expected a `terraform providers schema -json` document with a `provider_schemas` object",
        );
      }
      for (const [address, schema] of Object.entries(schemas)) {
        if (isPlainObject(schema)) {
          this.providers.push([normaliseProviderSource(address), schema as ProviderSchema]);
        }
      }
    });
    this.sources = requiredProviders(config);
  }

  /** Provider address a local provider name stands for. */
  private addressOf(localName: string): string {
    return this.sources.get(localName) ?? `${DEFAULT_REGISTRY}/hashicorp/${localName}`;
  }

  private lookup(
    kind: Kind,
    type: string,
    providerRef: string | undefined,
  ): SchemaBlock | undefined {
    const localName = providerRef?.split(".")[0]?.trim() || type.split("_")[0] || type;
    if (localName === "terraform") {
      const builtin = BUILTIN[kind]?.[type];
      if (builtin !== undefined) return builtin.block;
    }
    const candidates = this.providers.flatMap(([address, schema]) => {
      const entry = schema[kind]?.[type];
      return entry === undefined ? [] : [{ address, block: entry.block }];
    });
    const address = this.addressOf(localName);
    return (
      candidates.find((candidate) => candidate.address === address) ??
      candidates.find((candidate) => providerType(candidate.address) === localName) ??
      candidates[0]
    )?.block;
  }

  /**
   * Schema of a resource type.
   *
   * @param providerRef the resource's `provider` argument (`docker.alias`), if any
   */
  resource(type: string, providerRef?: string): SchemaBlock | undefined {
    return this.lookup("resource_schemas", type, providerRef);
  }

  /**
   * Schema of a data source.
   *
   * @param providerRef the data source's `provider` argument, if any
   */
  dataSource(type: string, providerRef?: string): SchemaBlock | undefined {
    return this.lookup("data_source_schemas", type, providerRef);
  }

  /** Schema of a `provider "<localName>"` block. */
  provider(localName: string): SchemaBlock | undefined {
    if (localName === "terraform") return undefined;
    const address = this.addressOf(localName);
    const found =
      this.providers.find(([candidate]) => candidate === address) ??
      this.providers.find(([candidate]) => providerType(candidate) === localName);
    return found?.[1].provider?.block;
  }
}
