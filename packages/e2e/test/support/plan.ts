/** What the tests take from a Terraform plan, and the local servers the plans point at. */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import {
  coderScripts,
  loadToolchain,
  requireAgentapi,
  startStaticServer,
  type CoderScript,
  type StaticServer,
  type TerraformPlan,
} from "@codex-coder/test-support";
import { AGENTAPI_VERSION } from "./paths.js";

/** The `coder_script` with this display name ("Codex: install", "Codex: start"). */
export function scriptNamed(
  plan: TerraformPlan,
  displayName: string,
  address?: string,
): CoderScript {
  const found = coderScripts(plan).find(
    (s) => s.displayName === displayName && (address === undefined || s.address === address),
  );
  if (found === undefined) throw new Error(`the plan has no coder_script "${displayName}"`);
  return found;
}

/** The `coder_script` at this address (`coder_script.codex_install`). */
export function scriptAt(plan: TerraformPlan, address: string): CoderScript {
  const found = coderScripts(plan).find((s) => s.address === address);
  if (found === undefined) throw new Error(`the plan has no ${address}`);
  return found;
}

/** A plan with only the scripts at these addresses (to boot one construct of a template). */
export function onlyScripts(plan: TerraformPlan, addresses: readonly string[]): TerraformPlan {
  const root = plan.planned_values.root_module;
  const resources = (root.resources ?? []).filter(
    (r) => r.type !== "coder_script" || addresses.includes(r.address),
  );
  return {
    ...plan,
    planned_values: { ...plan.planned_values, root_module: { ...root, resources } },
  };
}

/** The decoded value of `export NAME='<base64>'` in a rendered wrapper. */
export function scriptArg(script: CoderScript | string, name: string): string {
  const text = typeof script === "string" ? script : script.script;
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(text);
  if (m === null) throw new Error(`${name} is not exported by the script`);
  return Buffer.from(m[1] ?? "", "base64").toString("utf8");
}

/** The plain (not encoded) value of `export NAME='<word>'` in a rendered wrapper. */
export function plainScriptArg(script: CoderScript, name: string): string {
  const m = new RegExp(`^export ${name}='([^']*)'$`, "m").exec(script.script);
  if (m === null) throw new Error(`${name} is not exported by the script`);
  return m[1] ?? "";
}

/** A random key that looks like an OpenAI key, for the secrets checks. Never on a command line. */
export function canaryKey(label: string): string {
  return `sk-canary-${label}-${randomBytes(16).toString("hex")}`;
}

// Ports on 127.0.0.1: for AgentAPI of templates that let us pick it, and, left unused, for
// "unreachable" servers.
export { freePort, freePort as closedPort } from "@codex-coder/test-support";

/** The AgentAPI release mirror: the real binary from the toolchain, served from 127.0.0.1. */
export interface AgentapiMirror {
  readonly server: StaticServer;
  /** `agentapi_download_url`. */
  readonly url: string;
  /** sha256 of the served binary. */
  readonly sha256: string;
  /** How many times the binary was downloaded. */
  downloads(): number;
}

/** Serves the real AgentAPI as `<url>/<version>/agentapi-linux-<arch>`, like GitHub releases. */
export async function startAgentapiMirror(dir: string): Promise<AgentapiMirror> {
  const binary = requireAgentapi(loadToolchain());
  const arch = process.arch === "arm64" ? "arm64" : "amd64";
  mkdirSync(join(dir, AGENTAPI_VERSION), { recursive: true });
  symlinkSync(binary, join(dir, AGENTAPI_VERSION, `agentapi-linux-${arch}`));
  const server = await startStaticServer(dir);
  return {
    server,
    url: server.url,
    sha256: createHash("sha256").update(readFileSync(binary)).digest("hex"),
    downloads: () => server.requests().filter((p) => p.includes("/agentapi-linux-")).length,
  };
}
