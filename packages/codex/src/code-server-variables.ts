import { Construct, TerraformVariable } from "@codex-coder/cdk";
import type { CodeServerProps } from "./code-server.js";
import { DEFAULT_CODE_SERVER_DOWNLOAD_URL, TESTED_VERSIONS } from "./versions.js";
import { setSectionComment } from "@codex-coder/template-kit";

/**
 * The template variables of a {@link CodeServer}, set at `coder templates push`, shared by the
 * bundled templates, each with a validation block:
 *
 * | variable | what |
 * | --- | --- |
 * | `code_server_enabled` | bool, default true: the browser IDE app and its script |
 * | `code_server_download_url` | release base URL (a mirror for air-gapped deployments) |
 * | `code_server_sha256_amd64`, `code_server_sha256_arm64` | sha256 of the release tarballs (empty: not verified) |
 */
export class CodeServerVariables extends Construct {
  readonly enabled: TerraformVariable;
  readonly downloadUrl: TerraformVariable;
  readonly sha256Amd64: TerraformVariable;
  readonly sha256Arm64: TerraformVariable;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    setSectionComment(
      this,
      `CodeServerVariables "${id}": where code-server is downloaded from, set when the template is pushed`,
    );
    const variable = (name: string, config: ConstructorParameters<typeof TerraformVariable>[2]) => {
      const v = new TerraformVariable(this, name, config);
      v.overrideLogicalId(name);
      return v;
    };
    this.enabled = variable("code_server_enabled", {
      type: "bool",
      default: true,
      description: `Give every workspace VS Code in the browser (code-server ${TESTED_VERSIONS.codeServer}), opening the project folder. false: no code-server app and nothing downloaded.`,
    });
    this.downloadUrl = variable("code_server_download_url", {
      type: "string",
      default: DEFAULT_CODE_SERVER_DOWNLOAD_URL,
      description:
        "Where code-server releases are downloaded from: <url>/v<version>/code-server-<version>-linux-<amd64|arm64>.tar.gz. Point it at a mirror for air-gapped deployments.",
      validation: [
        {
          condition: '${can(regex("^https?://[^\\\\s]+$", var.code_server_download_url))}',
          errorMessage: "code_server_download_url must be an http:// or https:// URL.",
        },
      ],
    });
    const sha = (name: string, arch: string) =>
      variable(name, {
        type: "string",
        default: "",
        description: `sha256 of code-server-${TESTED_VERSIONS.codeServer}-linux-${arch}.tar.gz; when set, a download that does not match is refused. Get it with: sha256sum code-server-${TESTED_VERSIONS.codeServer}-linux-${arch}.tar.gz`,
        validation: [
          {
            condition: `\${var.${name} == "" || can(regex("^[0-9a-f]{64}$", var.${name}))}`,
            errorMessage: `${name} must be 64 lower-case hex digits (sha256sum output), or empty to skip the check.`,
          },
        ],
      });
    this.sha256Amd64 = sha("code_server_sha256_amd64", "amd64");
    this.sha256Arm64 = sha("code_server_sha256_arm64", "arm64");
  }

  /** The {@link CodeServer} props these variables drive; spread them into `new CodeServer(...)`. */
  codeServerProps(): Pick<CodeServerProps, "enabled" | "downloadUrl" | "sha256"> {
    return {
      enabled: this.enabled.booleanValue,
      downloadUrl: this.downloadUrl.stringValue,
      sha256: { amd64: this.sha256Amd64.stringValue, arm64: this.sha256Arm64.stringValue },
    };
  }
}
