// `coop export`: the whole plan as one document, for the day the computers
// are down (the printed binder, HTML) or for a wiki (Markdown). A library
// with broken files still exports what loaded, and says what is missing, on
// stderr and on the cover: a partial binder beats none in an outage.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import type { Library } from '../library/library.js';
import { loadLibrary } from '../library/load.js';
import { LIBRARY_FORMATS, type LibraryFormatName } from '../render/library-formats.js';
import { planStatus } from '../render/plan-status.js';
import { byPlace, problemLines } from '../library/problem.js';
import { plural } from '../text/plural.js';
import { safeLine } from '../text/sanitize.js';
import { locateLibraryFor } from './open-library.js';
import { writeOutput } from './write-output.js';

export interface ExportOptions extends GlobalOptions {
  format: LibraryFormatName;
  out?: string;
}

/** One line per problem, then one per file with problems (what became of it), then where to look. */
function reportProblems(library: Library, io: IO, now: Date): void {
  io.stderr.write(problemLines([...library.problems].sort(byPlace)));
  const { files } = planStatus(library, [], now);
  for (const f of files) {
    const effect = f.leftOut ? 'left out of the export' : 'exported with what could be read';
    io.stderr.write(`coop: ${safeLine(f.file)}: ${plural(f.problems, 'problem')}; ${effect}\n`);
  }
  if (files.length)
    io.stderr.write('coop: run "coop lint" to see every problem; the export says on its cover what is missing\n');
}

export async function run(options: ExportOptions, io: IO): Promise<number> {
  const located = locateLibraryFor(options, io);
  const library = loadLibrary(located.dir, { cwd: io.cwd });
  const now = io.now();
  const format = LIBRARY_FORMATS[options.format];
  reportProblems(library, io, now);
  const text = (await format.render())(library, now);
  // A page of markup scrolling past is never what a person at a terminal wanted: without --out it goes to a file there.
  const out = options.out === undefined && io.stdoutIsTTY ? format.suggestedFile : options.out;
  const counts = `${plural(library.runbooks.length, 'runbook')}, ${plural(library.contacts.length, 'contact')}`;
  await writeOutput(text, out, format.what, io, counts);
  if (out !== options.out) io.stderr.write('coop: give --out FILE for another file, or --out - to see it here\n');
  return 0;
}
