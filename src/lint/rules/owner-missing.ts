import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'owner-missing',
    severity: 'error',
    category: 'people',
    description: 'A runbook names no owner, the person responsible for keeping it up to date (ITEC 5300).',
  },
  runbook({ runbook, at, lost }) {
    if (runbook.owner === undefined && !lost(['owner']))
      at(
        [],
        `runbook "${runbook.id}" has no owner; name the contact who keeps it up to date, like owner: executive-director`,
      );
  },
};
