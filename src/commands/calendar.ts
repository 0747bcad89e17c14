// `coop calendar`: the plan's upkeep as an iCalendar feed to import into any
// calendar: every review due, the next exercise of each runbook, contacts to
// verify again, and the items reviews flagged that are still open. Stable
// UIDs, so importing it again updates instead of duplicating.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { readJournalFolder, warnUnreadable } from '../journal/folder.js';
import { journalDirWords, locateJournalDir } from '../journal/paths.js';
import { coopLine } from '../system/invocation.js';
import { checkedSummaries } from '../walk/checked-journal.js';
import { checkedExerciseRecords } from '../walk/exercise/checked-record.js';
import { readReviewRecords } from '../journal/review-record.js';
import { CALENDAR_PROVIDERS } from '../reports/calendar/providers.js';
import { renderIcs } from '../reports/calendar/ics.js';
import { localDay } from '../text/local-time.js';
import { plural } from '../text/plural.js';
import { safeLine } from '../text/sanitize.js';
import { openLibrary, warnAboutProblems } from './open-library.js';
import { printOrWrite } from './print-or-write.js';
import { shortHash } from '../library/fingerprint.js';

export interface CalendarOptions extends GlobalOptions {
  journalDir?: string;
  out?: string;
}

export async function run(options: CalendarOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  const warn = (t: string) => io.stderr.write(t);
  warnUnreadable(folder, warn);
  const reviews = readReviewRecords(journalDir.dir, io.cwd);
  for (const bad of reviews.unreadable) io.stderr.write(`coop: warning: ${safeLine(bad.problem)}; left out\n`);
  const now = io.now();
  const context = {
    library,
    // Checked before believed, as coop status checks them: the next exercise is due from the same last one.
    incidents: checkedSummaries(folder, library, warn, (id) =>
      coopLine(io.env, 'report', id, ...journalDirWords(journalDir, io.cwd)),
    ),
    exerciseRecords: checkedExerciseRecords(folder.exercises, library, warn),
    reviews: reviews.records,
    today: localDay(now),
    // The organization names the plan wherever its folder is kept; a library without one, by its folder.
    plan: shortHash(library.organization ?? library.root),
  };
  const items = CALENDAR_PROVIDERS.flatMap((provide) => provide(context));
  const name = `${library.organization ? `${library.organization}: ` : ''}continuity plan`;
  printOrWrite(renderIcs(items, name, now), options.out, io, `the calendar (${plural(items.length, 'date')})`);
  return 0;
}
