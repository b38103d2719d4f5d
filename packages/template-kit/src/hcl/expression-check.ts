import type { TemplatePart, Token } from "./scanner.js";

/**
 * A syntax check of the expressions inside `${…}` / `%{…}` sequences, run on every string the
 * printer prints, so that a configuration whose expressions Terraform could not parse fails the
 * build naming the argument instead of giving a `main.tf` that `terraform fmt` rejects (and that
 * the printer's token-level formatting would otherwise reflow into something else).
 *
 * It follows HCL's expression grammar (hclsyntax): conditionals, binary and unary operators,
 * traversals and splats, function calls (also provider functions), tuples, objects, `for`
 * expressions, parentheses and quoted templates, with their escapes. Template directives
 * (`%{ if … }`, `%{ for … }`) have their expressions checked. Why not HashiCorp's parser: the only
 * one usable from Node (`@cdktf/hcl2json`, Go compiled to WebAssembly) takes seconds per template
 * to load and run, longer than the whole build.
 */

/** Thrown with what is wrong and where, in the words of HCL's own messages where it has them. */
export class HclSyntaxError extends Error {
  override readonly name = "HclSyntaxError";
}

const BINARY: readonly (readonly Token["type"][])[] = [
  ["Or"],
  ["And"],
  ["EqualOp", "NotEqual"],
  ["LessThan", "GreaterThan", "LessThanEq", "GreaterThanEq"],
  ["Plus", "Minus"],
  ["Star", "Slash", "Percent"],
];

