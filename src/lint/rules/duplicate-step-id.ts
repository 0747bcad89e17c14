import { END } from '../../format/flow.js';
import { eachRepeat } from '../repeats.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-step-id',
    severity: 'error',
    category: 'structure',
    description: 'Two steps of one runbook share an id (or a step is called "end"), so a next: naming it is ambiguous.',
  },
  runbook({ runbook, at }) {
    const steps = runbook.steps.map((step, index) => ({ id: step.id, index }));
    eachRepeat(
      steps,
      (s) => s.id,
      (step, first) => {
        at(
          ['steps', step.index, 'id'],
          `step id "${step.id}" is already used by step ${first.index + 1}; a next: naming it always goes to the first, so give this step its own id`,
        );
      },
    );
    for (const step of steps) {
      if (step.id === END)
        at(
          ['steps', step.index, 'id'],
          `step id "end" is reserved: next: end finishes the runbook, so no next: can lead to this step; give it another id`,
        );
    }
  },
};
