// A file written with --out (a binder, a report) replaces the file whole or
// not at all: written beside it, flushed to disk, then renamed over it, so a
// crash or a full disk never leaves half a document where the last good one
// was. write-file-atomic does that and what a hand-written rename forgets:
// it writes through a symbolic link to the file it names, keeps the file's
// mode (a 0600 report stays 0600) and owner, and fsyncs before the rename.
//
// A rename replaces whatever has the name, so a target that is not a regular
// file never gets one: a rename over /dev/null or a named pipe would put a
// plain file in its place (as root, for every program on the machine). Those
// are written to directly, as a shell's `>` does; a disk device, a socket or
// a folder is refused.
import { statSync, writeFileSync, type Stats } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { describeDiskError } from './disk-errors.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from './errors.js';

/** A folder where a file was meant: every kind of output is written here, so the words fit any of them. */
const FOLDER_GIVEN = 'it is a folder; give the name of a file to write';

/** Why an output file cannot be written, in the words of someone who named it. */
function describeOutputError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return FOLDER_GIVEN;
    default:
      return describeDiskError(error);
  }
}

type Target = 'missing' | 'file' | 'stream' | { refused: string };

/** What the name points at, through any symbolic links. */
function targetOf(path: string): Target {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    // Not there yet (or unreadable): the write says why if it cannot be made.
    return 'missing';
  }
  if (stats.isFile()) return 'file';
  // /dev/null, /dev/stdout, a terminal, a named pipe: what is written goes through them.
  if (stats.isCharacterDevice() || stats.isFIFO()) return 'stream';
  if (stats.isDirectory()) return { refused: FOLDER_GIVEN };
  if (stats.isBlockDevice()) return { refused: 'it is a disk device, not a file' };
  return { refused: 'it is not a regular file' };
}

/** Throws UserError (exit 2) naming `shown` when the file cannot be written. */
export function writeFileAtomically(path: string, text: string | Buffer, shown: string): void {
  const target = targetOf(path);
  const fail = (why: string) => new UserError(`cannot write ${safeLine(shown)}: ${why}`);
  if (typeof target === 'object') throw fail(target.refused);
  try {
    if (target === 'stream') writeFileSync(path, text);
    else writeFileAtomic.sync(path, text);
  } catch (error) {
    throw fail(describeOutputError(error));
  }
}
