// `coop update <incident-id>`: a status update for an open incident, drafted from its journal and recorded.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { journalDirOption } from '../option-groups.js';
import { duration, repeated } from '../option-values.js';

export const update = defineCommand({
  declare: (program) =>
    journalDirOption(
      program
        .command('update')
        .description('draft a status update for an open incident from its record, and record it when sent')
        .argument('<incident>', 'incident id (coop incidents lists them)')
        .option('--as <name>', 'your name, for the record and to sign the update (default: your login name)'),
    )
      .option('--text <words>', 'record these words as the update, instead of the draft')
      .option('--to <name>', "who it goes to (repeat for several; default: the update step's contacts)", repeated)
      .option(
        '--update-every <duration>',
        "when the next update is due, like 30m (default: the runbook's update_every)",
        duration((typed) => `--update-every takes a number and a unit (s, m, h or d), like 30m, not "${typed}"`),
      )
      .option('-y, --yes', 'record the draft without asking')
      .option('--json', 'print the draft (and the event recorded) as JSON on stdout')
      .addHelpText(
        'after',
        '\nAt a terminal the draft is shown for you to edit before it is recorded. Without\na terminal, --yes records the draft, --text records your words, and neither\nprints the draft without recording it.',
      )
      .addHelpText(
        'after',
        examples(
          'coop update 20261123-091503-power-loss-k3f9',
          'coop update 20261123-091503-power-loss-k3f9 --yes --json',
          'coop update 20261123-091503-power-loss-k3f9 --text "Power still off; next update 11:00." --to "Executive Director"',
        ),
      ),
  options: ([incident], values) => ({ ...values, incident }),
  run: () => import('../../commands/update.js'),
});
