import { createRequire } from "node:module";
import { rawString, ref, Token, Tokenization, type IResolveContext } from "cdktf";

/**
 * HCL escaping of every literal string that enters a Terraform expression: the one place it is
 * decided.
 *
 * cdktf 0.21 (final; archived upstream) writes a literal string inside an expression (an argument
 * of `Fn.*`, an operand of `Op.*`, a branch of `Fn.conditional`, a key or value of an object or
 * list passed to them) escaping only newlines and `${`. A `"` then ends the string early (Terraform
 * rejects the file, "Missing item separator"), a `\` starts an escape (`C:\temp\new` reads as
 * `C:<TAB>emp<LF>ew`), `%{` starts a template directive, and a literal that happens to begin and end
 * with `"` is pasted unquoted; string items of a list argument are wrapped in quotes unescaped
 * before that, and a direct string argument with a `"` is refused with advice to pre-escape it.
 * {@link installHclLiteralEscaping} replaces the methods of cdktf's expression base class and the
 * function-argument helpers that do this, so that every such literal is written as an HCL quoted
 * string meaning exactly itself, whichever construct wrote it.
 */

/**
 * Characters written as `\uXXXX` in quoted strings: controls, line and paragraph separators, and
 * the usual invisible troublemakers (byte order mark, zero-width space, soft hyphen).
 */
export const INVISIBLE_CHARACTER: RegExp = /[\p{Cc}\p{Zl}\p{Zp}\ufeff\u200b\u00ad]/u;

/**
 * Escapes text for a Terraform template (a Terraform JSON string value, the inside of an HCL
 * quoted string or heredoc) so that it means exactly itself: `${` and `%{` become `$${` and
 * `%%{`, nothing else changes.
 */
export function escapeTemplateText(text: string): string {
  return text.replace(/([$%])\{/g, "$1$1{");
}

/**
 * Escapes template source for the inside of an HCL quoted string: `\` and `"`, newline, carriage
 * return and tab as `\n`, `\r`, `\t`, other invisible characters (see above) as `\uXXXX`.
 * Template sequences (`${…}`, `%{…}`) and their escapes pass unchanged: for a plain string, use
 * {@link hclString}.
 *
 * @throws Error for a lone UTF-16 surrogate, which no HCL or JSON file can hold
 */
export function escapeQuoted(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += c + (text[i + 1] as string);
        i += 1;
        continue;
      }
      throw new Error(`the string contains a lone UTF-16 surrogate at index ${i}`);
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      throw new Error(`the string contains a lone UTF-16 surrogate at index ${i}`);
    }
    switch (c) {
      case "\\":
        out += "\\\\";
        break;
      case '"':
        out += '\\"';
        break;
      case "\n":
        out += "\\n";
        break;
      case "\r":
        out += "\\r";
        break;
      case "\t":
        out += "\\t";
        break;
      default:
        out += INVISIBLE_CHARACTER.test(c) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
    }
  }
  return out;
}

/**
 * A plain string as an HCL quoted string expression (`"…"`) that means exactly that string: the
 * template openers escaped, then the quoted-string escapes.
 *
 * @throws Error for a lone UTF-16 surrogate
 */
export function hclString(text: string): string {
  return `"${escapeQuoted(escapeTemplateText(text))}"`;
}

/** The methods of cdktf's (unexported) `TFExpression` base class that write literals. */
interface ExpressionMethods {
  escapeString(this: unknown, str: string): string;
  resolveString(this: ExpressionMethods, str: string, resolvedArg: unknown): unknown;
  resolveExpressionPart(this: ExpressionMethods, context: IResolveContext, arg: unknown): unknown;
  resolveArg(this: ExpressionMethods, context: IResolveContext, arg: unknown): unknown;
}

/** The function-argument helpers of cdktf (`cdktf/lib/functions/helpers`) this replaces. */
interface ArgumentHelpers {
  stringValue: (value: unknown) => { value: unknown };
  listOf: (type: (value: unknown) => unknown) => (value: unknown) => { value: unknown };
  variadic: (
    type: (value: unknown) => unknown,
  ) => (value: unknown) => { value: unknown; variadic: true };
}

interface RawStringMethods {
  resolve(this: { readonly str: string }, context: IResolveContext): string;
}

const INSTALLED = Symbol.for("@codex-coder/cdk:hcl-literal-escaping");

function hasTokens(text: string): boolean {
  const list = Tokenization.reverseString(text);
  return list.tokens.length + list.intrinsic.length > 0;
}

