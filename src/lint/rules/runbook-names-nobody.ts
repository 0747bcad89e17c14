import { stepContacts } from '../../format/model.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'runbook-names-nobody',
    severity: 'warning',
    category: 'people',
    description: 'A runbook names nobody to call: no notify and no contacts on any step.',
  },
  runbook({ runbook, at }) {
    if ((runbook.notify?.length ?? 0) > 0) return;
    if (runbook.steps.some((step) => stepContacts(step).length > 0)) return;
    at(
      [],
      `runbook "${runbook.id}" names nobody to call: add notify: or contacts: on a step, so the person following it knows who to tell`,
    );
  },
};
