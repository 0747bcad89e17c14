// `coop show <runbook>`: one runbook as a checklist, or as a page for other tools.
import { RUNBOOK_FORMATS } from '../../render/runbook-formats.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, outOption } from '../option-groups.js';

export const show = defineCommand({
  declare: (program) =>
    outOption(
      program
        .command('show')
        .description('show one runbook as a checklist: warnings, steps, branches, who to call')
        .argument('<runbook>', 'runbook id (see coop list)')
        .addOption(formatOption(RUNBOOK_FORMATS).default('text')),
    ).addHelpText(
      'after',
      examples('coop show power-loss', 'coop show servers-offline --format markdown -o servers-offline.md'),
    ),
  options: ([runbook], values) => ({ ...values, runbook }),
  run: () => import('../../commands/show.js'),
});
