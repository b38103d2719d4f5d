/** One problem found in the props of a construct. */
export interface ValidationProblem {
  /** A stable code tests and tools can match on, e.g. `SandboxModeInvalid`. */
  readonly code: string;
  /** The prop path as the user wrote it, e.g. `mcpServers.github.command`. */
  readonly path: string;
  /** What is wrong, with the value received and what is allowed. */
  readonly message: string;
}

/**
 * Thrown at synth time when props are invalid. It lists every problem at once, each with the prop
 * path, the value received and what is allowed, then the construct path.
 */
export class CodexValidationError extends Error {
  readonly problems: readonly ValidationProblem[];

  constructor(
    constructName: string,
    constructPath: string,
    problems: readonly ValidationProblem[],
  ) {
    const lines = problems.map((p) => `- ${p.path}: ${p.message} [${p.code}]`);
    super(
      `${constructName} initialization failed due to the following validation error(s):\n` +
        `${lines.join("\n")}\n    at path [${constructPath}]`,
    );
    this.name = "CodexValidationError";
    this.problems = problems;
  }
}
