/**
 * Output lines and the `terraform fmt` layout rules that apply across lines: two spaces of
 * indentation per level, and `=` aligned over runs of consecutive single-line arguments.
 *
 * As in `terraform fmt`, a run is broken by any line that is not a complete `name = value`
 * (blank lines, block headers, closing braces, the opening line of a multi-line value); a heredoc
 * argument counts as one line, so it aligns with the arguments around it.
 */

/** One line of output (a heredoc argument with its content counts as one). */
export type Line =
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly depth: number; readonly text: string }
  | {
      readonly kind: "assign";
      readonly depth: number;
      /** The argument name or object key, as printed. */
      readonly key: string;
      /** Everything after `= `. */
      readonly value: string;
      /** Lines printed verbatim after this one (heredoc content and delimiter). */
      readonly tail?: readonly string[];
    };

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Display width as `terraform fmt` counts it: grapheme clusters. */
export function columns(text: string): number {
  // Printable ASCII is one grapheme per character. The segmenter costs about 0.1 s of a
  // template's build (profiled with node --cpu-prof): almost every key and value is ASCII.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let count = 0;
  for (const _segment of segmenter.segment(text)) count += 1;
  return count;
}

function indent(depth: number): string {
  return "  ".repeat(depth);
}

/** Renders lines to text: blank lines collapsed, `=` aligned, one trailing newline. */
export function renderLines(lines: readonly Line[]): string {
  const cleaned: Line[] = [];
  for (const line of lines) {
    const previous = cleaned[cleaned.length - 1];
    if (line.kind === "blank" && (previous === undefined || previous.kind === "blank")) continue;
    cleaned.push(line);
  }
  while (cleaned[cleaned.length - 1]?.kind === "blank") cleaned.pop();

  const widths = new Map<number, number>();
  let start = 0;
  while (start < cleaned.length) {
    if (cleaned[start]?.kind !== "assign") {
      start += 1;
      continue;
    }
    let end = start;
    let max = 0;
    while (end < cleaned.length) {
      const line = cleaned[end] as Line;
      if (line.kind !== "assign") break;
      max = Math.max(max, columns(line.key));
      end += 1;
    }
    for (let i = start; i < end; i += 1) widths.set(i, max);
    start = end;
  }

  const out: string[] = [];
  cleaned.forEach((line, i) => {
    switch (line.kind) {
      case "blank":
        out.push("");
        break;
      case "text":
        out.push(indent(line.depth) + line.text);
        break;
      case "assign": {
        const pad = " ".repeat((widths.get(i) ?? 0) - columns(line.key) + 1);
        out.push(`${indent(line.depth)}${line.key}${pad}= ${line.value}`);
        if (line.tail !== undefined) out.push(...line.tail);
        break;
      }
    }
  });
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}

/**
 * The content and closing lines of a heredoc argument printed at `depth`: a flush heredoc's
 * content is indented one level deeper than the argument (empty lines stay empty); otherwise the
 * content and the delimiter are printed verbatim from column 0.
 */
export function heredocTail(
  depth: number,
  marker: string,
  lines: readonly string[],
  flush: boolean,
): string[] {
  if (!flush) return [...lines, marker];
  return [
    ...lines.map((line) => (line === "" ? "" : indent(depth + 1) + line)),
    indent(depth) + marker,
  ];
}
