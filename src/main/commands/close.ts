// `coop close <incident> --reason TEXT`: end an incident that should not stay open.
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
        .requiredOption('--reason <text>', 'why it is closed, for the record')
        .option('--as <name>', 'your name, for the record (default: your login name)'),
    ).addHelpText(
      'after',
      examples('coop close 20261123-091503-power-loss-k3f9 --reason "started by mistake: it was a drill"'),
    ),
  options: ([incident], values) => ({ ...values, incident }),
  run: () => import('../../commands/close.js'),
});
