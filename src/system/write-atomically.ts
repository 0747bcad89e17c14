// A file written with --out (a binder, a report) replaces the file whole or
// not at all: written beside it, then renamed over it, so a crash or a full
// disk never leaves half a document where the last good one was.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeDiskError } from './disk-errors.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from './errors.js';
import { nodeCrypto } from './crypto.js';

/** Why an output file cannot be written, in the words of someone who named it. */
function describeOutputError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'EISDIR':
      return 'it is a folder; give a file name, like binder.html';
    default:
      return describeDiskError(error);
  }
}

/** Throws UserError (exit 2) naming `shown` when the file cannot be written. */
export function writeFileAtomically(path: string, text: string, shown: string): void {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file was never made (its folder is not there): nothing to clean up.
    }
    throw new UserError(`cannot write ${safeLine(shown)}: ${describeOutputError(error)}`);
  }
}
