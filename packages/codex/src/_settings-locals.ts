import {
  Fn,
  TerraformLocal,
  Token,
  escapeTemplateText,
  ref,
  type Construct,
} from "@codex-coder/cdk";
import { dottedPath, type ManagedSettingSpec, type SettingValue } from "./managed-settings.js";
import type { ValidationProblem } from "./errors.js";
import type { CodexNames } from "./naming.js";
import { containsToken } from "./_choice.js";

/**
 * Writes the managed `config.toml` settings into the template as a `locals` block a reviewer can
 * read, and returns the install script's `ARG_MANAGED_CONFIG` document for it (`jsonencode(...)`).
 *
 * With every choice a literal, one local lists the settings. When some depend on a template
 * variable, `<base>_config_candidates` lists every candidate with its `when` condition and
 * `<base>_config` keeps those whose condition holds (a `for` expression), so the workspace receives
 * concrete settings and evaluates nothing. The wrapper passes it as `base64gzip(...)`: base64
 * because it travels as a single-quoted shell word, gzip because it may be large.
 *
 * @internal
 */
export function managedConfigLocals(
  scope: Construct,
  names: CodexNames,
  specs: readonly ManagedSettingSpec[],
): string {
  specs = specs.map((s) => ({
    ...s,
    path: s.path.map(literalText),
    value: literalTemplate(s.value),
  }));
  const conditional = specs.some((s) => s.when !== undefined);
  const configName = names.terraformName("config");
  let config: TerraformLocal;
  if (!conditional) {
    config = new TerraformLocal(
      scope,
      "config",
      specs.map((s) => ({ path: s.path, value: s.value })),
    );
    config.overrideLogicalId(configName);
  } else {
    const candidatesName = names.terraformName("config_candidates");
    const candidates = new TerraformLocal(
      scope,
      "config-candidates",
      specs.map((s) => ({ path: s.path, value: s.value, when: s.when ?? true })),
    );
    candidates.overrideLogicalId(candidatesName);
    config = new TerraformLocal(
      scope,
      "config",
      Token.asAny(
        ref(`[for s in local.${candidatesName} : { path = s.path, value = s.value } if s.when]`),
      ),
    );
    config.overrideLogicalId(configName);
  }
  return Fn.jsonencode({ version: 1, settings: config.expression });
}

/**
 * A setting value as a Terraform JSON value (the keys of its path likewise): in a literal string,
 * `${` and `%{` are escaped (`$${`, `%%{`), so Terraform reads them as text; a value holding an
 * expression is left as it is.
 */
function literalTemplate(value: SettingValue): SettingValue {
  if (typeof value === "string") return literalText(value);
  if (Array.isArray(value)) return value.map(literalTemplate);
  return value;
}

/** A key or string value: escaped for Terraform when literal, as it is when it holds an expression. */
function literalText(text: string): string {
  return Token.isUnresolved(text) ? text : escapeTemplateText(text);
}

/**
 * The document's JSON text when every setting is a literal (no condition, no expression), as the
 * workspace will receive it; `undefined` otherwise.
 *
 * @internal
 */
export function literalDocument(specs: readonly ManagedSettingSpec[]): string | undefined {
  if (specs.some((s) => s.when !== undefined || containsToken(s.value))) return undefined;
  return JSON.stringify({
    version: 1,
    settings: specs.map((s) => ({ path: s.path, value: s.value })),
  });
}

/**
 * The settings holding literal text Terraform would rewrite on its way to the workspace: when the
 * config goes through Terraform expressions, every string in it is rewritten into Unicode NFC, so a
 * key or value that is not NFC would not reach `config.toml` as written. Refused at synth instead.
 *
 * @internal
 */
export function textTerraformWouldRewrite(
  specs: readonly ManagedSettingSpec[],
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const spec of specs) {
    const texts = [...spec.path, ...stringsIn(spec.value)];
    const rewritten = texts.find((t) => !Token.isUnresolved(t) && t !== t.normalize("NFC"));
    if (rewritten === undefined) continue;
    problems.push({
      code: "TextNotNfc",
      path: spec.source,
      message:
        `${dottedPath(spec.path)}: ${JSON.stringify(rewritten)} is not in Unicode NFC. With a Codex ` +
        "choice set by a template variable the settings pass through Terraform, which rewrites every " +
        "string into NFC, so it would not reach config.toml as written. Write it in NFC " +
        "(String.prototype.normalize), or make every Codex choice a literal.",
    });
  }
  return problems;
}

function stringsIn(value: SettingValue): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  return [];
}
