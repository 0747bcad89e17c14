// A step's number is its place in the runbook: the number `coop show`, the
// printed binder and the after-action report give it, so people reading
// different things can say "step 4" to each other. Going round a loop does
// not renumber a step; a visit after the first says which time it is.
import { ordinal } from '../text/plural.js';
import type { WalkState } from './engine.js';

export interface StepPlace {
  /** 1-based place of the step in the runbook. */
  number: number;
  /** How many steps the runbook has. */
  of: number;
  /** 1 the first time the walk is at this step, 2 the second... */
  time: number;
}

/** Where the visit `visit` (an index into state.visits; the last one when left out) stands. */
export function placeOf(state: WalkState, steps: number, visit = state.visits.length - 1): StepPlace {
  const at = state.visits[visit];
  const index = at?.index ?? 0;
  let time = 0;
  for (let i = 0; i <= visit; i++) if (state.visits[i]?.index === index) time++;
  return { number: index + 1, of: steps, time: Math.max(1, time) };
}

/**
 * "Step 4", "Step 4 (2nd time)", with `of`: "Step 4 of 5 (2nd time)";
 * lower-case "step 4" for the middle of a sentence.
 */
export function placeName(place: StepPlace, { of = false, lower = false } = {}): string {
  const name = `${lower ? 'step' : 'Step'} ${place.number}${of ? ` of ${place.of}` : ''}`;
  return place.time > 1 ? `${name} (${ordinal(place.time)} time)` : name;
}
