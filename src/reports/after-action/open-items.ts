// What is still open after an incident: steps skipped (and not done later),
// checks that failed (and did not pass later), a command whose result never
// came, and, for an incident not ended, where it stopped and the steps still
// ahead of it. For an ended incident the steps the path never led to are
// listed apart: not open, but worth a look in the review.
import type { JournalEvent } from '../../journal/events.js';
import { END } from '../../format/flow.js';
import type { RunbookView } from '../../library/view.js';
import type { IncidentSummary } from '../../journal/summary.js';
import { stepLabel, type ReportedStep } from './reported-step.js';

export type OpenItemKind = 'skipped' | 'failed-check' | 'check-unfinished' | 'stopped-at' | 'not-reached';

export interface OpenItem {
  kind: OpenItemKind;
  step: ReportedStep;
  /** What is open, in a sentence. */
  text: string;
}

function laterAt(
  events: readonly JournalEvent[],
  from: number,
  step: string | null,
  pass: (e: JournalEvent) => boolean,
): boolean {
  return events.slice(from + 1).some((e) => e.step === step && pass(e));
}

/** Steps reachable from `fromId` along the runbook's ways on, in runbook order. */
function stepsAhead(view: RunbookView, fromId: string): Set<string> {
  const byId = new Map(view.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [fromId];
  while (queue.length) {
    const step = byId.get(queue.shift()!);
    if (!step || seen.has(step.id)) continue;
    seen.add(step.id);
    for (const b of step.branches) if (b.target.kind === 'step') queue.push(b.target.id);
  }
  return seen;
}

export function openItemsOf(
  events: readonly JournalEvent[],
  view: RunbookView | undefined,
  ref: (id: string) => ReportedStep,
  summary: IncidentSummary,
): { openItems: OpenItem[]; notOnPath: ReportedStep[] } {
  const items: OpenItem[] = [];
  events.forEach((e, i) => {
    if (e.type === 'step-skipped' && !laterAt(events, i, e.step, (l) => l.type === 'step-done')) {
      items.push({
        kind: 'skipped',
        step: ref(e.step ?? ''),
        text: `Skipped and not done since: ${ref(e.step ?? '').text} Reason given: ${e.reason}`,
      });
    }
    if (
      e.type === 'check-result' &&
      e.outcome === 'failed' &&
      !laterAt(events, i, e.step, (l) => l.type === 'check-result' && l.outcome === 'succeeded')
    ) {
      items.push({ kind: 'failed-check', step: ref(e.step ?? ''), text: `Check failed: ${ref(e.step ?? '').text}` });
    }
    if (e.type === 'check-started' && !laterAt(events, i, e.step, (l) => l.type === 'check-result')) {
      items.push({
        kind: 'check-unfinished',
        step: ref(e.step ?? ''),
        text: `The command of the check "${ref(e.step ?? '').text}" was running when the walk stopped; its result is not known.`,
      });
    }
  });

  const visited = new Set(
    events
      .flatMap((e) => [e.step, 'next' in e && e.next !== END ? e.next : undefined])
      .filter((s): s is string => typeof s === 'string'),
  );
  if (summary.status !== 'ended' && summary.at !== undefined) {
    const here = ref(summary.at);
    items.push({
      kind: 'stopped-at',
      step: here,
      text: `Not done yet: the walk stopped at ${stepLabel(here)}: ${here.text} Carry on with: coop resume ${summary.id}`,
    });
    if (view) {
      const ahead = stepsAhead(view, summary.at);
      for (const step of view.steps) {
        if (ahead.has(step.id) && !visited.has(step.id))
          items.push({ kind: 'not-reached', step: ref(step.id), text: `Not reached yet: ${step.text}` });
      }
    }
    return { openItems: items, notOnPath: [] };
  }
  const notOnPath =
    summary.status === 'ended' && view ? view.steps.filter((s) => !visited.has(s.id)).map((s) => ref(s.id)) : [];
  return { openItems: items, notOnPath };
}
