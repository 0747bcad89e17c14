// A step as the report names it: its number and words from the runbook as it
// is now, or only its id when the runbook (or the step) is gone.
import type { RunbookView } from '../../library/view.js';

export interface ReportedStep {
  id: string;
  /** 1-based number in the runbook; absent when the step is no longer there. */
  number?: number;
  /** The instruction, question or check title; the id when the step is gone. */
  text: string;
}

export function reportedSteps(view: RunbookView | undefined): (id: string) => ReportedStep {
  const byId = new Map((view?.steps ?? []).map((s) => [s.id, s]));
  return (id) => {
    const step = byId.get(id);
    return step ? { id, number: step.number, text: step.text } : { id, text: id };
  };
}

/** "step 3" for a person holding the printed runbook, or the id. */
export function stepLabel(step: ReportedStep): string {
  return step.number !== undefined ? `step ${step.number}` : `step ${step.id}`;
}

/** "step 3: Is the power back on?", or "step power-back" when the runbook no longer has it. */
export function stepLabelWithText(step: ReportedStep): string {
  return step.number !== undefined ? `step ${step.number}: ${step.text}` : stepLabel(step);
}
