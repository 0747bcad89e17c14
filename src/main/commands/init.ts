// `coop init [DIR]`: a new office's first library, from templates.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';

const list = (typed: string) =>
  typed
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

export const init = defineCommand({
  declare: (program) =>
    program
      .command('init')
      .description("a new office's first library: contacts, systems, settings and runbooks from templates to adapt")
      .argument('[dir]', 'the folder to make it in (default: ./runbooks, where coop looks for a library)')
      .option('--org <name>', "the office's name, for the binder's cover")
      .option('--owner <name>', 'who owns the plan')
      .option('--owner-phone <number>', "the owner's phone number")
      .option('--owner-email <address>', "the owner's email address")
      .option('--it-provider <name>', 'the IT provider (default: "IT provider")')
      .option('--it-phone <number>', "the IT provider's support number")
      .option(
        '--systems <ids>',
        'the systems the office has, comma-separated (default: all; coop init --help lists them)',
        list,
      )
      .option('--scenarios <ids>', 'the scenarios to write runbooks for, comma-separated (default: all)', list)
      .option('-y, --yes', 'write without asking (needed in scripted use)')
      .addHelpText(
        'after',
        `${examples(
          'coop init',
          'coop init my-office --org "Our Office" --owner "Pat Lee" --it-phone "(316) 555-0100" --yes',
          'coop init my-office --org "Our Office" --owner "Pat Lee" --scenarios power-loss,fire,cyber-incident --yes',
        )}
Systems: computers, servers, email, internet, phones, database, backup
Scenarios: building-inaccessible, cyber-incident, database-down, email-down,
  fire, internet-down, key-person-unavailable, power-loss, servers-offline,
  severe-weather
`,
      ),
  options: ([dir], values) => ({ ...values, dir }),
  run: () => import('../../commands/init.js'),
});
