// `coop help [command]`: commander's own help command shows the program's
// help, exit 0, for a command that does not exist; like gh, an unknown
// command is a usage error here (exit 2), in the words `coop nosuch` gets.
import type { Program } from './program.js';

export function declareHelp(program: Program): void {
  program
    .helpCommand(false)
    .command('help')
    .description('show help for a command')
    .argument('[command]', 'the command')
    .action((name) => {
      if (name === undefined) program.help();
      const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name));
      if (!command) program.error(`error: unknown command '${name}'`, { code: 'commander.unknownCommand' });
      command.help();
    });
}
