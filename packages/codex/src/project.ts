import { Construct, Fn, Token, ref } from "@codex-coder/cdk";
import { dataCoderExternalAuth, env, script } from "@codex-coder/provider-coder";
import { equals } from "./_choice.js";
import { MAX_SINGLE_ARGUMENT_BYTES } from "./_script-wrapper.js";
import { readRuntimeFile } from "@codex-coder/codex-runtime";
import { renderScriptWrapper } from "./_script-wrapper.js";
import { codexNames } from "./naming.js";
import { addTemplateFile } from "./_template-files.js";
import type { AgentMetadataItem } from "./codex.js";
import type { ICodexAgent } from "./codex-props.js";
import { CodexValidationError, type ValidationProblem } from "./errors.js";
import { setSectionComment } from "@codex-coder/template-kit";

/**
 * A step Codex starts after: its script leaves `<stepName>.done` or `<stepName>.failed` in the
 * module's run dir, and Codex's start script waits for one of them (and starts either way).
 */
export interface ICodexStartStep {
  /** The marker name, lower-case letters, digits and `-` (e.g. `project`). */
  readonly stepName: string;
}

/** The repository a {@link Project} clones. */
export interface ProjectRepository {
  /**
   * The git URL: `https://`, `http://`, `ssh://`, `git://` or `user@host:path`. A literal or a
   * template variable's / parameter's value; empty means no clone. URLs with credentials
   * (`https://user:token@…`) are refused: use {@link ProjectRepository.externalAuthId}.
   */
  readonly url: string;
  /** The branch to check out. A literal or an expression; empty means the remote's default. @default - the remote's default branch */
  readonly branch?: string;
  /**
   * The id of a Coder external auth provider (e.g. `github`): the template declares
   * `data "coder_external_auth"` with it, so Coder asks the user to link the account, and the clone
   * authenticates with the user's token (never on a command line, in a log or in a file). A literal,
   * or a template variable's value (empty: no external auth).
   * @default - no external auth (public repositories, or Coder's own GIT_ASKPASS in the workspace)
   */
  readonly externalAuthId?: string;
  /** Let users skip linking the external auth account. @default false */
  readonly externalAuthOptional?: boolean;
  /**
   * The user name git sends with the token (`oauth2` works for GitHub and GitLab OAuth tokens;
   * Bitbucket wants `x-token-auth`).
   * @default "oauth2"
   */
  readonly gitUsername?: string;
}

/** Props of {@link Project}. */
export interface ProjectProps {
  /** The Coder agent the script runs on. */
  readonly agent: ICodexAgent;
  /** The project folder: absolute, no trailing slash. Give Codex the same `folder`. */
  readonly folder: string;
  /** The repository cloned into the folder on the first start. @default - no clone */
  readonly repository?: ProjectRepository;
  /**
   * A bash script run in the folder after the clone and before Codex starts, on every start, with
   * its output in `~/.codex-module/logs/setup.log` (e.g. `npm ci`). A literal or a parameter's
   * value; empty means none. It sees `CODER_PROJECT_FOLDER` and `CODER_PROJECT_CLONED`
   * (`true` on the start that cloned the repository).
   * @default - none
   */
  readonly setupScript?: string;
  /** Icon of the script in the dashboard. @default "/icon/git.svg" */
  readonly icon?: string;
  /** Seconds the clone may take before it is given up. @default 900 */
  readonly cloneTimeoutSeconds?: number;
}

/** Environment variable that carries the external-auth token to the project script. */
export const PROJECT_GIT_TOKEN_ENV = "CODER_PROJECT_GIT_TOKEN";

const URL_SHAPE = /^(?:(?:https?|ssh|git):\/\/[^/\s]+\/\S+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\S+)$/;
const BRANCH_SHAPE = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)[A-Za-z0-9._/-]+(?<![./])$/;
const STEP_NAME = "project";

