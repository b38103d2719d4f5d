import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProviderSchemaDocument, TerraformJson } from "../../../src/hcl/index.js";

/** Folder of the printer fixtures: `<name>/input.json` and `<name>/expected.tf`. */
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

const REPO_ROOT = join(FIXTURES_DIR, "..", "..", "..", "..", "..");

/** The real coder provider schema committed by provider-coder. */
export function coderSchema(): ProviderSchemaDocument {
  const path = join(REPO_ROOT, "packages/provider-coder/schema/coder-2.18.0.schema.json");
  return JSON.parse(readFileSync(path, "utf8")) as ProviderSchemaDocument;
}

/** The real kreuzwerker/docker provider schema committed by provider-docker. */
export function dockerSchema(): ProviderSchemaDocument {
  const path = join(REPO_ROOT, "packages/provider-docker/schema/docker-4.6.0.schema.json");
  return JSON.parse(readFileSync(path, "utf8")) as ProviderSchemaDocument;
}

/** Names of every fixture folder. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The input configuration of a fixture. */
export function fixtureInput(name: string): TerraformJson {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name, "input.json"), "utf8")) as TerraformJson;
}

/** Path of the expected HCL of a fixture. */
export function expectedPath(name: string): string {
  return join(FIXTURES_DIR, name, "expected.tf");
}
