import { Construct, Fn, Token, type IResolvable } from "@codex-coder/cdk";
import { app, script } from "@codex-coder/provider-coder";
import { readRuntimeFile } from "@codex-coder/codex-runtime";
import { renderScriptWrapper } from "./_script-wrapper.js";
import { codexNames } from "./naming.js";
import { addTemplateFile } from "./_template-files.js";
import type { AgentMetadataItem } from "./codex.js";
import type { ICodexAgent, Sha256ByArch } from "./codex-props.js";
import { CodexValidationError, type ValidationProblem } from "./errors.js";
import {
  DEFAULT_CODE_SERVER_DOWNLOAD_URL,
  DEFAULT_CODE_SERVER_PORT,
  TESTED_VERSIONS,
} from "./versions.js";
import { setSectionComment } from "@codex-coder/template-kit";

/** Props of {@link CodeServer}. */
export interface CodeServerProps {
  /** The Coder agent code-server runs on. */
  readonly agent: ICodexAgent;
  /** The folder code-server opens: absolute, no trailing slash (the project folder). */
  readonly folder: string;
  /**
   * Whether the template has code-server: `true`, or a bool template variable's value
   * (`variable.booleanValue`), which then becomes the `count` of the script and the app.
   * @default true
   */
  readonly enabled?: boolean | IResolvable;
  /**
   * code-server release, exact (`4.139.1`).
   * @default "4.139.1" - the version the tests run
   */
  readonly version?: string;
  /**
   * Base URL of the releases: `<base>/v<version>/code-server-<version>-linux-<amd64|arm64>.tar.gz`.
   * Point it at a mirror for air-gapped deployments. A literal or a template variable's value.
   * @default "https://github.com/coder/code-server/releases/download"
   */
  readonly downloadUrl?: string;
  /**
   * sha256 of the release tarball per architecture; when set, a download that does not match is
   * refused. Get it with `sha256sum code-server-<version>-linux-amd64.tar.gz`.
   * @default - not verified (the install log says so)
   */
  readonly sha256?: Sha256ByArch;
  /** Port code-server listens on (127.0.0.1 only). @default 13337 */
  readonly port?: number;
  /** Serve the app on a subdomain (needs a wildcard access URL). @default false */
  readonly subdomain?: boolean;
  /** Display name of the app. @default "VS Code (browser)" */
  readonly displayName?: string;
  /** Slug of the app. @default "code-server" */
  readonly slug?: string;
  /** Order of the app in the dashboard. @default - Coder's default order */
  readonly order?: number;
}

const VERSION_SHAPE = /^\d+\.\d+\.\d+$/;
const SHA_SHAPE = /^[0-9a-f]{64}$/;

/**
 * A browser IDE: code-server, pinned, installed once from its release tarball (a mirror works;
 * sha256-verified when given) and skipped on restarts, started on 127.0.0.1 in the project folder
 * and served as a `coder_app` with a health check.
 *
 * Emits `coder_script.<id>` ("code-server: install and start") and `coder_app.<id>` (slug
 * `code-server`), both counted on `enabled` when it is a template variable.
 *
 * @example
 * new CodeServer(stack, "code-server", { agent: main, folder: "/home/coder/projects" });
 */
export class CodeServer extends Construct {
  /** The agent metadata item that shows code-server's status. */
  static agentMetadata(): AgentMetadataItem {
    return {
      key: "code_server_status",
      displayName: "code-server",
      script: `cat "$HOME/.codex-module/state/code-server" 2>/dev/null || echo "not started"`,
      interval: 30,
      timeout: 1,
    };
  }

  /** The app (escape hatch). */
  readonly app: app.App;
  /** The install-and-start script (escape hatch). */
  readonly script: script.Script;
  /** The code-server release installed. */
  readonly version: string;

  constructor(scope: Construct, id: string, props: CodeServerProps) {
    super(scope, id);
    setSectionComment(
      this,
      `CodeServer "${id}": VS Code in the browser (code-server), installed and started on every start`,
    );
    const name =
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "") || "code_server";
    const problems = validateCodeServerProps(props);
    if (problems.length > 0) throw new CodexValidationError("CodeServer", this.node.path, problems);
    this.version = props.version ?? TESTED_VERSIONS.codeServer;
    const port = props.port ?? DEFAULT_CODE_SERVER_PORT;
    const base = `http://localhost:${port}`;
    const folderQuery = Token.isUnresolved(props.folder)
      ? Fn.urlencode(props.folder)
      : encodeURIComponent(props.folder);

