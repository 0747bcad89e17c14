// Where a command's document goes: stdout, or with --out FILE a file written
// whole or not at all, and a line on stderr that says where it went.
import { resolve } from 'node:path';
import { displayPathOf } from '../library/paths.js';
import type { IO } from '../system/io.js';
import { writeFileAtomically } from '../system/write-atomically.js';
import { safeLine } from '../text/sanitize.js';

/** Writes `text` to stdout, or to `out` ("-" is stdout); `what` names it in the line said on stderr. */
export function writeOutput(text: string, out: string | undefined, io: IO, what: string): number {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return 0;
  }
  const path = resolve(io.cwd, out);
  const shown = displayPathOf(path, io.cwd);
  writeFileAtomically(path, text, shown);
  io.stderr.write(`coop: wrote ${what} to ${safeLine(shown)}\n`);
  return 0;
}
