// The kubernetes blocks against the hashicorp/kubernetes 2.38.0 schema captured in the prebuilt
// bindings. The real provider cannot be built on this machine, so `terraform validate` with it is
// not part of these tests; TESTING.md says what that leaves open.
import { DeploymentV1 } from "@cdktf/provider-kubernetes/lib/deployment-v1/index.js";
import { PersistentVolumeClaimV1 } from "@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1/index.js";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider/index.js";
import type { TerraformConfig } from "@codex-coder/template-kit";
import { beforeAll, describe, expect, it } from "vitest";
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
  kubernetes_deployment_v1: DeploymentV1,
  kubernetes_persistent_volume_claim_v1: PersistentVolumeClaimV1,
} as const;

describe("the kubernetes resources", () => {
  it("come from bindings generated for hashicorp/kubernetes 2.38.0", () => {
    expect(schema.providerName).toBe("registry.terraform.io/hashicorp/kubernetes");
    expect(schema.providerVersion).toBe("2.38.0");
    expect(DeploymentV1.tfResourceType).toBe("kubernetes_deployment_v1");
    expect(PersistentVolumeClaimV1.tfResourceType).toBe("kubernetes_persistent_volume_claim_v1");
  });

  it("are only the deployment and the volume claim", () => {
    const types = Object.keys(obj(config["resource"])).filter((t) => t.startsWith("kubernetes_"));
    expect(types.sort()).toEqual(Object.keys(bindings).sort());
    expect(Object.keys(obj(config["data"])).filter((t) => t.startsWith("kubernetes_"))).toEqual([]);
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
    const body = structuredClone(at(config, "resource", "kubernetes_deployment_v1", "main"));
    const container = obj(at(body, "spec", "template", "spec", "container", 0));
    container["memory_limit"] = "1Gi";
    delete container["name"];
    obj(body)["wait_for_rollout"] = "no";
    const problems = schema.check(schema.configOf(DeploymentV1), body, "d", true);
    expect(problems.map((p) => p.path).sort()).toEqual([
      "d.spec.template.spec.container[0].memory_limit",
      "d.spec.template.spec.container[0].name",
      "d.wait_for_rollout",
    ]);
  });

  it("fails on a dynamic block the schema does not have", () => {
    const body = structuredClone(at(config, "resource", "kubernetes_deployment_v1", "main"));
    const spec = obj(at(body, "spec", "template", "spec"));
    spec["dynamic"] = { tolerations: obj(at(spec, "dynamic", "toleration")) };
    const problems = schema.check(schema.configOf(DeploymentV1), body, "d", true);
    expect(problems.map((p) => p.path)).toEqual(["d.spec.template.spec.dynamic.tolerations"]);
  });
});
