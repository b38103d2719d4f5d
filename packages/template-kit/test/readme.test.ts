import { Testing } from "@codex-coder/cdk";
import { TemplateStack, levelOneHeadings, renderReadme } from "../src/index.js";
import { props } from "./support.js";

describe("README", () => {
  test("starts with Coder front matter, then exactly one H1", () => {
    const stack = new TemplateStack(Testing.app(), "codex-docker", {
      ...props,
      verified: true,
      readme: "Runs Codex in every workspace.\n\n## Usage\n\n```sh\n# not a heading\n```\n",
    });

    const readme = stack.renderReadme();

    expect(readme).toBe(
      [
        "---",
        "display_name: Codex on Docker",
        "description: A Docker workspace with OpenAI Codex",
        "icon: /icon/docker.png",
        "verified: true",
        "tags: [docker, codex]",
        "---",
        "",
        "# Codex on Docker",
        "",
        "Runs Codex in every workspace.",
        "",
        "## Usage",
        "",
        "```sh",
        "# not a heading",
        "```",
        "",
      ].join("\n"),
    );
    expect(levelOneHeadings(readme)).toEqual([{ line: 9, text: "# Codex on Docker" }]);
  });

  test("uses the description as body and leaves verified out when unset", () => {
    const readme = renderReadme({ ...props, name: "codex-docker", tags: [] });

    expect(readme).not.toContain("verified");
    expect(readme).toContain(
      "tags: []\n---\n\n# Codex on Docker\n\nA Docker workspace with OpenAI Codex\n",
    );
  });

  test("quotes front-matter values YAML would misread", () => {
    const readme = renderReadme({
      name: "codex",
      displayName: "Codex: on Docker",
      description: "yes",
      icon: "https://example.com/icon.svg#x",
      tags: ["true", "ai"],
    });

    expect(readme).toContain('display_name: "Codex: on Docker"\n');
    expect(readme).toContain('description: "yes"\n');
    expect(readme).toContain('icon: "https://example.com/icon.svg#x"\n');
    expect(readme).toContain('tags: ["true", ai]\n');
  });
});
