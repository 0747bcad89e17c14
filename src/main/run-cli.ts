// Running coop's program from a table of commands: the whole CLI's
// (src/main/cli.ts) or one command's alone, which the build bundles on its
// own (scripts/build.mjs, src/main/one-command.ts) so that the first run of
// a command parses none of the others' code.
import { CommanderError, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { brokenAtSpaces, processIO, type ColorFlags, type IO, type OutputStream } from '../system/io.js';
import { safeLine, safeText } from '../text/sanitize.js';
import { Interrupted, ProseError, UserError, UserErrors } from '../system/errors.js';
import type { CommandDefinition, Start } from './define-command.js';
import { declareProgram, type Program } from './program.js';
import { commandWord } from './command-word.js';
import { helpAsTyped } from './help-as-typed.js';

/**
 * The commands a program declares, under the names they declare, and (`declareRest`) what
 * the whole program declares beside them once no single command is named.
 */
export interface CommandTable {
  commands: ReadonlyArray<readonly [name: string, CommandDefinition]>;
  declareRest?: (program: Program, start: Start) => void;
}

/**
 * The program, with every command of `table`, or (`only`) with that one command
 * alone: what commander does with a command line that names a command needs no other.
 */
export function buildProgramOf(
  table: CommandTable,
  ioFor: (flags: ColorFlags) => IO,
  exit: (code: number) => void,
  only?: string,
): Program {
  const program = declareProgram();
  // The IO context is made once commander has parsed, when --color or --no-color is known.
  const start: Start = async (load, options) => {
    const { run } = await load();
    exit(await run(options, ioFor({ color: program.opts().color })));
  };
  const named = table.commands.find(([name]) => name === only);
  if (named) {
    named[1].declareOn(program, start);
    return program;
  }
  for (const [, command] of table.commands) command.declareOn(program, start);
  table.declareRest?.(program, start);
  return program;
}

/** Runs the program of `table` with `argv` (without node and the script) and returns the exit code. */
export async function mainOf(
  table: CommandTable,
  argv: string[],
  ioFor: (flags: ColorFlags) => IO = processIO,
): Promise<number> {
  let code = 0;
  const program = buildProgramOf(table, ioFor, (c) => (code = c), commandWord(argv));
  // Help, version and commander's complaints go where a command's output would.
  let streams: IO | undefined;
  const io = () => (streams ??= ioFor({}));
  const writeOut = (s: string) => io().stdout.write(helpAsTyped(s, io().env));
  const writeErr = (s: string) => io().stderr.write(helpAsTyped(s, io().env));
  // commander prints its own errors; make them one plain line on stderr. They
  // quote what was typed, which may hold escape sequences: show those escaped.
  const outputError = (s: string, write: (s: string) => void) => write(safeText(s.replace(/^error: /, 'coop: ')));
  // Every command, down to those under a group (coop exercise run): commander's own handling would print
  // 'error: ...' and exit 1, not coop's one line and exit 2, and help would not be written as typed.
  for (const command of everyCommand(program))
    command
      .exitOverride()
      .configureOutput({ writeOut, writeErr, outputError })
      // The help of the command that was mistyped, not the program's: `coop close` without --reason.
      .showHelpAfterError(`(run ${['coop', ...commandPath(command)].join(' ')} --help for usage)`);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, io().stderr);
  }
}

/** The words that name a command under the program: ['exercise', 'run']. */
function commandPath(command: CommandUnknownOpts): string[] {
  const words: string[] = [];
  for (let at: CommandUnknownOpts | null = command; at?.parent; at = at.parent) words.unshift(at.name());
  return words;
}

/** A command and every command under it. */
function everyCommand(command: CommandUnknownOpts): CommandUnknownOpts[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

export function handleError(error: unknown, stderr: OutputStream): number {
  if (error instanceof CommanderError) {
    // Help and version are not errors; every other commander complaint is usage (2).
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return 0;
    return 2;
  }
  if (error instanceof Interrupted) return error.exitCode;
  // One line, whatever it quotes: ids, paths and file text a person typed or a
  // file holds may carry line breaks and escapes; they are shown, never acted on.
  if (error instanceof UserError) {
    if (error instanceof UserErrors) for (const each of error.each) stderr.write(`coop: ${safeLine(each)}\n`);
    const line = `coop: ${safeLine(error.message)}`;
    stderr.write(
      `${error instanceof ProseError && stderr.isTTY ? brokenAtSpaces(line, stderr.columns || 80) : line}\n`,
    );
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(
    `coop: internal error: ${safeText(message)}\n  This is a bug in coop; please report it. Run with COOP_DEBUG=1 for details.\n`,
  );
  if (process.env.COOP_DEBUG && error instanceof Error) stderr.write(`${error.stack}\n`);
  return 70;
}
