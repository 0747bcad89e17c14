import { scenarioMinutes } from '../../format/scenario-time.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'inject-out-of-order',
    severity: 'error',
    category: 'exercises',
    description: 'An inject comes earlier in scenario time than the one listed before it.',
  },
  exercise({ exercise, at }) {
    exercise.injects.forEach((inject, i) => {
      const before = exercise.injects[i - 1];
      if (before && scenarioMinutes(inject.at) < scenarioMinutes(before.at))
        at(
          ['injects', i, 'at'],
          `inject "${inject.id}" at ${inject.at} comes before "${before.id}" at ${before.at}, listed above it; list the injects in time order (the console releases them in the order listed)`,
        );
    });
  },
};
