// `coop export`: the whole plan as one printable document.
import { LIBRARY_FORMATS } from '../../commands/export-formats.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, outOption } from '../option-groups.js';

export const exportPlan = defineCommand({
  declare: (program) =>
    outOption(
      program
        .command('export')
        .description('the whole plan as one printable document: cover, contact sheet, every runbook, flowcharts')
        .addOption(formatOption(LIBRARY_FORMATS).default('html')),
    ).addHelpText(
      'after',
      examples(
        'coop export --out binder.html',
        'coop export --format markdown --out PLAN.md',
        'coop export --format kit --out go-kit',
      ),
    ),
  options: (_args, values) => values,
  run: () => import('../../commands/export.js'),
});
