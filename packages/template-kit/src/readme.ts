import type { TemplateMetadata } from "./template-metadata.js";

/**
 * Renders the template's `README.md`: Coder front matter (`display_name`, `description`, `icon`,
 * `verified` when set, `tags`), then exactly one H1 (the display name), then the body (or the
 * description when there is no body). Coder shows this file on the template's page.
 */
export function renderReadme(metadata: TemplateMetadata): string {
  const frontMatter = [
    "---",
    `display_name: ${yamlScalar(metadata.displayName)}`,
    `description: ${yamlScalar(metadata.description)}`,
    `icon: ${yamlScalar(metadata.icon)}`,
    ...(metadata.verified === undefined ? [] : [`verified: ${metadata.verified}`]),
    `tags: [${metadata.tags.map(yamlScalar).join(", ")}]`,
    "---",
  ];
  const body = trimBlankLines(metadata.readme ?? metadata.description);
  return `${frontMatter.join("\n")}\n\n# ${metadata.displayName}\n\n${body}\n`;
}

/** A level-1 heading found in Markdown text. */
export interface MarkdownHeading {
  /** 1-based line number. */
  readonly line: number;
  /** The heading line as written. */
  readonly text: string;
}

/**
 * The level-1 headings of `markdown`: ATX (`# Title`) and setext (`Title` over `===`), ignoring
 * fenced code blocks.
 */
export function levelOneHeadings(markdown: string): MarkdownHeading[] {
  const headings: MarkdownHeading[] = [];
  let fence: string | undefined;
  let previous = "";
  markdown.split(/\r?\n/).forEach((line, index) => {
    if (fence !== undefined) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length) {
        fence = undefined;
      }
      previous = "";
      return;
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opening !== undefined) {
      fence = opening;
      return;
    }
    if (/^ {0,3}#(?:[ \t]|$)/.test(line)) {
      headings.push({ line: index + 1, text: line });
    } else if (/^ {0,3}=+[ \t]*$/.test(line) && previous.trim() !== "" && !/^ {4}/.test(previous)) {
      headings.push({ line: index, text: previous });
    }
    previous = line;
  });
  return headings;
}

const YAML_PLAIN = /^[A-Za-z/.][A-Za-z0-9 ,./()_+-]*$/;
const YAML_KEYWORD = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** A YAML scalar: plain when that is unambiguous, otherwise double-quoted (JSON string syntax). */
function yamlScalar(value: string): string {
  const plain = YAML_PLAIN.test(value) && !value.endsWith(" ") && !YAML_KEYWORD.test(value);
  return plain ? value : JSON.stringify(value);
}

function trimBlankLines(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .replace(/^(?:[ \t]*\n)+/, "")
    .trimEnd();
}

/** A provider a template requires: where from, the range it declares and the version it was tested with. */
export interface TestedProvider {
  /** Registry address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider: string;
  /** The range in `required_providers`, e.g. `~> 2.18`. */
  readonly constraint: string;
  /** The exact version the template's tests ran with, e.g. `2.18.0`. */
  readonly version: string;
  /**
   * Every version the tests ran with, when more than `version` (e.g. `["3.2.1", "2.38.0"]`).
   * @default [version]
   */
  readonly testedVersions?: readonly string[];
}

/**
 * A README section stating, per provider, the range `main.tf` asks for and the exact version the
 * tests ran with (what an air-gapped mirror should carry at least).
 */
export function providerVersionsSection(providers: readonly TestedProvider[]): string {
  const rows = providers.map((p) => {
    const address = p.provider.replace(/^registry\.terraform\.io\//, "");
    return `| \`${address}\` | \`${p.constraint}\` | ${(p.testedVersions ?? [p.version]).join(", ")} |`;
  });
  return [
    "## Provider versions",
    "",
    "`main.tf` asks for a compatible range, so the template coexists with modules that need a later",
    "release; the tests ran with the exact versions in the last column (a mirror needs at least one of them).",
    "",
    "| provider | `required_providers` | tested with |",
    "| --- | --- | --- |",
    ...rows,
  ].join("\n");
}
