// A complete Coder template with Codex, in about 30 lines: a Docker container running the agent,
// Codex with each user's own OpenAI key (a Coder user secret), and nothing else.
import { App, Fn } from "@codex-coder/cdk";
import { Codex, CodexAuth } from "@codex-coder/codex";
import { agent, dataCoderWorkspace, provider as coder } from "@codex-coder/provider-coder";
import { container, provider as docker } from "@codex-coder/provider-docker";
import { TemplateStack } from "@codex-coder/template-kit";

export function minimalTemplate(app: App): TemplateStack {
  const stack = new TemplateStack(app, "minimal-codex", {
    displayName: "Minimal Codex",
    description: "A Docker workspace with Codex, built from @codex-coder in about 30 lines",
    icon: "/icon/openai.svg",
  });
  new coder.CoderProvider(stack, "coder");
  new docker.DockerProvider(stack, "docker");
  const me = new dataCoderWorkspace.DataCoderWorkspace(stack, "me");
  const main = new agent.Agent(stack, "main", { arch: "amd64", os: "linux" });

  new Codex(stack, "codex", {
    agent: main,
    folder: "/home/coder",
    auth: CodexAuth.userSecret(),
    tasksMode: "none",
  });

  new container.Container(stack, "workspace", {
    count: me.startCount as unknown as number,
    image: "codercom/enterprise-node:ubuntu",
    name: `coder-${me.id}`,
    entrypoint: ["sh", "-c", Fn.replace(main.initScript, "localhost", "host.docker.internal")],
    env: [`CODER_AGENT_TOKEN=${main.token}`],
    host: [{ host: "host.docker.internal", ip: "host-gateway" }],
  });
  return stack;
}
