import { improvementStatus } from '../../format/follow-up.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'improvement-overdue',
    severity: 'warning',
    category: 'exercises',
    description:
      'A corrective action is still open after its due date (an exercise that does not lead to a better plan).',
  },
  library({ library, today, report }) {
    for (const item of library.improvements) {
      const { value } = item;
      if (improvementStatus(value, today) === 'overdue')
        report({
          file: item.file,
          path: [...item.path, 'due'],
          message: `corrective action "${value.id}" was due ${value.due} and is still open; do it and add closed: with the day and the change that did it, or agree a new due date`,
        });
    }
  },
};
