/** One problem found while validating a template, its props or its synthesized output. */
export interface ValidationProblem {
  /** Stable identifier of the rule that failed, e.g. `AgentNameInvalid`; safe to assert on in tests. */
  readonly code: string;
  /**
   * Where the problem is: a Terraform address (`coder_agent.main`, `data.coder_parameter.model`,
   * `var.region`), a file of the template (`file scripts/.env`) or an option (`displayName`).
   */
  readonly address: string;
  /** What is wrong, the value received and what is allowed. */
  readonly message: string;
}

/**
 * Thrown when a template fails validation. Lists every problem found, not just the first, in the
 * shape `- [Code] address: message`.
 */
export class TemplateValidationError extends Error {
  override readonly name = "ValidationError";

  /** Every problem found, in the order the rules ran. */
  readonly problems: readonly ValidationProblem[];

  /**
   * @param heading first line of the message, without a trailing colon
   * @param problems every problem found; must not be empty
   * @param constructPath construct path of the stack concerned, appended as `at path [...]`
   */
  constructor(heading: string, problems: readonly ValidationProblem[], constructPath?: string) {
    super(formatProblems(heading, problems, constructPath));
    this.problems = problems;
  }
}

/** Formats problems the way {@link TemplateValidationError} does. */
export function formatProblems(
  heading: string,
  problems: readonly ValidationProblem[],
  constructPath?: string,
): string {
  const lines = [`${heading}:`, ...problems.map(formatProblem)];
  if (constructPath !== undefined) lines.push(`    at path [${constructPath}]`);
  return lines.join("\n");
}

/** `- [Code] address: message` */
export function formatProblem(problem: ValidationProblem): string {
  return `- [${problem.code}] ${problem.address}: ${problem.message}`;
}
