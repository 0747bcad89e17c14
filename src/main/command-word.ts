// The command a command line names, found before commander parses it: the
// program then declares that command alone (src/main/cli.ts), and the
// launcher keeps a code cache per command (bin/coop.js, through
// dist/launch.cjs). Only the program's own options that change nothing of
// the command's parse may come first; anything else (help or version of the
// program, an option only commander can make sense of) gives undefined, and
// commander sees the whole program.
const FLAGS_BEFORE_A_COMMAND = new Set(['--color', '--no-color']);

export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--runbooks') i++;
    else if (!arg.startsWith('--runbooks=') && !FLAGS_BEFORE_A_COMMAND.has(arg))
      return arg.startsWith('-') ? undefined : arg;
  }
  return undefined;
}
