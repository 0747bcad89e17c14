// One incident in a line: what `coop incidents`, `coop resume` (choosing which
// one) and `coop status` need to know, counted straight from the journal's
// events, so it works even when the runbook has changed or gone since.
import { END } from '../format/flow.js';
import { endIndexOf } from './consistency.js';
import type { EndOutcome, JournalEvent, PauseReason, StartedEvent } from './events.js';
import { takenBack } from './taken-back.js';

/** The states of an incident; open: not ended and not paused (in progress now, or stopped without a pause by a crash). */
export const INCIDENT_STATUSES = ['open', 'paused', 'ended'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface IncidentSummary {
  id: string;
  runbook: string;
  title: string;
  drill: boolean;
  startedAt: string;
  startedBy: string;
  /** Everyone who worked on it, in order. */
  people: string[];
  status: IncidentStatus;
  outcome?: EndOutcome;
  endedAt?: string;
  /** Why `coop close` ended it. */
  closedReason?: string;
  /** `coop close --mistake`: started by mistake, so no incident (or drill) to count. */
  startedByMistake?: boolean;
  lastEventAt: string;
  /** Start to end; for an incident that has not ended, start to its last event. */
  durationMs: number;
  stepsDone: number;
  stepsSkipped: number;
  /** The step the walk stands at (not ended), by id. */
  at?: string;
  pauseReason?: PauseReason;
  /** When the last status update went out (issue 16), and when the next is due. */
  lastUpdateAt?: string;
  nextUpdateDueAt?: string;
}

/** Where an event leaves the walk: the step it moved on to, or the step it concerns. */
function standsAt(event: JournalEvent): string | undefined {
  if (event.type === 'ended') return undefined;
  if ('next' in event) return event.next;
  return event.step ?? undefined;
}

/**
 * The incident as its journal tells it, up to its first `ended` (what follows
 * that is not part of it: the consistency checks say so). A walk whose last
 * event led to the end has ended, though its `ended` line was lost.
 */
export function summarizeIncident(all: readonly JournalEvent[]): IncidentSummary {
  const endIndex = endIndexOf(all);
  const events = endIndex === undefined ? all : all.slice(0, endIndex + 1);
  const started = events[0] as StartedEvent;
  // An update sent while the walk is paused leaves it paused where it was.
  const last = events.findLast((e) => e.type !== 'update') ?? events[events.length - 1]!;
  const update = events.findLast((e) => e.type === 'update');
  const people: string[] = [];
  const seen = new Set<string>();
  let stepsDone = 0;
  let stepsSkipped = 0;
  const back = takenBack(events);
  for (const event of events) {
    if (!seen.has(event.person)) {
      seen.add(event.person);
      people.push(event.person);
    }
    if (back.has(event.seq)) continue;
    if (event.type === 'step-done') stepsDone++;
    if (event.type === 'step-skipped') stepsSkipped++;
  }
  const reachedEnd = 'next' in last && last.next === END;
  const status =
    last.type === 'ended' || reachedEnd
      ? 'ended'
      : last.type === 'paused' || last.type === 'reopened'
        ? 'paused'
        : 'open';
  const sinceStart = Math.max(0, Date.parse(last.ts) - Date.parse(started.ts)) || 0;
  const summary: IncidentSummary = {
    id: started.incident,
    runbook: started.runbook,
    title: started.title,
    drill: started.drill,
    startedAt: started.ts,
    startedBy: started.person,
    people,
    status,
    lastEventAt: events[events.length - 1]!.ts,
    durationMs: last.type === 'ended' ? last.durationMs : sinceStart,
    stepsDone,
    stepsSkipped,
  };
  if (last.type === 'ended') {
    summary.outcome = last.outcome;
    summary.endedAt = last.ts;
    if (last.reason !== undefined) summary.closedReason = last.reason;
    if (last.mistake) summary.startedByMistake = true;
  } else if (reachedEnd) {
    summary.outcome = last.type === 'check-result' && last.outcome === 'failed' ? 'failed' : 'completed';
    summary.endedAt = last.ts;
  } else {
    const at = standsAt(last);
    if (at !== undefined) summary.at = at;
  }
  if (last.type === 'paused') summary.pauseReason = last.reason;
  if (update) {
    summary.lastUpdateAt = update.ts;
    summary.nextUpdateDueAt = update.nextDueAt;
  }
  return summary;
}
