// `coop close <incident> --reason TEXT` (or `--mistake`): end an incident that should not stay open.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { journalDirOption } from '../option-groups.js';

export const close = defineCommand({
  declare: (program) =>
    journalDirOption(
      program
        .command('close')
        .description('end an incident that should not stay open (started by mistake, or finished by hand)')
        .argument('<incident>', 'incident id')
        .option('--reason <text>', 'why it is closed, for the record')
        .option(
          '--mistake',
          'it was started by mistake: the record stays, but the plan status and the roll-up count no incident or drill for it',
        )
        .option('--as <name>', 'your name, for the record (default: your login name)'),
    ).addHelpText(
      'after',
      examples(
        'coop close 20261123-091503-power-loss-k3f9 --mistake',
        'coop close 20261123-091503-power-loss-k3f9 --reason "power back at 10:40; finished by hand"',
      ),
    ),
  options: ([incident], values) => ({ ...values, incident }),
  run: () => import('../../commands/close.js'),
});
