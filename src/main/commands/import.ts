// `coop import FILE...`: add the record of a walk made in the go-kit to the journal folder.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { journalDirOption } from '../option-groups.js';

export const importRecord = defineCommand({
  declare: (program) =>
    journalDirOption(
      program
        .command('import')
        .description('add the record of a walk made on a phone (the go-kit) to the incident records')
        .argument('<file...>', 'records downloaded from the go-kit (.jsonl)'),
    ).addHelpText(
      'after',
      examples('coop import 20261201-091203-power-loss-k3f9.jsonl', 'coop import ~/Downloads/*.jsonl'),
    ),
  options: ([files], values) => ({ ...values, files }),
  run: () => import('../../commands/import.js'),
});
