// Options that several commands take, each declared once so their help texts
// cannot drift apart. Each group adds its options to a command and keeps the
// command's types, so the declaration using it sees the values typed.
import { UserError } from '../system/errors.js';
import { type Command, Option, type OptionValues } from '@commander-js/extra-typings';
import { duration, namesOf } from './option-values.js';

/** --journal-dir: incident, drill, resume, incidents, report, status. */
export function journalDirOption<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) {
  return command.option(
    '--journal-dir <dir>',
    'where incident records are kept (default: $COOP_JOURNAL_DIR, $XDG_STATE_HOME/coop/journal, or ~/.local/state/coop/journal)',
  );
}

/**
 * What every walk through a runbook takes (incident, drill, resume): who
 * walks, where it is recorded, and what a script answers.
 */
export function walkOptions<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) {
  return journalDirOption(command.option('--as <name>', 'your name, for the record (default: your login name)'))
    .option('--answers <file>', 'YAML or JSON answers for scripted use: step id to answer, done, or {skip: reason}')
    .option('-y, --yes', 'mark every action step done (decisions still need answers)')
    .option('--allow-commands', 'let check steps run their commands without asking')
    .option(
      '--update-every <duration>',
      "how often status updates are due, like 30m (default: the runbook's update_every)",
      duration((typed) => `--update-every takes a number and a unit (s, m, h or d), like 30m, not "${typed}"`),
    )
    .option('--json', 'print every event as a JSON line on stdout, and nothing else there');
}

/** --json for the commands that print a table or a list: the same facts for a script. */
export function jsonOption<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) {
  return command.option('--json', 'machine-readable output');
}

/** -f, --format: the choices are the names of the command's table of formats, so a format added there is offered here. */
export function formatOption<T extends object>(formats: T, description = 'output format') {
  return new Option('-f, --format <format>', description).choices(namesOf(formats));
}

/** An empty --out (a script's unset variable) names no file: not the folder coop runs in. */
function notEmptyPath(typed: string): string {
  if (typed === '')
    throw new UserError(
      '--out is empty; give the file (or, for the go-kit, the folder) to write, like --out report.html, or - for stdout',
    );
  return typed;
}

/** -o, --out: report and export, which print to stdout otherwise ("-" is stdout too). */
export function outOption<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  command: Command<A, O, G>,
) {
  return command.option('-o, --out <file>', 'write to this file instead of stdout', notEmptyPath);
}
