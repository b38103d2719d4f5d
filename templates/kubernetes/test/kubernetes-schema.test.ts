// The kubernetes blocks against the hashicorp/kubernetes 2.38.0 schema captured in the prebuilt
// bindings. The real provider the tests run is 1.13.4 (test/plan.test.ts: validate and plans), and
// main.tf is printed with its schema (schema/kubernetes-1.13.4.schema.json); this file covers the
// newest 2.x a connected machine would resolve, which cannot run here: the names and arguments
// the template uses, and the two places where main.tf's syntax differs from what 2.x reads (which
// is why the template accepts 1.x only).
import { Deployment } from "@cdktf/provider-kubernetes/lib/deployment/index.js";
import { DeploymentV1 } from "@cdktf/provider-kubernetes/lib/deployment-v1/index.js";
import { PersistentVolumeClaim } from "@cdktf/provider-kubernetes/lib/persistent-volume-claim/index.js";
import { PersistentVolumeClaimV1 } from "@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1/index.js";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider/index.js";
import type { ProviderSchema, SchemaBlock, TerraformConfig } from "@codex-coder/template-kit";
import { beforeAll, describe, expect, it } from "vitest";
import { KUBERNETES_PROVIDER_VERSION, PROVIDER_SCHEMAS } from "../src/template.js";
import { synthKubernetes } from "./build.js";
import { arr, at, obj } from "./json.js";
import { BindingSchema } from "./provider-schema.js";

let schema: BindingSchema;
let config: TerraformConfig;

beforeAll(() => {
  schema = BindingSchema.load();
  config = synthKubernetes().config;
});

const bindings = {
  kubernetes_deployment: Deployment,
  kubernetes_persistent_volume_claim: PersistentVolumeClaim,
} as const;

/**
 * A struct of the schema as nested plain data (Terraform names, required flags, shapes), with
 * nested structs expanded so that two structs of different names can be compared.
 */
