/**
 * Extra `config.toml` settings as TOML text the template only knows at plan time (a template
 * variable's or a workspace parameter's value): they reach the workspace as text, and the install
 * script checks them here, as the construct checks literal TOML at synth time, before they join the
 * managed settings. Every error names the option the text came from (e.g. the template variable
 * `codex_extra_settings_toml`), so the administrator knows what to fix.
 */
import { decodeBase64Text } from "./base64-text.js";
import { validateCodexSettings } from "./codex-rules.js";
import { ConfigError } from "./errors.js";
import { parseExtraToml } from "./extra-toml.js";
import { formatKeyPath } from "./toml-format.js";
import { isPathPrefix, isTable, type ManagedSetting } from "./toml-value.js";

/** One piece of template TOML. */
export interface TemplateToml {
  /** What messages call it: the template variable or parameter, e.g. `codex_mcp_servers_toml`. */
  readonly name: string;
  /** The TOML text; empty means nothing. */
  readonly toml: string;
  /** Only `[mcp_servers.<name>]` tables are allowed. */
  readonly mcpServersOnly: boolean;
}

/**
 * Decodes `ARG_TEMPLATE_TOML`: base64 (of the gzip) of a JSON array of {@link TemplateToml}.
 *
 * @throws ConfigError naming `source` when it is not that.
 */
export function decodeTemplateToml(base64: string, source: string): TemplateToml[] {
  if (base64.trim() === "") return [];
  const text = decodeBase64Text(base64, source);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(document)) throw new ConfigError(`${source} must be a JSON array`);
  return document.map((entry: unknown, index) => {
    if (
      !isTable(entry) ||
      typeof entry["name"] !== "string" ||
      !/^[A-Za-z0-9_.-]+$/.test(entry["name"]) ||
      typeof entry["toml"] !== "string" ||
      typeof entry["mcpServersOnly"] !== "boolean"
    ) {
      throw new ConfigError(
        `${source}[${index}] must be {"name": <option name>, "toml": <text>, "mcpServersOnly": <bool>}`,
      );
    }
    return { name: entry["name"], toml: entry["toml"], mcpServersOnly: entry["mcpServersOnly"] };
  });
}

/**
 * A table Codex reads as one unit (an MCP server or a model provider): TOML must not add keys to
 * one the template manages, since the result would be neither what the template nor the TOML says.
 */
function unitTable(path: readonly string[]): readonly string[] | undefined {
  const [head, name] = path;
  if ((head === "mcp_servers" || head === "model_providers") && name !== undefined) {
    return [head, name];
  }
  return undefined;
}

/**
 * Parses and checks each piece of template TOML against the managed settings (`desired`) and the
 * rules of Codex 0.169, and returns the settings to add.
 *
 * @throws ConfigError naming the option and every problem found: invalid TOML, a non-MCP key in an
 *   MCP-only option, a key the template manages already (or in a table it manages), a key two
 *   options both set, or a value Codex would reject or ignore.
 */
export function templateTomlSettings(
  desired: readonly ManagedSetting[],
  pieces: readonly TemplateToml[],
): ManagedSetting[] {
  const added: Array<ManagedSetting & { readonly from: string }> = [];
  const problems: string[] = [];
  for (const piece of pieces) {
    if (piece.toml.trim() === "") continue;
    let settings: ManagedSetting[];
    try {
      settings = parseExtraToml(piece.toml);
    } catch (error) {
      problems.push(`${piece.name}: ${(error as Error).message}`);
      continue;
    }
    const accepted: ManagedSetting[] = [];
    for (const setting of settings) {
      const key = formatKeyPath(setting.path);
      if (piece.mcpServersOnly && (setting.path[0] !== "mcp_servers" || setting.path.length < 3)) {
        problems.push(`${piece.name}: may only hold [mcp_servers.<name>] tables, got \`${key}\``);
        continue;
      }
      const table = unitTable(setting.path);
      const owner =
        table === undefined ? undefined : desired.find((d) => isPathPrefix(table, d.path));
      if (table !== undefined && owner !== undefined) {
        problems.push(
          `${piece.name}: \`${key}\` is in the table \`${formatKeyPath(table)}\`, which the template manages (\`${formatKeyPath(owner.path)}\`); pick another name`,
        );
        continue;
      }
      const clash =
        desired.find(
          (d) => isPathPrefix(d.path, setting.path) || isPathPrefix(setting.path, d.path),
        ) ??
        added.find((d) => isPathPrefix(d.path, setting.path) || isPathPrefix(setting.path, d.path));
      if (clash !== undefined) {
        const by = "from" in clash ? `${String(clash.from)}` : "the template";
        problems.push(
          `${piece.name}: \`${key}\` collides with \`${formatKeyPath(clash.path)}\`, which ${by} sets already`,
        );
        continue;
      }
      accepted.push(setting);
    }
    for (const problem of validateCodexSettings(accepted)) {
      problems.push(
        `${piece.name}: ${problem.message}${problem.effect === "ignored" ? " (Codex 0.169 ignores it)" : ""}`,
      );
    }
    for (const setting of accepted) added.push({ ...setting, from: piece.name });
  }
  if (problems.length > 0) {
    throw new ConfigError(
      `the template's TOML settings were refused, so config.toml was left untouched: ${problems.join("; ")}`,
    );
  }
  return added.map(({ path, value }) => ({ path, value }));
}
