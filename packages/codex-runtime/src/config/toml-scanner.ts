/**
 * A line-oriented TOML scanner that finds where each statement (table header, key/value pair,
 * comment, blank line) starts and ends in the text, so an editor can change one key and leave
 * every other byte alone. It follows table headers (`[a."b.c"]`, `[[arr]]`), dotted and quoted
 * keys, multi-line strings (`"""`, `'''`), and arrays and inline tables over several lines.
 *
 * It is meant for text that smol-toml has already parsed successfully: it does not re-validate
 * TOML, it only fails (with a {@link ConfigError}) where it cannot follow the structure.
 */
import { parse } from "smol-toml";
import { ConfigError } from "./errors.js";
import { isPathPrefix } from "./toml-value.js";

/** A span of text: `[start, end)`, `end` just after the statement's line break (or at the end). */
export interface TomlSpan {
  /** Offset of the first character of the statement's first line (its indentation included). */
  readonly start: number;
  /** Offset just after the line break that ends the statement, or the text length. */
  readonly end: number;
  /** 1-based line number of `start`. */
  readonly line: number;
}

/** A blank line or a line holding only a comment. */
export interface TomlTrivia extends TomlSpan {
  readonly kind: "blank" | "comment";
}

/** A `[table]` or `[[array-table]]` header line. */
export interface TomlHeader extends TomlSpan {
  readonly kind: "table" | "array-table";
  /** The header's key path. */
  readonly path: readonly string[];
  /** True for an array table, or a table under one (its keys are not addressable by path). */
  readonly inArray: boolean;
}

/** A `key = value` statement, possibly over several lines. */
export interface TomlKeyValue extends TomlSpan {
  readonly kind: "key-value";
  /** The key as written (dotted keys give several segments). */
  readonly key: readonly string[];
  /** The table the statement is in (the last header's path; `[]` for the root). */
  readonly table: readonly string[];
  /** Full key path: `table` followed by `key`. */
  readonly path: readonly string[];
  /** True when the statement is inside an array table. */
  readonly inArray: boolean;
  /** Offset of the value's first character. */
  readonly valueStart: number;
  /** Offset just after the value's last character (before any comment). */
  readonly valueEnd: number;
  /** The whitespace before the key on its line. */
  readonly indent: string;
}

/** Any statement. */
export type TomlStatement = TomlTrivia | TomlHeader | TomlKeyValue;

/** The scanned structure of a TOML text. */
export interface ScannedToml {
  /** Every statement, in text order, covering the text without gaps (after an optional BOM). */
  readonly statements: readonly TomlStatement[];
  /** The line break the text uses (from its first line break; `\n` when it has none). */
  readonly newline: "\n" | "\r\n";
}

/**
 * Scans `text` into statements.
 *
 * @throws ConfigError with a line number where the text does not follow TOML's structure.
 */
export function scanToml(text: string): ScannedToml {
  return new Scanner(text).scan();
}

const BARE_KEY_CHAR = /[A-Za-z0-9_\-\u00B2-\uFFFF]/;
const SCALAR_END = new Set([",", "]", "}", "#", "\n", "\r"]);

