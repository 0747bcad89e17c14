import { eachRepeat } from '../repeats.js';
import type { RunbookAloneRule } from '../rule.js';
import { stepName } from '../words.js';

export const rule: RunbookAloneRule = {
  meta: {
    id: 'duplicate-answer',
    severity: 'error',
    category: 'structure',
    description: 'A decision offers the same answer twice (ignoring case), so a person cannot tell the choices apart.',
  },
  runbook({ runbook, at }) {
    runbook.steps.forEach((step, index) => {
      if (step.kind !== 'decision') return;
      const choices = step.choices.map((choice, c) => ({ answer: choice.answer, c }));
      eachRepeat(
        choices,
        (x) => x.answer.trim().toLowerCase(),
        (choice, first) => {
          at(
            ['steps', index, 'choices', choice.c, 'answer'],
            `answer "${choice.answer}" of ${stepName(runbook, index)} repeats "${first.answer}" (choice ${first.c + 1}); answers must differ, ignoring case`,
          );
        },
      );
    });
  },
};
