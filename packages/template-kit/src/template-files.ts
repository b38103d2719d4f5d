import { ustarNameProblem } from "./tar.js";

/** Content of a template file: text (written as UTF-8) or bytes. */
export type FileContent = string | Uint8Array;

/** Files by relative POSIX path (`scripts/install.sh`), as a Map or a plain object. */
export type FileInput = ReadonlyMap<string, FileContent> | Readonly<Record<string, FileContent>>;

/** The files of a template directory by relative POSIX path, sorted by path. */
export type TemplateFiles = ReadonlyMap<string, Uint8Array>;

/** A problem with one file path, without its address (the caller knows the path). */
export interface FilePathProblem {
  readonly code: "FilePathInvalid" | "FileNameHidden" | "FileNameReserved";
  readonly message: string;
}

/** Normalizes file input to a Map of bytes sorted by path. Text is encoded as UTF-8. */
export function toTemplateFiles(input: FileInput | undefined): Map<string, Uint8Array> {
  const entries: [string, FileContent][] =
    input === undefined ? [] : input instanceof Map ? [...input] : Object.entries(input);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    entries.map(([path, content]) => [
      path,
      typeof content === "string" ? Buffer.from(content, "utf8") : content,
    ]),
  );
}

const TFVARS = /^(terraform\.tfvars(\.json)?|.+\.auto\.tfvars(\.json)?)$/;
const OVERRIDE = /^(override|.+_override)\.tf(\.json)?$/;

/**
 * What is wrong with `path` as the path of a file inside a Coder template directory; empty when it
 * is fine. Coder's `templates push` silently leaves out hidden paths, paths containing `.tfstate`
 * and tfvars files, so a template holding them would not be the one that gets pushed.
 */
export function filePathProblems(path: string): FilePathProblem[] {
  const problems: FilePathProblem[] = [];
  const quoted = JSON.stringify(path);
  const segments = path.split("/");
  const invalid = (why: string): void => {
    problems.push({ code: "FilePathInvalid", message: `path ${quoted} ${why}` });
  };
  if (path.startsWith("/")) {
    invalid("must be relative to the template directory, not absolute");
  } else if (path.includes("\\")) {
    invalid('must use "/" as separator, not "\\"');
  } else if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    invalid('must not contain empty, "." or ".." segments');
  } else {
    const ustar = ustarNameProblem(path);
    if (ustar !== undefined) problems.push({ code: "FilePathInvalid", message: ustar });
  }
  const hidden = segments.find((s) => s.startsWith(".") && s !== "." && s !== "..");
  if (hidden !== undefined) {
    problems.push({
      code: "FileNameHidden",
      message:
        `path ${quoted} has a hidden segment ${JSON.stringify(hidden)}; ` +
        "coder templates push leaves out every path starting with a dot",
    });
  }
  const base = segments[segments.length - 1] ?? "";
  if (path.includes(".tfstate")) {
    problems.push({
      code: "FileNameReserved",
      message: `path ${quoted} contains ".tfstate"; Terraform state never belongs in a template and coder templates push leaves it out`,
    });
  } else if (TFVARS.test(base)) {
    problems.push({
      code: "FileNameReserved",
      message: `file ${quoted} is a tfvars file; coder templates push reads it as variable values instead of uploading it (pass --variables-file at push time)`,
    });
  } else if (OVERRIDE.test(base)) {
    problems.push({
      code: "FileNameReserved",
      message: `file ${quoted} is a Terraform override file; with one present Coder's dynamic parameters parse every file as native HCL and fail on *.tf.json`,
    });
  }
  return problems;
}
