// `coop list`: the runbooks of the library.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { jsonOption } from '../option-groups.js';

export const list = defineCommand({
  declare: (program) =>
    jsonOption(program.command('list').description('list the runbooks of the library')).addHelpText(
      'after',
      examples('coop list', 'coop list --json', 'coop --runbooks ./our-plan list'),
    ),
  options: (_args, values) => values,
  run: () => import('../../commands/list.js'),
});
