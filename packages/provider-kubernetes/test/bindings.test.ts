import { describe, expect, it } from "vitest";
import { Testing, TerraformStack } from "@codex-coder/cdk";
import { DeploymentV1 } from "@codex-coder/provider-kubernetes/deployment-v1";
import { PersistentVolumeClaimV1 } from "@codex-coder/provider-kubernetes/persistent-volume-claim-v1";
import { KubernetesProvider } from "@codex-coder/provider-kubernetes/provider";

describe("generated kubernetes bindings, by deep import", () => {
  it("type a Deployment with map-form limits on a PVC, and ask for the provider's range", () => {
    // GIVEN
    const app = Testing.app();
    const stack = new TerraformStack(app, "kubernetes");
    new KubernetesProvider(stack, "kubernetes", { configPath: "~/.kube/config" });
    const home = new PersistentVolumeClaimV1(stack, "home", {
      metadata: { name: "home", namespace: "ws" },
      spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
      waitUntilBound: false,
    });

    // WHEN
    new DeploymentV1(stack, "main", {
      metadata: { name: "main", namespace: "ws" },
      spec: {
        selector: { matchLabels: { app: "ws" } },
        template: {
          metadata: { labels: { app: "ws" } },
          spec: {
            container: [
              {
                name: "dev",
                image: "codercom/enterprise-node:ubuntu",
                resources: { limits: { cpu: "2", memory: "4Gi" } },
              },
            ],
            volume: [{ name: "home", persistentVolumeClaim: { claimName: home.metadata.name } }],
          },
        },
      },
    });
    const out = JSON.parse(Testing.synth(stack)) as {
      terraform: { required_providers: Record<string, unknown> };
      resource: { kubernetes_deployment_v1: Record<string, Record<string, unknown>> };
    };

    // THEN
    expect(out.terraform.required_providers["kubernetes"]).toEqual({
      source: "hashicorp/kubernetes",
      version: ">= 2.7.0, < 4.0.0",
    });
    const spec = out.resource.kubernetes_deployment_v1["main"]?.["spec"] as {
      template: { spec: { container: { resources: unknown }[]; volume: unknown[] } };
    };
    expect(spec.template.spec.container[0]?.resources).toEqual({
      limits: { cpu: "2", memory: "4Gi" },
    });
    expect(spec.template.spec.volume).toEqual([
      {
        name: "home",
        persistent_volume_claim: {
          claim_name: "${kubernetes_persistent_volume_claim_v1.home.metadata[0].name}",
        },
      },
    ]);
  });
});
