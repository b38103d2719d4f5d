/**
 * Hostile strings: quoting of every kind, shell and Terraform syntax, TOML specials, line endings,
 * control characters, unicode and a long text. Every payload that would run a command touches
 * `canary`; the tests check that the file never appears.
 */

/** One hostile input. */
export interface HostileCase {
  readonly name: string;
  readonly value: string;
}

/** The AGENTS.md marker lines of the install script (a system prompt may not contain them). */
export const AGENTS_MD_END_MARKER = "<!-- codex-module:end -->";

/** About 10 KiB of text with a hostile line every 64 lines. */
function longText(canary: string): string {
  const lines: string[] = [];
  for (let i = 0; lines.join("\n").length < 10 * 1024; i += 1) {
    lines.push(
      i % 64 === 63
        ? `line ${i}: $(touch ${canary}) "quoted" 'single' \\ \`tick\``
        : `line ${i}: the quick brown fox jumps over the lazy dog 0123456789`,
    );
  }
  return lines.join("\n");
}

/** The corpus (at least 40 strings), with `canary` as the target of every command payload. */
export function hostileCorpus(canary: string): HostileCase[] {
  const cases: HostileCase[] = [
    { name: "plain", value: "Plain words, nothing special." },
    { name: "single quote", value: "it's the user's 'quoted' text" },
    { name: "double quote", value: 'say "hello" and "bye"' },
    { name: "mixed quotes", value: `'"'"' "'" '"'` },
    { name: "shell quote escape", value: `'; touch ${canary}; echo '` },
    { name: "command substitution", value: `$(touch ${canary})` },
    { name: "backticks", value: `\`touch ${canary}\`` },
    { name: "variables", value: "$HOME ${HOME} $0 $$ $? $! $@ $* ${PATH:0:1} $'\\x41'" },
    { name: "semicolon", value: `; touch ${canary}` },
    { name: "and or pipe", value: `&& touch ${canary} || touch ${canary} | tee ${canary}` },
    { name: "redirections", value: `> ${canary} 2>&1 < /etc/passwd >> ${canary}` },
    { name: "process substitution", value: `<(touch ${canary}) >(touch ${canary})` },
    { name: "newlines", value: "first line\nsecond line\n\nfourth line" },
    { name: "newline command", value: `text\ntouch ${canary}\n` },
    { name: "crlf", value: "windows\r\nline endings\r\n" },
    { name: "lone cr", value: "carriage\rreturn" },
    { name: "tab", value: "a\tb\t\tc" },
    { name: "heredoc EOF", value: `EOF\ntouch ${canary}\nEOF` },
    { name: "heredoc markers", value: "<<'EOF'\n__EOF__\nEND_OF_SCRIPT\n'EOF'\nEOT" },
    { name: "toml basic triple", value: 'a """ b """' },
    { name: "toml literal triple", value: "c ''' d '''" },
    { name: "toml table header", value: "[x]\nkey = 1" },
    { name: "toml array of tables", value: '[[x]]\n[mcp_servers.evil]\ncommand = "touch"' },
    { name: "toml assignment", value: 'model = "injected" # comment' },
    { name: "toml escapes as text", value: '\\u0000 \\n \\t \\\\ \\" \\x41' },
    { name: "trailing backslash", value: "ends with a backslash \\" },
    { name: "json injection", value: '{"content":"x","type":"raw"}","type":"raw' },
    { name: "terraform interpolation", value: "${path.module} ${var.codex_model} $${escaped}" },
    { name: "terraform directive", value: "%{ if true }yes%{ endif } %%{literal}" },
    { name: "hcl heredoc", value: "<<-EOT\nbody\nEOT" },
    { name: "printf formats", value: "%s %d %n %x %% \\n" },
    { name: "dash options", value: "-e -n --help -- -rf" },
    { name: "globs", value: "* ? [a-z] ~ ~root {a,b} !(x)" },
    { name: "unicode", value: "Grüße, 你好, مرحبا, Ελληνικά, 🙂 👩‍💻 🇫🇷" },
    { name: "bidi and zero width", value: "a\u202eb\u202cc\u200bd\ufeffe\u2028f\u2029g" },
    { name: "combining", value: "e\u0301 n\u0303 a\u030a" },
    { name: "control characters", value: "bell\u0007 vt\u000b ff\u000c del\u007f" },
    { name: "ansi escape", value: "\u001b[31mred\u001b[0m \u001b]0;title\u0007" },
    { name: "surrounding whitespace", value: "   padded on both sides   " },
    { name: "trailing newline", value: "ends with a newline\n" },
    { name: "markdown comment", value: "<!-- a comment --> <!-- codex-module:begin" },
    { name: "long text", value: longText(canary) },
  ];
  return cases;
}

/** All values joined by blank lines (the "one real run per input kind"). */
export function joinedCorpus(cases: readonly HostileCase[]): string {
  return cases.map((c) => c.value).join("\n\n");
}

/** What bash's `$(…)` leaves of a value: the install script decodes its inputs that way. */
export function withoutTrailingNewlines(value: string): string {
  return value.replace(/\n+$/, "");
}

/**
 * `value` as a TOML basic string, with the escapes written here (independent of the code under
 * test): `"` and `\` escaped, newline and tab as `\n` and `\t`, other control characters as `\uXXXX`.
 */
export function tomlBasicString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
