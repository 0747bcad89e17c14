// What is still open after an incident: steps skipped (and not done later),
// checks that failed (and did not pass later), a command whose result never
// came, and, for an incident not ended or closed before its end (`coop
// close`), where it stood and the steps still ahead of it. For an incident
// whose walk reached the end, the steps the path never led to are listed
// apart: not open, but worth a look in the review.
import type { JournalEvent } from '../../journal/events.js';
import { END } from '../../format/flow.js';
import type { RunbookView } from '../../library/view.js';
import type { IncidentSummary } from '../../journal/summary.js';
import { stepLabel, stepOf, type ReportedStep, type ReportedSteps } from './reported-step.js';
import { isResult, takenBack } from '../../journal/taken-back.js';

export type OpenItemKind = 'skipped' | 'failed-check' | 'check-unfinished' | 'stopped-at' | 'not-reached' | 'closed-at';

export interface OpenItem {
  kind: OpenItemKind;
  step: ReportedStep;
  /** What is open, in a sentence. */
  text: string;
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
  ref: ReportedSteps,
  summary: IncidentSummary,
): { openItems: OpenItem[]; notOnPath: ReportedStep[] } {
  const items: OpenItem[] = [];
  // Read backwards once: what each step saw later (done, a check that passed, any result).
  const later = { done: new Set<string | null>(), passed: new Set<string | null>(), result: new Set<string | null>() };
  const found: OpenItem[] = [];
  const back = takenBack(events);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (back.has(e.seq)) continue;
    if (e.type === 'step-skipped' && !later.done.has(e.step)) {
      const step = stepOf(ref, e);
      found.push({ kind: 'skipped', step, text: `Skipped and not done since: ${step.text} Reason given: ${e.reason}` });
    }
    if (e.type === 'check-result' && e.outcome === 'failed' && !later.passed.has(e.step)) {
      const step = stepOf(ref, e);
      found.push({ kind: 'failed-check', step, text: `Check failed: ${step.text}` });
    }
    if (e.type === 'check-started' && !later.result.has(e.step)) {
      const step = stepOf(ref, e);
      found.push({
        kind: 'check-unfinished',
        step,
        text: `The command of the check "${step.text}" was running when the walk stopped; its result is not known.`,
      });
    }
    if (e.type === 'step-done') later.done.add(e.step);
    if (e.type === 'check-result') {
      later.result.add(e.step);
      if (e.outcome === 'succeeded') later.passed.add(e.step);
    }
  }
  // Found from the last event back: in the order they happened. (An event opens at most one item.)
  for (let i = found.length - 1; i >= 0; i--) items.push(found[i]!);

  // Where the walk has been, and which steps have a result, leaving out what a go-back took back: a step
  // gone back past was seen but not done, and stands ahead again.
  const visited = new Set<string>();
  const settled = new Set<string>();
  for (const e of events) {
    if (back.has(e.seq) || e.type === 'went-back') continue;
    if (e.step !== null) visited.add(e.step);
    if ('next' in e && e.next !== END) visited.add(e.next);
    if (isResult(e) && e.step !== null) settled.add(e.step);
  }
  // The steps ahead of where the walk stands with no result yet (one done before, on a loop back, has one).
  const aheadOf = (at: string, words: string) => {
    if (!view) return;
    const ahead = stepsAhead(view, at);
    for (const step of view.steps) {
      if (step.id !== at && ahead.has(step.id) && !settled.has(step.id))
        items.push({ kind: 'not-reached', step: ref(step.id), text: `${words}: ${step.text}` });
    }
  };
  if (summary.status !== 'ended' && summary.at !== undefined) {
    const here = ref(summary.at);
    items.push({
      kind: 'stopped-at',
      step: here,
      text: `Not done yet: the walk stopped at ${stepLabel(here)}: ${here.text} Carry on with: coop resume ${summary.id}`,
    });
    aheadOf(summary.at, 'Not reached yet');
    return { openItems: items, notOnPath: [] };
  }
  // Closed with `coop close`: what it stood at and what lay ahead were never done, whatever the reason.
  if (summary.outcome === 'closed') {
    const closedAt = events.findLast((e) => e.type === 'ended')?.step;
    const reason = summary.closedReason === undefined ? '' : ` Reason given: ${summary.closedReason}`;
    if (closedAt) {
      const here = ref(closedAt);
      items.push({
        kind: 'closed-at',
        step: here,
        text: `Not done: the incident was closed at ${stepLabel(here)}, before it was done: ${here.text}${reason}`,
      });
      aheadOf(closedAt, 'Not reached before it was closed');
    } else if (view) {
      for (const step of view.steps)
        if (!settled.has(step.id))
          items.push({
            kind: 'not-reached',
            step: ref(step.id),
            text: `Not reached before it was closed: ${step.text}`,
          });
    }
    return { openItems: items, notOnPath: [] };
  }
  const notOnPath =
    summary.status === 'ended' && view ? view.steps.filter((s) => !visited.has(s.id)).map((s) => ref(s.id)) : [];
  return { openItems: items, notOnPath };
}
