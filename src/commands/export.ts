// `coop export`: the whole plan as one document, for the day the computers
// are down (the printed binder, HTML) or for a wiki (Markdown), or as the
// go-kit, a folder that walks the plan on a phone (docs/kit.md). A library
// with broken files still exports what loaded, and says what is missing, on
// stderr and on the cover: a partial binder beats none in an outage.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { coopLine } from '../system/invocation.js';
import type { Library } from '../library/library.js';
import { displayPathOf, loadLibrary } from '../library/load.js';
import { LIBRARY_FORMATS, type FolderFormat, type LibraryFormatName } from './export-formats.js';
import { planStatus } from '../render/plan-status.js';
import { byPlace, problemLines } from '../library/problem.js';
import { plural } from '../text/plural.js';

import { safeLine } from '../text/sanitize.js';
import { makeFolderFor } from '../system/make-folder.js';
import { assertNever, UserError } from '../system/errors.js';
import { lintLine, locateLibraryFor } from './open-library.js';
import { toStdout, writeOutput } from './write-output.js';

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
    io.stderr.write(
      `coop: run ${lintLine(library, io)} to see every problem; the export says on its cover what is missing\n`,
    );
}

export async function run(options: ExportOptions, io: IO): Promise<number> {
  const format = LIBRARY_FORMATS[options.format];
  if (format.writes === 'folder' && toStdout(options.out))
    throw new UserError(
      `${format.what} is a folder of files: give one with --out, like ${coopLine(io.env, 'export', '--format', options.format, ...(options.runbooks === undefined ? [] : ['--runbooks', options.runbooks]), '--out', format.suggestedOut)}`,
    );
  const located = locateLibraryFor(options, io);
  const library = loadLibrary(located.dir, { cwd: io.cwd });
  const now = io.now();
  reportProblems(library, io, now);
  const counts = `${plural(library.runbooks.length, 'runbook')}, ${plural(library.contacts.length, 'contact')}`;
  switch (format.writes) {
    case 'file': {
      const text = (await format.render())(library, now);
      // A page of markup scrolling past is never what a person at a terminal wanted: without --out it goes to a file there.
      const out = options.out === undefined && io.stdoutIsTTY ? format.suggestedOut : options.out;
      await writeOutput(text, out, format.what, io, counts);
      if (out !== options.out) io.stderr.write('coop: give --out FILE for another file, or --out - to see it here\n');
      return 0;
    }
    case 'folder':
      await writeFolder(format, library, now, resolve(io.cwd, options.out!), io, counts);
      return 0;
    default:
      return assertNever(format, 'export format');
  }
}

/**
 * A folder with a home page coop did not make (an intranet site's, say) is
 * not written into: the go-kit's index.html would replace it. An earlier
 * export's page says it was made by coop, and is written over.
 */
const MADE_BY_COOP = /<meta name="generator" content="coop[ "]/;

function refuseOthersPage(dir: string, shown: string): void {
  let page: string;
  try {
    page = readFileSync(join(dir, 'index.html'), 'utf8');
  } catch {
    return; // none there (or no folder yet): nothing to lose
  }
  if (!MADE_BY_COOP.test(page))
    throw new UserError(
      `${safeLine(shown)}/index.html is not a page coop made, and the go-kit's own would replace it; give a new or empty folder with --out`,
    );
}

/** The folder's files, each written whole or not at all; other files in the folder are left alone. */
async function writeFolder(
  format: FolderFormat,
  library: Library,
  now: Date,
  dir: string,
  io: IO,
  counts: string,
): Promise<void> {
  const files = (await format.render())(library, now);
  const shown = displayPathOf(dir, io.cwd);
  refuseOthersPage(dir, shown);
  makeFolderFor(dir, shown);
  const { writeFileAtomically } = await import('../system/write-atomically.js');
  for (const [name, content] of Object.entries(files))
    writeFileAtomically(join(dir, name), content, `${shown}/${name}`);
  const bytes = Object.values(files).reduce((sum, f) => sum + Buffer.byteLength(f), 0);
  io.stderr.write(
    `coop: wrote ${format.what} to ${safeLine(shown)}/ (${counts}; ${plural(Object.keys(files).length, 'file')}, ${Math.ceil(bytes / 1024)} KB)\n`,
  );
}
