// The words of the walk screens that depend on the engine's state: where the
// walk is ("Step 3 of 5, 2nd time") and what each visit came to. Step numbers
// are positions in the runbook, as `coop show` and the binder number them.
import type { Visit, WalkState } from '../../../walk/engine.js';
import { assertNever } from '../../../system/errors.js';

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "Step 3 of 5", with ", 2nd time" when the walk has been at that step before. */
export function stepPlace(state: WalkState, stepCount: number): string {
  const index = state.at ?? 0;
  const times = state.visits.filter((v) => v.index === index).length;
  return `Step ${index + 1} of ${stepCount}${times > 1 ? `, ${ordinal(times)} time` : ''}`;
}

export function visitResult(visit: Visit): string {
  const result = visit.result;
  if (!result) return 'not finished';
  switch (result.type) {
    case 'done':
      return 'done';
    case 'skipped':
      return `skipped: ${result.reason}`;
    case 'answered':
      return `answered "${result.answer}"`;
    case 'check':
      return result.outcome === 'succeeded' ? 'checked: it worked' : 'checked: it did not work';
    default:
      return assertNever(result, 'visit result');
  }
}

/** A local time a person reads: 09:12, or 1 Dec 09:12 on another day. */
export function shownTime(iso: string, now: Date): string {
  const d = new Date(iso);
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === now.toDateString()
    ? time
    : `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`;
}