/**
 * The workspace's project folder, made ready before Codex starts: a git repository cloned into it on
 * the first start (a folder that already holds a checkout, or anything else, is never touched), and
 * a setup script run in it on every start. Pass it to Codex's `waitFor` so Codex starts after it;
 * a failed clone or setup shows in the agent metadata ({@link Project.agentMetadata}), in
 * `~/.codex-module/logs/project.log` and as a failed script in the dashboard, and Codex still starts.
 *
 * Emits `coder_script.<id>` ("Project: clone and set up"), and with external auth
 * `data.coder_external_auth.<id>` plus `coder_env.<id>_git_token`.
 *
 * @example
 * const project = new Project(stack, "project", {
 *   agent: main,
 *   folder: "/home/coder/projects",
 *   repository: { url: "https://github.com/acme/web.git", externalAuthId: "github" },
 *   setupScript: "npm ci",
 * });
 * new Codex(stack, "codex", { agent: main, folder: "/home/coder/projects", waitFor: [project] });
 */
export class Project extends Construct implements ICodexStartStep {
  /** The agent metadata item that shows the project's status (clone, setup, failures). */
  static agentMetadata(): AgentMetadataItem {
    return {
      key: "project_status",
      displayName: "Project",
      script: `cat "$HOME/.codex-module/state/project" 2>/dev/null || echo "not prepared yet"`,
      interval: 10,
      timeout: 1,
    };
  }

  readonly stepName: string = STEP_NAME;
  /** The script that clones and sets up (escape hatch). */
  readonly script: script.Script;
  /** The external auth data source, when one is declared. */
  readonly externalAuth?: dataCoderExternalAuth.DataCoderExternalAuth;

  constructor(scope: Construct, id: string, props: ProjectProps) {
    super(scope, id);
    setSectionComment(
      this,
      `Project "${id}": clones the repository and runs its setup script on every start`,
    );
    const name =
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "") || "project";
    const problems = validateProjectProps(props);
    if (problems.length > 0) throw new CodexValidationError("Project", this.node.path, problems);

    const repo = props.repository;
    const authId = repo?.externalAuthId;
    let tokenEnv = "";
    if (authId !== undefined && authId !== "") {
      const conditional = Token.isUnresolved(authId);
      this.externalAuth = new dataCoderExternalAuth.DataCoderExternalAuth(this, "external-auth", {
        id: authId,
        ...(repo?.externalAuthOptional !== undefined
          ? { optional: repo.externalAuthOptional }
          : {}),
      });
      this.externalAuth.overrideLogicalId(name);
      const token = new env.Env(this, "git-token", {
        agentId: props.agent.id,
        name: PROJECT_GIT_TOKEN_ENV,
        value: conditional
          ? (Fn.try([
              Token.asString(ref(`data.coder_external_auth.${name}[0].access_token`)),
              "",
            ]) as string)
          : this.externalAuth.accessToken,
      });
      token.overrideLogicalId(`${name}_git_token`);
      if (conditional) {
        const count = Fn.conditional(equals(authId, ""), 0, 1);
        this.externalAuth.addOverride("count", count);
        token.addOverride("count", count);
      }
      tokenEnv = PROJECT_GIT_TOKEN_ENV;
    }

