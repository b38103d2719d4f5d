import { GENERATED_HEADER } from "../format.js";
import { nestingChange } from "../hcl/expression-format.js";
import { scanTemplate, type Token } from "../hcl/scanner.js";
import { stableStringify, type JsonValue } from "../json.js";
import { parseHcl } from "./hcl-round-trip.js";

/**
 * What a generated `main.tf` must look like to read as hand-written HCL (issue #14): the rules
 * each template's tests check on its built file. Structure comes from HashiCorp's HCL parser
 * (hcl2json) and expressions from the printer's own scanner; only the line-length rule and the
 * search for base64 literals read the text.
 */

/** The most characters a line may have outside heredoc bodies. */
export const MAX_LINE_LENGTH = 160;

/** One thing in a `main.tf` that does not read as hand-written. */
export interface ReadabilityProblem {
  /**
   * - `Header`: the file does not open with the generated-file header.
   * - `LineLength`: a line outside heredoc bodies is longer than {@link MAX_LINE_LENGTH}.
   * - `Base64Literal`: a base64 literal of readable text (`base64encode("…")` of the text says it).
   * - `SingleContains`: `contains([x], v)`, which is `v == x`.
   * - `LiteralFirst`: a comparison with the literal on the left (`"" != var.x`).
   * - `DuplicateDataSource`: two data sources of the same type with the same arguments.
   */
  readonly rule:
    | "Header"
    | "LineLength"
    | "Base64Literal"
    | "SingleContains"
    | "LiteralFirst"
    | "DuplicateDataSource";
  readonly message: string;
}

const COMPARISONS = new Set<Token["type"]>([
  "EqualOp",
  "NotEqual",
  "LessThan",
  "GreaterThan",
  "LessThanEq",
  "GreaterThanEq",
]);

function isLiteral(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.type === "NumberLit" || token.type === "CQuote") return true;
  return token.type === "Ident" && ["true", "false", "null"].includes(token.text);
}

/** The number of elements of the tuple opened at `open` (`[` … `]`). */
function tupleLength(tokens: readonly Token[], open: number): number {
  let level = 0;
  let commas = 0;
  let last: Token | undefined;
  for (let i = open; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.type === "Newline") continue;
    level += nestingChange(token);
    if (level === 0) {
      if (last === undefined || last.type === "OBrack") return 0;
      return commas + (last.type === "Comma" ? 0 : 1);
    }
    if (level === 1 && token.type === "Comma") commas += 1;
    last = token;
  }
  return -1;
}

function expressionProblems(tokens: readonly Token[], where: string): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  const significant = tokens.filter((token) => token.type !== "Newline");
  significant.forEach((token, i) => {
    if (COMPARISONS.has(token.type) && isLiteral(significant[i - 1])) {
      problems.push({
        rule: "LiteralFirst",
        message: `${where}: a comparison with the literal on the left (${significant[i - 1]?.text} ${token.text} …)`,
      });
    }
    if (
      token.type === "Ident" &&
      token.text === "contains" &&
      significant[i + 1]?.type === "OParen" &&
      significant[i + 2]?.type === "OBrack" &&
      tupleLength(significant, i + 2) === 1
    ) {
      problems.push({
        rule: "SingleContains",
        message: `${where}: contains([…]) with one element; write the comparison`,
      });
    }
  });
  return problems;
}

/** Every string in hcl2json's output, with where it is. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const item of value as unknown[]) yield* strings(item, path);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield* strings(key, path);
      yield* strings(item, path === "" ? key : `${path}.${key}`);
    }
  }
}

function lineProblems(text: string): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  let marker: string | undefined;
  text.split("\n").forEach((line, i) => {
    if (marker !== undefined) {
      if (line.trim() === marker) marker = undefined;
      return;
    }
    if ([...line].length > MAX_LINE_LENGTH) {
      problems.push({
        rule: "LineLength",
        message: `line ${i + 1} has ${[...line].length} characters (at most ${MAX_LINE_LENGTH}): ${line.slice(0, 60)}…`,
      });
    }
    const heredoc = /<<-?([A-Za-z_][A-Za-z0-9_-]*)$/.exec(line);
    if (heredoc !== null) marker = heredoc[1];
  });
  return problems;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A quoted or single-quoted word that is the base64 of readable text. */
function base64Problems(text: string): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  for (const match of text.matchAll(/(["'])([A-Za-z0-9+/]{8,}={0,2})\1/g)) {
    const word = match[2] as string;
    if (word.length % 4 !== 0) continue;
    const bytes = Buffer.from(word, "base64");
    if (bytes.toString("base64") !== word) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    // Readable: printable text that Terraform keeps as it is (Unicode NFC), so it could be written.
    if (
      /[\p{Cc}\p{Cf}]/u.test(decoded.replace(/[\n\t]/g, "")) ||
      decoded.normalize("NFC") !== decoded
    ) {
      continue;
    }
    problems.push({
      rule: "Base64Literal",
      message: `${word} is the base64 of ${JSON.stringify(decoded)}; write base64encode(${JSON.stringify(decoded)})`,
    });
  }
  return problems;
}

function duplicateDataSources(parsed: unknown): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  const data = (parsed as { data?: Record<string, Record<string, unknown[]>> }).data ?? {};
  for (const [type, byName] of Object.entries(data)) {
    const seen = new Map<string, string>();
    for (const [name, bodies] of Object.entries(byName)) {
      for (const body of bodies) {
        const key = stableStringify(body as JsonValue);
        const other = seen.get(key);
        if (other !== undefined) {
          problems.push({
            rule: "DuplicateDataSource",
            message: `data.${type}.${name} has the same arguments as data.${type}.${other}`,
          });
        } else {
          seen.set(key, name);
        }
      }
    }
  }
  return problems;
}

/**
 * Every readability problem of a `main.tf`, in the order of the rules of
 * {@link ReadabilityProblem}; empty when it reads as hand-written.
 */
export async function readabilityProblems(text: string): Promise<ReadabilityProblem[]> {
  const problems: ReadabilityProblem[] = [];
  const header = GENERATED_HEADER.map((line) => `# ${line}\n`).join("");
  if (!text.startsWith(`${header}\n`)) {
    problems.push({
      rule: "Header",
      message: "main.tf does not open with the generated-file header",
    });
  }
  problems.push(...lineProblems(text), ...base64Problems(text));
  const parsed = await parseHcl(text);
  const expressions: ReadabilityProblem[] = [];
  for (const [where, value] of strings(parsed, "")) {
    for (const part of scanTemplate(value)) {
      if (part.kind === "sequence") expressions.push(...expressionProblems(part.tokens, where));
    }
  }
  problems.push(
    ...expressions.filter((p) => p.rule === "SingleContains"),
    ...expressions.filter((p) => p.rule === "LiteralFirst"),
    ...duplicateDataSources(parsed),
  );
  return problems;
}