const QUOTED_ESCAPE = /\\(?:[nrt"\\]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/y;

class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** Parses the whole token list as one expression. */
  whole(): void {
    this.expression();
    const rest = this.peek();
    if (rest !== undefined) this.fail(`Extra characters after expression ("${rest.text}")`);
  }

  /** `%{ … }` directive contents. */
  directive(): void {
    const keyword = this.peek();
    if (keyword?.type !== "Ident") this.fail("Invalid template directive");
    this.pos += 1;
    switch (keyword.text) {
      case "if":
        this.whole();
        return;
      case "for":
        this.forHead("TemplateSeqEnd");
        return;
      case "else":
      case "endif":
      case "endfor":
        if (this.peek() !== undefined) this.fail(`Extra characters after "${keyword.text}"`);
        return;
      default:
        this.fail(`Invalid template directive "${keyword.text}"`);
    }
  }

  private fail(message: string): never {
    throw new HclSyntaxError(message);
  }

  /** The next token that is not a newline. */
  private peek(): Token | undefined {
    let i = this.pos;
    while (this.tokens[i]?.type === "Newline") i += 1;
    return this.tokens[i];
  }

  /** Whether a newline comes before the next token. */
  private newlineAhead(): boolean {
    return this.tokens[this.pos]?.type === "Newline";
  }

  private take(): Token {
    while (this.tokens[this.pos]?.type === "Newline") this.pos += 1;
    const token = this.tokens[this.pos];
    if (token === undefined) this.fail("Missing expression: the expression ends too early");
    this.pos += 1;
    return token;
  }

  private accept(type: Token["type"], text?: string): boolean {
    const token = this.peek();
    if (token?.type !== type || (text !== undefined && token.text !== text)) return false;
    this.take();
    return true;
  }

  private expect(type: Token["type"], what: string): void {
    const token = this.peek();
    if (token?.type !== type) {
      this.fail(`${what}, got ${token === undefined ? "the end" : `"${token.text}"`}`);
    }
    this.take();
  }

  private expression(): void {
    this.binary(0);
    if (this.accept("Question")) {
      this.expression();
      this.expect("Colon", 'Missing false expression: expected ":"');
      this.expression();
    }
  }

  private binary(level: number): void {
    const operators = BINARY[level];
    if (operators === undefined) {
      this.unary();
      return;
    }
    this.binary(level + 1);
    for (;;) {
      const token = this.peek();
      if (token === undefined || !operators.includes(token.type)) return;
      this.take();
      this.binary(level + 1);
    }
  }

  private unary(): void {
    if (this.accept("Bang") || this.accept("Minus")) {
      this.unary();
      return;
    }
    this.primary();
    this.postfix();
  }

  private postfix(): void {
    for (;;) {
      const token = this.tokens[this.pos];
      if (token?.type === "Dot") {
        this.pos += 1;
        const next = this.take();
        if (next.type !== "Ident" && next.type !== "NumberLit" && next.type !== "Star") {
          this.fail(`Invalid attribute name "${next.text}"`);
        }
      } else if (token?.type === "OBrack") {
        this.pos += 1;
        if (!this.accept("Star")) this.expression();
        this.expect("CBrack", 'Missing close bracket: expected "]"');
      } else {
        return;
      }
    }
  }

  private primary(): void {
    const token = this.take();
    switch (token.type) {
      case "NumberLit":
        return;
      case "Ident":
        if (this.tokens[this.pos]?.type === "DoubleColon") {
          while (this.tokens[this.pos]?.type === "DoubleColon") {
            this.pos += 1;
            const part = this.take();
            if (part.type !== "Ident") this.fail(`Invalid function name after "::"`);
          }
          if (this.tokens[this.pos]?.type !== "OParen") this.fail('Missing "(" after function');
        }
        if (this.tokens[this.pos]?.type === "OParen") {
          this.pos += 1;
          this.arguments();
        }
        return;
      case "OQuote":
        this.quoted();
        return;
      case "OParen":
        this.expression();
        this.expect("CParen", 'Missing close parenthesis: expected ")"');
        return;
      case "OBrack":
        this.tuple();
        return;
      case "OBrace":
        this.object();
        return;
      default:
        this.fail(`Invalid expression: unexpected "${token.text}"`);
    }
  }

  private arguments(): void {
    if (this.accept("CParen")) return;
    for (;;) {
      this.expression();
      this.accept("Ellipsis");
      if (this.accept("CParen")) return;
      this.expect("Comma", 'Missing argument separator: expected "," or ")"');
      if (this.accept("CParen")) return;
    }
  }

  private tuple(): void {
    if (this.peek()?.type === "Ident" && this.peek()?.text === "for") {
      this.take();
      this.forHead("CBrack");
      return;
    }
    if (this.accept("CBrack")) return;
    for (;;) {
      this.expression();
      if (this.accept("CBrack")) return;
      this.expect("Comma", 'Missing item separator: expected "," or "]"');
      if (this.accept("CBrack")) return;
    }
  }

  private object(): void {
    if (this.peek()?.type === "Ident" && this.peek()?.text === "for") {
      this.take();
      this.forHead("CBrace");
      return;
    }
    if (this.accept("CBrace")) return;
    for (;;) {
      this.expression();
      if (!this.accept("Equal") && !this.accept("Colon")) {
        this.fail('Missing key/value separator: expected "=" or ":"');
      }
      this.expression();
      const separated = this.newlineAhead();
      if (this.accept("CBrace")) return;
      if (!this.accept("Comma") && !separated) {
        this.fail('Missing attribute separator: expected a newline or ","');
      }
      if (this.accept("CBrace")) return;
    }
  }

  /** After `for`: `k, v in coll : value [=> …] [...] [if cond]`, then `close`. */
  private forHead(close: Token["type"]): void {
    this.expect("Ident", "Invalid for expression: expected a variable name");
    if (this.accept("Comma")) this.expect("Ident", "Invalid for expression: expected a name");
    if (!this.accept("Ident", "in")) this.fail('Invalid for expression: expected "in"');
    this.expression();
    if (close === "TemplateSeqEnd") {
      if (this.peek() !== undefined) this.fail("Extra characters after the for directive");
      return;
    }
    this.expect("Colon", 'Invalid for expression: expected ":"');
    this.expression();
    if (this.accept("FatArrow")) this.expression();
    this.accept("Ellipsis");
    if (this.accept("Ident", "if")) this.expression();
    this.expect(close, "Invalid for expression: expected the closing bracket");
  }

  /** After `"`: literals, `${…}` and `%{…}` sequences, up to the closing quote. */
  private quoted(): void {
    for (;;) {
      const token = this.tokens[this.pos];
      if (token === undefined) this.fail("Unterminated template string");
      this.pos += 1;
      switch (token.type) {
        case "CQuote":
          return;
        case "QuotedLit":
          checkEscapes(token.text);
          break;
        case "TemplateInterp":
          this.expression();
          this.expect("TemplateSeqEnd", 'Extra characters in interpolation: expected "}"');
          break;
        case "TemplateControl": {
          const end = this.tokens.findIndex((t, i) => i >= this.pos && t.type === "TemplateSeqEnd");
          if (end === -1) this.fail("Unterminated template directive");
          new Parser(this.tokens.slice(this.pos, end)).directive();
          this.pos = end + 1;
          break;
        }
        default:
          this.fail(`Invalid template string: unexpected "${token.text}"`);
      }
    }
  }
}

/** Checks that every `\` in the source text of a quoted literal starts an escape HCL knows. */
function checkEscapes(text: string): void {
  for (let i = text.indexOf("\\"); i !== -1; i = text.indexOf("\\", i)) {
    QUOTED_ESCAPE.lastIndex = i;
    const match = QUOTED_ESCAPE.exec(text);
    if (match === null) {
      throw new HclSyntaxError(`Invalid escape sequence "${text.slice(i, i + 2)}"`);
    }
    i += match[0].length;
  }
}

/**
 * Checks the syntax of every `${…}` and `%{…}` sequence of a scanned template.
 *
 * @throws HclSyntaxError saying what Terraform would reject
 */
export function checkTemplateSyntax(parts: readonly TemplatePart[]): void {
  for (const part of parts) {
    if (part.kind !== "sequence") continue;
    const parser = new Parser(part.tokens);
    if (part.open.startsWith("$")) parser.whole();
    else parser.directive();
  }
}
