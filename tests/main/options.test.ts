// What a person types after an option, through `main` in-process: a value
// that is not what the option takes is one line naming the option and what it
// wants, exit 2, before anything is read; a value that is, reaches the command.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli.js';
import { FORMATS } from '../../src/lint/formats/index.js';
import { REPORT_FORMATS } from '../../src/reports/after-action/formats.js';
import { RUNBOOK_FORMATS } from '../../src/render/runbook-formats.js';
import { LIBRARY_FORMATS } from '../../src/commands/export-formats.js';
import { ROLLUP_FORMATS } from '../../src/reports/rollup/formats.js';
import { SCHEMA_KINDS } from '../../src/commands/schema.js';
import { BIA_FORMATS } from '../../src/render/bia/formats.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { fakeIO } from '../helpers/fake-io.js';

async function coop(...argv: string[]) {
  const io = fakeIO({ cwd: REPO_ROOT });
  const code = await main(argv, () => io);
  return { code, out: io.out(), err: io.err() };
}

describe('option values', () => {
  it.each([
    [['lint', '--max-warnings', 'abc'], '--max-warnings takes a whole number of warnings (0 or more), not "abc"'],
    [['lint', '--max-warnings', '-1'], '--max-warnings takes a whole number of warnings (0 or more), not "-1"'],
    [['lint', '--today', 'tomorrow'], '--today takes a date written YYYY-MM-DD, like 2026-03-31, not "tomorrow"'],
    [
      ['lint', '--today', '2026-02-30'],
      '--today takes a date written YYYY-MM-DD, like 2026-03-31, not "2026-02-30": that day is not in the calendar',
    ],
    [
      ['incidents', '--since', '2026-02-30'],
      '--since "2026-02-30" is not a date; write it YYYY-MM-DD, like 2026-01-31: that day is not in the calendar',
    ],
    [
      ['incidents', '--until', '23/11/2026'],
      '--until "23/11/2026" is not a date; write it YYYY-MM-DD, like 2026-01-31',
    ],
    [
      ['report', '20261123-091503-power-loss-k3f9', '-o', ''],
      '--out is empty; give the file (or, for the go-kit, the folder) to write, like --out report.html, or - for stdout',
    ],
  ])('coop %j: one line, exit 2', async (argv, message) => {
    const { code, out, err } = await coop(...argv, '--journal-dir', '/nonexistent/folder');
    expect(err).toBe(`coop: ${message}\n`);
    expect(out).toBe('');
    expect(code).toBe(2);
  });

  it('a date typed with escape sequences is shown escaped', async () => {
    const { err } = await coop('incidents', '--since', '\u001b[2J', '--journal-dir', '/nonexistent/folder');
    expect(err).toBe('coop: --since "\\\\e[2J" is not a date; write it YYYY-MM-DD, like 2026-01-31\n');
  });

  it('a number and a day that are right reach the command as they were meant', async () => {
    const args = ['--runbooks', SHIPPED_RUNBOOKS, 'lint', '--format', 'json', '--today', '2017-01-01'];
    const within = await coop(...args, '--max-warnings', '6');
    expect(JSON.parse(within.out).summary.warnings).toBe(6);
    expect(within.code).toBe(0);
    expect((await coop(...args, '--max-warnings', '5')).code).toBe(1);
  });
});

describe('choices', () => {
  it.each([
    ['lint', FORMATS, ['lint']],
    ['report', REPORT_FORMATS, ['report', 'some-incident']],
    ['show', RUNBOOK_FORMATS, ['show', 'power-loss']],
    ['export', LIBRARY_FORMATS, ['export']],
    ['bia', BIA_FORMATS, ['bia', '--report']],
    ['rollup', ROLLUP_FORMATS, ['rollup', '.']],
  ])('coop %s --format offers exactly the formats its table has', async (_name, table, argv) => {
    const { code, err } = await coop(...argv, '--format', 'xml');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      `coop: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are ${Object.keys(table).join(', ')}.`,
    );
  });

  it('coop schema --file offers exactly the schemas it has', async () => {
    const { code, err } = await coop('schema', '--file', 'journal');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      `coop: option '--file <kind>' argument 'journal' is invalid. Allowed choices are ${Object.keys(SCHEMA_KINDS).join(', ')}.`,
    );
  });
});

describe('help', () => {
  /** The option lines of a command's help, each option with its text on one line. */
  const optionsOf = (help: string) =>
    help
      .slice(help.indexOf('Options:'), help.indexOf('\n\n', help.indexOf('Options:')))
      .replace(/\n {3,}/g, ' ')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().replace(/ {2,}/g, '  '));

  it('incident, drill and resume describe the options of a walk in the same words', async () => {
    const [incident, drill, resume] = await Promise.all(
      ['incident', 'drill', 'resume'].map(async (name) => optionsOf((await coop(name, '--help')).out)),
    );
    // A drill may be a player's part of a tabletop exercise: that option is the drill's alone.
    expect(drill!.filter((line) => !line.startsWith('--exercise <id>'))).toEqual(incident);
    expect(drill).toContain(
      "--exercise <id>  a player's part of a tabletop exercise: the drill is linked to it and listed in its report",
    );
    // --dry-run is for starting a walk only; --reopen for carrying one on only.
    expect(resume!.filter((line) => !line.startsWith('--reopen'))).toEqual(
      incident!.filter((line) => !line.startsWith('--dry-run')),
    );
    expect(incident!.map((line) => line.split('  ')[0])).toEqual([
      '--as <name>',
      '--journal-dir <dir>',
      '--answers <file>',
      '-y, --yes',
      '--allow-commands',
      '--update-every <duration>',
      '--json',
      '--dry-run',
      '-h, --help',
    ]);
  });
});
