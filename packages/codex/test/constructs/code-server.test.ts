import { Testing, TerraformVariable } from "@codex-coder/cdk";
import { describe, expect, it } from "vitest";
import {
  CodeServer,
  CodexValidationError,
  TESTED_VERSIONS,
  type CodeServerProps,
} from "../../src/index.js";
import { decodeArg, fixture, scriptArg, type Synth } from "./support.js";

function synth(
  props: Partial<CodeServerProps> = {},
  extend?: (stack: ReturnType<typeof fixture>["stack"]) => Partial<CodeServerProps>,
): Synth {
  const { stack, main } = fixture();
  new CodeServer(stack, "code-server", {
    agent: main,
    folder: "/home/coder/my projects",
    ...props,
    ...(extend ? extend(stack) : {}),
  });
  return JSON.parse(Testing.synth(stack)) as Synth;
}

function codes(props: Partial<CodeServerProps>): string[] {
  try {
    synth(props);
  } catch (error) {
    if (error instanceof CodexValidationError) return error.problems.map((p) => p.code);
    throw error;
  }
  throw new Error("expected a CodexValidationError");
}

describe("CodeServer", () => {
  it("pins the tested release and serves the project folder as a health-checked app", () => {
    const out = synth();
    const app = out.resource.coder_app?.code_server as Record<string, unknown>;
    expect(app.slug).toBe("code-server");
    expect(app.url).toBe("http://localhost:13337/?folder=%2Fhome%2Fcoder%2Fmy%20projects");
    expect(app.healthcheck).toEqual({
      url: "http://localhost:13337/healthz",
      interval: 5,
      threshold: 12,
    });
    expect(app.subdomain).toBe(false);
    expect(app.count).toBeUndefined();
    const script = out.resource.coder_script?.code_server as Record<string, unknown>;
    expect(script.run_on_start).toBe(true);
    const text = script.script as string;
    expect(scriptArg(text, "ARG_CODE_SERVER_VERSION")).toBe(TESTED_VERSIONS.codeServer);
    expect(decodeArg(scriptArg(text, "ARG_CODE_SERVER_URL_BASE"))).toBe(
      "https://github.com/coder/code-server/releases/download",
    );
    expect(scriptArg(text, "ARG_CODE_SERVER_SHA256_AMD64")).toBe("");
  });

  it("counts the script and the app on a template variable", () => {
    const out = synth({}, (stack) => ({
      enabled: new TerraformVariable(stack, "code_server", { type: "bool", default: true })
        .booleanValue,
    }));
    const app = out.resource.coder_app?.code_server as Record<string, unknown>;
    const script = out.resource.coder_script?.code_server as Record<string, unknown>;
    expect(String(app.count)).toMatch(/var\.code_server \? 1 : 0/);
    expect(script.count).toEqual(app.count);
  });

  it("refuses bad versions, URLs, checksums, ports and folders, naming them", () => {
    expect(codes({ version: "latest" })).toEqual(["CodeServerVersionInvalid"]);
    expect(codes({ downloadUrl: "ftp://mirror/x" })).toEqual(["CodeServerDownloadUrlInvalid"]);
    expect(codes({ sha256: { amd64: "ABC" } })).toEqual(["CodeServerSha256Invalid"]);
    expect(codes({ port: 70000 })).toEqual(["CodeServerPortInvalid"]);
    expect(codes({ folder: "projects/" })).toEqual(["FolderInvalid"]);
    expect(codes({ enabled: false })).toEqual(["CodeServerDisabled"]);
  });
});
