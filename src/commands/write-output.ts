// Where a command's document goes (-o, --out): stdout when none is given or
// it is `-`, else the file, written whole or not at all and said on stderr,
// since stdout then stays empty for a script that reads it.
import { resolve } from 'node:path';
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';

/** Whether the document goes to stdout rather than a file. */
export function toStdout(out: string | undefined): out is undefined | '-' {
  return out === undefined || out === '-';
}

/** Writes `text` to stdout or to the file `out`, said on stderr as "wrote WHAT to FILE (DETAIL)". */
export async function writeOutput(
  text: string,
  out: string | undefined,
  what: string,
  io: IO,
  detail?: string,
): Promise<void> {
  if (toStdout(out)) {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, out);
  const shown = displayPathOf(path, io.cwd);
  // Loaded only to write a file: the writer brings crypto, which printing to stdout never needs.
  const { writeFileAtomically } = await import('../system/write-atomically.js');
  writeFileAtomically(path, text, shown);
  io.stderr.write(`coop: wrote ${what} to ${safeLine(shown)}${detail ? ` (${detail})` : ''}\n`);
}
