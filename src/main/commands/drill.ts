// `coop drill [runbook]`: the walk of `coop incident`, recorded as an exercise.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { walkOptions } from '../option-groups.js';

export const drill = defineCommand({
  declare: (program) =>
    walkOptions(
      program
        .command('drill')
        .description(
          'rehearse a runbook as an exercise: the same walkthrough, recorded as a drill, not a real incident',
        )
        .argument('[runbook]', 'runbook id (leave out to choose from a list)'),
    )
      .option('--dry-run', 'show the path the runbook would take; write nothing, run nothing')
      .option(
        '--exercise <id>',
        "a player's part of a tabletop exercise: the drill is linked to it and listed in its report",
      )
      .addHelpText(
        'after',
        examples(
          'coop drill severe-weather',
          'coop drill fire --as "Pat Smith"',
          'coop drill power-loss --exercise power-loss-tabletop',
        ),
      ),
  options: ([runbook], values) => ({ ...values, runbook, drill: true }),
  run: () => import('../../commands/incident.js'),
});
