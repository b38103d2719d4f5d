/**
 * The single import point for the CDK for Terraform in this repository.
 *
 * cdktf 0.21 is the last release of HashiCorp's CDK for Terraform (archived upstream). The
 * community fork, CDK Terrain (`cdktn`), is API-compatible: moving to it means changing the
 * module name on the `export` line below (and the dependency in package.json). Generated
 * provider bindings are rewritten by their generator to import from here as well.
 */
export * from "cdktf";
export { Construct } from "constructs";
export type { IConstruct } from "constructs";
