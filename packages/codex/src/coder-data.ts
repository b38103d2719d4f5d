import { TerraformStack, type IConstruct, type TerraformElement } from "@codex-coder/cdk";
import { dataCoderWorkspace, dataCoderWorkspaceOwner } from "@codex-coder/provider-coder";
import { setTerraformName } from "@codex-coder/template-kit";

/** What a `Codex` construct reads from `data "coder_workspace"`. */
export interface ICoderWorkspaceData {
  /** `access_url`: the deployment's URL (for `CODER_URL` and the AI Gateway). */
  readonly accessUrl: string;
  /** `name`: the workspace's name (the chat app's path). */
  readonly name: string;
  /** `start_count`: 1 while the workspace runs (the Tasks resources' `count`). */
  readonly startCount: number;
}

/** What a `Codex` construct reads from `data "coder_workspace_owner"`. */
export interface ICoderWorkspaceOwnerData {
  /** `name`: the owner's user name (the chat app's path). */
  readonly name: string;
  /** `session_token`: the owner's session (the in-workspace `coder` CLI, the AI Gateway). */
  readonly sessionToken: string;
}

/**
 * The first construct of `type` in the stack of `scope`, or a new one (id `id`, Terraform name
 * `me`) created once per stack when there is none. For data sources that take no arguments, so one
 * serves every construct of the template.
 */
function stackSingleton<T extends TerraformElement>(
  scope: IConstruct,
  type: new (scope: IConstruct, id: string) => T,
  id: string,
): T {
  const stack = TerraformStack.of(scope);
  const found = stack.node.findAll().find((c): c is T => c instanceof type);
  if (found) return found;
  const created = new type(stack, id);
  setTerraformName(created, "me");
  return created;
}

/**
 * The template's `data "coder_workspace"`: the first one in the stack, or `data.coder_workspace.me`
 * created once per stack when there is none. They take no arguments, so one serves everything.
 */
export function stackWorkspaceData(scope: IConstruct): ICoderWorkspaceData {
  return stackSingleton(scope, dataCoderWorkspace.DataCoderWorkspace, "coder-workspace-me");
}

/** The template's `data "coder_workspace_owner"`, found or created like {@link stackWorkspaceData}. */
export function stackWorkspaceOwnerData(scope: IConstruct): ICoderWorkspaceOwnerData {
  return stackSingleton(
    scope,
    dataCoderWorkspaceOwner.DataCoderWorkspaceOwner,
    "coder-workspace-owner-me",
  );
}
