// Where a document a command made goes: stdout, or with --out FILE that file,
// replaced whole or not at all, and a line on stderr saying what was written where.
import { resolve } from 'node:path';
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { writeFileAtomically } from '../system/write-atomically.js';

/** `what` names the document, as in "coop: wrote <what> to FILE". */
export function printOrWrite(text: string, out: string | undefined, io: IO, what: string): void {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, out);
  const shown = displayPathOf(path, io.cwd);
  writeFileAtomically(path, text, shown);
  io.stderr.write(`coop: wrote ${what} to ${safeLine(shown)}\n`);
}