/**
 * Replaces cdktf's literal escaping in expressions (see the module comment). Idempotent; runs
 * when `@codex-coder/cdk` is first imported, before any construct exists.
 *
 * @throws Error when the cdktf in use does not have the expression classes this was written
 *   against (cdktf 0.21.0), rather than silently leaving literals unescaped
 */
export function installHclLiteralEscaping(): void {
  const expression = Object.getPrototypeOf(Object.getPrototypeOf(ref("x"))) as
    (ExpressionMethods & { [INSTALLED]?: true }) | null;
  const raw = Object.getPrototypeOf(rawString("")) as RawStringMethods | null;
  const helpers = createRequire(import.meta.url)("cdktf/lib/functions/helpers") as ArgumentHelpers;
  if (
    expression === null ||
    raw === null ||
    typeof expression.escapeString !== "function" ||
    typeof expression.resolveString !== "function" ||
    typeof expression.resolveExpressionPart !== "function" ||
    typeof raw.resolve !== "function" ||
    typeof helpers.stringValue !== "function" ||
    typeof helpers.listOf !== "function" ||
    typeof helpers.variadic !== "function"
  ) {
    throw new Error(
      "@codex-coder/cdk: cdktf's expression classes are not the ones of cdktf 0.21.0; " +
        "literal strings in expressions could not be made safe",
    );
  }
  if (expression[INSTALLED] === true) return;
  expression[INSTALLED] = true;

  const originalResolveString = expression.resolveString;

  // Literal fragments of a string that holds tokens. A fragment ending in `$` or `%` would join
  // the interpolation after it into an escape (`$${`), so that last character is interpolated.
  expression.escapeString = (str: string) => {
    const last = str.slice(-1);
    return last === "$" || last === "%"
      ? `${escapeQuoted(escapeTemplateText(str.slice(0, -1)))}\${"${last}"}`
      : escapeQuoted(escapeTemplateText(str));
  };

  expression.resolveString = function (str, resolvedArg) {
    if (!hasTokens(str)) {
      // cdktf pastes a literal that begins and ends with `"` as it is; it is text like any other.
      return hclString(typeof resolvedArg === "string" ? resolvedArg : str);
    }
    // Literal fragments between tokens go through `escapeString` above.
    return originalResolveString.call(this, str, resolvedArg);
  };

  // Lists and objects inside an expression. Object keys that are plain strings are quoted and
  // escaped (cdktf pastes them raw); keys holding tokens stay a template, as cdktf writes them.
  expression.resolveExpressionPart = function (context, arg) {
    const resolved = context.resolve(arg) as unknown;
    if (Tokenization.isResolvable(arg) || typeof resolved !== "object" || resolved === null) {
      return resolved;
    }
    const source = arg as Readonly<Record<string, unknown>> & readonly unknown[];
    if (Array.isArray(resolved)) {
      const items = resolved.map((_, i) => String(this.resolveArg(context, source[i])));
      return `[${items.join(", ")}]`;
    }
    const entries = Object.keys(resolved).map((key) => {
      const printedKey = hasTokens(key) ? `"${key}"` : hclString(key);
      return `${printedKey} = ${String(this.resolveArg(context, source[key]))}`;
    });
    return `{${entries.join(", ")}}`;
  };

  // `Fn.rawString(text)`: the literal text, inside an expression or as a whole argument value.
  raw.resolve = function (context) {
    return context.suppressBraces === true ? hclString(this.str) : escapeTemplateText(this.str);
  };

  // Function arguments: a string may hold any character (it is escaped above), and a list's
  // string items stay plain strings for `resolveString` to quote (cdktf wraps them in quotes
  // unescaped). The generated `Fn.*` look these helpers up on every call.
  const originalStringValue = helpers.stringValue;
  helpers.stringValue = (value) =>
    typeof value === "string" ? { value } : originalStringValue(value);
  const listOf: ArgumentHelpers["listOf"] = (type) => (value) => {
    if (Tokenization.isResolvable(value) || !Array.isArray(value)) return { value };
    const items = (value as readonly unknown[]).filter(
      (item) => item !== undefined && item !== null,
    );
    items.forEach((item, i) => {
      if (Token.isUnresolved(item)) return;
      try {
        type(item);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Element ${i} of the list is not valid: ${reason}`);
      }
    });
    return { value: items };
  };
  helpers.listOf = listOf;
  helpers.variadic = (type) => (value) => ({ value: listOf(type)(value).value, variadic: true });
}
