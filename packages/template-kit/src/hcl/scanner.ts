/**
 * A scanner for the parts of HCL native syntax that appear inside Terraform JSON strings: template
 * text (`"a ${var.b} c"`) and the expressions inside its `${…}` / `%{…}` sequences.
 *
 * It follows the token rules of HCL's own scanner closely enough to find where a sequence ends, to
 * tell escapes (`$${`, `%%{`) from sequences, and to give the formatter the token types it needs.
 * It does not parse: an invalid expression scans fine and is printed as given.
 */

/** Token types, named after HCL's (`hclsyntax.Token*`). */
export type TokenType =
  | "Ident"
  | "NumberLit"
  | "OQuote"
  | "CQuote"
  | "QuotedLit"
  | "TemplateInterp"
  | "TemplateControl"
  | "TemplateSeqEnd"
  | "OBrace"
  | "CBrace"
  | "OBrack"
  | "CBrack"
  | "OParen"
  | "CParen"
  | "Comma"
  | "Dot"
  | "Ellipsis"
  | "DoubleColon"
  | "FatArrow"
  | "EqualOp"
  | "NotEqual"
  | "GreaterThanEq"
  | "LessThanEq"
  | "And"
  | "Or"
  | "Equal"
  | "LessThan"
  | "GreaterThan"
  | "Plus"
  | "Minus"
  | "Star"
  | "Slash"
  | "Percent"
  | "Bang"
  | "Question"
  | "Colon"
  | "Newline"
  | "Other";

/** One token: its type and its exact source text. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
}

/** A piece of a template: literal template text, or a `${…}` / `%{…}` sequence. */
export type TemplatePart =
  | {
      readonly kind: "literal";
      /** Template source text, escapes (`$${`, `%%{`) kept as written. */
      readonly text: string;
    }
  | {
      readonly kind: "sequence";
      /** `${`, `${~`, `%{` or `%{~`. */
      readonly open: string;
      /** `}` or `~}`. */
      readonly close: string;
      /** The expression (or directive) tokens between the delimiters. */
      readonly tokens: readonly Token[];
    };

/** Thrown when template or expression text cannot be scanned (unterminated, unsupported). */
export class HclScanError extends Error {
  override readonly name = "HclScanError";
}

const IDENT_START = /[\p{ID_Start}_]/u;
const IDENT_CONTINUE = /[\p{ID_Continue}-]/u;
const DIGIT = /[0-9]/;

const SYMBOLS: readonly (readonly [string, TokenType])[] = [
  ["...", "Ellipsis"],
  ["==", "EqualOp"],
  ["!=", "NotEqual"],
  [">=", "GreaterThanEq"],
  ["<=", "LessThanEq"],
  ["&&", "And"],
  ["||", "Or"],
  ["::", "DoubleColon"],
  ["=>", "FatArrow"],
  ["[", "OBrack"],
  ["]", "CBrack"],
  ["(", "OParen"],
  [")", "CParen"],
  [".", "Dot"],
  [",", "Comma"],
  ["*", "Star"],
  ["/", "Slash"],
  ["%", "Percent"],
  ["+", "Plus"],
  ["-", "Minus"],
  ["=", "Equal"],
  ["<", "LessThan"],
  [">", "GreaterThan"],
  ["!", "Bang"],
  ["?", "Question"],
  [":", "Colon"],
];

class Scanner {
  private pos = 0;

  constructor(private readonly src: string) {}

