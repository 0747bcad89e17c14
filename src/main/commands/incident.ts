// `coop incident [runbook]`: walk through a runbook during a real incident.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { walkOptions } from '../option-groups.js';

export const incident = defineCommand({
  declare: (program) =>
    walkOptions(
      program
        .command('incident')
        .description('walk through a runbook during an incident, step by step; progress is saved as you go')
        .argument('[runbook]', 'runbook id (leave out to choose from a list)'),
    )
      .option('--dry-run', 'show the path the runbook would take; write nothing, run nothing')
      .addHelpText(
        'after',
        examples(
          'coop incident power-loss',
          'coop incident servers-offline --as "Pat Smith"',
          'coop incident power-loss --answers answers.yaml --json < /dev/null',
          'coop incident power-loss --dry-run',
        ),
      ),
  options: ([runbook], values) => ({ ...values, runbook, drill: false }),
  run: () => import('../../commands/incident.js'),
});
