// `coop review <runbook>`: a guided review with sign-off.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { journalDirOption } from '../option-groups.js';

export const review = defineCommand({
  declare: (program) =>
    journalDirOption(
      program
        .command('review')
        .description(
          'review a runbook item by item and sign it off: writes reviewed and reviewed_by, records the review, prints the minutes',
        )
        .argument('[runbook]', 'runbook id')
        .option('--due', 'review every runbook past its review date, one after another')
        .option('--as <name>', 'who reviews and signs off, for the record (default: your login name)'),
    )
      .option(
        '--answers <file>',
        'YAML answers for scripted use: each item ok, skip, verified (a contact) or change: note',
      )
      .option('-y, --yes', 'write without asking (needed in scripted use); items not answered count as still right')
      .addHelpText(
        'after',
        examples(
          'coop review power-loss',
          'coop review power-loss --as "Pat Lee" --yes',
          'coop review power-loss --answers review.yaml --as "Pat Lee" --yes > minutes.md',
          'coop review --due',
        ),
      ),
  options: ([runbook], values) => ({ ...values, runbook }),
  run: () => import('../../commands/review.js'),
});
