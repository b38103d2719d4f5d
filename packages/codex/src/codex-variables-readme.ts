import { MAX_TEXT_VARIABLE_CHARS } from "./codex-variables.js";

/**
 * Example values of the free-text {@link CodexVariables} (MCP servers, extra settings, install
 * scripts), as a template README shows them. The e2e test `template-options.test.ts` installs
 * exactly these with the real Codex, so the README's example stays true.
 */
export const CODEX_VARIABLE_EXAMPLES: Readonly<
  Record<
    | "codex_mcp_servers_toml"
    | "codex_extra_settings_toml"
    | "codex_pre_install_script"
    | "codex_post_install_script",
    string
  >
> = {
  codex_mcp_servers_toml: [
    "[mcp_servers.playwright]",
    'command = "npx"',
    'args = ["-y", "@playwright/mcp@latest"]',
    "",
    "[mcp_servers.docs]",
    'url = "https://mcp.example.com/mcp"',
    "",
  ].join("\n"),
  codex_extra_settings_toml: [
    'model_reasoning_effort = "high"',
    "",
    "[tui]",
    "notifications = true",
    "",
  ].join("\n"),
  codex_pre_install_script: "git config --global pull.rebase true\n",
  codex_post_install_script: "codex mcp list\n",
};

/** `text` as a YAML block scalar (`|`) under `key`, indented by two spaces. */
function yamlBlock(key: string, text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return [`${key}: |`, ...lines.map((l) => (l === "" ? "" : `  ${l}`))].join("\n");
}

/**
 * The README section that documents the MCP server, extra settings and install script variables of
 * {@link CodexVariables}, with a variables file example; both bundled templates include it.
 *
 */
export function codexOptionsReadmeSection(): string {
  const examples = Object.entries(CODEX_VARIABLE_EXAMPLES)
    .map(([key, text]) => yamlBlock(key, text))
    .join("\n");
  return `## MCP servers, extra Codex settings and install scripts

Four more variables reach what Codex can do in every workspace of the template. All are empty by
default. Add them to the variables file (\`codex.yaml\` above); a YAML block scalar (\`|\`) keeps
their lines:

\`\`\`yaml
${examples}
\`\`\`

| variable | what | checked |
| --- | --- | --- |
| \`codex_mcp_servers_toml\` | MCP servers as \`[mcp_servers.<name>]\` tables of Codex's \`config.toml\` (\`command\`/\`args\`/\`env\` for a local server, \`url\` for a streamable HTTP one) | push: it must start with an \`[mcp_servers.<name>]\` table (after blank and \`#\` lines); start: valid TOML, only MCP server tables, not \`coder\` (the template's own), nothing Codex would refuse |
| \`codex_extra_settings_toml\` | any other \`config.toml\` settings, e.g. \`model_reasoning_effort\`, \`[tui]\` | start: valid TOML, no key the template sets (model, sandbox, approvals, providers, the Coder MCP server), nothing Codex would refuse or ignore |
| \`codex_pre_install_script\` | bash run in the project folder before Codex is installed (log \`~/.codex-module/logs/pre_install.log\`) | a failure stops the install |
| \`codex_post_install_script\` | bash run after Codex is installed (log \`~/.codex-module/logs/post_install.log\`) | a failure stops the install |

Each is at most ${MAX_TEXT_VARIABLE_CHARS} characters (the push refuses more, naming the variable):
they travel inside the install script, which Linux limits to 128 KiB as a single argument.
Terraform cannot read TOML, so the two TOML variables reach the workspace as written (in Unicode
NFC, as Terraform keeps every string) and the install script checks them there. A mistake stops
the install with an error that names the variable, shown in the log of the "Codex: install"
script, and leaves \`~/.codex/config.toml\` as it was; for example
\`\`codex_extra_settings_toml: \`sandbox_mode\` collides with \`sandbox_mode\`, which the template sets already\`\`.
The settings join the template's own on every start; a user's later edit of the same key in
\`~/.codex/config.toml\` is kept.
`;
}
