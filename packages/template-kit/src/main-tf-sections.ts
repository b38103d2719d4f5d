/**
 * How `main.tf` is sectioned: the template's own blocks first, then one section per construct the
 * template adds to its stack (a `Codex`, a `Project`, …), each under a one-line comment naming the
 * construct, so a reviewer reads one construct's variables, data sources, locals and resources
 * together, the way a hand-written template keeps a module's parts together.
 */
import {
  TerraformDataSource,
  TerraformLocal,
  TerraformModule,
  TerraformOutput,
  TerraformResource,
  TerraformVariable,
  type IConstruct,
  type TerraformStack,
} from "@codex-coder/cdk";
import type { HclSection } from "./hcl/types.js";

const comments = new WeakMap<IConstruct, string>();

/**
 * Sets the comment above the construct's section of `main.tf`, e.g. `Codex "codex": the Codex CLI,
 * its AgentAPI chat and Coder Tasks`. Only a construct added directly to the stack has a section;
 * one line, no newline.
 *
 * @default `<class name> "<construct id>"`
 * @throws Error when `comment` is empty or holds a line break
 */
export function setSectionComment(construct: IConstruct, comment: string): void {
  if (typeof comment !== "string" || comment.trim() === "" || /[\r\n]/.test(comment)) {
    throw new Error(
      `setSectionComment: comment must be one non-empty line, got ${JSON.stringify(comment)} for ${construct.node.path}`,
    );
  }
  comments.set(construct, comment);
}

/** The Terraform address an element synthesizes to, or undefined for providers and the like. */
function addressOf(node: IConstruct): string | undefined {
  if (TerraformDataSource.isTerraformDataSource(node)) {
    return `data.${node.terraformResourceType}.${node.friendlyUniqueId}`;
  }
  if (TerraformResource.isTerraformResource(node)) {
    return `${node.terraformResourceType}.${node.friendlyUniqueId}`;
  }
  if (node instanceof TerraformVariable) return `var.${node.friendlyUniqueId}`;
  if (node instanceof TerraformLocal) return `local.${node.friendlyUniqueId}`;
  if (node instanceof TerraformOutput) return `output.${node.friendlyUniqueId}`;
  if (node instanceof TerraformModule) return `module.${node.friendlyUniqueId}`;
  return undefined;
}

/**
 * The sections of the stack's `main.tf`: first the blocks the template adds to the stack itself
 * (under `Template "<name>": its own variables, …`), then, in the order they were added, one
 * section per construct added to the stack, holding every block below it. A stack without such
 * constructs has no sections (its blocks print in type order, without a comment).
 */
export function mainTfSections(stack: TerraformStack, templateName: string): HclSection[] {
  const own: string[] = [];
  const sections: HclSection[] = [];
  for (const child of stack.node.children) {
    const address = addressOf(child);
    if (address !== undefined) {
      own.push(address);
      continue;
    }
    const addresses = child.node
      .findAll()
      .map(addressOf)
      .filter((a): a is string => a !== undefined);
    if (addresses.length === 0) continue;
    const comment = comments.get(child) ?? `${child.constructor.name} "${child.node.id}"`;
    sections.push({ comment, addresses });
  }
  if (sections.length === 0) return [];
  const comment = `Template "${templateName}": its own variables, parameters, agent and resources`;
  return [{ comment, addresses: own }, ...sections];
}
