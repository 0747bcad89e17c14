import { isLost } from '../../library/library.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'system-rto-rpo-missing',
    severity: 'warning',
    category: 'policy',
    description:
      'A system has no recovery time objective (rto) or recovery point objective (rpo), which ITEC 5300 asks for.',
  },
  library({ library, report }) {
    for (const system of library.systems) {
      const { id } = system.value;
      // A value written wrong is the loader's problem, not a missing one.
      const noRto = system.value.rto === undefined && !isLost(system, ['rto']);
      const noRpo = system.value.rpo === undefined && !isLost(system, ['rpo']);
      if (!noRto && !noRpo) continue;
      const missing = noRto && noRpo ? 'no RTO or RPO' : noRto ? 'no RTO' : 'no RPO';
      report({
        file: system.file,
        path: system.path,
        message: `system "${id}" has ${missing}; ITEC 5300 asks how long it may be down (rto: 8h) and how much data may be lost (rpo: 24h)`,
      });
    }
  },
};
