// Reads a file that anyone could have put in a shared folder, without letting
// it hang or exhaust coop: a named pipe is opened without waiting for a
// writer (O_NONBLOCK), what was opened is checked to be a regular file before
// a byte is read (a symbolic link to /dev/zero has a size of 0 by `stat`),
// and no more than the limit plus one byte is ever read, even from a file
// that grows while it is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type NotReadable =
  | { kind: 'folder' }
  | { kind: 'not-regular' }
  /** `size` is a lower bound when the file grew while it was read. */
  | { kind: 'too-big'; size: number; growing?: boolean }
  | { kind: 'error'; error: unknown };

export type ReadRegular = { ok: true; bytes: Buffer; mtimeMs: number } | ({ ok: false } & NotReadable);

// Windows has no O_NONBLOCK; it has no named pipes in folders either.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readRegularFile(path: string, maxBytes: number): ReadRegular {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { ok: false, kind: 'folder' };
    return { ok: false, kind: 'error', error };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, kind: 'folder' };
    if (!stat.isFile()) return { ok: false, kind: 'not-regular' };
    if (stat.size > maxBytes) return { ok: false, kind: 'too-big', size: stat.size };
    const bytes = readAtMost(fd, maxBytes + 1, stat.size + 1);
    if (bytes.length > maxBytes) return { ok: false, kind: 'too-big', size: bytes.length, growing: true };
    return { ok: true, bytes, mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { ok: false, kind: 'error', error };
  } finally {
    closeSync(fd);
  }
}

/** Up to `limit` bytes, in chunks of the expected size first (usually one read holds the whole file). */
function readAtMost(fd: number, limit: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(expected, limit);
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(size);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // A short read of a regular file is its end: no second call into the kernel to be told so.
    if (n < chunk.length) break;
    size = Math.min(1 << 20, limit - total);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
