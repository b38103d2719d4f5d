import {
  codexOptionsReadmeSection,
  codexSessionReadmeSections,
  codexSessionVariablesYaml,
  projectCreateReadmeExample,
  projectSetupReadmeText,
} from "@codex-coder/codex";

/** The README Coder shows for this template (the writer adds the front matter and the H1). */
export const readme = `A Docker workspace with [OpenAI Codex](https://github.com/openai/codex) running behind a chat
app. On Coder 2.28–2.36 (including the 2.34 ESR (extended support) release) Coder Tasks start it with a prompt;
on Coder 2.37+, where Tasks were removed, it is the same Codex workspace without the Tasks UI.

## What you get

- A \`codercom/enterprise-node:ubuntu\` container (configurable) with a persistent home volume.
- **Codex** (chat app, health-checked) and **Codex CLI** (terminal attached to the same session),
  with Codex pinned to the version this template was tested with.
- **Preview** app on a configurable port, shown in the Tasks UI next to the chat.
- **Your repository** cloned into \`/home/coder/projects\` on the first start (Coder external auth for
  private repositories), and a **setup script** run there before Codex starts.
- **VS Code in the browser** (code-server, pinned, health-checked), opening the project folder; on
  by default, \`code_server_enabled: false\` turns it off.
- Agent metadata: CPU, memory, home disk, Codex status and the sandbox mode in effect.
- Presets: "Codex: web app" (default house rules) and "Codex: code review".

## Prerequisites

- A Docker host the Coder provisioner can reach (\`docker_host\`), with the workspace image pullable.
- Coder 2.24 or newer (\`codex_tasks_mode\` picks the Tasks flavour; see below).

## Variables

Set them at push time with \`--variables-file\`. Coder keeps earlier values, so pass every variable on
every push.

\`\`\`yaml
# codex.yaml
${codexSessionVariablesYaml()}
docker_host: ""                       # empty: the provisioner's local Docker socket
workspace_image: codercom/enterprise-node:ubuntu
allow_codex_sandbox: false
agentapi_download_url: https://github.com/coder/agentapi/releases/download
agentapi_sha256_amd64: ""             # sha256sum agentapi-linux-amd64, to refuse a tampered download
agentapi_sha256_arm64: ""
codex_mcp_servers_toml: ""            # MCP servers as [mcp_servers.<name>] TOML; see "MCP servers, extra Codex settings and install scripts"
codex_extra_settings_toml: ""         # more config.toml settings as TOML
codex_pre_install_script: ""          # bash before the Codex install
codex_post_install_script: ""         # bash after the Codex install
repo_external_auth_id: ""             # e.g. github: the clone uses the user's linked account
code_server_enabled: true             # false: no VS Code in the browser
code_server_download_url: https://github.com/coder/code-server/releases/download
code_server_sha256_amd64: ""          # sha256sum code-server-4.139.1-linux-amd64.tar.gz
code_server_sha256_arm64: ""
\`\`\`

\`\`\`sh
coder templates push tasks-docker -d templates/tasks-docker/dist/template --variables-file codex.yaml --yes
\`\`\`

Every variable has a validation block: a wrong value fails the push with a message naming the
allowed values.

## Parameters (per workspace)

Users (and Coder Agents) fill these when they create a workspace; presets can set them.

| parameter | example | what |
| --- | --- | --- |
| \`system_prompt\` | "Prefer small diffs; run \`npm test\` before you finish." | house rules for Codex (\`~/.codex/AGENTS.md\`) |
| \`preview_port\` | \`3000\` | the port the Preview app shows (1024–65535) |
| \`repo_url\` | \`https://github.com/acme/web.git\`, \`git@github.com:acme/web.git\` | cloned into \`/home/coder/projects\` on the first start; empty: none |
| \`repo_branch\` | \`main\`, \`release/2.0\` | branch of the first clone; empty: the default branch |
| \`setup_script\` | \`npm ci\` | bash run in the project folder on every start, after the clone, before Codex |

${projectCreateReadmeExample("tasks-docker")}
## Repository and setup script

The clone happens once: on later starts a folder that holds a checkout is left exactly as it is
(your changes and Codex's survive; nothing is fetched), and a folder that holds other files is never
cloned into. For private repositories set \`repo_external_auth_id\` to the id of a Coder external auth
provider (e.g. \`github\`): users are asked to link their account, and the clone authenticates with
their token, which never appears in a command line, a log or a file. Without it, public repositories
and SSH keys in the image work.

${projectSetupReadmeText({
  templateFunction: "tasksDockerTemplate",
  presetDefaults: "the default system prompt and preview port 3000",
})}
## VS Code in the browser

The "VS Code (browser)" app is code-server 4.139.1, installed once into the home volume (a restart
skips the download) and opened on \`/home/coder/projects\`. For air-gapped deployments mirror the
release tarballs (\`<url>/v4.139.1/code-server-4.139.1-linux-amd64.tar.gz\`) and set
\`code_server_download_url\`; set \`code_server_sha256_amd64\` so a tampered download is refused.

${codexOptionsReadmeSection()}
${codexSessionReadmeSections()}
## Sandbox

Codex's own sandbox (bwrap) needs user namespaces, which Docker's default seccomp profile blocks.
With \`allow_codex_sandbox = false\` (default) the start script detects that and runs Codex with
\`danger-full-access\` (the container is the isolation boundary), and the agent metadata says so.
With \`true\`, the container runs with \`seccomp=unconfined\` and \`apparmor=unconfined\` so Codex can
sandbox its commands.

## Troubleshooting

Logs are in \`~/.codex-module/logs/\`: \`install.log\`, \`start.log\`, \`agentapi.log\`,
\`project.log\` (clone), \`setup.log\` (setup script), \`code-server.log\`. The merged
Codex config is \`~/.codex/config.toml\`; your own edits there, and a model picked with \`/model\`,
survive restarts.
`;
