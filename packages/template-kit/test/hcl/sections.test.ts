import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { HclPrintError, printHcl, type TerraformJson } from "../../src/hcl/index.js";
import { normaliseInput, normaliseParsed } from "../../src/testing/round-trip.js";
import { coderSchema } from "./helpers/fixtures.js";

const config: TerraformJson = {
  terraform: { required_version: ">= 1.9" },
  provider: { coder: {} },
  variable: { image: { type: "string" }, model: { type: "string" } },
  locals: { greeting: "hello", settings: "${var.model}" },
  data: { coder_workspace: { me: {} }, coder_parameter: { prompt: { name: "prompt" } } },
  resource: {
    coder_agent: { main: { arch: "amd64", os: "linux" } },
    coder_app: { codex: { agent_id: "${coder_agent.main.id}", slug: "codex" } },
  },
};

const sections = [
  { comment: 'Template "t": its own blocks', addresses: ["var.image", "coder_agent.main"] },
  {
    comment: 'Codex "codex": the CLI',
    addresses: ["var.model", "local.settings", "data.coder_parameter.prompt", "coder_app.codex"],
  },
  { comment: "Nothing here", addresses: ["coder_app.absent"] },
];

/** The top-level lines of `text`: comments and block headers, in order. */
function outline(text: string): string[] {
  return text.split("\n").filter((line) => /^(#|\w)/.test(line));
}

describe("printHcl with sections", () => {
  const text = printHcl(config, { schemas: [coderSchema()], sections });

  it("prints unsectioned blocks first, then each section under its comment, in type order", () => {
    expect(outline(text)).toEqual([
      "terraform {",
      'provider "coder" {}',
      'data "coder_workspace" "me" {}',
      "locals {",
      '# Template "t": its own blocks',
      'variable "image" {',
      'resource "coder_agent" "main" {',
      '# Codex "codex": the CLI',
      'variable "model" {',
      'data "coder_parameter" "prompt" {',
      "locals {",
      'resource "coder_app" "codex" {',
    ]);
    expect(text).not.toContain("Nothing here");
  });

  it("gives each section the locals it names, and leaves the others where they were", () => {
    const [unsectioned, codex] = text.split('# Codex "codex"');
    expect(unsectioned).toContain('greeting = "hello"');
    expect(unsectioned).not.toContain("settings");
    expect(codex).toContain("settings = var.model");
  });

  it("means the same configuration, several locals blocks and all (read back with hcl2json)", async () => {
    const parsed: unknown = await parse("main.tf", text);
    expect(normaliseParsed(parsed)).toEqual(normaliseInput(config, parsed));
  });

  it("prints the usual type order without sections", () => {
    expect(outline(printHcl(config, { schemas: [coderSchema()] }))).not.toContain(
      '# Codex "codex": the CLI',
    );
  });

  it("refuses a comment with a line break, naming the option", () => {
    const bad = [{ comment: "one\ntwo", addresses: ["var.image"] }];
    expect(() => printHcl(config, { schemas: [coderSchema()], sections: bad })).toThrow(
      HclPrintError,
    );
    expect(() => printHcl(config, { schemas: [coderSchema()], sections: bad })).toThrow(
      /sections: expected a one-line comment, got "one\\ntwo"/,
    );
  });
});
