// The runbook as every part of coop reads it. A step is one of a few kinds,
// told apart by `kind`, which the loader decides once from the key the file
// writes (do, ask or run): schema.ts checks the file as written, these are the
// types of what the loader makes of it. Code that depends on the kind is a
// `switch (step.kind)` ending in assertNever, so a new kind does not compile
// until every such place handles it (docs/recipes/step-kind.md).
import type * as z from 'zod';
import { assertNever } from '../system/errors.js';
import type * as schema from './schema.js';

export { DATE_PATTERN, DURATION_PATTERN, ID_PATTERN, isRealDate, durationMs } from './values.js';

export interface ActionStep extends z.infer<typeof schema.ActionStep> {
  kind: 'action';
}
export interface DecisionStep extends z.infer<typeof schema.DecisionStep> {
  kind: 'decision';
}
export interface CheckStep extends z.infer<typeof schema.CheckStep> {
  kind: 'check';
}
export type Step = ActionStep | DecisionStep | CheckStep;
export type StepKind = Step['kind'];

export interface Runbook extends Omit<z.infer<typeof schema.Runbook>, 'steps'> {
  steps: Step[];
}

/**
 * The order of runbooks in a list a person picks from in an incident ("What
 * is happening?" at the terminal and in the go-kit): by title, as they read.
 */
export function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title);
}

/** The words of a step a person reads first. */
export function stepText(step: Step): string {
  switch (step.kind) {
    case 'action':
      return step.do;
    case 'decision':
      return step.ask;
    case 'check':
      return step.title ?? step.run;
    default:
      return assertNever(step, 'step');
  }
}

/** The contact ids a step names (`contacts:`, which only an action has), in its order. */
export function stepContacts(step: Step): readonly string[] {
  switch (step.kind) {
    case 'action':
      return step.contacts ?? [];
    case 'decision':
    case 'check':
      return [];
    default:
      return assertNever(step, 'step');
  }
}
