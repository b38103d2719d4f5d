/**
 * Edits of `~/.codex/config.toml` between restarts, made the way their authors make them: a user
 * with an editor, and Codex itself (the writes Codex 0.169 makes, from the research notes in
 * /work/shared/research/codex-cli.md §1.3).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";

/** A user adds a table of their own, with comments, at the end of the file. */
export const USER_TABLE = [
  "",
  "# My own tool, added by hand: keep me.",
  "[mcp_servers.user_tool]",
  'command = "user-tool"',
  'args = ["--stdio"] # trailing comment',
  "",
].join("\n");

export function addUserTable(file: string): void {
  appendFileSync(file, USER_TABLE);
}

/** Codex after the trust prompt: `[projects."<root>"] trust_level = "trusted"` appended. */
export function addTrustEntry(file: string, folder: string): void {
  appendFileSync(file, `\n[projects.${JSON.stringify(folder)}]\ntrust_level = "trusted"\n`);
}

/** Codex after the model-migration prompt. */
export function addModelMigrationNotice(file: string): void {
  appendFileSync(file, '\n[notice.model_migrations]\n"gpt-5.5" = "gpt-6-sol"\n');
}

/**
 * Codex's `/model`: a root `model = "…"` key. An existing root `model` line gets the new value in
 * place; otherwise the line goes right after the last root key (before the first table).
 */
export function setModelLikeCodex(file: string, model: string): void {
  const lines = readFileSync(file, "utf8").split("\n");
  const firstTable = lines.findIndex((line) => /^\s*\[/.test(line));
  const rootEnd = firstTable === -1 ? lines.length : firstTable;
  const line = `model = ${JSON.stringify(model)}`;
  const existing = lines.slice(0, rootEnd).findIndex((l) => /^\s*model\s*=/.test(l));
  if (existing !== -1) {
    lines[existing] = line;
  } else {
    let lastKey = -1;
    for (let i = 0; i < rootEnd; i += 1)
      if (/^\s*[A-Za-z0-9_"'-]+\s*=/.test(lines[i] ?? "")) lastKey = i;
    lines.splice(lastKey + 1, 0, line);
  }
  writeFileSync(file, lines.join("\n"));
}

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