function tree(fqn: string): unknown {
  return Object.fromEntries(
    [...schema.struct(fqn).values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((attribute) => {
        const shape = attribute.shape;
        const type =
          shape.kind === "block" || shape.kind === "blocks"
            ? { kind: shape.kind, struct: tree(shape.struct) }
            : shape;
        return [attribute.name, { required: attribute.required, type }];
      }),
  );
}

describe("the kubernetes resources", () => {
  it("come from bindings generated for hashicorp/kubernetes 2.38.0", () => {
    expect(schema.providerName).toBe("registry.terraform.io/hashicorp/kubernetes");
    expect(schema.providerVersion).toBe("2.38.0");
    expect(Deployment.tfResourceType).toBe("kubernetes_deployment");
    expect(PersistentVolumeClaim.tfResourceType).toBe("kubernetes_persistent_volume_claim");
  });

  it("are only the unversioned deployment and volume claim, which 1.13.4 and 2.x both have", () => {
    const types = Object.keys(obj(config["resource"])).filter((t) => t.startsWith("kubernetes_"));
    expect(types.sort()).toEqual(Object.keys(bindings).sort());
    expect(Object.keys(obj(config["data"])).filter((t) => t.startsWith("kubernetes_"))).toEqual([]);
  });

  it("have the same 2.38.0 schema as their _v1 names", () => {
    expect(tree(schema.configOf(Deployment))).toEqual(tree(schema.configOf(DeploymentV1)));
    expect(tree(schema.configOf(PersistentVolumeClaim))).toEqual(
      tree(schema.configOf(PersistentVolumeClaimV1)),
    );
  });

  for (const [type, binding] of Object.entries(bindings)) {
    it(`${type}: uses only attributes and blocks of the schema, with every required one`, () => {
      const fqn = schema.configOf(binding);
      for (const [name, body] of Object.entries(obj(at(config, "resource", type)))) {
        expect(schema.check(fqn, body, `${type}.${name}`, true)).toEqual([]);
      }
    });
  }

  it("the provider block uses only arguments of the provider schema", () => {
    const fqn = schema.configOf(KubernetesProvider);
    for (const [i, block] of arr(at(config, "provider", "kubernetes")).entries()) {
      expect(schema.check(fqn, block, `provider.kubernetes[${i}]`)).toEqual([]);
    }
  });
});

describe("the schema check", () => {
  it("fails on an attribute the provider does not have, a missing required one and a wrong literal type", () => {
    const body = structuredClone(at(config, "resource", "kubernetes_deployment", "main"));
    const container = obj(at(body, "spec", "template", "spec", "container", 0));
    container["memory_limit"] = "1Gi";
    delete container["name"];
    obj(body)["wait_for_rollout"] = "no";
    const problems = schema.check(schema.configOf(Deployment), body, "d", true);
    expect(problems.map((p) => p.path).sort()).toEqual([
      "d.spec.template.spec.container[0].memory_limit",
      "d.spec.template.spec.container[0].name",
      "d.wait_for_rollout",
    ]);
  });

  it("fails on a dynamic block the schema does not have", () => {
    const body = structuredClone(at(config, "resource", "kubernetes_deployment", "main"));
    const spec = obj(at(body, "spec", "template", "spec"));
    spec["dynamic"] = { tolerations: obj(at(spec, "dynamic", "toleration")) };
    const problems = schema.check(schema.configOf(Deployment), body, "d", true);
    expect(problems.map((p) => p.path)).toEqual(["d.spec.template.spec.dynamic.tolerations"]);
  });

  it("fails on a 1.x-only provider argument", () => {
    const problems = schema.check(
      schema.configOf(KubernetesProvider),
      { load_config_file: false },
      "p",
    );
    expect(problems.map((p) => p.path)).toEqual(["p.load_config_file"]);
  });
});

/** The kubernetes schema main.tf is printed with: the real 1.13.4 provider's, trimmed. */
function schema1x(): Required<ProviderSchema> {
  const provider = PROVIDER_SCHEMAS.map(
    (document) => document.provider_schemas?.["registry.terraform.io/hashicorp/kubernetes"],
  ).find((found) => found !== undefined);
  if (!provider?.provider || !provider.resource_schemas || !provider.data_source_schemas) {
    throw new Error("PROVIDER_SCHEMAS has no hashicorp/kubernetes schema");
  }
  return provider as Required<ProviderSchema>;
}

/**
 * Where main.tf (a nested block or an argument, as the 1.13.4 schema says) and the 2.38.0 schema
 * disagree, for every key the synthesized body sets, nested blocks and dynamic blocks included.
 */
function syntaxDifferences(fqn: string, block: SchemaBlock, body: unknown, path: string): string[] {
  const items = Array.isArray(body) ? body : [body];
  return items.flatMap((item) => {
    if (typeof item !== "object" || item === null) return [];
    return Object.entries(item as Record<string, unknown>).flatMap(([key, value]) => {
      if (key === "dynamic") {
        return Object.entries(obj(value)).flatMap(([name, dynamic]) =>
          compare(fqn, block, name, obj(dynamic)["content"], `${path}.dynamic.${name}`),
        );
      }
      return compare(fqn, block, key, value, `${path}.${key}`);
    });
  });
}

function compare(
  fqn: string,
  block: SchemaBlock,
  key: string,
  value: unknown,
  path: string,
): string[] {
  const nested = block.block_types?.[key];
  const in1x = nested ? "block" : block.attributes?.[key] ? "argument" : "absent";
  const attribute = schema.struct(fqn).get(key);
  const shape = attribute?.shape;
  const isBlock2x = shape?.kind === "block" || shape?.kind === "blocks";
  const in2x = attribute === undefined ? "absent" : isBlock2x ? "block" : "argument";
  const here = in1x === in2x ? [] : [`${path}: ${in1x} in 1.13.4, ${in2x} in 2.38.0`];
  return nested && isBlock2x
    ? [...here, ...syntaxDifferences(shape.struct, nested.block, value, path)]
    : here;
}

describe("main.tf, written in 1.13.4 syntax, against the 2.38.0 schema", () => {
  it("differs only in the container's limits and requests, so the template accepts 1.x only", () => {
    const provider = schema1x();
    const differences = [
      ...Object.entries(bindings).flatMap(([type, binding]) =>
        Object.entries(obj(at(config, "resource", type))).flatMap(([name, body]) => {
          const entry = provider.resource_schemas[type];
          if (!entry) throw new Error(`the 1.13.4 schema has no ${type}`);
          return syntaxDifferences(schema.configOf(binding), entry.block, body, `${type}.${name}`);
        }),
      ),
      ...arr(at(config, "provider", "kubernetes")).flatMap((body, i) =>
        syntaxDifferences(
          schema.configOf(KubernetesProvider),
          provider.provider.block,
          body,
          `provider.kubernetes[${i}]`,
        ),
      ),
    ];

    expect(differences).toEqual([
      "kubernetes_deployment.main.spec.template.spec.container.resources.limits: block in 1.13.4, argument in 2.38.0",
      "kubernetes_deployment.main.spec.template.spec.container.resources.requests: block in 1.13.4, argument in 2.38.0",
    ]);
    expect(KUBERNETES_PROVIDER_VERSION).toMatch(/< 2\.0\.0$/);
  });
});
