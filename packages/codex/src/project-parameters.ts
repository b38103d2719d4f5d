import { Construct, TerraformVariable } from "@codex-coder/cdk";
import { dataCoderParameter } from "@codex-coder/provider-coder";
import type { ProjectRepository } from "./project.js";

/** Options for {@link ProjectParameters}. */
export interface ProjectParametersProps {
  /** `order` of the first parameter; the others follow (repository, branch, setup script). @default 10 */
  readonly firstOrder?: number;
  /** Default of `repo_url`. @default "" - no repository */
  readonly defaultRepositoryUrl?: string;
}

/**
 * The workspace parameters and template variable of a {@link Project}, shared by the bundled
 * templates, each with a validation whose error names the value:
 *
 * | name | kind | what |
 * | --- | --- | --- |
 * | `repo_url` | parameter | git URL cloned into the project folder on the first start (empty: none) |
 * | `repo_branch` | parameter | branch to check out (empty: the remote's default) |
 * | `setup_script` | parameter | bash run in the folder on every start, after the clone, before Codex |
 * | `repo_external_auth_id` | variable | id of the Coder external auth provider the clone authenticates with (empty: none) |
 *
 * The parameters are mutable and fit presets (`repo_url`, `repo_branch`, `setup_script` keys).
 */
export class ProjectParameters extends Construct {
  readonly repositoryUrl: dataCoderParameter.DataCoderParameter;
  readonly branch: dataCoderParameter.DataCoderParameter;
  readonly setupScript: dataCoderParameter.DataCoderParameter;
  readonly externalAuthId: TerraformVariable;

  constructor(scope: Construct, id: string, props: ProjectParametersProps = {}) {
    super(scope, id);
    const order = props.firstOrder ?? 10;
    const parameter = (name: string, config: dataCoderParameter.DataCoderParameterConfig) => {
      const p = new dataCoderParameter.DataCoderParameter(this, name, config);
      p.overrideLogicalId(name);
      return p;
    };
    this.repositoryUrl = parameter("repo_url", {
      name: "repo_url",
      displayName: "Repository",
      description:
        "Git repository cloned into the project folder on the first start, e.g. https://github.com/acme/web.git or git@github.com:acme/web.git. Empty: no clone. Later starts keep the checkout as it is (your changes are never overwritten).",
      type: "string",
      default: props.defaultRepositoryUrl ?? "",
      mutable: true,
      order,
      validation: {
        regex:
          "^$|^https?://[^/@\\s]+/\\S+$|^(ssh|git)://[^/\\s]+/\\S+$|^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\\S+$",
        error:
          "The repository must be an https://, ssh://, git:// or git@host:path URL without spaces or credentials (use the template's external auth for private repositories), got {value}.",
      },
    });
    this.branch = parameter("repo_branch", {
      name: "repo_branch",
      displayName: "Branch",
      description:
        "Branch checked out by the first clone, e.g. main or release/2.0. Empty: the repository's default branch.",
      type: "string",
      default: "",
      mutable: true,
      order: order + 1,
      validation: {
        regex: "^$|^[A-Za-z0-9_][A-Za-z0-9._/-]*$",
        error:
          "The branch must be a git branch name (letters, digits, . _ / -, not starting with - . or /), got {value}.",
      },
    });
    this.setupScript = parameter("setup_script", {
      name: "setup_script",
      displayName: "Setup script",
      description:
        "Bash run in the project folder on every start, after the clone and before Codex starts, e.g. `npm ci` or `pip install -r requirements.txt`. Output: ~/.codex-module/logs/setup.log. A failure is shown on the agent and Codex starts anyway.",
      type: "string",
      formType: "textarea",
      default: "",
      mutable: true,
      order: order + 2,
    });
    this.externalAuthId = new TerraformVariable(this, "repo_external_auth_id", {
      type: "string",
      default: "",
      description:
        "Id of the Coder external auth provider (e.g. github) the repository clone authenticates with; users are asked to link their account. Empty: no external auth (public repositories, or SSH keys in the image).",
      validation: [
        {
          condition: '${can(regex("^[A-Za-z0-9_-]*$", var.repo_external_auth_id))}',
          errorMessage:
            "repo_external_auth_id must be the id of an external auth provider (letters, digits, _ and -), or empty for none.",
        },
      ],
    });
    this.externalAuthId.overrideLogicalId("repo_external_auth_id");
  }

  /** The repository and setup script props of a {@link Project} these drive. */
  projectProps(): { repository: ProjectRepository; setupScript: string } {
    return {
      repository: {
        url: this.repositoryUrl.value,
        branch: this.branch.value,
        externalAuthId: this.externalAuthId.stringValue,
      },
      setupScript: this.setupScript.value,
    };
  }
}
