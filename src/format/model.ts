// What a step is, in the words a person reads: its kind and its text.
import type { Step } from './schema.js';

export { DATE_PATTERN, DURATION_PATTERN, ID_PATTERN, isRealDate, durationMs } from './values.js';

export type StepKind = 'action' | 'decision' | 'check';
export function stepKind(step: Step): StepKind {
  if ('do' in step) return 'action';
  if ('ask' in step) return 'decision';
  return 'check';
}

/** The words of a step a person reads first. */
export function stepText(step: Step): string {
  if ('do' in step) return step.do;
  if ('ask' in step) return step.ask;
  return step.title ?? step.run;
}
