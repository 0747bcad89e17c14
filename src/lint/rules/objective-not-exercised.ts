import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'objective-not-exercised',
    severity: 'warning',
    category: 'exercises',
    description: 'An objective no inject exercises: nothing in the exercise gives the evaluator something to rate.',
  },
  exercise({ exercise, at }) {
    const named = new Set(exercise.injects.flatMap((inject) => inject.objectives));
    exercise.objectives.forEach((objective, i) => {
      if (!named.has(objective.id))
        at(
          ['objectives', i, 'id'],
          `objective "${objective.id}" is exercised by no inject; name it under an inject's objectives, or leave it out`,
        );
    });
  },
};
