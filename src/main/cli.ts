// The program and its command table. Each command is declared in its own
// file of src/main/commands/ (name, arguments, typed options, help) and its
// run function is imported only when it runs, so `coop --version` or
// `coop list` never load the prompts, the spinner or the lint rules.
import { processIO, type ColorFlags, type IO } from '../system/io.js';
import type { CommandDefinition } from './define-command.js';
import type { Program } from './program.js';
import { buildProgramOf, type CommandTable, mainOf } from './run-cli.js';
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
import { declareCompletion } from './program-completion.js';
import { declareHelp } from './program-help.js';
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

const WHOLE_PROGRAM: CommandTable = {
  commands: COMMANDS,
  declareRest: (program, start) => {
    declareCompletion(program, start);
    declareHelp(program);
  },
};

/**
 * The program, with every command, or (`only`) with that one command alone:
 * what commander does with a command line that names a command needs no other.
 */
export const buildProgram = (ioFor: (flags: ColorFlags) => IO, exit: (code: number) => void, only?: string): Program =>
  buildProgramOf(WHOLE_PROGRAM, ioFor, exit, only);

/**
 * Runs coop with `argv` (without node and the script) and returns the exit
 * code. `ioFor` makes the IO context from the colour flags: the real process
 * by default, fake streams in a test.
 */
export const main = (argv: string[], ioFor: (flags: ColorFlags) => IO = processIO): Promise<number> =>
  mainOf(WHOLE_PROGRAM, argv, ioFor);
