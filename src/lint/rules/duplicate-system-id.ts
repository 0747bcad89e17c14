import { reportRepeatedIds } from '../repeats.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-system-id',
    severity: 'error',
    category: 'structure',
    description: 'Two systems in systems.yaml share an id, so a runbook cannot say which one it covers.',
  },
  library({ library, report }) {
    reportRepeatedIds(library.systems, 'system', report);
  },
};
