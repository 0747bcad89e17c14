// `coop status`: is the plan kept up? Owners, reviews due, last exercises and
// recent incidents, judged on io.now(). With --check it is a gate for a
// scheduled CI job: exit 1 when anything is overdue.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { journalDirWords, locateJournalDir } from '../journal/paths.js';
import { coopLine } from '../system/invocation.js';
import { loadStyle } from '../text/style.js';
import { checkedExerciseRecords } from '../walk/exercise/checked-record.js';
import { checkedSummaries } from '../walk/checked-journal.js';
import { readJournalFolder, warnUnreadable } from '../journal/folder.js';
import { planStatusReport } from '../reports/status/model.js';
import { renderStatusJson, renderStatusText } from '../reports/status/view.js';
import { readReviewRecords } from '../journal/review-record.js';
import { signOffsOf } from '../reports/status/sign-off.js';
import { EXIT } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { openLibrary, warnAboutProblems } from './open-library.js';

export interface StatusOptions extends GlobalOptions {
  journalDir?: string;
  json?: boolean;
  check?: boolean;
}

export async function run(options: StatusOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  warnUnreadable(folder, (t) => io.stderr.write(t));
  const reviews = readReviewRecords(journalDir.dir, io.cwd);
  for (const bad of reviews.unreadable) io.stderr.write(`coop: warning: ${safeLine(bad.problem)}; left out\n`);
  const report = planStatusReport({
    library,
    incidents: checkedSummaries(
      folder,
      library,
      (t) => io.stderr.write(t),
      (id) => coopLine(io.env, 'report', id, ...journalDirWords(journalDir, io.cwd)),
    ),
    exerciseRecords: checkedExerciseRecords(folder.exercises, library, (t) => io.stderr.write(t)),
    journalDir: folder.display,
    unreadableJournals: folder.unreadable,
    now: io.now(),
    signOffs: signOffsOf(library, reviews.records),
  });
  if (options.json) io.stdout.write(renderStatusJson(report));
  else io.stdout.write(renderStatusText(report, await loadStyle(io.color)));
  return options.check && report.overdue ? EXIT.problems : EXIT.ok;
}
