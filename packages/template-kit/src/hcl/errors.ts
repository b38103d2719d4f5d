/**
 * Thrown when a Terraform JSON configuration cannot be printed as HCL. The message starts with the
 * address of the offending value (`coder_agent.main.env`, `variable.region.default`) and says what
 * was received and what is allowed.
 */
export class HclPrintError extends Error {
  override readonly name = "HclPrintError";

  /**
   * @param address where the problem is, as a Terraform-like address
   * @param problem what is wrong, the value received and what is allowed
   */
  constructor(
    readonly address: string,
    problem: string,
  ) {
    super(`${address}: ${problem}`);
  }
}
