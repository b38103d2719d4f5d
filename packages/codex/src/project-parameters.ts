import { Construct, TerraformVariable } from "@codex-coder/cdk";
import { dataCoderParameter, dataCoderWorkspacePreset } from "@codex-coder/provider-coder";
import { setSectionComment, setTerraformName } from "@codex-coder/template-kit";
import type { ProjectRepository } from "./project.js";

/** Options for {@link ProjectParameters}. */
export interface ProjectParametersProps {
  /** `order` of the first parameter; the others follow (repository, branch, setup script). @default 10 */
  readonly firstOrder?: number;
  /** Default of `repo_url`. @default "" - no repository */
  readonly defaultRepositoryUrl?: string;
}

/** The `repo_url` validation (Coder's parameter regex; the same in JavaScript). */
export const REPOSITORY_URL_PATTERN =
  "^$|^https?://[^/@\\s]+/\\S+$|^(ssh|git)://[^/\\s]+/\\S+$|^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\\S+$";
/** The `repo_branch` validation. */
export const BRANCH_PATTERN = "^$|^[A-Za-z0-9_][A-Za-z0-9._/-]*$";

/**
 * A repository (and setup script) that a workspace preset fills in, for
 * {@link ProjectParameters.presetParameters}.
 */
export interface ProjectPresetValues {
  /**
   * `repo_url`: an https://, ssh://, git:// or git@host:path URL without credentials, e.g.
   * `https://github.com/acme/web.git`.
   */
  readonly repositoryUrl: string;
  /** `repo_branch`, e.g. `main`. @default "" - the repository's default branch */
  readonly branch?: string;
  /** `setup_script`: bash run in the project folder on every start, e.g. `npm ci`. @default "" */
  readonly setupScript?: string;
}

/** A workspace preset on a repository, for the bundled templates' `projectPresets` option. */
export interface ProjectPreset extends ProjectPresetValues {
  /** The preset's name in Coder, e.g. `Codex: acme/web`; unique in the template. */
  readonly name: string;
  /** What the preset is for, shown to people and Coder Agents. @default - "Codex on <repositoryUrl>" */
  readonly description?: string;
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
    setSectionComment(
      this,
      `ProjectParameters "${id}": the repository, branch and setup script a workspace asks for`,
    );
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
        regex: REPOSITORY_URL_PATTERN,
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
        regex: BRANCH_PATTERN,
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

  /**
   * The `parameters` of a `coder_workspace_preset` that starts workspaces on this repository: the
   * `repo_url`, `repo_branch` and `setup_script` values, checked here against the parameters'
   * validations (Coder refuses a preset whose values fail them, at push time).
   *
   * @param what names the preset in the error, e.g. `preset "Codex: acme/web"`
   * @throws Error naming `what` and the value when the URL or branch would fail the validation, or
   *   the setup script holds a NUL character
   */
  static presetParameters(values: ProjectPresetValues, what: string): Record<string, string> {
    const problems: string[] = [];
    const branch = values.branch ?? "";
    const setupScript = values.setupScript ?? "";
    if (
      values.repositoryUrl === "" ||
      !new RegExp(REPOSITORY_URL_PATTERN).test(values.repositoryUrl)
    )
      problems.push(
        `repositoryUrl must be an https://, ssh://, git:// or git@host:path URL without spaces or credentials, got ${JSON.stringify(values.repositoryUrl)}`,
      );
    if (!new RegExp(BRANCH_PATTERN).test(branch))
      problems.push(
        `branch must be a git branch name (letters, digits, . _ / -, not starting with - . or /), got ${JSON.stringify(branch)}`,
      );
    if (setupScript.includes("\0")) problems.push("setupScript must not contain a NUL character");
    if (problems.length > 0) throw new Error(`${what}: ${problems.join("; ")}`);
    return { repo_url: values.repositoryUrl, repo_branch: branch, setup_script: setupScript };
  }

  /**
   * Adds one `coder_workspace_preset` per project preset to `scope` (Terraform names
   * `project_preset_<n>`), setting `base` (the template's other parameters, e.g. resources and the
   * system prompt) and the preset's repository, branch and setup script. Call it after the
   * template's own presets, so that a name clash with them is found.
   *
   * @throws Error naming the preset when its name is empty or already used by a preset of the
   *   template, or its URL or branch fails the parameters' validations
   */
  static addPresets(
    scope: Construct,
    presets: readonly ProjectPreset[],
    base: Readonly<Record<string, string>>,
  ): void {
    const taken = new Set(
      scope.node.root.node
        .findAll()
        .filter(
          (c): c is dataCoderWorkspacePreset.DataCoderWorkspacePreset =>
            c instanceof dataCoderWorkspacePreset.DataCoderWorkspacePreset,
        )
        .map((p) => p.nameInput),
    );
    presets.forEach((preset, index) => {
      const what = `projectPresets[${index}] ${JSON.stringify(preset.name)}`;
      if (preset.name.trim() === "" || taken.has(preset.name))
        throw new Error(`${what}: the name must be non-empty and not used by another preset`);
      taken.add(preset.name);
      const element = new dataCoderWorkspacePreset.DataCoderWorkspacePreset(
        scope,
        `project_preset_${index}`,
        {
          name: preset.name,
          description: preset.description ?? `Codex on ${preset.repositoryUrl}`,
          icon: "/icon/openai.svg",
          parameters: { ...base, ...ProjectParameters.presetParameters(preset, what) },
        },
      );
      setTerraformName(element, `project_preset_${index}`);
    });
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
