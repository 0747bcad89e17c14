import type { RunbookAloneRule } from '../rule.js';
import { plural, stepName } from '../words.js';

export const rule: RunbookAloneRule = {
  meta: {
    id: 'decision-too-few-choices',
    severity: 'error',
    category: 'structure',
    description: 'A decision (ask) offers fewer than two choices, so there is nothing to decide.',
  },
  runbook({ runbook, at, lost }) {
    runbook.steps.forEach((step, index) => {
      if (step.kind !== 'decision' || step.choices.length >= 2 || lost(['steps', index, 'choices'])) return;
      const has = step.choices.length === 0 ? 'no choices' : `only ${plural(step.choices.length, 'choice')}`;
      at(
        ['steps', index, 'choices'],
        `decision ${stepName(runbook, index)} has ${has}; a decision needs at least two answers (or make it a do: step)`,
      );
    });
  },
};
