/**
 * The size limit of a `coder_script`: the Coder agent runs it as one `sh -c` argument, and Linux
 * refuses an argument of 128 KiB or more ("Argument list too long") when the workspace starts.
 * Checked at synth time when the whole script is known, and by a Terraform postcondition at plan
 * time (the template push) when a value comes from a variable or data source.
 */
import type { Construct } from "@codex-coder/cdk";
import type { script } from "@codex-coder/provider-coder";
import { CodexValidationError } from "./errors.js";
import {
  MAX_SINGLE_ARGUMENT_BYTES,
  estimateWrapperBytes,
  type ScriptWrapperOptions,
} from "./_script-wrapper.js";

/** The props each `ARG_*` value of the install wrapper comes from, for the error message. */
const SOURCES: Readonly<Record<string, string>> = {
  ARG_MANAGED_CONFIG:
    "the config.toml settings (extraSettingsToml, mcpServersToml, mcpServers, the auth provider)",
  ARG_TEMPLATE_TOML: "tomlOptions",
  ARG_PRE_INSTALL_SCRIPT: "preInstallScript",
  ARG_POST_INSTALL_SCRIPT: "postInstallScript",
  ARG_AGENTS_MD: "systemPrompt",
  ARG_FOLDER: "folder",
  ARG_TASK_PROMPT: "taskPrompt",
};

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Fails synth when the wrapper, with every value known, would reach the limit; the message names
 * the props with the largest shares (after compression) and how large each is.
 *
 * @throws CodexValidationError with code `ScriptTooLarge`.
 */
export function checkScriptSize(
  scope: Construct,
  which: "install" | "start",
  options: ScriptWrapperOptions,
  readFile: (templatePath: string) => string,
): void {
  const estimate = estimateWrapperBytes(options, readFile);
  if (estimate === undefined || estimate.bytes < MAX_SINGLE_ARGUMENT_BYTES) return;
  const shares = Object.entries(estimate.parts)
    .filter(([name]) => SOURCES[name] !== undefined)
    .sort((a, b) => b[1] - a[1])
    .filter(([, bytes]) => bytes >= 1024);
  const largest = shares[0]?.[0];
  throw new CodexValidationError("Codex", scope.node.path, [
    {
      code: "ScriptTooLarge",
      path: largest === undefined ? "(scripts)" : (SOURCES[largest] as string),
      message:
        `the ${which} script would be about ${kib(estimate.bytes)}, and a coder_script runs as one ` +
        `\`sh -c\` argument, which Linux limits to 128 KiB; its largest parts (compressed): ` +
        `${shares.map(([name, bytes]) => `${SOURCES[name]} ${kib(bytes)}`).join(", ")}; ` +
        "make them smaller (e.g. ship large files in the image and point to them)",
    },
  ]);
}

/**
 * Adds a postcondition to the script resource: Terraform refuses the plan (the template push, or a
 * workspace build) when the rendered script reaches the limit, e.g. because of a long value in a
 * template variable.
 */
export function limitScriptSize(resource: script.Script, which: "install" | "start"): void {
  resource.addOverride("lifecycle.postcondition", [
    {
      condition: `\${length(self.script) < ${MAX_SINGLE_ARGUMENT_BYTES}}`,
      error_message:
        `The Codex ${which} script is 128 KiB or longer, and Linux refuses an argument that long ` +
        "when the workspace starts: a template variable (model, provider URL or headers, extra " +
        "settings) or the task prompt is too large.",
    },
  ]);
}
