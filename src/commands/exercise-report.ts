// `coop exercise report <exercise|record>`: the after-action report and
// improvement plan (AAR/IP) of an exercise, from its record, the exercise
// file and improvements.yaml: Markdown by default, JSON or a printable HTML
// page on request, to stdout or a file. Named by exercise, it is the report
// of the latest record of it (the latest that ended, if any did).
import { coopCommand } from '../system/invocation.js';
import { existsSync } from 'node:fs';
import { VERSION } from '../system/version.js';
import type { IO } from '../system/io.js';
import type { ExerciseStartedEvent } from '../journal/events.js';
import { readJournalFolder, warnUnreadable } from '../journal/folder.js';
import { findExerciseJournal, readExerciseJournal } from '../journal/incident.js';
import { isIncidentId, journalPath, locateJournalDir } from '../journal/paths.js';
import { exerciseView } from '../library/exercise-view.js';
import { UserError } from '../system/errors.js';
import { writeOutput } from './write-output.js';
import { safeLine } from '../text/sanitize.js';
import { plural } from '../text/plural.js';
import { checkJournal } from '../journal/consistency.js';
import { EXERCISE_REPORT_FORMATS, type ExerciseReportFormat } from '../reports/exercise/formats.js';
import { buildExerciseReport } from '../reports/exercise/model.js';
import { ExerciseRecordError } from '../walk/exercise/engine.js';
import type { ExerciseFlags } from './exercise-console.js';
import { exerciseChangedSince, exerciseRecords, requireExercise } from './open-exercise.js';
import { openLibrary, warnAboutProblems } from './open-library.js';

export interface ExerciseReportOptions extends ExerciseFlags {
  /** An exercise id, or the id of one of its records. */
  id: string;
  format: ExerciseReportFormat;
  out?: string;
}

export async function run(options: ExerciseReportOptions, io: IO): Promise<number> {
  const { dir } = locateJournalDir(options.journalDir, io.env, io.cwd);
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const folder = readJournalFolder(dir, io.cwd);
  warnUnreadable(folder, (t) => io.stderr.write(t));
  const record = recordId(options.id, dir, folder, library, io);
  const journal = readExerciseJournal(findExerciseJournal(record, dir, io), io);
  const events = journal.read.events;
  // Checked before believed: a record that fails the journal's own checks is still reported, saying so first.
  const { inconsistencies } = checkJournal(journal.read);
  const [first] = inconsistencies;
  if (first)
    io.stderr.write(
      `coop: warning: ${safeLine(journal.display)}: the exercise record is inconsistent, ${plural(inconsistencies.length, 'problem')} (first: line ${first.line}: ${safeLine(first.problem)}); the report says so at its top\n`,
    );
  const started = events[0] as ExerciseStartedEvent;
  const entry = requireExercise(library, started.runbook, io);
  let report: ReturnType<typeof buildExerciseReport>;
  try {
    report = buildExerciseReport({
      events,
      journalFile: journal.display,
      ...(journal.read.torn ? { torn: journal.read.torn } : {}),
      inconsistencies,
      exercise: entry.value,
      view: exerciseView(library, entry),
      exerciseChanged: exerciseChangedSince(started.exerciseHash, entry),
      library,
      incidents: folder.journals.map((j) => j.read.events),
      now: io.now(),
      coopVersion: VERSION,
    });
  } catch (error) {
    if (!(error instanceof ExerciseRecordError)) throw error;
    throw new UserError(
      `the record ${journal.display} does not fit the exercise ${entry.file.displayPath} at its event ${error.seq}: ${error.message}; put the exercise file back as it was when the exercise was held`,
    );
  }
  const text = (await EXERCISE_REPORT_FORMATS[options.format]())(report);
  await writeOutput(text, options.out, `the after-action report of exercise record ${record}`, io);
  return 0;
}

/** The record named, or the latest record of the exercise named (the latest that ended, when one did). */
function recordId(
  id: string,
  dir: string,
  folder: ReturnType<typeof readJournalFolder>,
  library: Parameters<typeof requireExercise>[0],
  io: IO,
): string {
  if (isIncidentId(id) && existsSync(journalPath(dir, id))) return id;
  const exercise = requireExercise(library, id, io).value;
  const records = exerciseRecords(folder, exercise.id);
  const chosen = records.find((r) => r.status === 'ended') ?? records[0];
  if (!chosen)
    throw new UserError(
      `exercise ${exercise.id} has no record in ${safeLine(folder.display)}; ${coopCommand(io.env)} exercise run ${exercise.id} holds it (or give --journal-dir)`,
    );
  if (records.length > 1)
    io.stderr.write(
      `coop: the report of ${chosen.id}, the latest${chosen.status === 'ended' ? ' that ended' : ''} of ${records.length} records of exercise ${exercise.id}; for another, name it: ${coopCommand(io.env)} exercise report <record> (${records.map((r) => r.id).join(', ')})\n`,
    );
  return chosen.id;
}
