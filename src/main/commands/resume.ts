// `coop resume [incident]`: carry on a walk from its journal.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { walkOptions } from '../option-groups.js';

export const resume = defineCommand({
  declare: (program) =>
    walkOptions(
      program
        .command('resume')
        .description('carry on with an incident that was paused, interrupted or handed over')
        .argument(
          '[incident]',
          "incident id, or a runbook's id for its open incident (leave out for the most recent open one)",
        )
        .option('--reopen', 'open again an incident that was ended or closed by mistake, at the step it ended at'),
    )
      .addHelpText(
        'after',
        '\nA hand-over is recorded when --as names someone other than the last person\non the incident.',
      )
      .addHelpText(
        'after',
        examples(
          'coop resume',
          'coop resume power-loss',
          'coop resume 20261123-091503-power-loss-k3f9 --as "Lee Jones"',
          'coop resume 20261123-091503-power-loss-k3f9 --reopen',
        ),
      ),
  options: ([incident], values) => ({ ...values, incident }),
  run: () => import('../../commands/resume.js'),
});
