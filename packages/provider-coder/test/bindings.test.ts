import { describe, expect, it } from "vitest";
import { Testing, TerraformStack } from "@codex-coder/cdk";
import {
  agent,
  aiTask,
  app,
  dataCoderTask,
  dataCoderWorkspace,
  provider,
  providerSource,
} from "@codex-coder/provider-coder";

interface Synthesized {
  terraform: { required_providers: Record<string, { source: string; version: string }> };
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data: Record<string, Record<string, Record<string, unknown>>>;
}

function synth(build: (stack: TerraformStack) => void): Synthesized {
  const app = Testing.app();
  const stack = new TerraformStack(app, "bindings");
  build(stack);
  return JSON.parse(Testing.synth(stack)) as Synthesized;
}

describe("generated coder bindings", () => {
  it("come from the committed schema of the real provider", () => {
    expect(providerSource).toEqual({
      provider: "registry.terraform.io/coder/coder",
      version: "2.18.0",
      constraint: "~> 2.18",
      testedVersions: ["2.18.0"],
      goModule: "github.com/coder/terraform-provider-coder/v2@v2.18.0",
    });
  });

  it("type a coder_app with a healthcheck, a coder_ai_task with app_id and data coder_task", () => {
    // GIVEN / WHEN
    const out = synth((stack) => {
      new provider.CoderProvider(stack, "coder");
      const me = new dataCoderWorkspace.DataCoderWorkspace(stack, "me");
      const task = new dataCoderTask.DataCoderTask(stack, "task");
      const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });
      const chat = new app.App(stack, "chat", {
        agentId: main.id,
        slug: "codex",
        displayName: "Codex",
        url: "http://localhost:3284/",
        healthcheck: { url: "http://localhost:3284/status", interval: 3, threshold: 20 },
      });
      const t = new aiTask.AiTask(stack, "ai", { appId: chat.id });
      t.addOverride("count", me.startCount);
      void task;
    });

    // THEN
    expect(out.terraform.required_providers.coder).toEqual({
      source: "coder/coder",
      version: "~> 2.18",
    });
    expect(out.resource.coder_app?.chat).toMatchObject({
      slug: "codex",
      healthcheck: { url: "http://localhost:3284/status", interval: 3, threshold: 20 },
      agent_id: "${coder_agent.main.id}",
    });
    expect(out.resource.coder_ai_task?.ai).toMatchObject({
      app_id: "${coder_app.chat.id}",
      count: "${data.coder_workspace.me.start_count}",
    });
    expect(out.data.coder_task?.task).toEqual({});
  });
});
