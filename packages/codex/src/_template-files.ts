import type { IConstruct } from "@codex-coder/cdk";
import { TerraformStack } from "@codex-coder/cdk";
import { TemplateStack } from "@codex-coder/template-kit";

const added = new WeakMap<TerraformStack, Set<string>>();

/**
 * Ships a runtime file in the template directory of the stack `scope` belongs to. Several Codex
 * constructs in one template share the same files. @internal
 */
export function addTemplateFile(scope: IConstruct, path: string, content: string): void {
  const stack = TerraformStack.of(scope);
  if (!TemplateStack.isTemplateStack(stack)) {
    throw new Error(
      `Codex at ${scope.node.path} must be inside a TemplateStack (from @codex-coder/template-kit): ` +
        "its scripts ship as files in the template directory",
    );
  }
  let paths = added.get(stack);
  if (!paths) {
    paths = new Set();
    added.set(stack, paths);
  }
  if (paths.has(path)) return;
  paths.add(path);
  stack.addFile(path, content);
}
