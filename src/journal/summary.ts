// One incident in a line: what `coop incidents`, `coop resume` (choosing which
// one) and `coop status` need to know, counted straight from the journal's
// events, so it works even when the runbook has changed or gone since.
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
  lastEventAt: string;
  /** Start to end; for an incident that has not ended, start to its last event. */
  durationMs: number;
  stepsDone: number;
  stepsSkipped: number;
  /** The step the walk stands at (not ended), by id. */
  at?: string;
  pauseReason?: PauseReason;
}

/** Where an event leaves the walk: the step it moved on to, or the step it concerns. */
function standsAt(event: JournalEvent): string | undefined {
  if (event.type === 'ended') return undefined;
  if ('next' in event) return event.next;
  return event.step ?? undefined;
}

export function summarizeIncident(events: readonly JournalEvent[]): IncidentSummary {
  const started = events[0] as StartedEvent;
  const last = events[events.length - 1]!;
  const people: string[] = [];
  let stepsDone = 0;
  let stepsSkipped = 0;
  const back = takenBack(events);
  for (const event of events) {
    if (!people.includes(event.person)) people.push(event.person);
    if (back.has(event.seq)) continue;
    if (event.type === 'step-done') stepsDone++;
    if (event.type === 'step-skipped') stepsSkipped++;
  }
  const ended = last.type === 'ended' ? last : undefined;
  // Reopened: open again, and paused until someone carries it on.
  const status = ended ? 'ended' : last.type === 'paused' || last.type === 'reopened' ? 'paused' : 'open';
  const summary: IncidentSummary = {
    id: started.incident,
    runbook: started.runbook,
    title: started.title,
    drill: started.drill,
    startedAt: started.ts,
    startedBy: started.person,
    people,
    status,
    lastEventAt: last.ts,
    durationMs: ended ? ended.durationMs : Math.max(0, Date.parse(last.ts) - Date.parse(started.ts)),
    stepsDone,
    stepsSkipped,
  };
  if (ended) {
    summary.outcome = ended.outcome;
    summary.endedAt = ended.ts;
    if (ended.reason !== undefined) summary.closedReason = ended.reason;
  } else {
    const at = standsAt(last);
    if (at !== undefined) summary.at = at;
  }
  if (last.type === 'paused') summary.pauseReason = last.reason;
  return summary;
}
