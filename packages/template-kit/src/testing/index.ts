/**
 * Test helpers for this repository's template tests (`@codex-coder/template-kit/testing`): the
 * HCL round trip through hcl2json, and what two plans of the same template must share whatever
 * syntax it is written in. The round trip needs `@cdktf/hcl2json`, a development dependency of
 * the template kit; nothing in the main entry point imports this.
 */
export { RANDOM_ID, RANDOM_IDS, comparablePlan, type ComparablePlan } from "./comparable-plan.js";
export { hclRoundTrip, parseHcl, type HclRoundTrip } from "./hcl-round-trip.js";
export { normaliseInput, normaliseParsed, normaliseTemplate } from "./round-trip.js";
export { MAX_LINE_LENGTH, readabilityProblems, type ReadabilityProblem } from "./readability.js";
