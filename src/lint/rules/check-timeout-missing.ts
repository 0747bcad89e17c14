import type { Rule } from '../rule.js';
import { stepName } from '../words.js';

export const rule: Rule = {
  meta: {
    id: 'check-timeout-missing',
    severity: 'error',
    category: 'structure',
    description: 'A check step (run) has no timeout, so a command that hangs stalls the runbook.',
  },
  runbook({ runbook, at, lost }) {
    runbook.steps.forEach((step, index) => {
      if (step.kind === 'check' && step.timeout === undefined && !lost(['steps', index, 'timeout'])) {
        at(
          ['steps', index],
          `check ${stepName(runbook, index)} has no timeout; a command that hangs would stall the runbook: add one, like timeout: 30s`,
        );
      }
    });
  },
};
