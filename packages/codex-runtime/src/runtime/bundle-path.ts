/** Where the built `merge-config.mjs` is, for the constructs that embed it in the install wrapper. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../config/errors.js";

/**
 * Absolute path of `dist/runtime/merge-config.mjs`, written by `scripts/build-runtime.mjs`
 * (part of the package's `build`). The same from `src/` and `dist/`.
 */
export const MERGE_CONFIG_BUNDLE_PATH: string = fileURLToPath(
  new URL("../../dist/runtime/merge-config.mjs", import.meta.url),
);

/**
 * The text of the built `merge-config.mjs`.
 *
 * @throws ConfigError when it has not been built yet.
 */
export function readMergeConfigBundle(): string {
  try {
    return readFileSync(MERGE_CONFIG_BUNDLE_PATH, "utf8");
  } catch (error) {
    throw new ConfigError(
      `${MERGE_CONFIG_BUNDLE_PATH} is missing: build @codex-coder/codex-runtime first ` +
        "(npm run build -w @codex-coder/codex-runtime)",
      { cause: error },
    );
  }
}
