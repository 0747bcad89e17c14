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

export interface CommandDefinition {
  declareOn(program: Program, start: Start): void;
}

export function defineCommand<Args extends unknown[], Values extends OptionValues, Options>(definition: {
  /** Everything `coop <command> --help` shows, declared on `program.command(...)`. */
  declare: (program: Program) => Command<Args, Values, GlobalOptionValues>;
  /** The run function's options from the arguments and the option values (the program's included). */
  options: (args: Args, values: ReturnType<Command<Args, Values, GlobalOptionValues>['optsWithGlobals']>) => Options;
  run: () => Promise<RunModule<NoInfer<Options>>>;
}): CommandDefinition {
  return {
    declareOn(program, start) {
      const command = definition.declare(program);
      command.action(() => start(definition.run, definition.options(command.processedArgs, command.optsWithGlobals())));
    },
  };
}
