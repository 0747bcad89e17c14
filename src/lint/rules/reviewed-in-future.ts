import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'reviewed-in-future',
    severity: 'error',
    category: 'policy',
    description: "A runbook's reviewed date is after today, so it cannot be the day of its last review.",
  },
  runbook({ runbook, today, at }) {
    if (runbook.reviewed !== undefined && runbook.reviewed > today) {
      at(
        ['reviewed'],
        `reviewed ${runbook.reviewed} is in the future (today is ${today}); write the day of the last review`,
      );
    }
  },
};
