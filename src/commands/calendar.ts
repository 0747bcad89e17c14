// `coop calendar`: the plan's upkeep as an iCalendar feed to import into any
// calendar: every review due, the next exercise of each runbook, contacts to
// verify again, and the items reviews flagged that are still open. Stable
// UIDs, so importing it again updates instead of duplicating.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { CALENDAR_PROVIDERS } from '../reports/calendar/providers.js';
import { renderIcs } from '../reports/calendar/ics.js';
import { localDay } from '../text/local-time.js';
import { plural } from '../text/plural.js';
import { openLibrary, warnAboutProblems } from './open-library.js';
import { readPlanRecords } from './plan-records.js';
import { printOrWrite } from './print-or-write.js';
import { shortHash } from '../library/fingerprint.js';

export interface CalendarOptions extends GlobalOptions {
  journalDir?: string;
  out?: string;
}

export async function run(options: CalendarOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  // Read and checked as coop status reads them: the next exercise is due from the same last one.
  const { incidents, exerciseRecords, reviews } = readPlanRecords(library, options.journalDir, io);
  const now = io.now();
  const context = {
    library,
    incidents,
    exerciseRecords,
    reviews,
    today: localDay(now),
    // The organization names the plan wherever its folder is kept; a library without one, by its folder.
    plan: shortHash(library.organization ?? library.root),
  };
  const items = CALENDAR_PROVIDERS.flatMap((provide) => provide(context));
  const name = `${library.organization ? `${library.organization}: ` : ''}continuity plan`;
  printOrWrite(renderIcs(items, name, now), options.out, io, `the calendar (${plural(items.length, 'date')})`);
  return 0;
}
