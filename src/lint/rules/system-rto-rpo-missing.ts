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
      const { rto, rpo, id } = system.value;
      if (rto !== undefined && rpo !== undefined) continue;
      const missing =
        rto === undefined && rpo === undefined ? 'no RTO or RPO' : rto === undefined ? 'no RTO' : 'no RPO';
      report({
        file: system.file,
        path: system.path,
        message: `system "${id}" has ${missing}; ITEC 5300 asks how long it may be down (rto: 8h) and how much data may be lost (rpo: 24h)`,
      });
    }
  },
};
