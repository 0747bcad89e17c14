// What `coop status` adds from the exercise program (docs/records.md): the
// tabletop exercises that count as a runbook's exercise (an exercise record
// that ended and can be believed, of an exercise that names the runbook), and the improvement
// plan's corrective actions, open, overdue or closed, judged on today.
import { improvementStatus, type ImprovementStatus } from '../../format/follow-up.js';
import type { CheckedExerciseRecord } from '../../walk/exercise/checked-record.js';
import { contactMap, findExercise, type Library } from '../../library/library.js';

/** A tabletop exercise as the last exercise of a runbook. */
export interface TabletopExercise {
  /** The exercise record's id. */
  incident: string;
  /** The exercise's id. */
  exercise: string;
  endedAt: string;
  people: string[];
}

export interface CorrectiveActionStatus {
  id: string;
  action: string;
  owner: { id: string; name: string };
  due: string;
  runbook: string;
  exercise?: string;
  status: ImprovementStatus;
  closed?: { on: string; change: string };
  file: string;
}

/** The ended, believable exercise records of exercises that name `runbook`, the latest first. */
export function tabletopExercisesOf(
  runbook: string,
  library: Library,
  records: readonly CheckedExerciseRecord[],
): TabletopExercise[] {
  return records
    .filter((r) => r.status === 'ended' && r.endedAt !== undefined && r.problems.length === 0)
    .filter((r) => findExercise(library, r.exercise)?.value.runbooks.includes(runbook))
    .map((r) => ({ incident: r.id, exercise: r.exercise, endedAt: r.endedAt!, people: r.people }))
    .sort((a, b) => b.endedAt.localeCompare(a.endedAt));
}

export function correctiveActionsOf(library: Library, today: string): CorrectiveActionStatus[] {
  const contacts = contactMap(library);
  return library.improvements.map(({ value, file }) => {
    const item: CorrectiveActionStatus = {
      id: value.id,
      action: value.action,
      owner: { id: value.owner, name: contacts.get(value.owner)?.name ?? value.owner },
      due: value.due,
      runbook: value.runbook,
      status: improvementStatus(value, today),
      file: file.displayPath,
    };
    if (value.exercise !== undefined) item.exercise = value.exercise;
    if (value.closed) item.closed = value.closed;
    return item;
  });
}

/** "3 corrective actions open", or nothing when none is (the overdue ones are said with what needs attention). */
export function correctiveActionsLine(actions: readonly CorrectiveActionStatus[]): string | undefined {
  const open = actions.filter((a) => a.status !== 'closed').length;
  return open === 0 ? undefined : `${open} corrective action${open === 1 ? '' : 's'} open`;
}
