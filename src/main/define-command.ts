// What a command is to the program: a declaration that is cheap to load (its
// name, arguments, options and help), how commander's parsed values become
// the typed options its run function takes, and that run function's module,
// imported only when the command runs. `coop --version` and `coop list` so
// never load the prompts, the lint rules or another command's renderers,
// and TypeScript checks every option a run function reads against what the
// declaration gives it.
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { IO } from '../system/io.js';
import type { GlobalOptionValues, Program } from './program.js';

/** A command module: `export async function run(options, io)` resolving to the exit code. */
export interface RunModule<Options> {
  run(options: Options, io: IO): Promise<number>;
}

/** How the program runs a chosen command: load its module, then run it with these options. */
export type Start = <Options>(load: () => Promise<RunModule<Options>>, options: Options) => Promise<void>;

/** A command declared on the program, or (`Parent`) on a group of commands such as `coop exercise`. */
export interface CommandDefinition<Parent = Program> {
  declareOn(parent: Parent, start: Start): void;
}

export function defineCommand<
  Args extends unknown[],
  Values extends OptionValues,
  Options,
  Parent = Program,
>(definition: {
  /** Everything `coop <command> --help` shows, declared on `program.command(...)` (or the group's). */
  declare: (parent: Parent) => Command<Args, Values, GlobalOptionValues>;
  /** The run function's options from the arguments and the option values (the program's included). */
  options: (args: Args, values: ReturnType<Command<Args, Values, GlobalOptionValues>['optsWithGlobals']>) => Options;
  run: () => Promise<RunModule<NoInfer<Options>>>;
}): CommandDefinition<Parent> {
  return {
    declareOn(parent, start) {
      const command = definition.declare(parent);
      command.action(() => start(definition.run, definition.options(command.processedArgs, command.optsWithGlobals())));
    },
  };
}

/** A group of commands under one name (`coop exercise run|resume|report`): the group declared once, each command on it. */
export function defineGroup<Group>(
  declare: (program: Program) => Group,
  commands: ReadonlyArray<CommandDefinition<Group>>,
): CommandDefinition {
  return {
    declareOn(program, start) {
      const group = declare(program);
      for (const command of commands) command.declareOn(group, start);
    },
  };
}
