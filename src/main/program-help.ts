// `coop help [command]`: commander's own help command shows the program's
// help, exit 0, for a command that does not exist; like gh, an unknown
// command is a usage error here (exit 2), in the words `coop nosuch` gets.
import type { Program } from './program.js';

export function declareHelp(program: Program): void {
  program
    .helpCommand(false)
    .command('help')
    .description('show help for a command')
    .argument('[command...]', 'the command, and its subcommand (coop help exercise run)')
    .action((names: string[]) => {
      if (names.length === 0) program.help();
      // Down the subcommands as typed: `coop help exercise run` is `coop exercise run --help`.
      let command: Program = program;
      for (let i = 0; i < names.length; i++) {
        const name = names[i]!;
        const found = command.commands.find((c) => c.name() === name || c.aliases().includes(name));
        if (!found)
          program.error(`error: unknown command '${names.slice(0, i + 1).join(' ')}'`, {
            code: 'commander.unknownCommand',
          });
        command = found as Program;
      }
      command.help();
    });
}
