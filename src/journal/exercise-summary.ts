// One exercise record in a line, counted straight from its events (as
// summary.ts does for incidents): what `coop exercise resume` chooses from,
// what `coop exercise report` finds by exercise id, and what `coop status`
// counts as an exercise of a runbook.
import type { ExerciseStartedEvent, JournalEvent } from './events.js';
import type { IncidentStatus } from './summary.js';

export interface ExerciseRecordSummary {
  /** The record's id (its journal's name). */
  id: string;
  /** The exercise's id. */
  exercise: string;
  title: string;
  example: boolean;
  startedAt: string;
  startedBy: string;
  people: string[];
  status: IncidentStatus;
  endedAt?: string;
  lastEventAt: string;
  injectsReleased: number;
}

export function summarizeExerciseRecord(events: readonly JournalEvent[]): ExerciseRecordSummary {
  const started = events[0] as ExerciseStartedEvent;
  const last = events[events.length - 1]!;
  const people: string[] = [];
  let injectsReleased = 0;
  for (const event of events) {
    if (!people.includes(event.person)) people.push(event.person);
    if (event.type === 'inject-released') injectsReleased++;
  }
  const summary: ExerciseRecordSummary = {
    id: started.incident,
    exercise: started.runbook,
    title: started.title,
    example: started.example,
    startedAt: started.ts,
    startedBy: started.person,
    people,
    status: last.type === 'ended' ? 'ended' : last.type === 'paused' ? 'paused' : 'open',
    lastEventAt: last.ts,
    injectsReleased,
  };
  if (last.type === 'ended') summary.endedAt = last.ts;
  return summary;
}

/** The most recently active first. */
export function byLastActivity(a: ExerciseRecordSummary, b: ExerciseRecordSummary): number {
  return b.lastEventAt.localeCompare(a.lastEventAt) || b.startedAt.localeCompare(a.startedAt);
}
