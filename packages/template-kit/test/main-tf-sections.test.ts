import { Construct, TerraformLocal, TerraformVariable } from "@codex-coder/cdk";
import { describe, expect, it } from "vitest";
import {
  createTemplateApp,
  mainTfSections,
  renderTemplateFiles,
  setSectionComment,
  synthTemplate,
} from "../src/index.js";
import { coderSchema } from "./hcl/helpers/fixtures.js";
import { RawDataSource, RawResource, TemplateStack, addWorkspace, props } from "./support.js";

/** A construct like the core's: a variable, a local, a data source and a nested resource. */
class Chat extends Construct {
  constructor(scope: Construct, id: string, comment?: string) {
    super(scope, id);
    if (comment !== undefined) setSectionComment(this, comment);
    new TerraformVariable(this, "chat_model", { type: "string" });
    new TerraformLocal(this, "chat_settings", "x");
    new RawDataSource(this, "chat_prompt", "coder_parameter", { name: "chat_prompt", order: 2 });
    const inner = new Construct(this, "inner");
    new RawResource(inner, "chat_app", "coder_app", { agent_id: "a", slug: "chat" });
  }
}

function stackWith(build: (stack: TemplateStack) => void): TemplateStack {
  const stack = new TemplateStack(createTemplateApp(), "sections", props);
  addWorkspace(stack);
  build(stack);
  return stack;
}

describe("mainTfSections", () => {
  it("puts the template's own blocks first, then one section per construct, in order of creation", () => {
    const stack = stackWith((s) => {
      new Chat(s, "second", "Chat: the second one");
      new TerraformVariable(s, "image", { type: "string" });
      new Chat(s, "first");
    });
    const sections = mainTfSections(stack, "sections");
    expect(sections.map((section) => section.comment)).toEqual([
      `Template "sections": its own variables, parameters, agent and resources`,
      "Chat: the second one",
      'Chat "first"',
    ]);
    expect(sections[0]?.addresses).toEqual([
      "data.coder_parameter.model",
      "coder_agent.main",
      "var.image",
    ]);
    expect(sections[1]?.addresses).toHaveLength(4);
    expect(sections[1]?.addresses).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^var\.second_chat_model_/),
        expect.stringMatching(/^local\.second_chat_settings_/),
        expect.stringMatching(/^data\.coder_parameter\.second_chat_prompt_/),
        expect.stringMatching(/^coder_app\.second_inner_chat_app_/),
      ]),
    );
  });

  it("gives a template without constructs no sections", () => {
    expect(
      mainTfSections(
        stackWith(() => {}),
        "sections",
      ),
    ).toEqual([]);
  });

  it("names every block of the synthesized configuration, so main.tf keeps each construct together", () => {
    const template = synthTemplate(stackWith((s) => new Chat(s, "chat", "Chat: a construct")));
    const main = renderTemplateFiles(template, { schemas: [coderSchema()] }).get("main.tf");
    const headers = String(main)
      .split("\n")
      .filter((line) => /^(#|variable|data|locals|resource)/.test(line))
      .slice(2);
    expect(headers.map((line) => line.replace(/_[0-9A-F]{8}"/, '"'))).toEqual([
      '# Template "sections": its own variables, parameters, agent and resources',
      'data "coder_parameter" "model" {',
      'resource "coder_agent" "main" {',
      "# Chat: a construct",
      'variable "chat_chat_model" {',
      'data "coder_parameter" "chat_chat_prompt" {',
      "locals {",
      'resource "coder_app" "chat_inner_chat_app" {',
    ]);
  });

  it("refuses a comment that is not one line, naming the construct", () => {
    const stack = stackWith(() => {});
    expect(() => setSectionComment(new Construct(stack, "c"), "a\nb")).toThrow(
      /setSectionComment: comment must be one non-empty line, got "a\\nb" for sections\/c/,
    );
  });
});
