import { TerraformVariable } from "@codex-coder/cdk";

/**
 * Where the workspace's Codex gets its credentials. Each source has a trade-off:
 *
 * | source | key lives in | who pays | needs |
 * | --- | --- | --- | --- |
 * | `template-variable` | a sensitive template variable set at push time (the seed module's `openai_api_key`) | one shared key for every workspace | nothing |
 * | `user-secret` | each user's own Coder secret (`coder secret create … --env OPENAI_API_KEY`), injected into their workspaces | each developer | Coder user secrets (beta in 2.34–2.36, GA in 2.37) |
 * | `ai-gateway` | nowhere: Coder's AI Gateway authenticates with the owner's session | the deployment, with audit | Coder Premium, Coder ≥ 2.30 |
 * | `custom-provider` | a sensitive variable holding the proxy's own key | whoever runs the proxy | an OpenAI Responses-compatible endpoint |
 * | `none` | nowhere: users log in themselves (`codex login`) | each developer | interactive login |
 */
export { AUTH_SOURCES, type AuthSource } from "@codex-coder/codex-runtime";
export { RESERVED_PROVIDER_IDS } from "@codex-coder/codex-runtime";

/** A model provider other than OpenAI: a proxy, an Azure-style endpoint or a gateway. */
export interface CustomProviderOptions {
  /**
   * The id under `[model_providers.<id>]` and in `model_provider`.
   * Letters, digits, `-` and `_`; not `openai`, `ollama` or `lmstudio` (reserved by Codex).
   * @default "custom"
   */
  readonly id?: string;
  /**
   * Display name Codex shows for the provider.
   * @default - the id
   */
  readonly name?: string;
  /**
   * Base URL of an OpenAI Responses-compatible API; Codex posts to `<baseUrl>/responses`.
   * A literal (checked to be an http(s) URL) or a template variable's value.
   */
  readonly baseUrl: string;
  /**
   * Name of the environment variable that holds the provider's key; Codex sends it as
   * `Authorization: Bearer …`. POSIX name (`[A-Za-z_][A-Za-z0-9_]*`).
   * @default "CODEX_PROVIDER_API_KEY"
   */
  readonly envKey?: string;
  /**
   * A sensitive template variable with the key; the construct exports it to the workspace as
   * `envKey`. Leave it out when the variable reaches the workspace another way (a Coder user
   * secret, the image).
   * @default - no key is exported
   */
  readonly apiKey?: TerraformVariable;
  /**
   * Extra HTTP headers sent with every request (e.g. `api-version` for Azure-style endpoints).
   * @default - none
   */
  readonly httpHeaders?: Readonly<Record<string, string>>;
  /**
   * Query parameters appended to every request URL (e.g. `{ "api-version": "2025-04-01-preview" }`).
   * @default - none
   */
  readonly queryParams?: Readonly<Record<string, string>>;
}

/** Options for {@link CodexAuth.fromTemplateVariables}. */
export interface PushTimeAuthOptions {
  /** A string template variable (with a validation block) naming one of {@link AUTH_SOURCES}. */
  readonly source: TerraformVariable;
  /** The sensitive variable with the OpenAI key, used when the source is `template-variable`. */
  readonly apiKey?: TerraformVariable;
  /** The provider used when the source is `custom-provider`. */
  readonly customProvider?: CustomProviderOptions;
  /**
   * Environment variable the user's Coder secret sets, used when the source is `user-secret`.
   * @default "OPENAI_API_KEY"
   */
  readonly userSecretEnv?: string;
}

/**
 * How Codex authenticates. Only these factories make one, so a key can never be a string literal in
 * TypeScript: it is always a sensitive Terraform variable set at push time, a user's own Coder
 * secret, or a Coder feature.
 */
export class CodexAuth {
  /**
   * One OpenAI key for every workspace, from a sensitive template variable (the seed module's
   * `openai_api_key`). The install script logs Codex in with it (`codex login --with-api-key`, key on
   * stdin).
   */
  static templateVariable(apiKey: TerraformVariable): CodexAuth {
    return new CodexAuth({ source: "template-variable", apiKey });
  }

  /**
   * Each user brings their own key as a Coder user secret that sets `env` in their workspaces
   * (`coder secret create openai-api-key --env OPENAI_API_KEY`). The template holds no key. When the
   * secret is missing the workspace still starts and tells the user the exact command to run.
   */
  static userSecret(env = "OPENAI_API_KEY"): CodexAuth {
    return new CodexAuth({ source: "user-secret", userSecretEnv: env });
  }

  /** Coder's AI Gateway (Coder Premium): no key anywhere; the owner's session authenticates. */
  static aiGateway(): CodexAuth {
    return new CodexAuth({ source: "ai-gateway" });
  }

  /** A proxy, Azure-style endpoint or other gateway speaking the OpenAI Responses API. */
  static customProvider(options: CustomProviderOptions): CodexAuth {
    return new CodexAuth({ source: "custom-provider", customProvider: options });
  }

  /** No credentials: users run `codex login` themselves. */
  static none(): CodexAuth {
    return new CodexAuth({ source: "none" });
  }

  /**
   * The source is chosen when the template is pushed: `source` is a template variable holding one
   * of {@link AUTH_SOURCES}, and every source it may name needs its inputs here.
   */
  static fromTemplateVariables(options: PushTimeAuthOptions): CodexAuth {
    return new CodexAuth({
      source: options.source.stringValue,
      sourceVariable: options.source,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(options.customProvider ? { customProvider: options.customProvider } : {}),
      userSecretEnv: options.userSecretEnv ?? "OPENAI_API_KEY",
    });
  }

  /** @internal */
  readonly _spec: AuthSpec;

  private constructor(spec: AuthSpec) {
    this._spec = spec;
  }
}

/** @internal The resolved description of an auth choice. */
export interface AuthSpec {
  /** One of {@link AUTH_SOURCES}, or a token naming one. */
  readonly source: string;
  /** The template variable `source` reads, when the source is chosen at push time. */
  readonly sourceVariable?: TerraformVariable;
  readonly apiKey?: TerraformVariable;
  readonly customProvider?: CustomProviderOptions;
  readonly userSecretEnv?: string;
}
