import { providerSchema } from "@codex-coder/provider-docker";
import { describeProviderSchema } from "@codex-coder/provider-tools/testing";

describeProviderSchema({
  packageName: "@codex-coder/provider-docker",
  schemaDir: new URL("../schema/", import.meta.url),
  providerSchema,
  address: "registry.terraform.io/kreuzwerker/docker",
  resource: "docker_container",
  dataSource: "docker_network",
});
