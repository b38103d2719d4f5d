/** Strings that break naive TOML writers: quotes of every kind, escapes, controls, unicode, size. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  'double " quote',
  "single ' quote",
  'three """ quotes',
  "three ''' quotes",
  '""""""',
  "back\\slash \\n \\u0041 \\",
  "line\nbreaks\r\nand\ttabs",
  "controls \u0000 \u0001 \u001f \u007f \b \f",
  "unicode é 漢字 🙂 \u200d \u2028 \u2029 \u202e rtl",
  '[not.a.table]\nkey = "value"\n# not a comment',
  "x".repeat(10 * 1024),
  Array.from({ length: 400 }, (_, i) => `line ${i} "q" '\\' """`).join("\n"),
];