    for (const file of ["lib.sh", "project.sh"]) {
      addTemplateFile(this, `codex/${file}`, readRuntimeFile(file));
    }
    this.script = new script.Script(this, "script", {
      agentId: props.agent.id,
      displayName: "Project: clone and set up",
      icon: props.icon ?? "/icon/git.svg",
      runOnStart: true,
      script: renderScriptWrapper({
        title: "Project",
        moduleDir: codexNames("codex").moduleDir,
        files: ["lib.sh", "project.sh"].map((n) => ({ name: n, templatePath: `codex/${n}` })),
        entry: "project.sh",
        log: "project.log",
        args: {
          ARG_FOLDER: props.folder,
          ARG_REPO_URL: repo?.url ?? "",
          ARG_REPO_BRANCH: repo?.branch ?? "",
          ARG_SETUP_SCRIPT: props.setupScript ?? "",
        },
        plainArgs: {
          ARG_GIT_TOKEN_ENV: tokenEnv,
          ARG_GIT_USERNAME: repo?.gitUsername ?? "oauth2",
          ARG_CLONE_TIMEOUT_SECONDS: String(props.cloneTimeoutSeconds ?? 900),
        },
      }),
    });
    this.script.overrideLogicalId(name);
    // The setup script and URL may come from parameters: a script the agent cannot start (one exec
    // argument is limited to 128 KiB on Linux) fails the build instead of the workspace start.
    this.script.addOverride("lifecycle.postcondition", [
      {
        condition: `\${length(self.script) < ${MAX_SINGLE_ARGUMENT_BYTES}}`,
        error_message:
          "The project script is 128 KiB or longer, and Linux refuses an argument that long when the workspace starts: the setup script is too large (keep it in the repository and run it from there).",
      },
    ]);
  }
}

function literal(value: string | undefined): string | undefined {
  return value === undefined || Token.isUnresolved(value) ? undefined : value;
}

/** Synth-time checks of the literal props (expressions are checked by the template's validations). */
function validateProjectProps(props: ProjectProps): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const folder = literal(props.folder);
  if (folder !== undefined && (!folder.startsWith("/") || folder.endsWith("/"))) {
    problems.push({
      code: "FolderInvalid",
      path: "folder",
      message: `folder must be an absolute path without a trailing slash, got ${JSON.stringify(folder)}`,
    });
  }
  for (const [path, value] of [
    ["repository.url", props.repository?.url],
    ["repository.branch", props.repository?.branch],
    ["setupScript", props.setupScript],
  ] as const) {
    if (literal(value)?.includes("\0")) {
      problems.push({
        code: "NulCharacter",
        path,
        message: `${path} must not contain a NUL character (no environment value can carry it)`,
      });
    }
  }
  const url = literal(props.repository?.url);
  if (url !== undefined && url !== "") {
    if (/^https?:\/\/[^/]*@/.test(url)) {
      problems.push({
        code: "RepositoryUrlInvalid",
        path: "repository.url",
        message:
          "repository.url carries credentials (user@ or user:password@): they would end up in the template and the workspace's git config; use repository.externalAuthId instead",
      });
    } else if (!URL_SHAPE.test(url) || url.startsWith("-")) {
      problems.push({
        code: "RepositoryUrlInvalid",
        path: "repository.url",
        message: `repository.url must be an https://, http://, ssh://, git:// or user@host:path git URL without spaces, got ${JSON.stringify(url)}`,
      });
    }
  }
  const branch = literal(props.repository?.branch);
  if (branch !== undefined && branch !== "" && !BRANCH_SHAPE.test(branch)) {
    problems.push({
      code: "RepositoryBranchInvalid",
      path: "repository.branch",
      message: `repository.branch must be a git branch name (letters, digits, . _ / -; no "..", no leading "-"), got ${JSON.stringify(branch)}`,
    });
  }
  const user = props.repository?.gitUsername;
  if (user !== undefined && !/^[A-Za-z0-9._-]+$/.test(user)) {
    problems.push({
      code: "GitUsernameInvalid",
      path: "repository.gitUsername",
      message: `repository.gitUsername must be a plain user name (letters, digits, . _ -), got ${JSON.stringify(user)}`,
    });
  }
  const timeout = props.cloneTimeoutSeconds;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1)) {
    problems.push({
      code: "CloneTimeoutInvalid",
      path: "cloneTimeoutSeconds",
      message: `cloneTimeoutSeconds must be a whole number of seconds >= 1, got ${timeout}`,
    });
  }
  return problems;
}

/** The URL and branch shapes the template validations use too (one definition). @internal */
export const PROJECT_PATTERNS: { readonly url: RegExp; readonly branch: RegExp } = {
  url: URL_SHAPE,
  branch: BRANCH_SHAPE,
};
