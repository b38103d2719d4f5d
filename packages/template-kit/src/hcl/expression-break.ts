import { formatTokens, nestingChange, singleLine } from "./expression-format.js";
import type { Token } from "./scanner.js";

/**
 * Long expressions over several lines, the way they are written by hand: HCL ignores line breaks
 * inside parentheses and brackets (and only there), so an expression too long for one line is
 * broken inside its largest top-level `( … )` or `[ … ]`:
 *
 * ```hcl
 * condition = alltrue([
 *   for k, v in var.node_selector :
 *   can(regex("^…$", k)) &&
 *   length(v) <= 63
 * ])
 * ```
 *
 * The first line ends with the opening bracket(s), the content follows one level deeper, one line
 * per item: after each top-level `,`; otherwise where the loosest operator is, as precedence
 * groups it: after each `:` of a conditional, else each `||`, else each `&&`; a `for`
 * expression's `for … :` gets a line of its own. The closing bracket(s) and
 * whatever follows them end the expression. Every line keeps its brackets balanced, which is what
 * `terraform fmt` needs to indent it this way. Object constructors (`{ … }`) are not broken: a line
 * break separates their items.
 */

/** The printed lines of a broken expression: the first continues after `name = `. */
export interface BrokenExpression {
  readonly first: string;
  /** Content lines, one level deeper than the argument. */
  readonly content: readonly string[];
  readonly last: string;
}

type Opener = "OParen" | "OBrack";
const CLOSER: Readonly<Record<Opener, Token["type"]>> = { OParen: "CParen", OBrack: "CBrack" };

/** For each token, the nesting level before it (0 = top level of `tokens`). */
function levels(tokens: readonly Token[]): number[] {
  let level = 0;
  return tokens.map((token) => {
    const delta = nestingChange(token);
    if (delta < 0) level += delta;
    const at = level;
    if (delta > 0) level += delta;
    return at;
  });
}

/** Index of the token closing the bracket opened at `open`. */
function matching(tokens: readonly Token[], open: number): number {
  let level = 0;
  for (let i = open; i < tokens.length; i += 1) {
    level += nestingChange(tokens[i] as Token);
    if (level === 0) return i;
  }
  return -1;
}

/** `tokens` split after each top-level token `is` accepts (the separator stays on its line). */
function splitAfter(tokens: readonly Token[], is: (token: Token) => boolean): Token[][] {
  const at = levels(tokens);
  const lines: Token[][] = [[]];
  tokens.forEach((token, i) => {
    (lines[lines.length - 1] as Token[]).push(token);
    if (at[i] === 0 && is(token) && i < tokens.length - 1) lines.push([]);
  });
  return lines;
}

function hasTopLevel(tokens: readonly Token[], type: Token["type"]): boolean {
  const at = levels(tokens);
  return tokens.some((token, i) => at[i] === 0 && token.type === type);
}

/** The content of a bracket, one item per line. */
function contentLines(tokens: readonly Token[]): Token[][] {
  const first = tokens[0];
  if (first?.type === "Ident" && first.text === "for") {
    const at = levels(tokens);
    const colon = tokens.findIndex((token, i) => at[i] === 0 && token.type === "Colon");
    if (colon > 0 && colon < tokens.length - 1) {
      return [tokens.slice(0, colon + 1), ...contentLines(tokens.slice(colon + 1))];
    }
    return [[...tokens]];
  }
  for (const type of ["Comma", "Colon", "Or", "And"] as const) {
    if (hasTopLevel(tokens, type)) return splitAfter(tokens, (token) => token.type === type);
  }
  return [[...tokens]];
}

/**
 * `tokens` (an expression) over several lines as described above, or `undefined` when it has no
 * top-level parentheses or brackets to break inside.
 */
export function breakExpression(tokens: readonly Token[]): BrokenExpression | undefined {
  const flat = singleLine(tokens);
  const at = levels(flat);
  let open = -1;
  let close = -1;
  flat.forEach((token, i) => {
    if (at[i] !== 0 || (token.type !== "OParen" && token.type !== "OBrack")) return;
    const end = matching(flat, i);
    if (end > i + 1 && end - i > close - open) {
      open = i;
      close = end;
    }
  });
  if (open === -1) return undefined;
  // `f([ … ])`: the brackets that hold nothing but the next bracket open and close together.
  while (
    (flat[open + 1]?.type === "OParen" || flat[open + 1]?.type === "OBrack") &&
    matching(flat, open + 1) === close - 1 &&
    flat[close - 1]?.type === CLOSER[flat[open + 1]?.type as Opener] &&
    close - open > 3
  ) {
    open += 1;
    close -= 1;
  }
  const content = contentLines(flat.slice(open + 1, close));
  return {
    first: formatTokens(flat.slice(0, open + 1)),
    content: content.map((line) => formatTokens(line)),
    last: formatTokens(flat.slice(close)),
  };
}
