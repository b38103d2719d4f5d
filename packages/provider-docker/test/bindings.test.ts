import { describe, expect, it } from "vitest";
import { Testing, TerraformStack } from "@codex-coder/cdk";
import { container, provider, providerSource, volume } from "@codex-coder/provider-docker";

describe("generated docker bindings", () => {
  it("come from the committed schema of the real provider", () => {
    expect(providerSource.provider).toBe("registry.terraform.io/kreuzwerker/docker");
    expect(providerSource.version).toBe("4.6.0");
    expect(providerSource.constraint).toBe("~> 4.6");
  });

  it("type a container with a volume mount and ask for the provider's compatible range", () => {
    // GIVEN
    const app = Testing.app();
    const stack = new TerraformStack(app, "docker");
    new provider.DockerProvider(stack, "docker");
    const home = new volume.Volume(stack, "home", { name: "home" });

    // WHEN
    new container.Container(stack, "workspace", {
      image: "codercom/enterprise-node:ubuntu",
      name: "ws",
      volumes: [{ containerPath: "/home/coder", volumeName: home.name }],
    });
    const out = JSON.parse(Testing.synth(stack)) as {
      terraform: { required_providers: Record<string, unknown> };
      resource: { docker_container: Record<string, Record<string, unknown>> };
    };

    // THEN
    expect(out.terraform.required_providers.docker).toEqual({
      source: "kreuzwerker/docker",
      version: "~> 4.6",
    });
    expect(out.resource.docker_container.workspace?.volumes).toEqual([
      { container_path: "/home/coder", volume_name: "${docker_volume.home.name}" },
    ]);
  });
});
