// The commander program: one entry per command, each importing its module
// only when it runs, so `coop --version` or `coop list` never load the
// prompts, the spinner or the lint rules.
import { Command, CommanderError, Option } from 'commander';
import { type ColorFlags, processIO, type IO } from '../system/io.js';
import { safeLine, safeText } from '../text/sanitize.js';
import { Interrupted, UserError } from '../system/errors.js';
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from '../commands/options.js';

type Runner<O> = (options: O, io: IO) => Promise<number>;

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function buildProgram(io: () => IO, exit: (code: number) => void): Command {
  const program = new Command('coop');
  // Each action loads its module, builds the IO context once the colour flags
  // are known, and reports its exit code.
  const act =
    <O>(load: () => Promise<{ run: Runner<O> }>, shape: (cmd: Command, args: unknown[]) => O) =>
    async (...all: unknown[]) => {
      const cmd = all[all.length - 1] as Command;
      const args = all.slice(0, -2);
      const options = shape(cmd, args);
      const { run } = await load();
      exit(await run(options, io()));
    };
  // commander's option values are untyped; each command module declares the shape it reads.
  // biome-ignore lint/suspicious/noExplicitAny: commander's option values are untyped until each command declares its own.
  const withGlobals = <T>(cmd: Command, extra: T): any => ({ ...(cmd.optsWithGlobals() as object), ...extra });

  program
    .description('Continuity-of-operations runbooks: walk through an outage step by step, check the plan, print it.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--runbooks <dir>', 'the runbook library folder (default: $COOP_RUNBOOKS, ./runbooks, or the shipped one)')
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
    );

  program
    .command('incident')
    .description('walk through a runbook during an incident, step by step; progress is saved as you go')
    .argument('[runbook]', 'runbook id (leave out to choose from a list)')
    .option('--as <name>', 'your name, for the record (default: your login name)')
    .option(
      '--journal-dir <dir>',
      'where incident records are kept (default: $COOP_JOURNAL_DIR, $XDG_STATE_HOME/coop/journal, or ~/.local/state/coop/journal)',
    )
    .option('--answers <file>', 'YAML or JSON answers for scripted use: step id to answer, done, or {skip: reason}')
    .option('-y, --yes', 'mark every action step done (decisions still need answers)')
    .option('--allow-commands', 'let check steps run their commands without asking')
    .option('--json', 'print every event as a JSON line on stdout, and nothing else there')
    .option('--dry-run', 'show the path the runbook would take; write nothing, run nothing')
    .addHelpText(
      'after',
      examples(
        'coop incident power-loss',
        'coop incident servers-offline --as "Pat Smith"',
        'coop incident power-loss --answers answers.yaml --json < /dev/null',
        'coop incident power-loss --dry-run',
      ),
    )
    .action(
      act(
        () => import('../commands/incident.js'),
        (cmd, [runbook]) => withGlobals(cmd, { runbook: runbook as string | undefined, drill: false }),
      ),
    );

  program
    .command('drill')
    .description('rehearse a runbook as an exercise: the same walkthrough, recorded as a drill, not a real incident')
    .argument('[runbook]', 'runbook id (leave out to choose from a list)')
    .option('--as <name>', 'your name, for the record (default: your login name)')
    .option('--journal-dir <dir>', 'where incident records are kept')
    .option('--answers <file>', 'YAML or JSON answers for scripted use')
    .option('-y, --yes', 'mark every action step done')
    .option('--allow-commands', 'let check steps run their commands without asking')
    .option('--json', 'print every event as a JSON line on stdout')
    .option('--dry-run', 'show the path the runbook would take; write nothing, run nothing')
    .addHelpText('after', examples('coop drill severe-weather', 'coop drill fire --as "Pat Smith"'))
    .action(
      act(
        () => import('../commands/incident.js'),
        (cmd, [runbook]) => withGlobals(cmd, { runbook: runbook as string | undefined, drill: true }),
      ),
    );

  program
    .command('resume')
    .description('carry on with an incident that was paused, interrupted or handed over')
    .argument('[incident]', 'incident id (leave out for the most recent open one)')
    .option('--as <name>', 'your name, for the record (a hand-over is recorded when it differs)')
    .option('--journal-dir <dir>', 'where incident records are kept')
    .option('--answers <file>', 'YAML or JSON answers for scripted use')
    .option('-y, --yes', 'mark every action step done')
    .option('--allow-commands', 'let check steps run their commands without asking')
    .option('--json', 'print every event as a JSON line on stdout')
    .addHelpText('after', examples('coop resume', 'coop resume 20261123-091503-power-loss-k3f9 --as "Lee Jones"'))
    .action(
      act(
        () => import('../commands/resume.js'),
        (cmd, [incident]) => withGlobals(cmd, { incident: incident as string | undefined }),
      ),
    );

  program
    .command('incidents')
    .description('list incidents and drills from the journal folder')
    .option('--journal-dir <dir>', 'where incident records are kept')
    .option('--runbook <id>', 'only this runbook')
    .addOption(new Option('--status <status>', 'only incidents in this state').choices(['open', 'paused', 'ended']))
    .option('--since <date>', 'started on or after this date (YYYY-MM-DD)')
    .option('--until <date>', 'started on or before this date (YYYY-MM-DD)')
    .option('--drills', 'only drills')
    .option('--real', 'only real incidents')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      examples(
        'coop incidents',
        'coop incidents --status open',
        'coop incidents --runbook power-loss --since 2026-01-01 --json',
      ),
    )
    .action(
      act(
        () => import('../commands/incidents.js'),
        (cmd) => withGlobals(cmd, {}),
      ),
    );

  program
    .command('report')
    .description('the after-action report of an incident: what happened, who did what, what is still open')
    .argument('<incident>', 'incident id (see coop incidents)')
    .option('--journal-dir <dir>', 'where incident records are kept')
    .addOption(
      new Option('--format <format>', 'output format').choices(['markdown', 'json', 'html']).default('markdown'),
    )
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText(
      'after',
      examples(
        'coop report 20261123-091503-power-loss-k3f9',
        'coop report 20261123-091503-power-loss-k3f9 --format html --out report.html',
      ),
    )
    .action(
      act(
        () => import('../commands/report.js'),
        (cmd, [incident]) => withGlobals(cmd, { incident: incident as string }),
      ),
    );

  program
    .command('status')
    .description('is the plan kept up? owners, reviews due, last exercise, incidents in the last 12 months')
    .option('--journal-dir <dir>', 'where incident records are kept')
    .option('--json', 'machine-readable output')
    .option('--check', 'exit 1 when a review or exercise is overdue (for a scheduled CI job)')
    .addHelpText('after', examples('coop status', 'coop status --check'))
    .action(
      act(
        () => import('../commands/status.js'),
        (cmd) => withGlobals(cmd, {}),
      ),
    );

  program
    .command('list')
    .description('list the runbooks of the library')
    .option('--json', 'machine-readable output')
    .addHelpText('after', examples('coop list', 'coop list --json', 'coop --runbooks ./our-plan list'))
    .action(
      act(
        () => import('../commands/list.js'),
        (cmd) => withGlobals(cmd, {}),
      ),
    );

  program
    .command('show')
    .description('show one runbook as a checklist: warnings, steps, branches, who to call')
    .argument('<runbook>', 'runbook id (see coop list)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json', 'html']).default('text'),
    )
    .addHelpText(
      'after',
      examples('coop show power-loss', 'coop show servers-offline --format markdown > servers-offline.md'),
    )
    .action(
      act(
        () => import('../commands/show.js'),
        (cmd, [runbook]) => withGlobals(cmd, { runbook: runbook as string }),
      ),
    );

  program
    .command('contacts')
    .description('the contact directory: names, roles and numbers')
    .argument('[filter]', 'only contacts whose id, name, role or number contains this text')
    .option('--json', 'machine-readable output')
    .addHelpText('after', examples('coop contacts', 'coop contacts choose', 'coop contacts --json'))
    .action(
      act(
        () => import('../commands/contacts.js'),
        (cmd, [filter]) => withGlobals(cmd, { filter: filter as string | undefined }),
      ),
    );

  program
    .command('lint')
    .description('check the library like a compiler: errors and policy gaps, each at its file:line:col')
    .argument('[paths...]', 'library folders or runbook files (default: the library)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: stylish on a terminal, compact otherwise)').choices([
        'stylish',
        'compact',
        'json',
        'sarif',
        'github',
      ]),
    )
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--strict', 'count warnings as errors')
    .option('-q, --quiet', 'report errors only')
    .option('--rules', 'list the rules with their ids, severities and descriptions')
    .option('--today <date>', 'judge review dates as of this day (YYYY-MM-DD) instead of today')
    .addHelpText(
      'after',
      examples(
        'coop lint',
        'coop lint runbooks/power-loss.yaml',
        'coop lint --format sarif > coop.sarif',
        'coop lint --format github --max-warnings 0',
        'coop lint --rules',
      ),
    )
    .action(
      act(
        () => import('../commands/lint.js'),
        (cmd, [paths]) => withGlobals(cmd, { paths: (paths as string[] | undefined) ?? [] }),
      ),
    );

  program
    .command('schema')
    .description('print the JSON Schema of runbook, contacts and systems files (for editors and validators)')
    .addOption(
      new Option('--file <kind>', 'which file')
        .choices(['runbook', 'contacts', 'systems', 'config'])
        .default('runbook'),
    )
    .addHelpText('after', examples('coop schema > runbook.schema.json', 'coop schema --file contacts'))
    .action(
      act(
        () => import('../commands/schema.js'),
        (cmd) => withGlobals(cmd, {}),
      ),
    );

  program
    .command('export')
    .description('the whole plan as one printable document: cover, contact sheet, every runbook, flowcharts')
    .addOption(new Option('--format <format>', 'output format').choices(['html', 'markdown']).default('html'))
    .option('-o, --out <path>', 'write to this file instead of stdout')
    .addHelpText('after', examples('coop export --out binder.html', 'coop export --format markdown --out PLAN.md'))
    .action(
      act(
        () => import('../commands/export.js'),
        (cmd) => withGlobals(cmd, {}),
      ),
    );

  return program;
}

