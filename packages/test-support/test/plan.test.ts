import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  coderEnvs,
  coderImportChecks,
  dataSources,
  parsePlan,
  resource,
  resources,
  type TerraformPlan,
} from "../src/plan.js";
import { createProvisioner, type Provisioner } from "../src/provisioner.js";

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("coderImportChecks on a real import plan", () => {
  let provisioner: Provisioner;
  let plan: TerraformPlan;

  beforeAll(async () => {
    provisioner = await createProvisioner(fixture("bad-import"));
    plan = await provisioner.planImport();
  });
  afterAll(async () => {
    await provisioner?.dispose();
  });

  it("flags an agent name with an underscore", () => {
    expect(coderImportChecks(plan)).toContainEqual(
      expect.objectContaining({ rule: "agent-name", address: "coder_agent.dev_box" }),
    );
  });

  it("flags a duplicate app slug", () => {
    expect(coderImportChecks(plan)).toContainEqual(
      expect.objectContaining({ rule: "app-slug-unique", address: "coder_app.two" }),
    );
  });

  it("flags duplicate parameter names and a validation without error", () => {
    const rules = coderImportChecks(plan).map((p) => `${p.rule} ${p.address}`);
    expect(rules).toContain("parameter-name-unique data.coder_parameter.second");
    expect(rules).toContain("parameter-validation-error data.coder_parameter.first");
    expect(rules).toHaveLength(4);
  });
});

describe("plan helpers on hand-written plan JSON", () => {
  // A minimal plan document written by hand (not produced by terraform) to cover edge cases.
  const handWritten = parsePlan({
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: {
      root_module: {
        resources: [
          {
            address: "coder_agent.main",
            mode: "managed",
            type: "coder_agent",
            name: "main",
            provider_name: "registry.terraform.io/coder/coder",
            values: { os: "linux", arch: "amd64" },
          },
        ],
        child_modules: [
          {
            address: "module.codex",
            resources: [
              {
                address: "module.codex.coder_env.key",
                mode: "managed",
                type: "coder_env",
                name: "key",
                provider_name: "registry.terraform.io/coder/coder",
                values: { name: "OPENAI_API_KEY", value: "k1" },
                sensitive_values: { value: true },
              },
              {
                address: "module.codex.coder_env.key2",
                mode: "managed",
                type: "coder_env",
                name: "key2",
                provider_name: "registry.terraform.io/coder/coder",
                values: { name: "OPENAI_API_KEY", value: "k2" },
              },
            ],
          },
        ],
      },
    },
    prior_state: {
      values: {
        root_module: {
          resources: [
            {
              address: "data.coder_workspace.me",
              mode: "data",
              type: "coder_workspace",
              name: "me",
              provider_name: "registry.terraform.io/coder/coder",
              values: { transition: "start" },
            },
          ],
        },
      },
    },
  });

  it("walks child modules for resources and prior_state for data sources", () => {
    expect(resources(handWritten, "coder_env").map((r) => r.address)).toEqual([
      "module.codex.coder_env.key",
      "module.codex.coder_env.key2",
    ]);
    expect(dataSources(handWritten).map((r) => r.address)).toEqual(["data.coder_workspace.me"]);
    expect(resource(handWritten, "data.coder_workspace.me").values["transition"]).toBe("start");
  });

  it("fails listing the addresses when a resource is not in the plan", () => {
    expect(() => resource(handWritten, "coder_app.missing")).toThrow(
      /no resource "coder_app.missing" in the plan \(present: coder_agent.main, module.codex/,
    );
  });

  it("fails when one env name has two different values", () => {
    expect(() => coderEnvs(handWritten)).toThrow(/"OPENAI_API_KEY" is set more than once/);
  });

  it("fails to parse something that is not plan JSON", () => {
    expect(() => parsePlan({ format_version: "1.2" })).toThrow(/planned_values.root_module/);
    expect(() => parsePlan([])).toThrow(/expected an object, got an array/);
  });
});
