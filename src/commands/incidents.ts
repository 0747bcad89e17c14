// `coop incidents`: every incident and drill in the journal folder, newest
// first, with filters. A journal that cannot be read is named on stderr and
// left out; it never hides the others.
import type { GlobalOptions } from './options.js';
import { type IO, stdoutWidth } from '../system/io.js';
import { journalDirWords, locateJournalDir } from '../journal/paths.js';
import { coopCommand } from '../system/invocation.js';
import { shellWord } from '../text/shell-word.js';
import { reportCommandFor } from './plan-records.js';
import { hasKeptApart, keptApartPath } from '../journal/kept-apart.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { readingWidth, wrapAtSpaces } from '../text/wrap.js';
import { incidentFilter, isFiltered, matches, type FilterOptions } from '../reports/incidents/filter.js';
import { checkedSummaries } from '../walk/checked-journal.js';
import { givenLibraryWords, libraryIfAny, libraryWords } from './open-library.js';
import {
  incidentCounts,
  incidentsJson,
  incidentsTable,
  notEndedHint,
  type ListedIncident,
} from '../reports/incidents/view.js';
import { readJournalFolder, warnTorn, warnUnreadable } from '../journal/folder.js';

export interface IncidentsOptions extends GlobalOptions, FilterOptions {
  journalDir?: string;
  json?: boolean;
}

export async function run(options: IncidentsOptions, io: IO): Promise<number> {
  const filter = incidentFilter(options);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  const warn = (text: string) => io.stderr.write(text);
  warnUnreadable(folder, warn);
  for (const journal of folder.journals) warnTorn(journal, warn);
  const library = await libraryIfAny(options, io);
  const checked = checkedSummaries(
    folder,
    library,
    warn,
    reportCommandFor(journalDir, io, library ? libraryWords(library, io) : givenLibraryWords(options)),
  );
  const all: ListedIncident[] = checked
    .map((summary, i) => {
      const listed: ListedIncident = { ...summary, file: folder.journals[i]!.display };
      if (hasKeptApart(journalDir.dir, summary.id))
        listed.keptApart = displayPathOf(keptApartPath(journalDir.dir, summary.id), io.cwd);
      return listed;
    })
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const shown = all.filter((i) => matches(filter, i));

  if (options.json) {
    io.stdout.write(incidentsJson(folder.display, shown, folder.unreadable));
    return 0;
  }
  const where = safeLine(folder.display);
  if (all.length === 0) {
    io.stdout.write(`No incidents recorded in ${where}${folder.exists ? '' : ' (the folder does not exist yet)'}.\n`);
    if (journalDir.source !== 'option')
      io.stdout.write('Journals kept elsewhere? Give --journal-dir DIR or set COOP_JOURNAL_DIR.\n');
    return 0;
  }
  if (shown.length === 0) {
    io.stdout.write(`No incident matches; ${where} holds ${incidentCounts(all)}.\n`);
    return 0;
  }
  const style = await loadStyle(io.color);
  const width = stdoutWidth(io);
  // On a terminal, the lines under the table are set to the reading width, as status's are, broken at
  // spaces only so that the journal folder's path stays whole.
  const noteUnder = (text: string) =>
    io.stdout.write(
      `${(width === undefined ? [text] : wrapAtSpaces(text, readingWidth(width))).map((l) => style.dim(l)).join('\n')}\n`,
    );
  io.stdout.write(`${incidentsTable(shown, style, io.now(), width).join('\n')}\n`);
  const of = isFiltered(filter) ? `, of ${all.length}` : '';
  noteUnder(`${incidentCounts(shown)}${of}, in ${where}`);
  const flags = [...(library ? libraryWords(library, io) : []), ...journalDirWords(journalDir, io.cwd)];
  const hint = notEndedHint(shown, (...words) => [coopCommand(io.env), ...words, ...flags.map(shellWord)].join(' '));
  if (hint) noteUnder(hint);
  return 0;
}
