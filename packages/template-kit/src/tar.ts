import { createHash } from "node:crypto";

/** Modification time of every tar entry: the Unix epoch, so the bytes never depend on the clock. */
export const TAR_MTIME: Date = new Date(0);

/** Permissions of file entries in the tarball. */
export const TAR_FILE_MODE = 0o644;

/** Permissions of directory entries in the tarball. */
export const TAR_DIRECTORY_MODE = 0o755;

const BLOCK = 512;
const USTAR_NAME_MAX = 100;
const USTAR_PREFIX_MAX = 155;

interface TarEntry {
  readonly name: string;
  readonly body?: Uint8Array;
}

/**
 * Packs `files` (relative POSIX paths → content) into a deterministic ustar archive: entries sorted
 * by name with their parent directories before them, mtime {@link TAR_MTIME}, uid/gid 0, empty
 * uname/gname, mode 0644 for files and 0755 for directories, and never a pax or GNU header. The same
 * files therefore always give the same bytes.
 *
 * @throws Error when a path cannot be stored in a plain ustar header (see {@link ustarNameProblem})
 */
export async function packTar(files: ReadonlyMap<string, Uint8Array>): Promise<Buffer> {
  const entries = tarEntries(files);
  const { pack } = await import("tar-stream");
  const archive = pack();
  const chunks: Buffer[] = [];
  const drained = (async () => {
    for await (const chunk of archive as AsyncIterable<Buffer>) chunks.push(chunk);
  })();
  for (const entry of entries) {
    await new Promise<void>((resolve, reject) => {
      const callback = (error?: Error | null): void => (error ? reject(error) : resolve());
      const common = { name: entry.name, mtime: TAR_MTIME, uid: 0, gid: 0, uname: "", gname: "" };
      if (entry.body === undefined) {
        archive.entry({ ...common, type: "directory", mode: TAR_DIRECTORY_MODE }, callback);
      } else {
        const body = Buffer.from(entry.body.buffer, entry.body.byteOffset, entry.body.byteLength);
        archive.entry({ ...common, type: "file", mode: TAR_FILE_MODE }, body, callback);
      }
    });
  }
  archive.finalize();
  await drained;
  return Buffer.concat(chunks);
}

/**
 * The exact size in bytes of the archive {@link packTar} makes from `files`, computed without
 * packing: one 512-byte header per entry, contents padded to 512 bytes, two zero blocks at the end.
 */
export function tarSize(files: ReadonlyMap<string, Uint8Array>): number {
  let size = 2 * BLOCK;
  for (const entry of tarEntries(files, false)) {
    size += BLOCK + Math.ceil((entry.body?.byteLength ?? 0) / BLOCK) * BLOCK;
  }
  return size;
}

/** Hex sha256 of `bytes`. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Why `name` cannot be stored in a plain ustar header, or `undefined` when it can: it must be
 * printable ASCII and either fit in 100 bytes or split at a `/` into a prefix of at most 155 bytes
 * and a name of at most 100 bytes (the split tar-stream makes; anything else would need a pax
 * header, which Coder's upload API warns against).
 */
export function ustarNameProblem(name: string): string | undefined {
  if (!/^[\x20-\x7e]+$/.test(name)) {
    return `path ${JSON.stringify(name)} must be printable ASCII to fit a ustar header`;
  }
  let rest = name;
  let prefix = "";
  while (rest.length > USTAR_NAME_MAX) {
    const slash = rest.indexOf("/");
    if (slash === -1) break;
    prefix += prefix ? `/${rest.slice(0, slash)}` : rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  if (rest.length > USTAR_NAME_MAX || prefix.length > USTAR_PREFIX_MAX) {
    return (
      `path ${JSON.stringify(name)} is too long for a ustar header ` +
      `(at most ${USTAR_PREFIX_MAX} bytes of directories and ${USTAR_NAME_MAX} bytes of name)`
    );
  }
  return undefined;
}

function tarEntries(files: ReadonlyMap<string, Uint8Array>, check = true): TarEntry[] {
  const entries = new Map<string, TarEntry>();
  for (const [path, body] of files) {
    const segments = path.split("/");
    for (let depth = 1; depth < segments.length; depth++) {
      const directory = `${segments.slice(0, depth).join("/")}/`;
      entries.set(directory, { name: directory });
    }
    entries.set(path, { name: path, body });
  }
  const sorted = [...entries.values()].sort((a, b) => compare(a.name, b.name));
  if (check) {
    const problems = sorted.map((entry) => ustarNameProblem(entry.name)).filter(isDefined);
    if (problems.length > 0) {
      throw new Error(`cannot pack the template as ustar:\n- ${problems.join("\n- ")}`);
    }
  }
  return sorted;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
