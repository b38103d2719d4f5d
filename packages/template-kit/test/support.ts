import {
  TerraformDataSource,
  TerraformResource,
  type Construct,
  type TerraformStack,
} from "@codex-coder/cdk";
import { TemplateStack, type TemplateStackProps } from "../src/index.js";

/**
 * A resource of any type with literal attributes. The typed coder bindings are not needed to test
 * the template kit; cdktf writes exactly these attributes.
 */
export class RawResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Readonly<Record<string, unknown>> = {},
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
}

/** A data source of any type with literal attributes. */
export class RawDataSource extends TerraformDataSource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Readonly<Record<string, unknown>> = {},
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
}

/** For cdktf's matchers, which look resources up by a class with a static `tfResourceType`. */
export const CoderAgent = { tfResourceType: "coder_agent" } as const;

/** Valid props; tests override what they exercise. */
export const props: TemplateStackProps = {
  displayName: "Codex on Docker",
  description: "A Docker workspace with OpenAI Codex",
  icon: "/icon/docker.png",
  tags: ["docker", "codex"],
};

/** Adds a minimal Coder workspace to `stack`: a parameter and the agent, named `main`. */
export function addWorkspace(stack: TerraformStack): void {
  new RawDataSource(stack, "model", "coder_parameter", {
    name: "model",
    display_name: "Model",
    description: "The model Codex uses",
    order: 1,
    default: "gpt-5-codex",
  });
  new RawResource(stack, "main", "coder_agent", { arch: "amd64", os: "linux" });
}

export { TemplateStack };
