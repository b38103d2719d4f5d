import { scanExpression, scanTemplate, type TemplatePart, type Token } from "./scanner.js";

/**
 * Canonical spacing for expressions, so that printed expressions are already what `terraform fmt`
 * would make of them. The rules restate the behaviour of `terraform fmt` (HCL's `hclwrite`
 * formatter) for tokens on one line; an expression too long for one line is broken inside its
 * brackets by expression-break.ts, one line per item.
 */

const NIL: Token = { type: "Other", text: "" };

/**
 * How a token changes the bracket nesting as `terraform fmt` counts it: `(`, `[`, `{`, `${`, `%{`
 * open; `)`, `]`, `}` and the end of a template sequence close.
 */
export function bracketChange(token: Token): number {
  switch (token.type) {
    case "OBrace":
    case "OBrack":
    case "OParen":
    case "TemplateInterp":
    case "TemplateControl":
      return 1;
    case "CBrace":
    case "CBrack":
    case "CParen":
    case "TemplateSeqEnd":
      return -1;
    default:
      return 0;
  }
}

/** {@link bracketChange}, with quoted strings counted as a level too (`"` opens, `"` closes). */
export function nestingChange(token: Token): number {
  if (token.type === "OQuote") return 1;
  if (token.type === "CQuote") return -1;
  return bracketChange(token);
}

const NEGATION_AFTER = new Set<Token["type"]>([
  "OParen",
  "OBrace",
  "OBrack",
  "Equal",
  "Colon",
  "Comma",
  "Question",
  "Plus",
  "Star",
  "Slash",
  "Percent",
  "Minus",
  "EqualOp",
  "NotEqual",
  "GreaterThan",
  "GreaterThanEq",
  "LessThan",
  "LessThanEq",
  "And",
  "Or",
  "Bang",
]);

const TEMPLATE_TEXT = new Set<Token["type"]>(["QuotedLit", "OQuote"]);

/** Whether `terraform fmt` puts one space between `subject` and `after` (`before` precedes `subject`). */
function spaceAfter(subject: Token, before: Token, after: Token): boolean {
  if (after.type === "Newline") return false;
  if (subject.type === "Ident" && after.type === "OParen") return false;
  if (
    (subject.type === "Ident" && after.type === "DoubleColon") ||
    (subject.type === "DoubleColon" && after.type === "Ident")
  ) {
    return false;
  }
  if (subject.type === "Dot" || after.type === "Dot") return false;
  if (after.type === "Comma" || after.type === "Ellipsis") return false;
  if (subject.type === "Comma") return true;
  if (TEMPLATE_TEXT.has(subject.type) || after.type === "QuotedLit" || after.type === "CQuote") {
    return false;
  }
  if (subject.type === "Ident" && subject.text === "in" && before.type === "Ident") return true;
  if (
    after.type === "OBrack" &&
    (subject.type === "Ident" || subject.type === "NumberLit" || bracketChange(subject) < 0)
  ) {
    return false;
  }
  if (subject.type === "Bang") return false;
  if (subject.type === "Minus") return !(before === NIL || NEGATION_AFTER.has(before.type));
  if (subject.type === "OBrace" || after.type === "CBrace") {
    return !(subject.type === "OBrace" && after.type === "CBrace");
  }
  if (
    (subject.type === "TemplateInterp" || subject.type === "TemplateControl") &&
    after.type === "OBrace"
  ) {
    return true;
  }
  if (subject.type === "CBrace" && after.type === "TemplateSeqEnd") return true;
  if (
    subject.type === "TemplateSeqEnd" &&
    (after.type === "TemplateInterp" || after.type === "TemplateControl")
  ) {
    return false;
  }
  if (bracketChange(subject) > 0) return false;
  if (bracketChange(after) < 0) return false;
  return true;
}

type Opener = "object" | "other";

function nextSignificant(tokens: readonly Token[], from: number): Token | undefined {
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type !== "Newline") return token;
  }
  return undefined;
}

/**
 * Removes newlines without changing the meaning: newlines are insignificant inside parentheses,
 * brackets, template sequences and `for` expressions; inside an object constructor they separate
 * items, like commas, so they become commas there.
 */
export function singleLine(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const stack: Opener[] = [];
  tokens.forEach((token, i) => {
    switch (token.type) {
      case "OBrace": {
        const next = nextSignificant(tokens, i + 1);
        stack.push(next?.type === "Ident" && next.text === "for" ? "other" : "object");
        break;
      }
      case "OBrack":
      case "OParen":
      case "TemplateInterp":
      case "TemplateControl":
        stack.push("other");
        break;
      case "CBrace":
      case "CBrack":
      case "CParen":
      case "TemplateSeqEnd":
        stack.pop();
        break;
      case "Newline": {
        if (stack[stack.length - 1] === "object") {
          const previous = out[out.length - 1];
          const next = nextSignificant(tokens, i + 1);
          if (
            previous !== undefined &&
            previous.type !== "OBrace" &&
            previous.type !== "Comma" &&
            next !== undefined &&
            next.type !== "CBrace"
          ) {
            out.push({ type: "Comma", text: "," });
          }
        }
        return;
      }
      default:
        break;
    }
    out.push(token);
  });
  return out;
}

function join(tokens: readonly Token[]): string {
  let text = "";
  tokens.forEach((token, i) => {
    text += token.text;
    const after = tokens[i + 1];
    if (after !== undefined && spaceAfter(token, tokens[i - 1] ?? NIL, after)) text += " ";
  });
  return text;
}

/** Prints expression tokens on one line with canonical spacing. */
export function formatTokens(tokens: readonly Token[]): string {
  return join(singleLine(tokens));
}

/** Prints a `${…}` / `%{…}` template sequence, delimiters included, with canonical spacing. */
export function formatSequence(part: TemplatePart & { kind: "sequence" }): string {
  const open: Token = {
    type: part.open.startsWith("$") ? "TemplateInterp" : "TemplateControl",
    text: part.open,
  };
  const close: Token = { type: "TemplateSeqEnd", text: part.close };
  return join([open, ...singleLine(part.tokens), close]);
}

/**
 * The expression a Terraform JSON string stands for where Terraform reads a static expression
 * (references, `provider`, `depends_on`, type constraints, keywords): the string's text, or the
 * inside of its `${…}` when the whole string is one interpolation.
 *
 * @returns the formatted expression; `""` for an empty string
 */
export function formatStaticExpression(text: string): string {
  const parts = scanTemplate(text);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === "sequence" && only.open.startsWith("$")) return formatTokens(only.tokens);
  return formatTokens(scanExpression(text));
}
