import { parse } from "@cdktf/hcl2json";
import { normaliseInput, normaliseParsed } from "./round-trip.js";

/**
 * What HashiCorp's HCL parser (compiled to WebAssembly in `@cdktf/hcl2json`) reads from `text`, in
 * hcl2json's JSON shape: every block as a list of bodies, expressions as `${…}` strings, object
 * constructors (`{ key = value }`) as JSON objects.
 *
 * @param fileName name used in parse errors; `main.tf` when not given
 */
export async function parseHcl(text: string, fileName = "main.tf"): Promise<unknown> {
  return (await parse(fileName, text)) as unknown;
}

/** The two sides of {@link hclRoundTrip}, normalised so that equal meaning gives equal values. */
export interface HclRoundTrip {
  /** What hcl2json read back from the HCL text, normalised. */
  readonly fromHcl: unknown;
  /** The Terraform JSON configuration the HCL was printed from, normalised the same way. */
  readonly fromJson: unknown;
}

/**
 * Reads `hcl` back with hcl2json and normalises it and `config` (the Terraform JSON it was printed
 * from) with the round-trip normaliser: `expect(fromHcl).toEqual(fromJson)` holds when the HCL
 * means the same as the JSON. The normaliser is independent of the printer's code.
 */
export async function hclRoundTrip(hcl: string, config: unknown): Promise<HclRoundTrip> {
  const parsed = await parseHcl(hcl);
  return { fromHcl: normaliseParsed(parsed), fromJson: normaliseInput(config, parsed) };
}
