// How a printed step shows what kind it is, the same on the terminal, in
// Markdown and in the binder. A step that can lead more than one way (a
// question, a check) is ticked at the answer or outcome it got, and makes a
// runbook worth a flowchart; any other step has a box to tick when done.
import type { StepKind } from '../format/model.js';
import { assertNever } from '../system/errors.js';

/** A step of this kind can lead more than one way (an answer, an outcome). */
export function canBranch(kind: StepKind): boolean {
  switch (kind) {
    case 'action':
      return false;
    case 'decision':
    case 'check':
      return true;
    default:
      return assertNever(kind, 'step kind');
  }
}

/** The mark before a step in the terminal's checklist. */
export function checklistMarker(kind: StepKind): string {
  switch (kind) {
    case 'action':
      return '[ ] ';
    case 'decision':
      return '(?) ';
    case 'check':
      return '($) ';
    default:
      return assertNever(kind, 'step kind');
  }
}
