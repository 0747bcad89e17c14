// A journal folder holds two kinds of record: incidents (and drills), which
// begin with `started`, and exercise records, which begin with
// `exercise-started`. Each command reads only its own kind.
import type { JournalEvent } from './events.js';

export function isExerciseRecord(events: readonly JournalEvent[]): boolean {
  return events[0]?.type === 'exercise-started';
}
