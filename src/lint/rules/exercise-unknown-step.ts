import { stepIdAt } from '../../format/flow.js';
import { injectRunbook } from '../../library/exercise-view.js';
import { findRunbook } from '../../library/library.js';
import { didYouMean } from '../../text/suggest.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'exercise-unknown-step',
    severity: 'error',
    category: 'exercises',
    description: 'An inject expects a step its runbook does not have.',
  },
  exercise({ exercise, library, at }) {
    exercise.injects.forEach((inject, i) => {
      const runbookId = injectRunbook(exercise, inject);
      // An unknown or unnamed runbook is exercise-unknown-runbook's finding; its steps cannot be judged.
      const runbook = runbookId === undefined ? undefined : findRunbook(library, runbookId)?.value;
      if (!runbook) return;
      const ids = runbook.steps.map((_, index) => stepIdAt(runbook, index));
      inject.steps?.forEach((step, s) => {
        if (!ids.includes(step))
          at(
            ['injects', i, 'steps', s],
            `inject "${inject.id}" expects step "${step}", which runbook ${runbook.id} does not have${didYouMean(step, ids)}`,
          );
      });
    });
  },
};