    this.app = new app.App(this, "app", {
      agentId: props.agent.id,
      slug: props.slug ?? "code-server",
      displayName: props.displayName ?? "VS Code (browser)",
      icon: "/icon/code.svg",
      url: `${base}/?folder=${folderQuery}`,
      subdomain: props.subdomain ?? false,
      share: "owner",
      healthcheck: { url: `${base}/healthz`, interval: 5, threshold: 12 },
      ...(props.order !== undefined ? { order: props.order } : {}),
    });
    this.app.overrideLogicalId(name);

    for (const file of ["lib.sh", "code-server.sh"]) {
      addTemplateFile(this, `codex/${file}`, readRuntimeFile(file));
    }
    const sha = props.sha256 ?? {};
    this.script = new script.Script(this, "script", {
      agentId: props.agent.id,
      displayName: "code-server: install and start",
      icon: "/icon/code.svg",
      runOnStart: true,
      script: renderScriptWrapper({
        title: "code-server",
        moduleDir: codexNames("codex").moduleDir,
        files: ["lib.sh", "code-server.sh"].map((n) => ({ name: n, templatePath: `codex/${n}` })),
        entry: "code-server.sh",
        log: "code-server-install.log",
        args: {
          ARG_FOLDER: props.folder,
          ARG_CODE_SERVER_URL_BASE: props.downloadUrl ?? DEFAULT_CODE_SERVER_DOWNLOAD_URL,
        },
        plainArgs: {
          ARG_CODE_SERVER_VERSION: this.version,
          ARG_CODE_SERVER_PORT: String(port),
          ARG_CODE_SERVER_SHA256_AMD64: sha.amd64 ?? "",
          ARG_CODE_SERVER_SHA256_ARM64: sha.arm64 ?? "",
        },
      }),
    });
    this.script.overrideLogicalId(name);

    const enabled = props.enabled ?? true;
    if (typeof enabled !== "boolean") {
      const count = Fn.conditional(enabled, 1, 0);
      this.app.addOverride("count", count);
      this.script.addOverride("count", count);
    }
  }
}

function validateCodeServerProps(props: CodeServerProps): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (code: string, path: string, message: string) =>
    problems.push({ code, path, message });
  if (props.enabled === false)
    add(
      "CodeServerDisabled",
      "enabled",
      "enabled is false: leave the construct out instead (false only makes sense as a template variable's value)",
    );
  if (props.version !== undefined && !VERSION_SHAPE.test(props.version))
    add(
      "CodeServerVersionInvalid",
      "version",
      `version must be an exact code-server release like ${TESTED_VERSIONS.codeServer}, got ${JSON.stringify(props.version)}`,
    );
  if (
    !Token.isUnresolved(props.folder) &&
    (!props.folder.startsWith("/") || props.folder.endsWith("/"))
  )
    add(
      "FolderInvalid",
      "folder",
      `folder must be an absolute path without a trailing slash, got ${JSON.stringify(props.folder)}`,
    );
  const url = props.downloadUrl;
  if (url !== undefined && !Token.isUnresolved(url) && !/^https?:\/\/\S+$/.test(url))
    add(
      "CodeServerDownloadUrlInvalid",
      "downloadUrl",
      `downloadUrl must be an http:// or https:// URL, got ${JSON.stringify(url)}`,
    );
  for (const arch of ["amd64", "arm64"] as const) {
    const value = props.sha256?.[arch];
    if (value !== undefined && !Token.isUnresolved(value) && value !== "" && !SHA_SHAPE.test(value))
      add(
        "CodeServerSha256Invalid",
        `sha256.${arch}`,
        `sha256.${arch} must be 64 lower-case hex digits (sha256sum output), got ${JSON.stringify(value)}`,
      );
  }
  const port = props.port;
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
    add("CodeServerPortInvalid", "port", `port must be a TCP port 1-65535, got ${port}`);
  return problems;
}
