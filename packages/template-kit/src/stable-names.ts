import { createHash } from "node:crypto";
import {
  TerraformDataSource,
  TerraformResource,
  type IConstruct,
  type TerraformElement,
  type TerraformStack,
} from "@codex-coder/cdk";
import type { ValidationProblem } from "./errors.js";

/** Terraform's rule for resource and data source names. */
export const TERRAFORM_NAME_PATTERN: RegExp = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;

/**
 * Gives `element` an exact Terraform name, so its address (`coder_agent.main`) no longer depends on
 * where it sits in the construct tree and carries no cdktf hash suffix. Call it right after creating
 * the element, before anything references it.
 *
 * @param name letters, digits, `_` and `-`, starting with a letter or `_`
 * @throws Error when `name` is not a valid Terraform name, or (from cdktf) when the element was
 *   already referenced
 */
export function setTerraformName(element: TerraformElement, name: string): void {
  if (typeof name !== "string" || !TERRAFORM_NAME_PATTERN.test(name)) {
    throw new Error(
      `setTerraformName: name must match ${TERRAFORM_NAME_PATTERN.source} (letters, digits, "_" and "-", ` +
        `starting with a letter or "_"), got ${JSON.stringify(name)} for ${element.node.path}`,
    );
  }
  element.overrideLogicalId(name);
}

/**
 * Problems with the Terraform names inside `stack`:
 *
 * - `HashedName`: a resource someone sees carries the hash suffix cdktf appends to the name of every
 *   element nested below another construct (`codex_agent_1A2B3C4D`). That covers `coder_agent`
 *   (its name is the agent's name in Coder, its CLI and its URLs) and every resource that is not a
 *   `coder_*` resource (Coder lists them, by name, on the workspace page). Fix it with
 *   {@link setTerraformName}.
 * - `NameCollision`: two resources or two data sources of one type share a name; cdktf would
 *   silently merge them into one block.
 */
export function terraformNameProblems(stack: TerraformStack): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const owners = new Map<string, string>();
  for (const node of stack.node.findAll()) {
    const kind = elementKind(node);
    if (kind === undefined) continue;
    const element = node as TerraformResource | TerraformDataSource;
    const type = element.terraformResourceType;
    const name = element.friendlyUniqueId;
    const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
    const path = element.node.path;

    const owner = owners.get(address);
    if (owner !== undefined) {
      problems.push({
        code: "NameCollision",
        address,
        message: `constructs ${owner} and ${path} both synthesize to ${address}; give one of them another name`,
      });
    }
    owners.set(address, path);

    const seen = kind === "resource" && (type === "coder_agent" || !type.startsWith("coder_"));
    if (seen && hasHashSuffix(stack, element, name)) {
      problems.push({
        code: "HashedName",
        address,
        message:
          `construct ${path} got the generated name ${JSON.stringify(name)}, which ends in a cdktf hash; ` +
          `its name is visible in Coder, so set it explicitly with setTerraformName(resource, "<name>")` +
          (type === "coder_agent" ? ' (usually "main")' : ""),
      });
    }
  }
  return problems;
}

function elementKind(node: IConstruct): "resource" | "data" | undefined {
  if (TerraformResource.isTerraformResource(node)) return "resource";
  if (TerraformDataSource.isTerraformDataSource(node)) return "data";
  return undefined;
}

/**
 * cdktf names an element nested below other constructs `<path components>_<HASH>`, where HASH is
 * the first 8 hex digits (upper case) of the md5 of the components below the stack joined by "/".
 * An explicit name never ends in that exact hash.
 */
function hasHashSuffix(stack: TerraformStack, element: IConstruct, name: string): boolean {
  const scopes = element.node.scopes;
  const components = scopes
    .slice(scopes.indexOf(stack) + 1)
    .map((scope) => scope.node.id)
    .filter((id) => id !== "Default");
  if (components.length < 2) return false;
  const hash = createHash("md5").update(components.join("/")).digest("hex").slice(0, 8);
  return name.endsWith(`_${hash.toUpperCase()}`);
}
