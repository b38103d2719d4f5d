/**
 * README sections about the Codex workspace itself (authentication, Coder's Tasks modes, pausing a
 * task, presets for a repository) that every template built on the Codex construct shares;
 * a template README includes them where they fit.
 */

/**
 * The lines of a README's variables file example (`codex.yaml`) for the variables that
 * {@link codexSessionReadmeSections} speaks of (auth source and keys, Tasks mode, model, approval
 * policies), with their defaults and what each takes; no newline after the last.
 */
export function codexSessionVariablesYaml(): string {
  return `codex_auth_source: user-secret        # template-variable | user-secret | ai-gateway | custom-provider | none
openai_api_key: ""                    # only for template-variable (sensitive)
codex_custom_provider_base_url: ""    # only for custom-provider
codex_custom_provider_api_key: ""     # only for custom-provider (sensitive)
codex_tasks_mode: coder-task          # coder-task | ai-prompt-parameter | none
codex_model: ""                       # empty: Codex's default model
codex_approval_policy: on-request     # interactive use: on-request | on-failure | never
codex_task_approval_policy: never     # unattended tasks: never | on-request | on-failure`;
}

/**
 * The README sections "Authentication: which source to pick", "Coder versions and Tasks modes" and
 * "Pausing and resuming a task", as markdown ending with a newline.
 */
export function codexSessionReadmeSections(): string {
  return `## Authentication: which source to pick

| \`codex_auth_source\` | pick it when | Coder versions |
| --- | --- | --- |
| \`user-secret\` (default) | each developer uses their own key. They run \`coder secret create openai-api-key --env OPENAI_API_KEY\` (value on stdin) once and restart the workspace; until then the workspace starts and tells them exactly that. The template holds no key. | 2.34+ (Coder's docs describe user secrets from 2.34, marked Beta in the 2.34 and 2.35 docs). Older versions have no user secrets: \`coder secret create\` does not exist, the variable never reaches the workspace, so the workspace starts but Codex does not, and its status says there is no key yet. On those versions pick another source. |
| \`template-variable\` | one shared key for everyone (the original module's \`openai_api_key\`). | any |
| \`ai-gateway\` | you run Coder Premium's AI Gateway: no key anywhere, usage is attributed to each user. | 2.30+ with Coder Premium |
| \`custom-provider\` | you run an OpenAI Responses-compatible proxy or gateway with its own key. | any |
| \`none\` | users log in themselves with \`codex login\`. | any |

Keys never appear in the template, the plan's script text, logs or process arguments: they reach
the workspace as an environment variable and Codex is logged in by piping it to
\`codex login --with-api-key\`.

## Coder versions and Tasks modes

| Coder | \`codex_tasks_mode\` | what happens |
| --- | --- | --- |
| 2.28–2.36, 2.34 ESR | \`coder-task\` (default) | \`data "coder_task"\` feeds the prompt; \`coder_ai_task\` points at the Codex chat app |
| 2.24–2.27 | \`ai-prompt-parameter\` | an "AI Prompt" parameter and \`coder_ai_task.sidebar_app\` |
| 2.37+ | any (\`none\` is cleanest) | Tasks resources are ignored; Codex chat and CLI apps work as usual |

A template pushed with \`codex_tasks_mode = none\` still declares \`data "coder_task"\` (the mode is
chosen at push time); Coder before 2.37 reads that as a Tasks template. A template built in code with
the literal \`tasksMode: "none"\` declares no Tasks resource at all.

## Pausing and resuming a task

Stopping the workspace (pausing the task) runs the \`Codex: stop\` script: AgentAPI saves the
conversation to \`~/.codex-module/state/agentapi-state.json\` on the home volume and, for a Coder
Task, the last messages are posted as the task's log snapshot. The next start shows the same
conversation, Codex resumes its last session in the project folder (\`codex resume --last\`, with
the current \`config.toml\` model and policies, so a changed \`codex_model\` applies; a new session
when the model provider changed), and the task prompt is not sent again. An unattended task runs with
\`codex_task_approval_policy\` (default \`never\`: commands run inside Codex's sandbox without
asking, since nobody is there to approve); a workspace without a task uses
\`codex_approval_policy\` (default \`on-request\`).
`;
}

/**
 * The end of a README's parameters section: `coder create` with the project parameters
 * (repository, branch, setup script) for the template named `templateName`, and what happens to a
 * wrong value, as markdown ending with a newline.
 */
export function projectCreateReadmeExample(templateName: string): string {
  return `\`\`\`sh
coder create my-web --template ${templateName} \\
  --parameter repo_url=https://github.com/acme/web.git \\
  --parameter repo_branch=main \\
  --parameter 'setup_script=npm ci'
\`\`\`

A wrong value is refused before the workspace is built, with a message that quotes it (a URL with
spaces, credentials or shell syntax, a branch like \`main; id\`).
`;
}

/** What {@link projectSetupReadmeText} says about a template. */
export interface ProjectPresetReadme {
  /** The function that builds the template, e.g. `tasksDockerTemplate`. */
  readonly templateFunction: string;
  /** What each preset sets besides the repository, e.g. `the default system prompt`. */
  readonly presetDefaults: string;
}

/**
 * The end of a README's "Repository and setup script" section: when the setup script runs and what
 * happens when the clone or the script fails, then the subsection "A preset for your team's
 * repository" (how to build a variant of the template with `projectPresets`), as markdown ending
 * with a newline.
 */
export function projectSetupReadmeText(template: ProjectPresetReadme): string {
  return `The setup script runs on every start in the project folder (\`CODER_PROJECT_CLONED=true\` on the
start that cloned), with its output in \`~/.codex-module/logs/setup.log\`. Codex starts after the
clone and the setup script; when either fails, the "Project" line on the agent and the failed
"Project: clone and set up" script say why, and Codex starts anyway.

### A preset for your team's repository

A preset that sets the repository lets people (and Coder Agents) start a workspace on it in one
click. Build a variant of the template with \`projectPresets\` in \`src/main.ts\`; each becomes a
preset with ${template.presetDefaults}, checked at build time against the parameters' validations:

\`\`\`ts
const written = await buildTemplates(
  [
    ${template.templateFunction}(app, {
      projectPresets: [
        {
          name: "Codex: acme/web",
          repositoryUrl: "https://github.com/acme/web.git",
          branch: "main",
          setupScript: "npm ci",
        },
      ],
    }),
  ],
  { outDir: "dist", schemas: PROVIDER_SCHEMAS },
);
\`\`\`
`;
}
