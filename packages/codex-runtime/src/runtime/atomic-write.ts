/** Atomic, private file writes for `config.toml` and the state record. */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes `content` to `path` atomically with mode 0600: a temporary file in the same directory
 * (created 0600, exclusive), flushed, then renamed over the target. Missing parent directories are
 * created with mode 0700. When `path` is a symbolic link to an existing file, the link's target is
 * replaced and the link stays.
 */
export function writeFileAtomic(path: string, content: string): void {
  const target = resolveLink(path);
  const directory = dirname(target);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = join(
    directory,
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const fd = openSync(temporary, "wx", 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, 0o600);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // the temporary file was not created or is already renamed
    }
    throw error;
  }
}

function resolveLink(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    return path;
  }
}
