import { Fn, Op, Token } from "@codex-coder/cdk";

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

/** `a == b` as a Terraform condition, with the literal on the left (cdktf 0.21 drops falsy right operands). */
export function equals(value: string, literal: string): string {
  return Op.eq(literal, value) as unknown as string;
}

/** True when a string (or anything inside an object) holds an unresolved cdktf token. */
export function containsToken(value: unknown): boolean {
  if (typeof value === "string") return Token.isUnresolved(value);
  if (Array.isArray(value)) return value.some(containsToken);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsToken);
  return false;
}
