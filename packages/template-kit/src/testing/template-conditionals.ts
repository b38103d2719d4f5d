/**
 * hcl2json writes a conditional that is one part of a longer template (`"x${c ? "a" : b}"`) as an
 * `if` directive (`x%{if c}a%{else}${b}%{endif}`); a string that is only `${c ? … : …}` stays as
 * it is. This rewrites a Terraform JSON template string the same way, so that it can be compared
 * with what hcl2json reads back. Like the rest of the round-trip normaliser, it is deliberately
 * independent of the printer's code.
 *
 * hcl2json's rules, as observed: the condition is kept as written; a branch that is a quoted
 * template becomes its text (escapes resolved, `$${`/`%%{` kept, conditionals inside it rewritten
 * too); `true`, `false`, `null` and plain numbers are written bare; a nested conditional becomes a
 * nested directive; anything else becomes `${expression}`; `%{else}` is left out when the false
 * branch is empty.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  '"': '"',
  "\\": "\\",
};

/** Index just past the quoted template whose opening quote is at `open`. */
function quotedEnd(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") i += 2;
    else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
    else if ((c === "$" || c === "%") && text[i + 1] === "{") i = expressionEnd(text, i + 2) + 1;
    else if (c === '"') return i + 1;
    else i += 1;
  }
  return text.length;
}

/** Index of the `}` that closes the expression starting at `start` (or the text's end). */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      i = quotedEnd(text, i);
      continue;
    }
    if (c === "{" || c === "(" || c === "[") depth += 1;
    else if (c === ")" || c === "]") depth -= 1;
    else if (c === "}") {
      if (depth === 0) return i;
      depth -= 1;
    }
    i += 1;
  }
  return text.length;
}

/** Offsets of the characters of `expression` outside strings and brackets. */
function topLevel(expression: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let i = 0;
  while (i < expression.length) {
    const c = expression[i] as string;
    if (c === '"') {
      i = quotedEnd(expression, i);
      continue;
    }
    if (c === "{" || c === "(" || c === "[") depth += 1;
    else if (c === "}" || c === ")" || c === "]") depth -= 1;
    else if (depth === 0) offsets.push(i);
    i += 1;
  }
  return offsets;
}

/** `[condition, true branch, false branch]` when `expression` is a conditional. */
function splitConditional(expression: string): [string, string, string] | undefined {
  const offsets = topLevel(expression);
  const question = offsets.find((i) => expression[i] === "?");
  if (question === undefined) return undefined;
  let nested = 0;
  for (const i of offsets) {
    if (i <= question) continue;
    const c = expression[i];
    // `provider::name::function` is not a branch separator.
    if (c === ":" && (expression[i + 1] === ":" || expression[i - 1] === ":")) continue;
    if (c === "?") nested += 1;
    else if (c === ":" && nested > 0) nested -= 1;
    else if (c === ":") {
      return [
        expression.slice(0, question).trim(),
        expression.slice(question + 1, i).trim(),
        expression.slice(i + 1).trim(),
      ];
    }
  }
  return undefined;
}

/** The text of a quoted template (without its quotes), escapes resolved, `$${` kept. */
function quotedText(quoted: string): string {
  const inner = quoted.slice(1, -1);
  let out = "";
  let i = 0;
  while (i < inner.length) {
    const c = inner[i] as string;
    if (c === "\\") {
      const next = inner[i + 1] ?? "";
      if (next === "u" || next === "U") {
        const length = next === "u" ? 4 : 8;
        out += String.fromCodePoint(parseInt(inner.slice(i + 2, i + 2 + length), 16));
        i += 2 + length;
      } else {
        out += ESCAPES[next] ?? `\\${next}`;
        i += 2;
      }
    } else if ((c === "$" || c === "%") && inner[i + 1] === "{") {
      const end = expressionEnd(inner, i + 2);
      out += inner.slice(i, end + 1);
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** How hcl2json writes one branch of a conditional inside a template. */
function branch(expression: string): string {
  const conditional = splitConditional(expression);
  if (conditional !== undefined) return directive(conditional);
  if (expression.startsWith('"') && quotedEnd(expression, 0) === expression.length) {
    return rewriteAll(quotedText(expression));
  }
  if (/^(true|false|null|\d+(\.\d+)?)$/.test(expression)) return expression;
  return `\${${expression}}`;
}

function directive([condition, whenTrue, whenFalse]: [string, string, string]): string {
  const otherwise = branch(whenFalse);
  return `%{if ${condition}}${branch(whenTrue)}${otherwise === "" ? "" : `%{else}${otherwise}`}%{endif}`;
}

/** Rewrites every `${…}` sequence of `text` that is a conditional. */
function rewriteAll(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      out += text.slice(i, i + 3);
      i += 3;
    } else if ((c === "$" || c === "%") && text[i + 1] === "{") {
      const end = expressionEnd(text, i + 2);
      const conditional = c === "$" ? splitConditional(text.slice(i + 2, end)) : undefined;
      out += conditional === undefined ? text.slice(i, end + 1) : directive(conditional);
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * `text` (a Terraform JSON template string) with every conditional sequence written as hcl2json
 * writes it, unless the whole string is that one sequence.
 */
export function conditionalsAsDirectives(text: string): string {
  if (text.startsWith("${") && expressionEnd(text, 2) === text.length - 1) return text;
  return rewriteAll(text);
}
