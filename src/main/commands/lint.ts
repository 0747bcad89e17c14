// `coop lint [paths...]`: check the library like a compiler checks code.
import { FORMATS } from '../../lint/formats/index.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, journalDirOption } from '../option-groups.js';
import { calendarDay, wholeNumber } from '../option-values.js';

export const lint = defineCommand({
  declare: (program) =>
    journalDirOption(
      program
        .command('lint')
        .description('check the library like a compiler: errors and policy gaps, each at its file:line:col')
        .argument('[paths...]', 'library folders or runbook files (default: the library)')
        .addOption(formatOption(FORMATS, 'output format (default: stylish on a terminal, compact otherwise)'))
        .option(
          '--max-warnings <n>',
          'fail when there are more warnings than this',
          wholeNumber((typed) => `--max-warnings takes a whole number of warnings (0 or more), not "${typed}"`),
        )
        .option('--strict', 'count warnings as errors')
        .option('-q, --quiet', 'report errors only')
        .option('--rules', 'list the rules with their ids, severities and descriptions')
        .option(
          '--today <date>',
          'judge review dates as of this day (YYYY-MM-DD) instead of today',
          calendarDay((typed) => `--today takes a date written YYYY-MM-DD, like 2026-03-31, not "${typed}"`),
        ),
    ).addHelpText(
      'after',
      examples(
        'coop lint',
        'coop lint runbooks/power-loss.yaml',
        'coop lint --format sarif > coop.sarif',
        'coop lint --format github --max-warnings 0',
        'coop lint --rules',
      ),
    ),
  options: ([paths], values) => ({ ...values, paths }),
  run: () => import('../../commands/lint.js'),
});
