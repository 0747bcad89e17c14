import { didYouMean } from '../../text/suggest.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'exercise-unknown-objective',
    severity: 'error',
    category: 'exercises',
    description: 'An inject names an objective the exercise does not define.',
  },
  exercise({ exercise, at }) {
    const ids = exercise.objectives.map((o) => o.id);
    exercise.injects.forEach((inject, i) => {
      inject.objectives.forEach((id, o) => {
        if (!ids.includes(id))
          at(
            ['injects', i, 'objectives', o],
            `inject "${inject.id}" names objective "${id}", which the exercise does not define${didYouMean(id, ids)}`,
          );
      });
    });
  },
};
