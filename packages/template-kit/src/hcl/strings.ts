import {
  INVISIBLE_CHARACTER as INVISIBLE,
  escapeQuoted,
  escapeTemplateText,
} from "@codex-coder/cdk";
import { checkTemplateSyntax } from "./expression-check.js";
import { formatSequence, formatTokens } from "./expression-format.js";
import { scanTemplate, type TemplatePart, type Token } from "./scanner.js";

/**
 * How Terraform reads a string of its JSON syntax at a given place.
 *
 * - `"template"`: as a string template (`${…}` interpolates, `$${` is a literal `${`). This is
 *   how almost every argument is read.
 * - `"literal"`: as the plain string, with no template processing. Terraform reads a few
 *   arguments this way in JSON: a variable's `default` and `description`, an output's
 *   `description`, `required_version`, provider requirements, a provider's `alias`, a module's
 *   `source` and `version`, backend settings.
 */
export type StringMode = "template" | "literal";

/** A string as printed: on one line, or as a heredoc spanning several lines. */
export type PrintedString =
  | {
      readonly kind: "inline";
      readonly text: string;
      /** For a bare expression: its tokens, so a long one can be laid out over several lines. */
      readonly tokens?: readonly Token[];
    }
  | {
      readonly kind: "heredoc";
      /**
       * `true` for a flush heredoc (`<<-EOT`, content indented with the code); `false` for
       * `<<EOT`, content printed verbatim from column 0.
       */
      readonly flush: boolean;
      /** The heredoc's delimiter, e.g. `EOT`. */
      readonly marker: string;
      /** The content lines, without indentation and without the closing delimiter. */
      readonly lines: readonly string[];
    };

const HEREDOC_MARKERS = ["EOT", "EOF", "EOS", "END", "SCRIPT", "TEXT"];

/** Go's `unicode.IsSpace`, which decides what a flush heredoc (`<<-`) strips. */
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\p{Z}]/u;
/** Characters that would join the indentation's last space into one grapheme cluster. */
const JOINS_PREVIOUS = /^[\p{M}\u200c\u200d]/u;
function quoted(parts: readonly TemplatePart[]): string {
  const inner = parts
    .map((part) => (part.kind === "literal" ? escapeQuoted(part.text) : formatSequence(part)))
    .join("");
  return `"${inner}"`;
}

/**
 * The content of a heredoc that means exactly `parts`, or `undefined` when a quoted string must be
 * used. The text must end with a newline, have at least two lines, no control or invisible
 * characters other than tab, and no strip markers (`~`), which interact with line starts.
 *
 * A flush heredoc (`<<-`) strips the indentation common to its lines, so it is used only when at
 * least one line starts with no whitespace, no line is whitespace only (the flush heredoc would
 * keep the added indentation there) and no line starts with a combining mark (it would join the
 * indentation's last space). Otherwise the content prints verbatim in a `<<` heredoc.
 */
function heredocContent(
  parts: readonly TemplatePart[],
): { lines: string[]; flush: boolean } | undefined {
  let text = "";
  for (const part of parts) {
    if (part.kind === "literal") {
      if (INVISIBLE.test(part.text.replace(/[\n\t]/g, ""))) {
        return undefined;
      }
      text += part.text;
    } else {
      if (part.open.endsWith("~") || part.close.startsWith("~")) return undefined;
      text += formatSequence(part);
    }
  }
  if (!text.endsWith("\n")) return undefined;
  const lines = text.slice(0, -1).split("\n");
  if (lines.length < 2) return undefined;
  const flush =
    lines.some((line) => line !== "" && !GO_SPACE.test(line)) &&
    lines.every(
      (line) =>
        line === "" || (![...line].every((ch) => GO_SPACE.test(ch)) && !JOINS_PREVIOUS.test(line)),
    );
  return { lines, flush };
}

function heredocMarker(lines: readonly string[]): string {
  const text = lines.join("\n");
  const fixed = HEREDOC_MARKERS.find((marker) => !text.includes(marker));
  if (fixed !== undefined) return fixed;
  for (let n = 1; ; n += 1) {
    const marker = `EOT${n}`;
    if (!text.includes(marker)) return marker;
  }
}

/** Options for {@link printString}. */
export interface PrintStringOptions {
  /** How Terraform reads the string. */
  readonly mode: StringMode;
  /** Whether a heredoc may be used here (only as the whole value of an argument). */
  readonly allowHeredoc: boolean;
  /** Whether a string that is exactly one `${expr}` may print as the bare `expr`. */
  readonly allowBare: boolean;
}

/**
 * Prints a Terraform JSON string as an HCL expression with the same value: a bare expression
 * for exactly `"${expr}"`, a heredoc for text of two or more lines ending in a newline, else a
 * quoted string.
 *
 * @throws Error when the string is not a valid template (unterminated `${`, heredoc inside an
 *   interpolation, an expression Terraform cannot parse, lone surrogates)
 */
export function printString(value: string, options: PrintStringOptions): PrintedString {
  const parts: TemplatePart[] =
    options.mode === "literal"
      ? value === ""
        ? []
        : [{ kind: "literal", text: escapeTemplateText(value) }]
      : scanTemplate(value);
  checkTemplateSyntax(parts);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (options.allowBare && only?.kind === "sequence" && only.open.startsWith("$")) {
    return { kind: "inline", text: formatTokens(only.tokens), tokens: only.tokens };
  }
  if (options.allowHeredoc) {
    const content = heredocContent(parts);
    if (content !== undefined) {
      return { kind: "heredoc", ...content, marker: heredocMarker(content.lines) };
    }
  }
  return { kind: "inline", text: quoted(parts) };
}
