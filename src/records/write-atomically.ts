// A report written with --out replaces the file whole or not at all: written
// beside it, then renamed over it, so a crash or a full disk never leaves a
// half report where the last good one was.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeDiskError } from '../journal/disk-errors.js';
import { safeLine } from '../render/sanitize.js';
import { UserError } from '../util/errors.js';

export function writeFileAtomically(path: string, text: string, shown: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError(`cannot write ${safeLine(shown)}: ${describeDiskError(error)}`);
  }
}
