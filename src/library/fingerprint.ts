// What a library folder holds, as one hash: every YAML file's name and
// content. The caches (library, lint) are keyed on it, so an edit, a new
// file or a removed one is always seen, whatever the clock or the file
// system's time resolution says. Reading the bytes costs far less than
// parsing them (measured: under 1 ms for the shipped library).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from './limits.js';
import { isYamlFileName } from './paths.js';

declare const __COOP_BUILD_ID__: string;
/** Caches written by one build of coop are never read by another. */
export const BUILD_ID = typeof __COOP_BUILD_ID__ === 'string' ? __COOP_BUILD_ID__ : `dev-${process.pid}-${Date.now()}`;

/**
 * The hash of the folder's YAML files, mixed with `extra`; undefined when the
 * folder or a file cannot be read, or a file is one the loader refuses
 * unread (too large, a pipe, a folder): that library is never cached, and
 * hashing a 1 GiB file or waiting on a named pipe would cost more than it saves.
 */
export function fingerprintFolder(root: string, extra: readonly string[] = []): string | undefined {
  try {
    const hash = createHash('sha256').update(BUILD_ID).update('\0').update(root);
    for (const part of extra) hash.update('\0').update(part);
    for (const name of readdirSync(root).sort()) {
      if (!isYamlFileName(name)) continue;
      const stat = statSync(join(root, name));
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      hash.update('\0').update(name).update('\0').update(readFileSync(join(root, name)));
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
