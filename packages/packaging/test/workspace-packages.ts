// The repository's workspace packages as npm sees them (root package.json `workspaces`), split into
// what we publish and what stays private.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The fields of package.json these tests read. */
export interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly description?: string;
  readonly license?: string;
  readonly type?: string;
  readonly engines?: Readonly<Record<string, string>>;
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly files?: readonly string[];
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly publishConfig?: Readonly<Record<string, unknown>>;
}

/** One workspace package: its folder and its package.json. */
export interface WorkspacePackage {
  readonly dir: string;
  readonly json: PackageJson;
}

/** The repository root (this file is packages/packaging/test/workspace-packages.ts). */
export const REPO_ROOT: string = path.resolve(fileURLToPath(import.meta.url), "../../../..");

/** Every workspace package, from the root package.json's `workspaces` (`folder/*` patterns). */
export function workspacePackages(): WorkspacePackage[] {
  const root = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  const found: WorkspacePackage[] = [];
  for (const pattern of root.workspaces) {
    if (!pattern.endsWith("/*")) throw new Error(`workspaces: unsupported pattern ${pattern}`);
    const parent = path.join(REPO_ROOT, pattern.slice(0, -2));
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const dir = path.join(parent, entry.name);
      if (!entry.isDirectory() || !existsSync(path.join(dir, "package.json"))) continue;
      found.push({ dir, json: JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) });
    }
  }
  return found.sort((a, b) => a.json.name.localeCompare(b.json.name));
}

/** The packages we publish: every workspace package not marked `"private": true`. */
export function publicPackages(): WorkspacePackage[] {
  return workspacePackages().filter((p) => p.json.private !== true);
}
