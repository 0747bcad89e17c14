import { SYSTEMS_FILE } from '../../library/paths.js';
import { unknownReference } from '../references.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'unknown-system',
    severity: 'error',
    category: 'structure',
    description: 'A runbook lists a system that systems.yaml does not define.',
  },
  runbook({ runbook, directory, at }) {
    runbook.systems?.forEach((id, i) => {
      const message = unknownReference(id, directory.systems, 'system', SYSTEMS_FILE);
      if (message) at(['systems', i], message);
    });
  },
};
