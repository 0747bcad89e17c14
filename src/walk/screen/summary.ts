// What happened, read from the walk state: the end-of-incident summary
// (and anything else that wants the facts rather than the events).
import type { Note, Visit, VisitResult, WalkState } from '../engine.js';

export interface WalkSummary {
  done: Visit[];
  skipped: Array<Visit & { result: Extract<VisitResult, { type: 'skipped' }> }>;
  answers: Array<Visit & { result: Extract<VisitResult, { type: 'answered' }> }>;
  checks: Array<Visit & { result: Extract<VisitResult, { type: 'check' }> }>;
  notes: Array<Note & { step: string }>;
  durationMs: number;
}

export function summarize(state: WalkState, now: Date): WalkSummary {
  const end = state.endedAt ? Date.parse(state.endedAt) : now.getTime();
  const having = <T extends VisitResult['type']>(type: T) =>
    state.visits.filter((v) => v.result?.type === type) as Array<Visit & { result: Extract<VisitResult, { type: T }> }>;
  return {
    done: having('done'),
    skipped: skippedNotDoneSince(state.visits),
    answers: having('answered'),
    checks: having('check'),
    notes: state.visits.flatMap((v) => v.notes.map((n) => ({ ...n, step: v.step }))),
    durationMs: Math.max(0, end - Date.parse(state.startedAt)),
  };
}

/**
 * The steps skipped and not done since: still to do. A step skipped and done
 * on a later visit (an update step of a loop, a step gone back to) is done,
 * as the report's open items have it ("Skipped and not done since").
 */
function skippedNotDoneSince(visits: readonly Visit[]): WalkSummary['skipped'] {
  const doneLater = new Set<string>();
  const skipped: WalkSummary['skipped'] = [];
  for (let i = visits.length - 1; i >= 0; i--) {
    const visit = visits[i]!;
    if (visit.result?.type === 'done') doneLater.add(visit.step);
    else if (visit.result?.type === 'skipped' && !doneLater.has(visit.step))
      skipped.push(visit as WalkSummary['skipped'][number]);
  }
  return skipped.reverse();
}
