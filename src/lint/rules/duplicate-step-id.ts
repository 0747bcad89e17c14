import { END, stepIdAt } from '../../format/flow.js';
import { eachRepeat } from '../repeats.js';
import type { RunbookAloneRule } from '../rule.js';

export const rule: RunbookAloneRule = {
  meta: {
    id: 'duplicate-step-id',
    severity: 'error',
    category: 'structure',
    description: 'Two steps of one runbook share an id (or a step is called "end"), so a next: naming it is ambiguous.',
  },
  runbook({ runbook, flow, at }) {
    // Most runbooks have no id to report: the flow rules' index of the ids (the first step of each) says so at a
    // glance, one id for each step and no end among them, before the pass that says where.
    const { ids } = flow();
    if (ids.size === runbook.steps.length && !ids.has(END)) return;
    // A step without an id goes by step-N (flow.ts), in a next: and in a walk's record alike.
    const steps = runbook.steps.map((step, index) => ({
      id: stepIdAt(runbook, index),
      own: step.id !== undefined,
      index,
    }));
    eachRepeat(
      steps,
      (s) => s.id,
      (step, first) => {
        if (!step.own)
          at(
            ['steps', step.index],
            `step ${step.index + 1} has no id, so it goes by "${step.id}", which step ${first.index + 1} has as its id; a next: naming it always goes to step ${first.index + 1}, so give one of them another id`,
          );
        else
          at(
            ['steps', step.index, 'id'],
            `step id "${step.id}" is already used by step ${first.index + 1}${first.own ? '' : ` (which has no id, so it goes by "${step.id}")`}; a next: naming it always goes to the first, so give this step its own id`,
          );
      },
    );
    for (const step of steps) {
      if (step.own && step.id === END)
        at(
          ['steps', step.index, 'id'],
          `step id "end" is reserved: next: end finishes the runbook, so no next: can lead to this step; give it another id`,
        );
    }
  },
};
