// Runs the template with one exact hashicorp/kubernetes version out of the range it declares.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadToolchain } from "@codex-coder/test-support";

/** Name of the override file that narrows the provider version in a copy of the template. */
export const VERSION_OVERRIDE_FILE = "kubernetes_version_override.tf";

/**
 * A copy of `templateDir` under `scratch` in which `terraform init` installs exactly `version` of
 * hashicorp/kubernetes: Terraform merges an `*_override.tf` file's `required_providers` entry into
 * the template's, so the range `main.tf` declares is narrowed to that version (as a provisioner
 * whose mirror carries only that version would resolve it), and `main.tf` itself is untouched.
 *
 * @throws Error in mirror mode when the toolchain has no such version (run `npm run setup:tools`)
 */
export function withKubernetesVersion(
  templateDir: string,
  version: string,
  scratch: string,
): string {
  const toolchain = loadToolchain();
  const available = Object.values(toolchain.providers).filter(
    (p) => p.source === "hashicorp/kubernetes",
  );
  if (!available.some((p) => p.version === version)) {
    throw new Error(
      `the toolchain has no hashicorp/kubernetes ${version} (it has ${available.map((p) => p.version).join(", ") || "none"}): ` +
        "add it to packages/test-support/toolchain.versions.json and run `npm run setup:tools`",
    );
  }
  const dir = path.join(scratch, `kubernetes-${version}`, path.basename(templateDir));
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(templateDir, dir, { recursive: true });
  writeFileSync(
    path.join(dir, VERSION_OVERRIDE_FILE),
    [
      "# Test only: narrows the template's range to the one version under test.",
      "terraform {",
      "  required_providers {",
      "    kubernetes = {",
      '      source  = "hashicorp/kubernetes"',
      `      version = "${version}"`,
      "    }",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  return dir;
}

/** The hashicorp/kubernetes version `terraform init` recorded in `workdir`'s lock file. */
export function installedVersion(workdir: string): string | undefined {
  const lock = readFileSync(path.join(workdir, ".terraform.lock.hcl"), "utf8");
  return /provider "registry\.terraform\.io\/hashicorp\/kubernetes" \{\s*version\s*=\s*"([^"]+)"/.exec(
    lock,
  )?.[1];
}
