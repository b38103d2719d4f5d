/**
 * The text the install wrapper hands the runtime in an `ARG_*` variable: base64 of UTF-8 text, or
 * of its gzip (Terraform's `base64gzip`, so that a large value fits in a `coder_script`).
 */
import { gunzipSync } from "node:zlib";
import { ConfigError } from "./errors.js";

/**
 * Decodes base64 (surrounding white space ignored) of UTF-8 text or of its gzip, told apart by the
 * gzip magic bytes.
 *
 * @throws ConfigError naming `source` when it is not base64 text (empty included) or not valid
 * gzip.
 */
export function decodeBase64Text(base64: string, source: string): string {
  const trimmed = base64.trim();
  if (trimmed === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new ConfigError(`${source} is not base64 text`);
  }
  let bytes = Buffer.from(trimmed, "base64");
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new ConfigError(`${source} is not valid gzip: ${(error as Error).message}`);
    }
  }
  return bytes.toString("utf8");
}
