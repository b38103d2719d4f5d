import { providerSchema } from "@codex-coder/provider-coder";
import { describeProviderSchema } from "@codex-coder/provider-tools/testing";

describeProviderSchema({
  packageName: "@codex-coder/provider-coder",
  schemaDir: new URL("../schema/", import.meta.url),
  providerSchema,
  address: "registry.terraform.io/coder/coder",
  resource: "coder_agent",
  dataSource: "coder_workspace_tags",
});
