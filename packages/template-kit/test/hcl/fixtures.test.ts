import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { printHclReport, type HclPrintWarning } from "../../src/hcl/index.js";
import {
  coderSchema,
  dockerSchema,
  expectedPath,
  fixtureInput,
  fixtureNames,
} from "./helpers/fixtures.js";
import { normaliseInput, normaliseParsed } from "../../src/testing/round-trip.js";
import {
  providerMirrorConfig,
  terraformApplyOutputs,
  terraformFmtCheck,
  terraformValidate,
  withFiles,
} from "./helpers/terraform.js";

/**
 * Every fixture is printed and checked four ways: the text equals `expected.tf` (reviewed by
 * hand; regenerate with UPDATE_HCL_FIXTURES=1), `terraform fmt -check` accepts it, hcl2json
 * reads back the input (see src/testing/round-trip.ts), and, where it can pass,
 * `terraform validate` accepts it. Fixtures marked `apply` are also applied in both syntaxes and
 * must produce the same outputs.
 *
 * Only the tests that apply to a fixture are declared (nothing is skipped at run time, so a
 * green run means every declared check ran); the ones that need the local provider mirror fail,
 * saying how to build it, when it is missing.
 */
interface FixtureCase {
  /**
   * `terraform validate` runs: `true` for fixtures that use no provider (builtin resources only);
   * `"mirror"` for fixtures whose providers come from the local provider mirror (the test fails
   * when `npm run setup:tools` has not built it); `false` when it cannot pass (a provider without
   * schema, registry modules, providers outside the mirror), and then no validate test exists.
   */
  readonly validate: boolean | "mirror";
  /** Apply the JSON input and the printed HCL; their outputs must be equal. */
  readonly apply?: boolean;
  /** Warnings the printer must report (code and address). */
  readonly warnings?: readonly Pick<HclPrintWarning, "code" | "address">[];
  /** Provider schemas given to the printer. @default ["coder"] */
  readonly schemas?: readonly ("coder" | "docker")[];
}

const CASES: Readonly<Record<string, FixtureCase>> = {
  "bare-expressions": { validate: true, apply: true },
  "cdktf-metadata": { validate: true },
  "coder-template": {
    validate: false,
    warnings: [
      { code: "UnknownSchema", address: "provider.docker" },
      { code: "UnknownSchema", address: "docker_volume.home_volume" },
      { code: "UnknownSchema", address: "docker_container.workspace" },
    ],
  },
  "docker-schema": { validate: "mirror", schemas: ["coder", "docker"] },
  "escapes-quoted": { validate: true, apply: true },
  "heredoc-vs-quoted": { validate: true, apply: true },
  "ignore-changes-all": { validate: true },
  "lifecycle-and-provisioners": { validate: true },
  "long-expressions": { validate: true, apply: true },
  "locals-and-outputs": { validate: true, apply: true },
  "meta-count-for-each-depends-on": { validate: true, apply: true },
  modules: { validate: false },
  "moved-removed": { validate: true },
  "nested-blocks-schema": { validate: "mirror" },
  "object-keys": { validate: true, apply: true },
  "provider-blocks": { validate: "mirror" },
  "template-directives": { validate: true, apply: true },
  "terraform-backend": { validate: true },
  "terraform-required-providers": { validate: false },
  "unknown-schema": {
    validate: false,
    warnings: [
      { code: "UnknownSchema", address: "data.docker_network.shared" },
      { code: "UnknownSchema", address: "docker_container.workspace" },
    ],
  },
  "variable-defaults": { validate: true, apply: true },
  "variable-types-and-validation": { validate: true },
};

const UPDATE = process.env["UPDATE_HCL_FIXTURES"] === "1";
const TERRAFORM_TIMEOUT = 120_000;

/** The CLI configuration of the local provider mirror; fails the test when it is missing. */
function requireMirror(): string {
  const config = providerMirrorConfig();
  if (config === undefined) {
    throw new Error(
      "the local provider mirror is missing (.cache/toolchain/toolchain.json in mirror mode): " +
        "run `npm run setup:tools` at the repository root (`npm test` runs it first)",
    );
  }
  return config;
}

const SCHEMAS = { coder: coderSchema, docker: dockerSchema } as const;

function print(name: string): { text: string; warnings: readonly HclPrintWarning[] } {
  const schemas = (CASES[name]?.schemas ?? ["coder"]).map((provider) => SCHEMAS[provider]());
  return printHclReport(fixtureInput(name), { schemas });
}

describe("HCL printer fixtures", () => {
  it("has a case for every fixture folder and a folder for every case", () => {
    expect(fixtureNames()).toEqual(Object.keys(CASES).sort());
  });

  // Concurrent: most of the time is spent waiting for terraform. Concurrent tests use the
  // `expect` of their own context.
  describe.concurrent.each(Object.entries(CASES))("%s", (name, fixture) => {
    it("prints the expected HCL", ({ expect }) => {
      const { text } = print(name);
      if (UPDATE) writeFileSync(expectedPath(name), text);
      expect(text).toBe(readFileSync(expectedPath(name), "utf8"));
    });

    it("reports exactly the expected warnings", ({ expect }) => {
      const { warnings } = print(name);
      expect(warnings.map(({ code, address }) => ({ code, address }))).toEqual(
        fixture.warnings ?? [],
      );
    });

    it("passes terraform fmt -check", { timeout: TERRAFORM_TIMEOUT }, async () => {
      await withFiles({ "main.tf": print(name).text }, terraformFmtCheck);
    });

    it("reads back as the input JSON through hcl2json", async ({ expect }) => {
      const input = fixtureInput(name);
      const parsed: unknown = await parse("main.tf", print(name).text);
      expect(normaliseParsed(parsed)).toEqual(normaliseInput(input, parsed));
    });

    if (fixture.validate !== false) {
      const validate = fixture.validate;
      it(
        validate === "mirror"
          ? "passes terraform validate with the providers of the local mirror"
          : "passes terraform validate",
        { timeout: TERRAFORM_TIMEOUT },
        async () => {
          const cliConfig = validate === "mirror" ? requireMirror() : undefined;
          await withFiles({ "main.tf": print(name).text }, (dir) =>
            terraformValidate(dir, cliConfig),
          );
        },
      );
    }

    if (fixture.apply === true) {
      it(
        "applies to the same outputs as the JSON input",
        { timeout: TERRAFORM_TIMEOUT },
        async ({ expect }) => {
          const [fromJson, fromHcl] = await Promise.all([
            withFiles(
              { "main.tf.json": JSON.stringify(fixtureInput(name)) },
              terraformApplyOutputs,
            ),
            withFiles({ "main.tf": print(name).text }, terraformApplyOutputs),
          ]);
          expect(fromHcl).toEqual(fromJson);
          expect(fromJson).not.toEqual({});
        },
      );
    }
  });

  it(
    "prints the realistic Coder template, given the docker schema too, so that terraform validate passes",
    { timeout: TERRAFORM_TIMEOUT },
    async () => {
      const mirror = requireMirror();
      const result = printHclReport(fixtureInput("coder-template"), {
        schemas: [coderSchema(), dockerSchema()],
      });
      expect(result.warnings).toEqual([]);
      expect(result.text).toContain("  volumes {\n");
      await withFiles({ "main.tf": result.text }, (dir) => terraformValidate(dir, mirror));
    },
  );
});
