// The program of one command alone, for the bundle of that command
// (scripts/build.mjs writes dist/commands/<name>.cjs from it, and bin/coop.js
// runs it for a command line that names that command): the same program as
// the whole CLI's (src/main/cli.ts) declares for that command line.
import type { CommandDefinition } from './define-command.js';
import { mainOf } from './run-cli.js';

/** `declared`: the module of src/main/commands/ that declares the command, its one export. */
export function programOf(name: string, declared: Readonly<Record<string, CommandDefinition>>) {
  const definitions = Object.values(declared);
  if (definitions.length !== 1) throw new Error(`the declaration of ${name} must export one command`);
  const table = { commands: [[name, definitions[0]!] as const] };
  return {
    main: (argv: string[]) => mainOf(table, argv),
    isCommandName: (word: string) => word === name,
  };
}
