// `coop schema`: the JSON Schema of a library file, for editors and validators.
import { Option } from '@commander-js/extra-typings';
import { SCHEMA_FILE_KINDS } from '../../commands/schema-kinds.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';

export const schema = defineCommand({
  declare: (program) =>
    program
      .command('schema')
      .description('print the JSON Schema of runbook, contacts and systems files (for editors and validators)')
      .addOption(new Option('--file <kind>', 'which file').choices(SCHEMA_FILE_KINDS).default('runbook'))
      .option(
        '--write',
        "write every schema into the library's schema/ folder, for editors (coop lint says when it is stale)",
      )
      .addHelpText(
        'after',
        examples('coop schema > runbook.schema.json', 'coop schema --file contacts', 'coop schema --write'),
      ),
  options: (_args, values) => values,
  run: () => import('../../commands/schema.js'),
});
