// `mkdir -p` that always returns. Node's own recursive mkdirSync spins for
// ever, at full CPU and deaf to SIGTERM, when a file system answers ENOENT
// for a child of a folder that exists (anything under /proc, some network and
// FUSE mounts): it takes ENOENT to mean "make the parent first", the parent
// already exists, and it tries the child again. A journal folder or a cache
// folder may be any path a person types, so coop creates folders here.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeDiskError } from './disk-errors.js';
import { UserError } from './errors.js';
import { safeLine } from '../text/sanitize.js';

export type MkdirSync = (path: string, options: { mode: number }) => unknown;

/**
 * Creates `path` and any missing parents with `mode`. An existing path is
 * left as it is (a file there is for the caller's next step to report).
 * Throws the file system's error when a folder cannot be made.
 */
export function makeFolder(path: string, mode = 0o777, mkdir: MkdirSync = mkdirSync): void {
  try {
    mkdir(path, { mode });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
  }
  makeFolder(dirname(path), mode, mkdir);
  // The parent exists now: a second ENOENT is the file system's final answer.
  try {
    mkdir(path, { mode });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** makeFolder for a command: a folder that cannot be made is the person's to fix (exit 2), named as `shown`. */
export function makeFolderFor(path: string, shown: string): void {
  try {
    makeFolder(path);
  } catch (error) {
    throw new UserError(`cannot make the folder ${safeLine(shown)}: ${describeDiskError(error)}`);
  }
}
