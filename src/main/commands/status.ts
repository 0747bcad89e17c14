// `coop status`: is the plan kept up? Also a gate for a scheduled CI job.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { jsonOption, journalDirOption } from '../option-groups.js';

export const status = defineCommand({
  declare: (program) =>
    jsonOption(
      journalDirOption(
        program
          .command('status')
          .description('is the plan kept up? owners, reviews due, last exercise, incidents in the last 12 months'),
      ),
    )
      .option('--check', 'exit 1 when a review or exercise is overdue (for a scheduled CI job)')
      .addHelpText('after', examples('coop status', 'coop status --check')),
  options: (_args, values) => values,
  run: () => import('../../commands/status.js'),
});
