import { Fn, Op, Token, ref, type IResolvable, type IResolveContext } from "@codex-coder/cdk";

/**
 * A string setting that is either known at synth time (a literal) or only at plan time (a
 * Terraform expression, e.g. a template variable set at `coder templates push`).
 *
 * Literal choices are decided in TypeScript, so the template only contains what is used. Token
 * choices become Terraform conditionals, so one template serves every allowed value.
 *
 * @internal
 */
export class Choice<T extends string = string> {
  /** Wraps a value that may be a cdktf token. */
  static of<T extends string>(value: T | string): Choice<T> {
    return new Choice<T>(value);
  }

  private constructor(readonly value: T | string) {}

  /** True when the value is only known at plan time. */
  get isToken(): boolean {
    return Token.isUnresolved(this.value);
  }

  /** The literal value, or undefined when it is a token. */
  get literal(): T | undefined {
    return this.isToken ? undefined : (this.value as T);
  }

  /** Whether the choice is one of `options`: a boolean for literals, a Terraform condition for tokens. */
  isOneOf(options: readonly T[]): boolean | string {
    if (!this.isToken) return options.includes(this.value as T);
    if (options.length === 0) return false;
    if (options.length === 1) return equals(this.value, options[0] as string);
    return Fn.contains(options as unknown as string[], this.value) as unknown as string;
  }

  /**
   * A `count` for a resource that exists only for some choices: `base` (default 1) when the choice is
   * one of `options`, otherwise 0. Returns undefined when a literal choice means "always present".
   */
  count(options: readonly T[], base: number | string = 1): number | string | undefined {
    const cond = this.isOneOf(options);
    if (cond === true) return typeof base === "number" && base === 1 ? undefined : base;
    if (cond === false) return 0;
    return Fn.conditional(cond, base, 0) as unknown as string;
  }
}

/**
 * A literal as the operand of a Terraform operator. cdktf 0.21 prints a falsy operand (`""`, `0`)
 * as `undefined`, so those two are passed as raw expressions.
 */
function operand(literal: string | number): string | number {
  if (literal === "") return Token.asString(ref('""'));
  if (literal === 0) return Token.asNumber(ref("0"));
  return literal;
}

/** `value == "literal"` as a Terraform condition, the variable first as people write it. */
export function equals(value: string, literal: string): string {
  return Op.eq(value, operand(literal)) as unknown as string;
}

/** `value != "literal"` as a Terraform condition, the variable first. */
export function notEquals(value: string, literal: string): string {
  return Op.neq(value, operand(literal)) as unknown as string;
}

/** `value != ""`: a Terraform condition that holds when a string expression is set. */
export function isSet(value: string): string {
  return notEquals(value, "");
}

/** `a && b` for conditions that may be literal booleans (`true` drops out, `false` wins). */
export function allOf(...conditions: ReadonlyArray<boolean | string>): boolean | string {
  if (conditions.includes(false)) return false;
  // Conditions from Op.* are expression objects typed as strings, so anything not `true` is open.
  const open = conditions.filter((c) => c !== true) as string[];
  if (open.length === 0) return true;
  return open.reduce((a, b) => Op.and(a, b) as unknown as string);
}

/** An expression in parentheses (see {@link grouped}). */
class Grouped implements IResolvable {
  readonly creationStack: string[] = [];

  constructor(private readonly expression: unknown) {}

  resolve(context: IResolveContext): string {
    const suppressBraces = context.suppressBraces;
    context.suppressBraces = true;
    const inner = context.resolve(this.expression) as unknown;
    context.suppressBraces = suppressBraces;
    if (typeof inner !== "string") throw new Error("grouped: expected an expression");
    return suppressBraces === true ? `(${inner})` : `\${(${inner})}`;
  }

  toString(): string {
    return Token.asString(this);
  }
}

/**
 * `(expression)`: the same value in parentheses. HCL ignores line breaks only inside brackets, so
 * this lets `main.tf` show a long expression (a chain of conditionals) over several lines.
 */
export function grouped(expression: unknown): string {
  return new Grouped(expression) as unknown as string;
}

/** True when a string (or anything inside an object) holds an unresolved cdktf token. */
export function containsToken(value: unknown): boolean {
  if (typeof value === "string") return Token.isUnresolved(value);
  if (Array.isArray(value)) return value.some(containsToken);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsToken);
  return false;
}
