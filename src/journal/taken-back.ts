// Go back takes a result back without deleting it: the journal keeps the
// mistaken answer and, after it, the `went-back` event. What counts a step's
// results (the report's decisions and skips, the summary's figures) leaves the
// taken-back ones out; the timeline still tells both.
import type { JournalEvent } from './events.js';

type Result = Extract<JournalEvent, { type: 'step-done' | 'step-skipped' | 'answered' | 'check-result' }>;

/** An event that gives its step a result (what a go-back takes back). */
export function isResult(e: JournalEvent): e is Result {
  return e.type === 'step-done' || e.type === 'step-skipped' || e.type === 'answered' || e.type === 'check-result';
}

/** The seq of every result a later `went-back` (or `reopened`) took back: the last result at its step not already taken back. */
export function takenBack(events: readonly JournalEvent[]): Set<number> {
  const back = new Set<number>();
  events.forEach((e, i) => {
    // Reopening an incident the walk ended takes back what ended it; a closed one had no result to take.
    const previous = events[i - 1];
    const to =
      e.type === 'went-back'
        ? e.to
        : e.type === 'reopened' && previous?.type === 'ended' && previous.outcome !== 'closed'
          ? e.step
          : undefined;
    if (to === undefined || to === null) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = events[j]!;
      if (isResult(earlier) && earlier.step === to && !back.has(earlier.seq)) {
        back.add(earlier.seq);
        return;
      }
    }
  });
  return back;
}
