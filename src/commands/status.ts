// `coop status`: is the plan kept up? Owners, reviews due, last exercises and
// recent incidents, judged on io.now(). With --check it is a gate for a
// scheduled CI job: exit 1 when anything is overdue.
import type { GlobalOptions } from './options.js';
import { type IO, stdoutWidth } from '../system/io.js';
import { loadStyle } from '../text/style.js';
import { planStatusReport } from '../reports/status/model.js';
import { renderStatusJson, renderStatusText } from '../reports/status/view.js';
import { signOffsOf, type StatusHints } from '../reports/status/sign-off.js';
import { journalDirWords } from '../journal/paths.js';
import { EXIT } from '../system/errors.js';
import { libraryCommandFor, openLibrary, warnAboutProblems } from './open-library.js';
import { readPlanRecords } from './plan-records.js';
import { COPY_FOLDER, copyLibraryLine, isShippedLibrary } from '../edit/own-library.js';
import { coopLine } from '../system/invocation.js';

export interface StatusOptions extends GlobalOptions {
  journalDir?: string;
  json?: boolean;
  check?: boolean;
}

export async function run(options: StatusOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const { journalDir, folder, incidents, exerciseRecords, reviews } = readPlanRecords(library, options.journalDir, io);
  const report = planStatusReport({
    library,
    incidents,
    exerciseRecords,
    journalDir: folder.display,
    unreadableJournals: folder.unreadable,
    now: io.now(),
    signOffs: signOffsOf(library, reviews),
  });
  if (options.json) io.stdout.write(renderStatusJson(report));
  else {
    const typed = libraryCommandFor(library, io);
    // review changes the runbook's file, and coop keeps its sample as shipped: the review is of a copy.
    const reviewing: Pick<StatusHints, 'review' | 'copyFirst'> = isShippedLibrary(library.root)
      ? {
          review: (id) => coopLine(io.env, 'review', id, '--runbooks', COPY_FOLDER),
          copyFirst: copyLibraryLine(library.root, io.cwd),
        }
      : { review: (id) => typed('review', id) };
    const hints: StatusHints = {
      ...reviewing,
      drill: (id) => typed('drill', id, ...journalDirWords(journalDir, io.cwd)),
      lint: (file) => typed('lint', file),
    };
    io.stdout.write(renderStatusText(report, await loadStyle(io.color), hints, stdoutWidth(io)));
  }
  return options.check && report.overdue ? EXIT.problems : EXIT.ok;
}
