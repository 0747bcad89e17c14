// A step as the report names it: its number from the runbook as it is now,
// and its words as they were shown when the journal kept them (version 2),
// else the runbook's now; only its id when the runbook (or the step) is gone.
import type { JournalEvent } from '../../journal/events.js';
import type { RunbookView } from '../../library/view.js';

export interface ReportedStep {
  id: string;
  /** 1-based number in the runbook; absent when the step is no longer there. */
  number?: number;
  /** The instruction, question or check title; the id when the step is gone. */
  text: string;
}

/** A step by its id, in the words it was shown in when the journal kept them (`shown`), else the runbook's now. */
export type ReportedSteps = (id: string, shown?: string) => ReportedStep;

export function reportedSteps(view: RunbookView | undefined): ReportedSteps {
  const byId = new Map((view?.steps ?? []).map((s) => [s.id, s]));
  return (id, shown) => {
    const step = byId.get(id);
    const text = shown ?? step?.text ?? id;
    return step ? { id, number: step.number, text } : { id, text };
  };
}

/** The step an event concerns, in the words that were on the screen when the journal kept them. */
export function stepOf(steps: ReportedSteps, event: JournalEvent): ReportedStep {
  return steps(event.step ?? '', 'wording' in event ? event.wording : undefined);
}

/** "step 3" for a person holding the printed runbook, or the id. */
export function stepLabel(step: ReportedStep): string {
  return step.number !== undefined ? `step ${step.number}` : `step ${step.id}`;
}

/** "step 3: Is the power back on?", or "step power-back" when the runbook no longer has it. */
export function stepLabelWithText(step: ReportedStep): string {
  return step.number !== undefined ? `step ${step.number}: ${step.text}` : stepLabel(step);
}
