import { gzipSync } from "node:zlib";
import { Fn, Token, ref } from "@codex-coder/cdk";

/** One file the wrapper writes before it runs the entry script. */
export interface WrappedFile {
  /** File name under `<moduleDir>/scripts/`. */
  readonly name: string;
  /** Path of the file inside the template directory; read with `file()` and gzipped at plan time. */
  readonly templatePath: string;
}

/** Options for {@link renderScriptWrapper}. */
export interface ScriptWrapperOptions {
  /** What the wrapper runs, e.g. "Codex install". */
  readonly title: string;
  /**
   * The construct's directory in the workspace (a shell word, e.g. `$HOME/.codex-module`; see
   * `naming.ts`): scripts, logs and state.
   */
  readonly moduleDir: string;
  /**
   * Environment the wrapper exports before it runs the entry script (`naming.ts`: the folders of a
   * construct other than the default one). Values are shell words in double quotes.
   * @default - none
   */
  readonly env?: Readonly<Record<string, string>>;

  /** Files to write into `<moduleDir>/scripts/`. */
  readonly files: readonly WrappedFile[];
  /** The script to run with bash (one of `files`). */
  readonly entry: string;
  /** Log file name under `<moduleDir>/logs/`. */
  readonly log: string;
  /** `ARG_*` values; each is `base64encode(...)`d at plan time (of the literal, or the expression). */
  readonly args: Readonly<Record<string, string>>;
  /** `ARG_*` values that are plain words the scripts parse (true/false, modes, ports): not encoded. */
  readonly plainArgs?: Readonly<Record<string, string>>;
  /**
   * `ARG_*` values that may be large: `base64gzip(...)`d at plan time; the script must accept
   * gzipped and plain base64.
   */
  readonly compressedArgs?: Readonly<Record<string, string>>;
}

/**
 * Linux's limit on one argument or environment string (`MAX_ARG_STRLEN`, 32 pages of 4 KiB,
 * including the terminating NUL). A `coder_script` runs as one `sh -c` argument, so its whole text
 * must stay below it.
 */
export const MAX_SINGLE_ARGUMENT_BYTES = 131072;

const PLAIN_WORD = /^[A-Za-z0-9._:/-]*$/;

/**
 * `base64encode(value)`, evaluated at plan time: the value stays readable in `main.tf` (a literal
 * or an expression), and the script receives it as one shell word whatever bytes it holds. The
 * empty string is its own base64.
 */
export function base64Arg(value: string): string {
  if (value === "") return "";
  if (changedByTerraform(value)) return encodedLiteral(value, false);
  return Fn.base64encode(value);
}

/**
 * Whether Terraform would change this literal's bytes: it rewrites every string into Unicode NFC.
 * Such a literal travels as base64 made at synth (plain ASCII), the one case where its bytes need it.
 */
export function changedByTerraform(value: string): boolean {
  return !Token.isUnresolved(value) && value !== value.normalize("NFC");
}

/**
 * `base64gzip(value)`, evaluated at plan time, for a value that may be large. The empty string
 * stays empty, as in {@link base64Arg}: the gzip of nothing is not nothing, and the scripts read an
 * empty argument as "none".
 */
function compressedArg(value: string): string {
  if (value === "") return "";
  if (changedByTerraform(value)) return encodedLiteral(value, true);
  return Fn.base64gzip(value);
}

/** What the workspace receives for one `ARG_*` literal: its base64, or the base64 of its gzip. */
function encodedLiteral(value: string, compressed: boolean): string {
  const bytes = Buffer.from(value, "utf8");
  return (compressed ? gzipSync(bytes, { level: 9 }) : bytes).toString("base64");
}

/**
 * The size a rendered wrapper will have in the workspace, in bytes, when every `ARG_*` value is a
 * literal (`undefined` otherwise: Terraform's `postcondition` on the script checks it at plan
 * time). The embedded files are gzipped here the way Terraform's `base64gzip` does it, so their
 * share is an estimate within a few hundred bytes. `parts` names what the largest shares are.
 */
