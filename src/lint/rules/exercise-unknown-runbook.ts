import { unknownReference } from '../references.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'exercise-unknown-runbook',
    severity: 'error',
    category: 'exercises',
    description:
      'An exercise names a runbook the library does not have, or an inject a runbook the exercise does not exercise.',
  },
  exercise({ exercise, directory, at }) {
    exercise.runbooks.forEach((id, i) => {
      const message = unknownReference(id, directory.runbooks, 'runbook', 'runbook file');
      if (message) at(['runbooks', i], message);
    });
    const exercised = exercise.runbooks.join(', ');
    exercise.injects.forEach((inject, i) => {
      if (inject.runbook === undefined) {
        if (exercise.runbooks.length > 1 && inject.steps?.length)
          at(
            ['injects', i, 'steps'],
            `inject "${inject.id}" names steps but not their runbook; the exercise has several (${exercised}): add runbook:`,
          );
        return;
      }
      if (!exercise.runbooks.includes(inject.runbook))
        at(
          ['injects', i, 'runbook'],
          `inject "${inject.id}" expects runbook "${inject.runbook}", which the exercise does not exercise (runbooks: ${exercised}); add it to runbooks or name one of them`,
        );
    });
  },
};