  /** Scans a bare template (a JSON string) into literal parts and sequences. */
  template(): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let literal = "";
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] as string;
      if (
        (c === "$" || c === "%") &&
        this.src[this.pos + 1] === c &&
        this.src[this.pos + 2] === "{"
      ) {
        // `$${` / `%%{`: an escaped sequence opener, literal text.
        literal += this.src.slice(this.pos, this.pos + 3);
        this.pos += 3;
        continue;
      }
      if ((c === "$" || c === "%") && this.src[this.pos + 1] === "{") {
        if (literal !== "") parts.push({ kind: "literal", text: literal });
        literal = "";
        parts.push(this.sequence());
        continue;
      }
      literal += c;
      this.pos += 1;
    }
    if (literal !== "") parts.push({ kind: "literal", text: literal });
    return parts;
  }

  /** Scans a whole native-syntax expression. */
  expression(): Token[] {
    const tokens: Token[] = [];
    const end = this.main(tokens, false);
    if (end !== undefined) throw new HclScanError(`unexpected "${end}" at offset ${this.pos}`);
    return tokens;
  }

  /** At `${` or `%{`: scans the sequence up to and including its closing brace. */
  private sequence(): TemplatePart {
    const start = this.pos;
    let open = this.src.slice(this.pos, this.pos + 2);
    this.pos += 2;
    if (this.src[this.pos] === "~") {
      open += "~";
      this.pos += 1;
    }
    const tokens: Token[] = [];
    const close = this.main(tokens, true);
    if (close === undefined) {
      throw new HclScanError(`unterminated "${open}" sequence starting at offset ${start}`);
    }
    return { kind: "sequence", open, close, tokens };
  }

  /**
   * Scans main-mode tokens into `out`. With `inSequence`, stops after the brace that closes the
   * enclosing template sequence and returns its text (`}` or `~}`); otherwise runs to the end.
   */
  private main(out: Token[], inSequence: boolean): string | undefined {
    let braces = 0;
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos] as string;
      const rest2 = src.slice(this.pos, this.pos + 2);
      if (c === " " || c === "\t") {
        this.pos += 1;
        continue;
      }
      if (c === "\n" || rest2 === "\r\n") {
        out.push({ type: "Newline", text: "\n" });
        this.pos += c === "\n" ? 1 : 2;
        continue;
      }
      if (c === "#" || rest2 === "//") {
        // A line comment ends the line: it acts as a newline.
        const nl = src.indexOf("\n", this.pos);
        this.pos = nl === -1 ? src.length : nl + 1;
        if (nl !== -1) out.push({ type: "Newline", text: "\n" });
        continue;
      }
      if (rest2 === "/*") {
        const endAt = src.indexOf("*/", this.pos + 2);
        if (endAt === -1) throw new HclScanError(`unterminated comment at offset ${this.pos}`);
        this.pos = endAt + 2;
        continue;
      }
      if (
        rest2 === "<<" &&
        /^<<-?[\p{ID_Start}_][\p{ID_Continue}-]*\r?\n/u.test(src.slice(this.pos))
      ) {
        throw new HclScanError(
          `a heredoc inside an expression is not supported (offset ${this.pos}); write it as a quoted string`,
        );
      }
      if (rest2 === "~}") {
        if (inSequence && braces === 0) {
          this.pos += 2;
          return "~}";
        }
        throw new HclScanError(`unexpected "~}" at offset ${this.pos}`);
      }
      if (c === "{") {
        braces += 1;
        out.push({ type: "OBrace", text: "{" });
        this.pos += 1;
        continue;
      }
      if (c === "}") {
        this.pos += 1;
        if (inSequence && braces === 0) return "}";
        braces -= 1;
        out.push({ type: "CBrace", text: "}" });
        continue;
      }
      if (c === '"') {
        this.quoted(out);
        continue;
      }
      if (DIGIT.test(c)) {
        out.push({ type: "NumberLit", text: this.number() });
        continue;
      }
      const cp = src.codePointAt(this.pos) as number;
      const ch = String.fromCodePoint(cp);
      if (IDENT_START.test(ch)) {
        out.push({ type: "Ident", text: this.ident() });
        continue;
      }
      const symbol = SYMBOLS.find(([text]) => src.startsWith(text, this.pos));
      if (symbol !== undefined) {
        out.push({ type: symbol[1], text: symbol[0] });
        this.pos += symbol[0].length;
        continue;
      }
      out.push({ type: "Other", text: ch });
      this.pos += ch.length;
    }
    return undefined;
  }

  /** At `"`: scans a quoted template into OQuote, QuotedLit, sequences and CQuote tokens. */
  private quoted(out: Token[]): void {
    const start = this.pos;
    const src = this.src;
    out.push({ type: "OQuote", text: '"' });
    this.pos += 1;
    let literal = "";
    const flush = (): void => {
      if (literal !== "") out.push({ type: "QuotedLit", text: literal });
      literal = "";
    };
    while (this.pos < src.length) {
      const c = src[this.pos] as string;
      if (c === '"') {
        flush();
        out.push({ type: "CQuote", text: '"' });
        this.pos += 1;
        return;
      }
      if (c === "\n" || c === "\r") {
        throw new HclScanError(`newline inside the quoted string starting at offset ${start}`);
      }
      if (c === "\\") {
        const next = src.codePointAt(this.pos + 1);
        if (next === undefined) break;
        const escaped = String.fromCodePoint(next);
        if (escaped === "\n" || escaped === "\r") {
          throw new HclScanError(`newline inside the quoted string starting at offset ${start}`);
        }
        literal += c + escaped;
        this.pos += 1 + escaped.length;
        continue;
      }
      if ((c === "$" || c === "%") && src[this.pos + 1] === c && src[this.pos + 2] === "{") {
        literal += src.slice(this.pos, this.pos + 3);
        this.pos += 3;
        continue;
      }
      if ((c === "$" || c === "%") && src[this.pos + 1] === "{") {
        flush();
        const sequence = this.sequence();
        if (sequence.kind !== "sequence") throw new HclScanError("internal: expected a sequence");
        out.push({ type: c === "$" ? "TemplateInterp" : "TemplateControl", text: sequence.open });
        out.push(...sequence.tokens);
        out.push({ type: "TemplateSeqEnd", text: sequence.close });
        continue;
      }
      literal += c;
      this.pos += 1;
    }
    throw new HclScanError(`unterminated quoted string starting at offset ${start}`);
  }

  private number(): string {
    const src = this.src;
    let end = this.pos + 1;
    for (;;) {
      const c = src[end];
      if (c !== undefined && (DIGIT.test(c) || c === ".")) {
        end += 1;
      } else if (
        (c === "e" || c === "E") &&
        (DIGIT.test(src[end + 1] ?? "") ||
          ((src[end + 1] === "+" || src[end + 1] === "-") && DIGIT.test(src[end + 2] ?? "")))
      ) {
        end += src[end + 1] === "+" || src[end + 1] === "-" ? 3 : 2;
      } else {
        break;
      }
    }
    while (src[end - 1] === ".") end -= 1;
    const text = src.slice(this.pos, end);
    this.pos = end;
    return text;
  }

  private ident(): string {
    const start = this.pos;
    this.pos += String.fromCodePoint(this.src.codePointAt(this.pos) as number).length;
    while (this.pos < this.src.length) {
      const ch = String.fromCodePoint(this.src.codePointAt(this.pos) as number);
      if (!IDENT_CONTINUE.test(ch)) break;
      this.pos += ch.length;
    }
    return this.src.slice(start, this.pos);
  }
}

/**
 * Splits a template (the value of a Terraform JSON string) into literal text and `${…}` / `%{…}`
 * sequences. Literal text keeps `$${` and `%%{` escapes as written.
 *
 * @throws HclScanError when a sequence is not terminated or contains a heredoc
 */
export function scanTemplate(text: string): TemplatePart[] {
  return new Scanner(text).template();
}

/**
 * Tokenizes a native-syntax expression (a reference, a type expression).
 *
 * @throws HclScanError on unterminated strings or comments, or a stray `}`
 */
export function scanExpression(text: string): Token[] {
  return new Scanner(text).expression();
}

/** True when `name` is an HCL identifier (letters, digits, `_`, `-`; not starting with a digit or `-`). */
export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(name);
}
