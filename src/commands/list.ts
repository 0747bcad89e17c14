// `coop list`: the runbooks of the library, one a line.
import type { IO } from '../io.js';
import { safeLine } from '../render/sanitize.js';
import { loadStyle } from '../render/style.js';
import { terminalSafeJson } from '../journal/writer.js';
import { runbookView } from '../render/view.js';
import { openLibrary, warnAboutProblems, type LibraryOptions } from './open-library.js';

export interface ListOptions extends LibraryOptions {
  json?: boolean;
}

export async function run(options: ListOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  const rows = library.runbooks.map((entry) => {
    const view = runbookView(library, entry);
    return { id: view.id, title: view.title, owner: view.owner?.name ?? null, ownerId: view.owner?.id ?? null, reviewed: view.reviewed ?? null, reviewDue: view.reviewDue ?? null, file: view.file ?? null };
  });
  if (options.json) {
    io.stdout.write(terminalSafeJson({ library: library.displayRoot, runbooks: rows, broken: library.brokenRunbooks }, 2) + '\n');
    warnAboutProblems(library, io);
    return 0;
  }
  const style = await loadStyle(io.color);
  const table = [['ID', 'TITLE', 'OWNER', 'REVIEWED'], ...rows.map((r) => [r.id, r.title, r.owner ?? '-', r.reviewed ?? 'never'].map(safeLine))];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  table.forEach((row, i) => {
    const line = row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ');
    io.stdout.write((i === 0 ? style.bold(line) : line) + '\n');
  });
  if (rows.length === 0) io.stdout.write(`(no runbooks in ${library.displayRoot})\n`);
  for (const b of library.brokenRunbooks) io.stderr.write(`coop: warning: ${safeLine(b.file)} could not be loaded; run "coop lint"\n`);
  if (library.brokenRunbooks.length === 0) warnAboutProblems(library, io);
  return 0;
}
