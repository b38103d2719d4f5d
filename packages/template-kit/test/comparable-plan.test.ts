import { RANDOM_ID, comparablePlan } from "../src/testing/index.js";

const uuid = (n: number): string => `0000000${n}-1111-4222-8333-444444444444`;

/** A `terraform show -json` plan cut down to what comparablePlan looks at. */
function plan(ids: { parameter: string; workspace: string }): unknown {
  return {
    variables: { mode: { value: "none" } },
    planned_values: { root_module: { resources: [{ address: "coder_agent.main" }] } },
    resource_changes: [{ address: "coder_agent.main", change: { actions: ["create"] } }],
    prior_state: {
      values: {
        root_module: {
          resources: [
            {
              address: "data.coder_parameter.model",
              mode: "data",
              type: "coder_parameter",
              values: { id: ids.parameter, value: "gpt" },
            },
            {
              address: "data.coder_workspace.me",
              mode: "data",
              type: "coder_workspace",
              values: { id: ids.workspace },
            },
          ],
        },
      },
    },
    relevant_attributes: [
      { resource: "data.coder_workspace.me", attribute: ["id"] },
      { resource: "coder_agent.main", attribute: ["token"] },
    ],
    configuration: { provider_config: {} },
  };
}

describe("comparablePlan", () => {
  test("replaces only the ids the coder provider makes up, and ignores the order of relevant_attributes", () => {
    const first = plan({ parameter: uuid(1), workspace: uuid(3) }) as {
      relevant_attributes: unknown[];
    };
    const second = plan({ parameter: uuid(2), workspace: uuid(3) }) as {
      relevant_attributes: unknown[];
    };
    second.relevant_attributes.reverse();

    expect(comparablePlan(first)).toEqual(comparablePlan(second));
    expect(JSON.stringify(comparablePlan(first).priorState)).toContain(`"id":"${RANDOM_ID}"`);
  });

  test("tells plans apart whose environment ids differ", () => {
    expect(comparablePlan(plan({ parameter: uuid(1), workspace: uuid(3) }))).not.toEqual(
      comparablePlan(plan({ parameter: uuid(1), workspace: uuid(4) })),
    );
  });

  test("fails a made-up id that is not a UUID", () => {
    expect(() => comparablePlan(plan({ parameter: "model", workspace: uuid(3) }))).toThrow(
      'data.coder_parameter.model: expected the random UUID the coder provider gives it, got "model"',
    );
  });

  test("fails something that is not a plan", () => {
    expect(() => comparablePlan({ format_version: "1.2" })).toThrow(
      "comparablePlan: expected `terraform show -json` output of a plan",
    );
  });
});
