// An exercise record checked before it is believed, as an incident's journal
// is (walk/checked-journal.ts): the journal's own checks (line order, hash
// chain, times, one beginning), then a replay against the exercise file. What
// `coop status`, and the statewide roll-up through it, count as an exercise
// held is a record that passes both.
import type { JournalFile } from '../../journal/folder.js';
import { checkJournal, type Inconsistency } from '../../journal/consistency.js';
import { summarizeExerciseRecord, type ExerciseRecordSummary } from '../../journal/exercise-summary.js';
import type { ExerciseStartedEvent } from '../../journal/events.js';
import { findExercise, type Library } from '../../library/library.js';
import { safeLine } from '../../text/sanitize.js';
import { ExerciseRecordError, replayExercise } from './engine.js';

export interface CheckedExerciseRecord extends ExerciseRecordSummary {
  /** Why the record cannot be believed; empty when it can. */
  problems: Inconsistency[];
}

export function checkExerciseRecord(journal: JournalFile, library: Library): CheckedExerciseRecord {
  const { read } = journal;
  const summary = summarizeExerciseRecord(read.events);
  const problems = [...checkJournal(read).inconsistencies];
  const started = read.events[0] as ExerciseStartedEvent;
  const exercise = findExercise(library, started.runbook);
  if (!exercise) problems.push({ line: read.lineOf[0]!, problem: `exercise ${started.runbook} is not in the library` });
  else
    try {
      replayExercise(exercise.value, read.events);
    } catch (error) {
      if (!(error instanceof ExerciseRecordError)) throw error;
      const index = read.events.findIndex((e) => e.seq === error.seq);
      problems.push({ line: read.lineOf[Math.max(index, 0)]!, problem: error.message });
    }
  return { ...summary, problems };
}

/** Every exercise record of the folder, checked; one warning line on stderr for each that cannot be believed. */
export function checkedExerciseRecords(
  records: readonly JournalFile[],
  library: Library,
  warn: (text: string) => unknown,
): CheckedExerciseRecord[] {
  return records.map((journal) => {
    const checked = checkExerciseRecord(journal, library);
    const first = checked.problems[0];
    if (first)
      warn(
        `coop: warning: ${safeLine(journal.display)}: the exercise record cannot be believed (line ${first.line}: ${safeLine(first.problem)}); it is not counted as an exercise held\n`,
      );
    return checked;
  });
}
