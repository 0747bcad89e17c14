// The program and its command table. Each command is declared in its own
// file of src/main/commands/ (name, arguments, typed options, help) and its
// run function is imported only when it runs, so `coop --version` or
// `coop list` never load the prompts, the spinner or the lint rules.
import { CommanderError } from '@commander-js/extra-typings';
import { processIO, type ColorFlags, type IO, type OutputStream } from '../system/io.js';
import { safeLine, safeText } from '../text/sanitize.js';
import { Interrupted, UserError } from '../system/errors.js';
import type { CommandDefinition, Start } from './define-command.js';
import { declareProgram, type Program } from './program.js';
import { commandWord } from './command-word.js';
import { helpAsTyped } from './help-as-typed.js';
import { incident } from './commands/incident.js';
import { drill } from './commands/drill.js';
import { resume } from './commands/resume.js';
import { update } from './commands/update.js';
import { close } from './commands/close.js';
import { importRecord } from './commands/import.js';
import { incidents } from './commands/incidents.js';
import { report } from './commands/report.js';
import { status } from './commands/status.js';
import { exercise } from './commands/exercise.js';
import { list } from './commands/list.js';
import { show } from './commands/show.js';
import { contacts } from './commands/contacts.js';
import { lint } from './commands/lint.js';
import { schema } from './commands/schema.js';
import { exportPlan } from './commands/export.js';
import { declareCompletion } from './commands/completion.js';
import { declareHelp } from './commands/help.js';
import { bia } from './commands/bia.js';
import { review } from './commands/review.js';
import { init } from './commands/init.js';
import { calendar } from './commands/calendar.js';
import { rollup } from './commands/rollup.js';

/**
 * In the order `coop --help` lists them: the walk first, then records, then
 * the plan. Each under the name it declares (tests/main/command-table.test.ts
 * keeps the two the same), so that a command line that names one declares
 * only it: building all of commander's tree is a share of every start-up.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, CommandDefinition]> = [
  ['incident', incident],
  ['drill', drill],
  ['resume', resume],
  ['update', update],
  ['close', close],
  ['import', importRecord],
  ['incidents', incidents],
  ['report', report],
  ['status', status],
  ['exercise', exercise],
  ['list', list],
  ['show', show],
  ['contacts', contacts],
  ['lint', lint],
  ['schema', schema],
  ['export', exportPlan],
  ['review', review],
  ['bia', bia],
  ['init', init],
  ['calendar', calendar],
  ['rollup', rollup],
];

/** The commands declared with the program itself, since they read its whole tree. */
export const DECLARED_WITH_THE_PROGRAM = ['completion', '__complete', 'help'];

/** Whether `name` is a command coop declares (the launcher keeps a code cache for each, not for a typo). */
export const isCommandName = (name: string): boolean =>
  COMMANDS.some(([n]) => n === name) || DECLARED_WITH_THE_PROGRAM.includes(name);

/**
 * The program, with every command, or (`only`) with that one command alone:
 * what commander does with a command line that names a command needs no other.
 */
export function buildProgram(ioFor: (flags: ColorFlags) => IO, exit: (code: number) => void, only?: string): Program {
  const program = declareProgram();
  // The IO context is made once commander has parsed, when --color or --no-color is known.
  const start: Start = async (load, options) => {
    const { run } = await load();
    exit(await run(options, ioFor({ color: program.opts().color })));
  };
  const named = COMMANDS.find(([name]) => name === only);
  if (named) {
    named[1].declareOn(program, start);
    return program;
  }
  for (const [, command] of COMMANDS) command.declareOn(program, start);
  declareCompletion(program, start);
  declareHelp(program);
  return program;
}

/**
 * Runs coop with `argv` (without node and the script) and returns the exit
 * code. `ioFor` makes the IO context from the colour flags: the real process
 * by default, fake streams in a test.
 */
export async function main(argv: string[], ioFor: (flags: ColorFlags) => IO = processIO): Promise<number> {
  let code = 0;
  const program = buildProgram(ioFor, (c) => (code = c), commandWord(argv));
  // Help, version and commander's complaints go where a command's output would.
  let streams: IO | undefined;
  const io = () => (streams ??= ioFor({}));
  const writeOut = (s: string) => io().stdout.write(helpAsTyped(s, io().env));
  const writeErr = (s: string) => io().stderr.write(helpAsTyped(s, io().env));
  // commander prints its own errors; make them one plain line on stderr. They
  // quote what was typed, which may hold escape sequences: show those escaped.
  const outputError = (s: string, write: (s: string) => void) => write(safeText(s.replace(/^error: /, 'coop: ')));
  for (const command of [program, ...program.commands])
    command.exitOverride().configureOutput({ writeOut, writeErr, outputError });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, io().stderr);
  }
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
    stderr.write(`coop: ${safeLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(
    `coop: internal error: ${safeText(message)}\n  This is a bug in coop; please report it. Run with COOP_DEBUG=1 for details.\n`,
  );
  if (process.env.COOP_DEBUG && error instanceof Error) stderr.write(`${error.stack}\n`);
  return 70;
}
