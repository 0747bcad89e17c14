// The program itself: its description, version, help and the options every
// command accepts. Its type carries those options, so each command's
// declaration (src/main/commands/) sees them typed.
import { Command } from '@commander-js/extra-typings';
import { VERSION } from '../system/version.js';

/** The "Examples:" section at the end of a command's help: each line works as printed. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function declareProgram() {
  return (
    new Command('coop')
      .description('Continuity-of-operations runbooks: walk through an outage step by step, check the plan, print it.')
      .version(VERSION, '-V, --version', 'print the version')
      .helpOption('-h, --help', 'show help')
      // commander leaves a description on one line when its column is narrower than 40 ('coop exercise
      // --help' at 80 columns: lines of 136, broken by the terminal inside words); 20 is room enough.
      .configureHelp({ minWidthToWrap: 20 })
      .option(
        '--runbooks <dir>',
        'the runbook library folder (default: $COOP_RUNBOOKS, else the nearest runbooks/ folder or coop.yaml here or above)',
      )
      .option('--color', 'force colour')
      .option('--no-color', 'no colour (also: NO_COLOR=1)')
      .showHelpAfterError('(run coop --help for usage)')
      .addHelpText(
        'after',
        examples(
          'coop incident power-loss          walk through "Losing power during office hours"',
          'coop incident                     asks what is happening',
          'coop lint                         check the plan',
          'coop export --out binder.html     the whole plan, ready to print',
        ),
      )
  );
}
export type Program = ReturnType<typeof declareProgram>;
export type GlobalOptionValues = ReturnType<Program['opts']>;
