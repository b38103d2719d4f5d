import type { ValidationProblem } from "./errors.js";
import { levelOneHeadings } from "./readme.js";

/** What Coder shows about a template: its name, README front matter and README body. */
export interface TemplateMetadata {
  /** Coder template name (the argument of `coder templates push`). */
  readonly name: string;
  /** Name shown in the dashboard. */
  readonly displayName: string;
  /** One-line description shown in the dashboard. */
  readonly description: string;
  /** Icon: a path Coder serves (`/icon/docker.png`), a path relative to the README, or a URL. */
  readonly icon: string;
  /** Front-matter tags. */
  readonly tags: readonly string[];
  /** Front-matter `verified` flag; omitted from the front matter when undefined. */
  readonly verified?: boolean;
  /** README body in Markdown, below the generated H1; the description when undefined. */
  readonly readme?: string;
}

/** Coder's template name rule (`codersdk.NameValid`). */
export const TEMPLATE_NAME_PATTERN: RegExp = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/;

/** Allowed front-matter tags: lowercase words joined by single hyphens. */
export const TAG_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const NAME_MAX_BYTES = 32;
const DISPLAY_NAME_MAX_BYTES = 64;
const DESCRIPTION_MAX_CHARS = 127;

/**
 * Why `name` is not a valid Coder template name, or `undefined` when it is: at most 32 characters,
 * letters and digits in groups joined by single hyphens, and not `new` or `create`.
 */
export function templateNameProblem(name: string): string | undefined {
  const got = `got ${JSON.stringify(name)}`;
  if (typeof name !== "string" || name.length === 0) return `must not be empty, ${got}`;
  if (Buffer.byteLength(name) > NAME_MAX_BYTES) {
    return `must be at most ${NAME_MAX_BYTES} characters, got ${Buffer.byteLength(name)} (${JSON.stringify(name)})`;
  }
  if (!TEMPLATE_NAME_PATTERN.test(name)) {
    return `must be letters and digits in groups joined by single hyphens (${TEMPLATE_NAME_PATTERN.source}), ${got}`;
  }
  if (name.toLowerCase() === "new" || name.toLowerCase() === "create") {
    return `must not be "new" or "create" (they clash with Coder's routes), ${got}`;
  }
  return undefined;
}

/** Every problem with `metadata`, each addressed by the option it came from. */
export function templateMetadataProblems(metadata: TemplateMetadata): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (code: string, address: string, message: string): void => {
    problems.push({ code, address, message });
  };

  const nameProblem = templateNameProblem(metadata.name);
  if (nameProblem !== undefined) add("TemplateNameInvalid", "name", nameProblem);

  const displayName = metadata.displayName;
  if (!isSingleLine(displayName) || displayName.trim() !== displayName || displayName === "") {
    add(
      "DisplayNameInvalid",
      "displayName",
      `must be one non-empty line without leading or trailing whitespace, got ${JSON.stringify(displayName)}`,
    );
  } else if (Buffer.byteLength(displayName) > DISPLAY_NAME_MAX_BYTES) {
    add(
      "DisplayNameInvalid",
      "displayName",
      `must be at most ${DISPLAY_NAME_MAX_BYTES} bytes, got ${Buffer.byteLength(displayName)} (${JSON.stringify(displayName)})`,
    );
  }

  const description = metadata.description;
  if (!isSingleLine(description) || description.trim() === "") {
    add(
      "DescriptionInvalid",
      "description",
      `must be one non-empty line, got ${JSON.stringify(description)}`,
    );
  } else if ([...description].length > DESCRIPTION_MAX_CHARS) {
    add(
      "DescriptionInvalid",
      "description",
      `must be at most ${DESCRIPTION_MAX_CHARS} characters (Coder requires fewer than 128), got ${[...description].length}`,
    );
  }

  if (typeof metadata.icon !== "string" || !/^\S+$/.test(metadata.icon)) {
    add(
      "IconInvalid",
      "icon",
      `must be a non-empty path or URL without whitespace (e.g. "/icon/docker.png"), got ${JSON.stringify(metadata.icon)}`,
    );
  }

  const seenTags = new Set<string>();
  metadata.tags.forEach((tag, index) => {
    if (typeof tag !== "string" || !TAG_PATTERN.test(tag)) {
      add(
        "TagInvalid",
        `tags[${index}]`,
        `must be lowercase letters and digits joined by single hyphens (${TAG_PATTERN.source}), got ${JSON.stringify(tag)}`,
      );
    } else if (seenTags.has(tag)) {
      add("TagInvalid", `tags[${index}]`, `duplicates an earlier tag, got ${JSON.stringify(tag)}`);
    }
    seenTags.add(tag);
  });

  if (metadata.readme !== undefined) {
    if (/^\s*---\s*(\r?\n|$)/.test(metadata.readme)) {
      add(
        "ReadmeFrontMatterInvalid",
        "readme",
        "must not start with front matter; it is generated from displayName, description, icon, tags and verified",
      );
    }
    for (const heading of levelOneHeadings(metadata.readme)) {
      add(
        "ReadmeHeadingInvalid",
        "readme",
        `must not contain a level-1 heading, got ${JSON.stringify(heading.text)} on line ${heading.line}; ` +
          "the README's only H1 is generated from displayName (use ## and below)",
      );
    }
  }
  return problems;
}

function isSingleLine(value: string): boolean {
  return typeof value === "string" && !/[\u0000-\u001f\u007f]/.test(value);
}
