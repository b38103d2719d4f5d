import { createRequire } from "node:module";

/** Where the bindings come from: the provider address and the exact version of its schema. */
export interface ProviderSource {
  /** Registry address, e.g. `registry.terraform.io/coder/coder`. */
  readonly provider: string;
  /** The provider version whose schema generated these bindings, e.g. `2.18.0`. */
  readonly version: string;
  /**
   * The version range templates declare in `required_providers`, e.g. `~> 2.18`: the tested version
   * and the later releases of its major version. Decided in `schema/source.json`.
   */
  readonly constraint: string;
  /** The Go module (with version) the schema's binary was built from. */
  readonly goModule: string;
}

const require = createRequire(import.meta.url);
const source = require("../schema/source.json") as ProviderSource;

/** The coder provider these bindings were generated for. */
export const providerSource: ProviderSource = {
  provider: source.provider,
  version: source.version,
  constraint: source.constraint,
  goModule: source.goModule,
};
