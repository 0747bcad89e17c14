// `coop list`: the runbooks of the library, one a line.
import { type IO, stdoutWidth } from '../system/io.js';
import { safeLine, terminalSafeJson } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { textTable } from '../text/table.js';
import { runbookView } from '../library/view.js';
import { lintLine, openLibrary, warnAboutProblems, type LibraryOptions } from './open-library.js';

export interface ListOptions extends LibraryOptions {
  json?: boolean;
}

export async function run(options: ListOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  const rows = library.runbooks.map((entry) => {
    const view = runbookView(library, entry);
    return {
      id: view.id,
      title: view.title,
      owner: view.owner?.name ?? null,
      ownerId: view.owner?.id ?? null,
      reviewed: view.reviewed ?? null,
      reviewDue: view.reviewDue ?? null,
      file: view.file ?? null,
    };
  });
  if (options.json) {
    io.stdout.write(
      `${terminalSafeJson({ library: library.displayRoot, runbooks: rows, broken: library.brokenRunbooks }, 2)}\n`,
    );
    warnAboutProblems(library, io);
    return 0;
  }
  const style = await loadStyle(io.color);
  const cells = rows.map((r) => [r.id, r.title, r.owner ?? '-', r.reviewed ?? 'never']);
  // On a terminal within its width, a long title cut short first; a pipe gets every title whole.
  const fit = { width: stdoutWidth(io), shrink: 1 };
  for (const line of textTable(['ID', 'TITLE', 'OWNER', 'REVIEWED'], cells, style, fit)) io.stdout.write(`${line}\n`);
  if (rows.length === 0) io.stdout.write(`(no runbooks in ${library.displayRoot})\n`);
  for (const b of library.brokenRunbooks)
    io.stderr.write(`coop: warning: ${safeLine(b.file)} could not be loaded; run ${lintLine(library, io)}\n`);
  if (library.brokenRunbooks.length === 0) warnAboutProblems(library, io);
  return 0;
}
