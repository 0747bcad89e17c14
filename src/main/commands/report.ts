// `coop report <incident>`: the after-action report of one incident or drill.
import { REPORT_FORMATS } from '../../reports/after-action/formats.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, journalDirOption, outOption } from '../option-groups.js';

export const report = defineCommand({
  declare: (program) =>
    outOption(
      journalDirOption(
        program
          .command('report')
          .description('the after-action report of an incident: what happened, who did what, what is still open')
          .argument('<incident>', 'incident id (see coop incidents)'),
      ).addOption(formatOption(REPORT_FORMATS).default('markdown')),
    ).addHelpText(
      'after',
      examples(
        'coop report 20261123-091503-power-loss-k3f9',
        'coop report 20261123-091503-power-loss-k3f9 --format html --out report.html',
      ),
    ),
  options: ([incident], values) => ({ ...values, incident }),
  run: () => import('../../commands/report.js'),
});
