import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Runs the real `terraform` binary (from `CODEX_CODER_TERRAFORM` or PATH) for the HCL printer
 * tests. Nothing here downloads providers: configurations are initialised either without any
 * provider (builtin `terraform_data` only) or from the local provider mirror.
 */

/** Result of one terraform run. */
export interface TerraformRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const TERRAFORM = process.env["CODEX_CODER_TERRAFORM"] ?? "terraform";
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "..");

function environment(cliConfigFile: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // Without a provider mirror, no CLI configuration (this machine points TF_CLI_CONFIG_FILE at
    // a file that does not exist).
    TF_CLI_CONFIG_FILE: cliConfigFile ?? "/dev/null",
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
}

/**
 * The CLI configuration of the local provider mirror written by `npm run setup:tools` (mirror
 * mode: providers built from source, `terraform init` never contacts a registry), or `undefined`
 * when it has not been set up.
 */
export function providerMirrorConfig(): string | undefined {
  const toolchain = join(REPO_ROOT, ".cache", "toolchain", "toolchain.json");
  if (!existsSync(toolchain)) return undefined;
  const parsed = JSON.parse(readFileSync(toolchain, "utf8")) as {
    mode?: unknown;
    cliConfigFile?: unknown;
  };
  const config = parsed.cliConfigFile;
  return parsed.mode === "mirror" && typeof config === "string" && existsSync(config)
    ? config
    : undefined;
}

/** Runs terraform with `args` in `cwd`, feeding `stdin` when given. */
export function terraform(
  args: readonly string[],
  cwd: string,
  stdin?: string,
  cliConfigFile?: string,
): Promise<TerraformRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TERRAFORM, ["-chdir=" + cwd, ...args], {
      env: environment(cliConfigFile),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** Runs terraform and throws with its output when it fails. */
export async function terraformOk(
  args: readonly string[],
  cwd: string,
  stdin?: string,
  cliConfigFile?: string,
): Promise<string> {
  const run = await terraform(args, cwd, stdin, cliConfigFile);
  if (run.code !== 0) {
    throw new Error(
      `terraform ${args.join(" ")} failed (${run.code}):\n${run.stderr}${run.stdout}`,
    );
  }
  return run.stdout;
}

/** What `terraform fmt -` makes of `text`. */
export function terraformFmt(text: string): Promise<string> {
  return terraformOk(["fmt", "-no-color", "-"], tmpdir(), text);
}

/**
 * `terraform fmt -check -diff` on every `*.tf` file in `dir`; throws with the diff when a file is
 * not formatted the way terraform fmt formats it.
 */
export async function terraformFmtCheck(dir: string): Promise<void> {
  await terraformOk(["fmt", "-check", "-diff", "-no-color"], dir);
}

/** Creates a temporary directory holding `files`, runs `use` in it, then removes it. */
export async function withFiles<T>(
  files: Readonly<Record<string, string>>,
  use: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "hcl-printer-"));
  try {
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `terraform init` (no backend) then `terraform validate`. Without `cliConfigFile` the
 * configuration must need no provider; with the provider mirror's, providers come from the mirror.
 */
export async function terraformValidate(dir: string, cliConfigFile?: string): Promise<void> {
  await terraformOk(["init", "-backend=false", "-no-color"], dir, undefined, cliConfigFile);
  await terraformOk(["validate", "-no-color"], dir, undefined, cliConfigFile);
}

/** `terraform init`, `apply`, and the outputs as `terraform output -json` reports them. */
export async function terraformApplyOutputs(dir: string): Promise<unknown> {
  await terraformOk(["init", "-no-color"], dir);
  await terraformOk(["apply", "-auto-approve", "-no-color"], dir);
  return JSON.parse(await terraformOk(["output", "-json", "-no-color"], dir)) as unknown;
}