export function estimateWrapperBytes(
  options: ScriptWrapperOptions,
  readFile: (templatePath: string) => string,
): { readonly bytes: number; readonly parts: Readonly<Record<string, number>> } | undefined {
  const values = [
    ...Object.values(options.args),
    ...Object.values(options.compressedArgs ?? {}),
    ...Object.values(options.plainArgs ?? {}),
  ];
  if (values.some((value) => Token.isUnresolved(value))) return undefined;
  // The values as Terraform will have evaluated them: base64 (of the gzip) of each literal.
  const evaluated: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.args)) {
    evaluated[name] = encodedLiteral(value, false);
  }
  for (const [name, value] of Object.entries(options.compressedArgs ?? {})) {
    evaluated[name] = value === "" ? "" : encodedLiteral(value, true);
  }
  const parts: Record<string, number> = {};
  const files = [...options.files];
  let bytes = 0;
  for (let line of renderScriptWrapper(options).split("\n")) {
    const file = line.startsWith("printf '%s' '") ? files.shift() : undefined;
    if (file !== undefined) {
      const gz = gzipSync(Buffer.from(readFile(file.templatePath), "utf8")).toString("base64");
      parts[file.name] = gz.length;
      line = line.replace(/^printf '%s' '[^']*'/, `printf '%s' '${gz}'`);
    }
    const arg = /^export (ARG_[A-Z0-9_]+)='/.exec(line);
    if (arg !== null) {
      const name = arg[1] as string;
      if (evaluated[name] !== undefined) line = `export ${name}='${evaluated[name]}'`;
      parts[name] = Buffer.byteLength(line);
    }
    bytes += Buffer.byteLength(line) + 1;
  }
  return { bytes: bytes - 1, parts };
}

/**
 * Renders a `coder_script` body: a short bash wrapper that writes the module's real script files
 * (embedded as base64, so nothing in them needs Terraform escaping), exports the `ARG_*` inputs
 * (base64, so no user text is ever parsed as shell), and runs the entry script, appending to its
 * log. Secrets are never part of it: they reach the scripts through `coder_env`.
 */
export function renderScriptWrapper(options: ScriptWrapperOptions): string {
  const lines: string[] = [
    "#!/usr/bin/env bash",
    `# ${options.title}: generated by @codex-coder/codex; the scripts it runs are in the template's codex/ folder.`,
    "set -euo pipefail",
    'command -v gzip >/dev/null 2>&1 || { echo "Error: the workspace image needs gzip (to unpack the Codex scripts)" >&2; exit 1; }',
    `module_dir="${options.moduleDir}"`,
    'mkdir -p "$module_dir/scripts" "$module_dir/logs"',
  ];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || /["\\`]|\$\{/.test(value)) {
      throw new Error(`internal: ${name}=${JSON.stringify(value)} is not a plain shell assignment`);
    }
    lines.push(`export ${name}="${value}"`);
  }
  // Gzipped at plan time: the agent runs a script as one `sh -c` argument, which Linux caps at
  // 128 KiB. Each file goes to a temporary name and is renamed into place, so a script the other
  // wrapper is running (both start at once) never sees a half-written file.
  for (const file of options.files) {
    // A raw expression: nesting cdktf's Fn helpers around `${path.module}` trips its escape check.
    const gz = Token.asString(ref(`base64gzip(file("\${path.module}/${file.templatePath}"))`));
    const target = `"$module_dir/scripts/${file.name}"`;
    const tmp = `"$module_dir/scripts/.${file.name}.$$"`;
    lines.push(`printf '%s' '${gz}' | base64 -d | gzip -dc > ${tmp}`, `mv -f ${tmp} ${target}`);
  }
  for (const [name, value] of Object.entries(options.args)) {
    lines.push(`export ${name}='${base64Arg(value)}'`);
  }
  for (const [name, value] of Object.entries(options.compressedArgs ?? {})) {
    lines.push(`export ${name}='${compressedArg(value)}'`);
  }
  for (const [name, value] of Object.entries(options.plainArgs ?? {})) {
    if (!Token.isUnresolved(value) && !PLAIN_WORD.test(value)) {
      throw new Error(`internal: ${name} must be a plain word, got ${JSON.stringify(value)}`);
    }
    lines.push(`export ${name}='${value}'`);
  }
  lines.push(
    `bash "$module_dir/scripts/${options.entry}" 2>&1 | tee -a "$module_dir/logs/${options.log}"`,
    "",
  );
  return lines.join("\n");
}
