import { stepContacts } from '../../format/model.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'runbook-names-nobody',
    severity: 'warning',
    category: 'people',
    description: 'A runbook names nobody to call: no notify and no contacts on any step.',
  },
  runbook({ runbook, at, lost }) {
    if ((runbook.notify?.length ?? 0) > 0 || lost(['notify'])) return;
    if (runbook.steps.some((step, index) => stepContacts(step).length > 0 || lost(['steps', index]))) return;
    at(
      [],
      `runbook "${runbook.id}" names nobody to call: add notify: or contacts: on a step, so the person following it knows who to tell`,
    );
  },
};
