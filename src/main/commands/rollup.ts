// `coop rollup`: one report over every agency's plan, for the statewide coordinator.
import { ROLLUP_FORMATS } from '../../reports/rollup/formats.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, outOption } from '../option-groups.js';

export const rollup = defineCommand({
  declare: (program) =>
    outOption(
      program
        .command('rollup')
        .description("the statewide view: one report over many agencies' libraries, judged on ITEC 5300")
        .argument('[folders...]', 'agency library folders, or folders holding one library per sub-folder')
        .option('--from <file>', 'a text file listing library folders, one a line (a tab, then its journal folder)')
        .option(
          '--journals <dir>',
          "a folder holding each agency's journals in a sub-folder named as its library folder",
        )
        .addOption(formatOption(ROLLUP_FORMATS).default('html'))
        .option('--check', 'exit 1 when an agency does not meet an ITEC 5300 point (for a scheduled CI job)'),
    ).addHelpText(
      'after',
      examples(
        'coop rollup agencies/ --out rollup.html',
        'coop rollup --from agencies.txt --format csv --out rollup.csv',
        'coop rollup agencies/ --journals journals/ --format json',
        'coop rollup agencies/ --journals journals/ --check --out rollup.html',
      ),
    ),
  options: ([folders], values) => ({ ...values, folders }),
  run: () => import('../../commands/rollup.js'),
});
