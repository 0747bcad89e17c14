import type { Rule } from '../rule.js';
import { stepName } from '../words.js';

export const rule: Rule = {
  meta: {
    id: 'check-on-failure-missing',
    severity: 'error',
    category: 'structure',
    description: 'A check step (run) has no on_failure, so a failed command carries on as if it had worked.',
  },
  runbook({ runbook, at, lost }) {
    runbook.steps.forEach((step, index) => {
      if (step.kind === 'check' && step.on_failure === undefined && !lost(['steps', index, 'on_failure'])) {
        at(
          ['steps', index],
          `check ${stepName(runbook, index)} has no on_failure; when the command fails the runbook would carry on as if it had worked: say where to go (a step id, or end)`,
        );
      }
    });
  },
};
