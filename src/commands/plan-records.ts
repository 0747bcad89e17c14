// What coop status and coop calendar judge the plan's upkeep by: the journal
// folder's incidents and exercise records, each checked before it is
// believed, and the review records. What cannot be read or believed is said
// on stderr, one line each.
import type { IO } from '../system/io.js';
import type { Library } from '../library/library.js';
import { readJournalFolder, warnUnreadable, type JournalFolder } from '../journal/folder.js';
import { journalDirWords, locateJournalDir, type JournalDir } from '../journal/paths.js';
import { readReviewRecords, type ReviewRecord } from '../journal/review-record.js';
import { coopLine } from '../system/invocation.js';
import { safeLine } from '../text/sanitize.js';
import { checkedSummaries, type CheckedSummary } from '../walk/checked-journal.js';
import { checkedExerciseRecords, type CheckedExerciseRecord } from '../walk/exercise/checked-record.js';
import { libraryWords, type TypedHere } from './open-library.js';

export interface PlanRecords {
  /** Where the records were read: a drill recorded elsewhere is not counted. */
  journalDir: JournalDir;
  folder: JournalFolder;
  incidents: CheckedSummary[];
  exerciseRecords: CheckedExerciseRecord[];
  reviews: ReviewRecord[];
}

export function readPlanRecords(library: Library, journalDirOption: string | undefined, io: IO): PlanRecords {
  const journalDir = locateJournalDir(journalDirOption, io.env, io.cwd);
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  const warn = (text: string) => io.stderr.write(text);
  warnUnreadable(folder, warn);
  const reviews = readReviewRecords(journalDir.dir, io.cwd);
  for (const bad of reviews.unreadable) warn(`coop: warning: ${safeLine(bad.problem)}; left out\n`);
  return {
    journalDir,
    folder,
    incidents: checkedSummaries(folder, library, warn, reportCommandFor(journalDir, io, libraryWords(library, io))),
    exerciseRecords: checkedExerciseRecords(folder.exercises, library, warn),
    reviews: reviews.records,
  };
}

/**
 * The command that shows an incident's record, as it must be typed here: the
 * journal folder named when it was given, and `library`, the words that name
 * the library the report reads the runbook from (libraryWords, or
 * givenLibraryWords before the library is opened).
 */
export function reportCommandFor(
  journalDir: JournalDir,
  io: TypedHere,
  library: readonly string[],
): (incident: string) => string {
  return (incident) => coopLine(io.env, 'report', incident, ...library, ...journalDirWords(journalDir, io.cwd));
}
