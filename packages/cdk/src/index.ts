/**
 * The single import point for the CDK for Terraform in this repository.
 *
 * cdktf 0.21 is the last release of HashiCorp's CDK for Terraform (archived upstream). The
 * community fork, CDK Terrain (`cdktn`), is API-compatible: moving to it means changing the
 * module name on the `export` line below (and the dependency in package.json). Generated
 * provider bindings are rewritten by their generator to import from here as well.
 *
 * Importing this module also makes every literal string in a Terraform expression safe (see
 * `hcl-literals.ts`): cdktf itself escapes only newlines and `${` there.
 */
import { installHclLiteralEscaping } from "./hcl-literals.js";

installHclLiteralEscaping();

export * from "cdktf";
export { Construct } from "constructs";
export type { IConstruct } from "constructs";
export {
  INVISIBLE_CHARACTER,
  escapeQuoted,
  escapeTemplateText,
  hclString,
} from "./hcl-literals.js";
