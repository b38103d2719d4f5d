import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";

/**
 * The kinds of workspace the starter's template can run in:
 * - `docker`: a container per started workspace on the provisioner's Docker host;
 * - `kubernetes`: a Deployment (one pod) per started workspace in an existing namespace, with a
 *   PersistentVolumeClaim for `/home/coder` that survives stops.
 */
export const TEMPLATE_KINDS = ["docker", "kubernetes"] as const;

/**
 * Where a workspace's Codex gets its credentials (the `CodexAuth` factories of
 * `@codex-coder/codex` that need no further input):
 * - `user-secret`: each user's own `OPENAI_API_KEY` Coder secret; the template holds no key;
 * - `template-variable`: one key for everyone, a sensitive template variable set at push time
 *   (the CI workflow appends it to the variables file from a repository secret);
 * - `ai-gateway`: Coder's AI Gateway (Coder Premium); no key anywhere.
 */
export const AUTH_SOURCES = ["user-secret", "template-variable", "ai-gateway"] as const;

/** One of {@link TEMPLATE_KINDS}. */
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** One of {@link AUTH_SOURCES}. */
export type AuthSource = (typeof AUTH_SOURCES)[number];

/**
 * Coder template names, narrowed to lowercase because the name is also a file and folder name in
 * the new repository. The template kit checks Coder's own rule again at build time.
 */
export const STARTER_TEMPLATE_NAME_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** npm package names the starter writes: lowercase, no scope. */
const PACKAGE_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** What the starter writes, fully resolved. */
export interface StarterOptions {
  /** Absolute path of the new repository. */
  readonly directory: string;
  /** `name` of the new repository's package.json. @default the directory's name */
  readonly packageName: string;
  /** The Coder template's name (`coder templates push <name>`). @default "codex-<kind>" */
  readonly templateName: string;
  /** Where workspaces run: one of {@link TEMPLATE_KINDS}. @default "docker" */
  readonly kind: TemplateKind;
  /** How Codex authenticates. @default "user-secret" */
  readonly auth: AuthSource;
  /** Write into a directory that is not empty (files the starter writes are replaced). @default false */
  readonly force: boolean;
}

/** A command line the starter cannot act on; the message names the flag, the value and what is allowed. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The `--help` text. */
export const USAGE: string = `Usage: npm create @codex-coder/templates <directory> -- [options]

Writes a new repository of Coder templates with OpenAI Codex, built on the published
@codex-coder packages. It never asks anything: every option has a default.

Options:
  --name <template-name>  the Coder template's name (lowercase letters, digits, single hyphens)
                          default: codex-<kind>
  --kind <kind>           where workspaces run: ${TEMPLATE_KINDS.join(", ")}; default: docker
  --auth <source>         how Codex authenticates: ${AUTH_SOURCES.join(", ")};
                          default: user-secret (each user's own OPENAI_API_KEY Coder secret)
  --package-name <name>   name in package.json; default: the directory's name
  --force                 write into a directory that is not empty
  -h, --help              show this text
`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${flag}: ${JSON.stringify(value)} is not allowed; use one of ${allowed.join(", ")}`,
  );
}

/** Checks a template name; `undefined` when it is allowed, else what is wrong with it. */
export function templateNameProblem(name: string): string | undefined {
  if (!STARTER_TEMPLATE_NAME_PATTERN.test(name)) {
    return `must be lowercase letters and digits in groups joined by single hyphens (${STARTER_TEMPLATE_NAME_PATTERN.source})`;
  }
  if (name.length > 32) return "must be at most 32 characters";
  if (name === "new" || name === "create") return "must not be new or create (Coder's routes)";
  return undefined;
}

/**
 * Reads the command line (without `node` and the script).
 *
 * @returns the options, or `"help"` when `--help` was given
 * @throws UsageError naming the flag, the value and what is allowed
 */
export function parseStarterArgs(argv: readonly string[], cwd: string): StarterOptions | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: "string" },
        kind: { type: "string" },
        auth: { type: "string" },
        "package-name": { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) return "help";
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "<directory>: missing; give the folder of the new repository, e.g. my-templates"
        : `<directory>: exactly one is allowed, got ${positionals.map((p) => JSON.stringify(p)).join(", ")}`,
    );
  }
  const directory = resolve(cwd, positionals[0] ?? "");
  const kind = oneOf("kind", values.kind ?? "docker", TEMPLATE_KINDS);
  const auth = oneOf("auth", values.auth ?? "user-secret", AUTH_SOURCES);
  const templateName = values.name ?? `codex-${kind}`;
  const nameProblem = templateNameProblem(templateName);
  if (nameProblem !== undefined) {
    throw new UsageError(`--name: ${JSON.stringify(templateName)} ${nameProblem}`);
  }
  const packageName = values["package-name"] ?? basename(directory).toLowerCase();
  if (!PACKAGE_NAME_PATTERN.test(packageName) || packageName.length > 214) {
    throw new UsageError(
      `--package-name: ${JSON.stringify(packageName)} is not an npm package name (lowercase letters, digits, ".", "_", "-"); pass --package-name`,
    );
  }
  return { directory, packageName, templateName, kind, auth, force: values.force === true };
}
