// What the exercise commands share: an exercise found by id in the library
// (with a "did you mean"), the exercised runbooks it cannot run without, and
// its records in the journal folder.
import type { Exercise } from '../format/exercise-schema.js';
import { findExercise, findRunbook, type Library, type Loaded } from '../library/library.js';
import { runbookView, type RunbookView } from '../library/view.js';
import { formatProblem } from '../library/problem.js';
import { fileHash } from '../journal/hash.js';
import type { JournalFolder } from '../journal/folder.js';
import { byLastActivity, summarizeExerciseRecord, type ExerciseRecordSummary } from '../journal/exercise-summary.js';
import { UserError } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { closest } from '../text/suggest.js';
import { lintLine, type TypedHere } from './open-library.js';

export function requireExercise(library: Library, id: string, io: TypedHere): Loaded<Exercise> {
  const found = findExercise(library, id);
  if (found) return found;
  const broken = library.brokenExercises.find((b) => b.id === id);
  if (broken) {
    const problem = library.problems.find((p) => p.file === broken.file);
    throw new UserError(
      `exercise "${safeLine(id)}" cannot be used: ${safeLine(problem ? formatProblem(problem) : broken.file)}; run ${lintLine(library, io)} to see every problem`,
    );
  }
  const ids = library.exercises.map((e) => e.value.id);
  const near = closest(id, ids);
  const hint = near.length
    ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
    : ids.length
      ? `; the exercises are: ${ids.join(', ')}`
      : `; the library has none: an exercise is a file in ${library.displayRoot}/exercises/ (docs/runbook-format.md)`;
  throw new UserError(`no exercise "${safeLine(id)}" in ${library.displayRoot}${hint}`);
}

/** The views of the runbooks an exercise exercises; one it names that cannot be used stops it, with where to look. */
export function exercisedRunbooks(library: Library, exercise: Exercise, io: TypedHere): RunbookView[] {
  return exercise.runbooks.map((id) => {
    const entry = findRunbook(library, id);
    if (entry) return runbookView(library, entry);
    const broken = library.brokenRunbooks.some((b) => b.id === id);
    throw new UserError(
      `exercise "${safeLine(exercise.id)}" exercises runbook "${safeLine(id)}", which ${broken ? 'cannot be loaded' : `is not in ${library.displayRoot}`}; run ${lintLine(library, io)} to see why`,
    );
  });
}

/** Whether the exercise file is still the one a record began with. */
export function exerciseChangedSince(hash: string, entry: Loaded<Exercise>): boolean {
  try {
    return fileHash(entry.file.absolutePath) !== hash;
  } catch {
    return true;
  }
}

/** The records of the journal folder, the most recently active first; of one exercise when `exercise` is given. */
export function exerciseRecords(folder: JournalFolder, exercise?: string): ExerciseRecordSummary[] {
  return folder.exercises
    .map((j) => summarizeExerciseRecord(j.read.events))
    .filter((r) => exercise === undefined || r.exercise === exercise)
    .sort(byLastActivity);
}

export interface ExerciseLink {
  exercise: string;
  title: string;
  /** The exercise's record open in the journal folder now, the most recently active; none when it is not running. */
  record?: string;
}

/** `coop drill --exercise`: the exercise must be in the library and exercise the runbook drilled. */
export function linkToExercise(
  library: Library,
  id: string,
  runbookId: string,
  folder: JournalFolder,
  io: TypedHere,
): ExerciseLink {
  const exercise = requireExercise(library, id, io).value;
  if (!exercise.runbooks.includes(runbookId))
    throw new UserError(
      `exercise "${exercise.id}" does not exercise runbook "${safeLine(runbookId)}" (its runbooks: ${exercise.runbooks.join(', ')}); drill one of those, or add the runbook to the exercise`,
    );
  const open = exerciseRecords(folder, exercise.id).find((r) => r.status !== 'ended');
  return { exercise: exercise.id, title: exercise.title, ...(open ? { record: open.id } : {}) };
}
