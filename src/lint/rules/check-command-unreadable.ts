import { longestBlankRun } from '../../text/sanitize.js';
import type { Rule } from '../rule.js';
import { stepName } from '../words.js';

/** Longer than this, a command is more than a person can read through at "Run it now" (about four lines of a terminal). */
export const MAX_COMMAND_CHARS = 300;

export const rule: Rule = {
  meta: {
    id: 'check-command-unreadable',
    severity: 'warning',
    category: 'hygiene',
    description:
      'A check command is padded with a long run of blanks, or is too long, for a person to see what it runs before running it.',
  },
  runbook({ runbook, at }) {
    runbook.steps.forEach((step, index) => {
      if (!('run' in step)) return;
      const name = stepName(runbook, index);
      const padding = longestBlankRun(step.run);
      if (padding)
        at(
          ['steps', index, 'run'],
          `check ${name} pads its command with ${padding.length} blanks in a row (from character ${padding.at + 1}); they push what follows out of sight where it is confirmed: remove them`,
        );
      if (step.run.length > MAX_COMMAND_CHARS)
        at(
          ['steps', index, 'run'],
          `check ${name} runs a command of ${step.run.length} characters, more than a person can read through before choosing "Run it now" (${MAX_COMMAND_CHARS}): put it in a script and run that`,
        );
    });
  },
};