class Scanner {
  private pos: number;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === "\n") this.lineStarts.push(index + 1);
    }
  }

  scan(): ScannedToml {
    const statements: TomlStatement[] = [];
    const arrayTables: (readonly string[])[] = [];
    let table: readonly string[] = [];
    let tableInArray = false;
    while (this.pos < this.text.length) {
      const start = this.pos;
      this.skipSpaces();
      const char = this.peek();
      if (this.atLineEnd()) {
        this.endLine();
        statements.push({ kind: "blank", start, end: this.pos, line: this.lineOf(start) });
      } else if (char === "#") {
        this.skipComment();
        this.endLine();
        statements.push({ kind: "comment", start, end: this.pos, line: this.lineOf(start) });
      } else if (char === "[") {
        const isArray = this.text.startsWith("[[", this.pos);
        this.pos += isArray ? 2 : 1;
        const path = this.readKey();
        this.skipSpaces();
        this.expect(isArray ? "]]" : "]");
        this.finishLine();
        if (isArray) arrayTables.push(path);
        table = path;
        tableInArray = arrayTables.some((arrayPath) => isPathPrefix(arrayPath, path));
        statements.push({
          kind: isArray ? "array-table" : "table",
          path,
          inArray: tableInArray,
          start,
          end: this.pos,
          line: this.lineOf(start),
        });
      } else {
        const indent = this.text.slice(start, this.pos);
        const key = this.readKey();
        this.skipSpaces();
        this.expect("=");
        this.skipSpaces();
        const valueStart = this.pos;
        this.skipValue();
        const valueEnd = this.pos;
        this.finishLine();
        statements.push({
          kind: "key-value",
          key,
          table,
          path: [...table, ...key],
          inArray: tableInArray,
          valueStart,
          valueEnd,
          indent,
          start,
          end: this.pos,
          line: this.lineOf(start),
        });
      }
    }
    const firstBreak = this.text.indexOf("\n");
    const newline = firstBreak > 0 && this.text[firstBreak - 1] === "\r" ? "\r\n" : "\n";
    return { statements, newline };
  }

  private peek(ahead = 0): string | undefined {
    return this.text[this.pos + ahead];
  }

  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  private fail(what: string): never {
    throw new ConfigError(
      `cannot follow the TOML structure at line ${this.lineOf(this.pos)}: ${what}`,
    );
  }

  private skipSpaces(): void {
    while (this.peek() === " " || this.peek() === "\t") this.pos += 1;
  }

  private atLineEnd(): boolean {
    const char = this.peek();
    return char === undefined || char === "\n" || (char === "\r" && this.peek(1) === "\n");
  }

  private endLine(): void {
    if (this.peek() === "\r" && this.peek(1) === "\n") this.pos += 2;
    else if (this.peek() === "\n") this.pos += 1;
    else if (this.peek() !== undefined) this.fail("expected the end of the line");
  }

  private skipComment(): void {
    if (this.peek() !== "#") return;
    while (this.peek() !== undefined && !this.atLineEnd()) this.pos += 1;
  }

  /** Spaces, an optional comment, then the line break. */
  private finishLine(): void {
    this.skipSpaces();
    this.skipComment();
    this.endLine();
  }

  private expect(token: string): void {
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected "${token}"`);
    this.pos += token.length;
  }

  /** Whitespace, line breaks and comments (inside arrays and inline tables). */
  private skipInsideBrackets(): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek() === "#") this.skipComment();
      if (this.peek() === "\n") this.pos += 1;
      else if (this.peek() === "\r" && this.peek(1) === "\n") this.pos += 2;
      else return;
    }
  }

  /** A dotted key, each segment decoded. */
  private readKey(): string[] {
    const segments: string[] = [];
    for (;;) {
      this.skipSpaces();
      const start = this.pos;
      const char = this.peek();
      if (char === '"') {
        this.skipBasicString();
        segments.push(decodeBasicString(this.text.slice(start, this.pos)));
      } else if (char === "'") {
        this.skipLiteralString();
        segments.push(this.text.slice(start + 1, this.pos - 1));
      } else {
        while (this.peek() !== undefined && BARE_KEY_CHAR.test(this.peek() as string)) {
          this.pos += 1;
        }
        if (this.pos === start) this.fail("expected a key");
        segments.push(this.text.slice(start, this.pos));
      }
      this.skipSpaces();
      if (this.peek() !== ".") return segments;
      this.pos += 1;
    }
  }

  private skipBasicString(): void {
    this.pos += 1;
    for (;;) {
      const char = this.peek();
      if (char === undefined || char === "\n") this.fail("unterminated string");
      this.pos += char === "\\" ? 2 : 1;
      if (char === '"') return;
    }
  }

  private skipLiteralString(): void {
    const close = this.text.indexOf("'", this.pos + 1);
    const lineBreak = this.text.indexOf("\n", this.pos + 1);
    if (close < 0 || (lineBreak >= 0 && lineBreak < close)) this.fail("unterminated string");
    this.pos = close + 1;
  }

  /** `"""…"""` or `'''…'''`; the closing run may hold up to two extra quotes. */
  private skipMultilineString(quote: '"' | "'"): void {
    const delimiter = quote.repeat(3);
    this.pos += 3;
    for (;;) {
      const char = this.peek();
      if (char === undefined) this.fail("unterminated multi-line string");
      if (quote === '"' && char === "\\") {
        this.pos += 2;
        continue;
      }
      if (this.text.startsWith(delimiter, this.pos)) {
        let run = 3;
        while (run < 5 && this.peek(run) === quote) run += 1;
        this.pos += run;
        return;
      }
      this.pos += 1;
    }
  }

  private skipValue(): void {
    const start = this.pos;
    const char = this.peek();
    if (this.text.startsWith('"""', this.pos)) this.skipMultilineString('"');
    else if (this.text.startsWith("'''", this.pos)) this.skipMultilineString("'");
    else if (char === '"') this.skipBasicString();
    else if (char === "'") this.skipLiteralString();
    else if (char === "[") this.skipArray();
    else if (char === "{") this.skipInlineTable();
    else {
      while (this.peek() !== undefined && !SCALAR_END.has(this.peek() as string)) this.pos += 1;
      while (this.pos > start && /[ \t]/.test(this.text[this.pos - 1] as string)) this.pos -= 1;
    }
    if (this.pos === start) this.fail("expected a value");
  }

  private skipArray(): void {
    this.pos += 1;
    for (;;) {
      this.skipInsideBrackets();
      const char = this.peek();
      if (char === undefined) this.fail("unterminated array");
      if (char === "]") {
        this.pos += 1;
        return;
      }
      if (char === ",") this.pos += 1;
      else this.skipValue();
    }
  }

  private skipInlineTable(): void {
    this.pos += 1;
    for (;;) {
      this.skipInsideBrackets();
      const char = this.peek();
      if (char === undefined) this.fail("unterminated inline table");
      if (char === "}") {
        this.pos += 1;
        return;
      }
      if (char === ",") {
        this.pos += 1;
        continue;
      }
      this.readKey();
      this.skipSpaces();
      this.expect("=");
      this.skipSpaces();
      this.skipValue();
    }
  }
}

/** Decodes a quoted key with smol-toml, so escapes mean exactly what the parser says. */
function decodeBasicString(quoted: string): string {
  const decoded = parse(`k = ${quoted}`)["k"];
  if (typeof decoded !== "string") throw new ConfigError(`cannot decode the key ${quoted}`);
  return decoded;
}