/**
 * Runs coop with `argv` (without node and the script) and returns the exit
 * code. Everything it prints goes to the IO `makeIO` gives: the process's own
 * streams, or a test's fake ones (tests/helpers/coop.ts runs any command so).
 */
export async function main(argv: string[], makeIO: (flags: ColorFlags) => IO = processIO): Promise<number> {
  let code = 0;
  let colorFlag: boolean | undefined;
  const io = () => makeIO({ color: colorFlag });
  const program = buildProgram(io, (c) => (code = c));
  program.exitOverride();
  program.hook('preAction', (_this, action) => {
    colorFlag = (action.optsWithGlobals() as GlobalOptions).color;
  });
  // commander prints its own errors; make them one plain line on stderr. They
  // quote what was typed, which may hold escape sequences: show those escaped.
  const outputError = (s: string, write: (s: string) => void) => write(safeText(s.replace(/^error: /, 'coop: ')));
  const output = {
    writeOut: (s: string) => io().stdout.write(s),
    writeErr: (s: string) => io().stderr.write(s),
    outputError,
  };
  program.configureOutput(output);
  for (const sub of program.commands) sub.exitOverride().configureOutput(output);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, io());
  }
}

export function handleError(error: unknown, io: Pick<IO, 'stderr' | 'env'>): number {
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
    io.stderr.write(`coop: ${safeLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `coop: internal error: ${safeText(message)}\n  This is a bug in coop; please report it. Run with COOP_DEBUG=1 for details.\n`,
  );
  if (io.env.COOP_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 70;
}
