// `coop contacts [filter]`: the contact directory.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { jsonOption } from '../option-groups.js';

export const contacts = defineCommand({
  declare: (program) =>
    jsonOption(
      program
        .command('contacts')
        .description('the contact directory: names, roles and numbers')
        .argument('[filter]', 'only contacts whose id, name, role or number contains this text'),
    ).addHelpText('after', examples('coop contacts', 'coop contacts choose', 'coop contacts --json')),
  options: ([filter], values) => ({ ...values, filter }),
  run: () => import('../../commands/contacts.js'),
});
