import { rtoExceedsMtd, rtoExceedsMtdMessage } from '../../format/objectives.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'rto-exceeds-mtd',
    severity: 'error',
    category: 'policy',
    description:
      'A system whose recovery time objective (rto) is longer than its maximum tolerable downtime (mtd): recovery would come too late (NIST SP 800-34).',
  },
  library({ library, report }) {
    for (const system of library.systems) {
      const { id, rto, mtd } = system.value;
      if (rto === undefined || mtd === undefined || !rtoExceedsMtd({ rto, mtd })) continue;
      report({ file: system.file, path: [...system.path, 'rto'], message: rtoExceedsMtdMessage(id, { rto, mtd }) });
    }
  },
};
