// Where a command's document goes (export, report, rollup): to the file of
// --out, written atomically, or to stdout when there is none or it is "-".
import { resolve } from 'node:path';
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { writeFileAtomically } from '../system/write-atomically.js';

/** The file as shown to people once written; undefined when the text went to stdout. */
export function writeOutput(out: string | undefined, text: string, io: IO): string | undefined {
  if (out === undefined || out === '-') {
    io.stdout.write(text);
    return undefined;
  }
  const path = resolve(io.cwd, out);
  const shown = displayPathOf(path, io.cwd);
  writeFileAtomically(path, text, shown);
  return shown;
}
