import { TerraformStack, type Construct } from "@codex-coder/cdk";
import { TemplateValidationError, formatProblem, type ValidationProblem } from "./errors.js";
import { renderReadme } from "./readme.js";
import { terraformNameProblems } from "./stable-names.js";
import {
  filePathProblems,
  toTemplateFiles,
  type FileContent,
  type TemplateFiles,
} from "./template-files.js";
import { templateMetadataProblems, type TemplateMetadata } from "./template-metadata.js";

/** Props of a {@link TemplateStack}: what Coder shows about the template. */
export interface TemplateStackProps {
  /**
   * Coder template name, used by `coder templates push <name>` and for `dist/<name>.tar`.
   * At most 32 characters; letters and digits in groups joined by single hyphens
   * (`^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$`); not `new` or `create`.
   *
   * @default - the stack's construct id
   */
  readonly name?: string;
  /**
   * Name shown in the Coder dashboard (README front matter `display_name`, and the README's H1).
   * One line, at most 64 bytes, no leading or trailing whitespace.
   */
  readonly displayName: string;
  /**
   * One-line description shown in the dashboard (front matter `description`); fewer than 128
   * characters.
   */
  readonly description: string;
  /**
   * Icon (front matter `icon`): a path Coder serves such as `/icon/docker.png`, a path relative to
   * the README, or a URL. No whitespace.
   */
  readonly icon: string;
  /**
   * Front-matter tags; lowercase letters and digits joined by single hyphens, no duplicates.
   *
   * @default []
   */
  readonly tags?: readonly string[];
  /**
   * Front-matter `verified` flag.
   *
   * @default - not written to the front matter
   */
  readonly verified?: boolean;
  /**
   * README body in Markdown, written below the generated `# <displayName>`. It must not contain a
   * level-1 heading or front matter of its own.
   *
   * @default - the description
   */
  readonly readme?: string;
}

const TEMPLATE_STACK = Symbol.for("@codex-coder/template-kit.TemplateStack");

/** Files the writer generates itself; {@link TemplateStack.addFile} refuses them. */
const GENERATED_FILES = new Set(["README.md", "main.tf", "main.tf.json"]);

/**
 * A cdktf stack that synthesizes to a Coder template:
 *
 * - no `terraform.backend`: cdktf's implicit local backend (an absolute path on the build machine)
 *   is removed, so Coder's provisioner keeps its own state handling;
 * - stable names: synthesis fails when `coder_agent` or a non-`coder_*` resource would get a cdktf
 *   hash suffix (see {@link setTerraformName}) or when two elements would share an address;
 * - carries the template's metadata and README, and any extra files the template ships.
 */
export class TemplateStack extends TerraformStack {
  /** True when `value` is a {@link TemplateStack} (also across copies of this package). */
  static isTemplateStack(value: unknown): value is TemplateStack {
    return typeof value === "object" && value !== null && TEMPLATE_STACK in value;
  }

  /** The template's metadata, validated. */
  readonly metadata: TemplateMetadata;

  private readonly extraFiles = new Map<string, Uint8Array>();

  /**
   * @throws TemplateValidationError listing every invalid prop
   */
  constructor(scope: Construct, id: string, props: TemplateStackProps) {
    super(scope, id);
    Object.defineProperty(this, TEMPLATE_STACK, { value: true });
    this.metadata = Object.freeze({
      name: props.name ?? id,
      displayName: props.displayName,
      description: props.description,
      icon: props.icon,
      tags: Object.freeze([...(props.tags ?? [])]),
      ...(props.verified === undefined ? {} : { verified: props.verified }),
      ...(props.readme === undefined ? {} : { readme: props.readme }),
    });
    const problems = templateMetadataProblems(this.metadata);
    if (problems.length > 0) {
      throw new TemplateValidationError(
        "TemplateStack initialization failed due to the following validation error(s)",
        problems,
        this.node.path,
      );
    }
    // cdktf adds a LocalBackend whose path is absolute on the build machine; Coder templates
    // must have no backend at all.
    this.addOverride("terraform.backend", undefined);
    this.node.addValidation({
      validate: () => terraformNameProblems(this).map(formatProblem),
    });
  }

  /**
   * Adds a file to the template directory (and tarball), next to `main.tf` and `README.md`.
   *
   * @param path relative POSIX path such as `scripts/install.sh`; no hidden segments, no `..`, no
   *   tfvars, state or override files, not a file the writer generates (`main.tf.json`, `main.tf`,
   *   `README.md`); adding a path again is a no-op when the content is identical
   * @param content text (written as UTF-8) or bytes
   * @throws TemplateValidationError when `path` is not allowed
   */
  addFile(path: string, content: FileContent): void {
    const [bytes] = toTemplateFiles({ [path]: content }).values();
    const earlier = this.extraFiles.get(path);
    if (earlier !== undefined && bytes !== undefined && Buffer.from(earlier).equals(bytes)) return;
    const problems: ValidationProblem[] = filePathProblems(path).map((problem) => ({
      ...problem,
      address: "path",
    }));
    if (GENERATED_FILES.has(path)) {
      problems.push({
        code: "FileNameReserved",
        address: "path",
        message: `${JSON.stringify(path)} is generated by the template writer and cannot be added`,
      });
    } else if (earlier !== undefined) {
      problems.push({
        code: "FileDuplicate",
        address: "path",
        message: `${JSON.stringify(path)} was already added to this template with different content`,
      });
    }
    if (problems.length > 0) {
      throw new TemplateValidationError(
        `addFile(${JSON.stringify(path)}) failed`,
        problems,
        this.node.path,
      );
    }
    this.extraFiles.set(path, bytes as Uint8Array);
  }

  /** The files added with {@link addFile}, sorted by path. */
  get files(): TemplateFiles {
    return toTemplateFiles(this.extraFiles);
  }

  /** The template's `README.md`: front matter, one H1, body. */
  renderReadme(): string {
    return renderReadme(this.metadata);
  }
}
