// coop bia: a business impact analysis written into systems.yaml, only its
// lines changed; RTO <= MTD enforced; and the BIA of the library as a table.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { coopIn, shippedCopy } from '../edit/library-copy.js';

const systemsOf = (cwd: string) => readFileSync(join(cwd, 'runbooks', 'systems.yaml'), 'utf8');
const SHIPPED_SYSTEMS = readFileSync(join(SHIPPED_RUNBOOKS, 'systems.yaml'), 'utf8');

describe('coop bia SYSTEM with flags', () => {
  it('writes mtd, rto, rpo and who made the analysis when, under the system, and nothing else', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(
      cwd,
      'bia',
      'exchange',
      '--rto',
      '8h',
      '--rpo',
      '24h',
      '--mtd',
      '2d',
      '--yes',
      '--as',
      'Pat Lee',
    );
    expect(run.code).toBe(0);
    expect(systemsOf(cwd)).toBe(
      SHIPPED_SYSTEMS.replace(
        'supported by CHOOSE Networks.\n',
        'supported by CHOOSE Networks.\n    mtd: 2d\n    rto: 8h\n    rpo: 24h\n    bia:\n      date: 2026-11-23\n      by: Pat Lee\n',
      ),
    );
    expect(run.err).toContain('coop: wrote runbooks/systems.yaml\n');
  });

  it('changes nothing in a systems.yaml with a problem, and says where it is and how to see every problem', async () => {
    const cwd = shippedCopy();
    // A system whose id is a number, not text.
    writeFileSync(join(cwd, 'runbooks', 'systems.yaml'), SHIPPED_SYSTEMS.replace(/^systems:/m, 'systems:\n  - id: 7'));
    const before = systemsOf(cwd);
    const run = await coop(['bia', 'exchange', '--rto', '8h', '--yes'], { cwd, env: { npm_command: 'exec' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^coop: runbooks\/systems\.yaml:\d+:\d+: .*; fix runbooks\/systems\.yaml first \(npx coop lint runbooks\/systems\.yaml shows every problem\)\n$/,
    );
    expect(systemsOf(cwd)).toBe(before);
  });

  it('makes the warning about the system disappear from coop lint', async () => {
    const cwd = shippedCopy();
    const before = await coopIn(cwd, 'lint', '--today', '2026-11-23');
    await coopIn(cwd, 'bia', 'exchange', '--rto', '8h', '--rpo', '24h', '--mtd', '2d', '--yes');
    const after = await coopIn(cwd, 'lint', '--today', '2026-11-23');
    expect(before.out).toContain('system "exchange" has no RTO or RPO');
    expect(after.out).not.toContain('"exchange"');
    expect(after.out.split('\n').length).toBe(before.out.split('\n').length - 1);
  });

  it('refuses an RTO longer than the MTD, and says why', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'bia', 'exchange', '--rto', '3d', '--mtd', '1d', '--yes');
    expect(run).toEqual({
      code: 2,
      out: '',
      err: 'coop: system "exchange" has an RTO of 3d, longer than its MTD of 1d: the office can do without it for at most 1d, so recovery must take no longer; give an RTO of 1d or less, or a longer MTD\n',
    });
    expect(systemsOf(cwd)).toBe(SHIPPED_SYSTEMS);
  });

  it('judges a new RTO against the MTD the file already has', async () => {
    const cwd = shippedCopy();
    await coopIn(cwd, 'bia', 'exchange', '--mtd', '1d', '--yes');
    const run = await coopIn(cwd, 'bia', 'exchange', '--rto', '36h', '--yes');
    expect(run.code).toBe(2);
    expect(run.err).toContain('has an RTO of 36h, longer than its MTD of 1d');
  });

  it('writes nothing in scripted use without --yes, and shows what it would write', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'bia', 'exchange', '--rto', '8h');
    expect(run.code).toBe(2);
    expect(run.err).toContain('+    rto: 8h\n');
    expect(run.err).toContain(
      'coop: nothing written: in scripted use coop changes runbooks/systems.yaml only with --yes',
    );
    expect(systemsOf(cwd)).toBe(SHIPPED_SYSTEMS);
  });

  it('records the impacts and the functions that depend on the system', async () => {
    const cwd = shippedCopy();
    const args = ['--impacts', 'minimal,moderate,severe,severe', '--function', 'Email with the public', '--yes'];
    await coopIn(cwd, 'bia', 'exchange', ...args, '--as', 'Pat Lee');
    expect(systemsOf(cwd)).toContain(
      '    bia:\n      date: 2026-11-23\n      by: Pat Lee\n      functions:\n        - Email with the public\n      impacts:\n        1h: minimal\n        4h: moderate\n        1d: severe\n        1w: severe\n',
    );
  });

  it.each([
    [['bia', 'exchnage', '--rto', '8h'], 'no system "exchnage" in systems.yaml; did you mean "exchange"?'],
    [
      ['bia', '--rto', '8h'],
      // The example names the library's first system: typed as printed, it works.
      'name the system the answers are for, like: coop bia computers --mtd 2d --rto 8h --rpo 24h',
    ],
    [
      ['bia', 'exchange', '--rto', 'eight hours'],
      '--rto takes a duration, a number and a unit (m, h or d) like 8h, not "eight hours"',
    ],
    [
      ['bia', 'exchange', '--impacts', 'bad'],
      '--impacts takes up to 4 of none, minimal, moderate, severe, for 1h, 4h, 1d, 1w in that order, like minimal,moderate,severe,severe, not "bad"',
    ],
    [
      ['bia', 'exchange'],
      'give the answers as flags, like: coop bia exchange --mtd 2d --rto 8h --rpo 24h --yes (or run coop bia at a terminal to be asked)',
    ],
  ])('coop %j: one line, exit 2', async (argv, message) => {
    const run = await coopIn(shippedCopy(), ...argv);
    expect(run.err).toBe(`coop: ${message}\n`);
    expect(run.code).toBe(2);
  });

  it('never changes the library shipped with coop', async () => {
    const run = await coopIn(shippedCopy(), 'bia', 'exchange', '--rto', '8h', '--yes', '--runbooks', SHIPPED_RUNBOOKS);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^coop: coop does not change the library shipped with it \(.*runbooks\); copy it/);
  });
});

describe('coop bia SYSTEM in a systems.yaml laid out otherwise than coop writes', () => {
  /** The shipped systems.yaml with its systems as `- id`, `dash` standing for the "- " of each. */
  const laidOut = (dash: string, indent: string) =>
    SHIPPED_SYSTEMS.replace(/^ {2}- id:/gm, `${indent}${dash}id:`).replace(
      /^ {4}(name|description):/gm,
      `${indent}${' '.repeat(dash.length)}$1:`,
    );
  const ANALYSIS = ['--mtd', '2d', '--rto', '8h', '--function', 'Email with the public', '--impacts', 'minimal,severe'];

  it('shows the new lines at their depths, indented as they are, in a file laid out "    -   id"', async () => {
    const cwd = shippedCopy();
    const before = laidOut('-   ', '    ');
    writeFileSync(join(cwd, 'runbooks', 'systems.yaml'), before);
    const run = await coopIn(cwd, 'bia', 'exchange', ...ANALYSIS, '--yes', '--as', 'Pat Lee');
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      [
        '--- a/runbooks/systems.yaml',
        '+++ b/runbooks/systems.yaml',
        '@@ -14,6 +14,16 @@',
        '     -   id: exchange',
        '         name: Exchange server / Outlook email',
        '         description: Microsoft Outlook connects to the Exchange Server; supported by CHOOSE Networks.',
        '+        mtd: 2d',
        '+        rto: 8h',
        '+        bia:',
        '+            date: 2026-11-23',
        '+            by: Pat Lee',
        '+            functions:',
        '+                -   Email with the public',
        '+            impacts:',
        '+                1h: minimal',
        '+                4h: severe',
        ' ',
        '     -   id: online-database',
        '         name: Online database',
        'coop: wrote runbooks/systems.yaml',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'a list flush with its key, "-   id" (PyYAML, indent=4)',
      laidOut('-   ', ''),
      [
        '    mtd: 2d',
        '    rto: 8h',
        '    bia:',
        '        date: 2026-11-23',
        '        by: Pat Lee',
        '        functions:',
        '        -   Email with the public',
        '        impacts:',
        '            1h: minimal',
        '            4h: severe',
      ],
    ],
    [
      'a list flush with its key, "- id"',
      laidOut('- ', ''),
      [
        '  mtd: 2d',
        '  rto: 8h',
        '  bia:',
        '    date: 2026-11-23',
        '    by: Pat Lee',
        '    functions:',
        '    - Email with the public',
        '    impacts:',
        '      1h: minimal',
        '      4h: severe',
      ],
    ],
    [
      'four-space indents, "    -   id" (as ruamel.yaml can write)',
      laidOut('-   ', '    '),
      [
        '        mtd: 2d',
        '        rto: 8h',
        '        bia:',
        '            date: 2026-11-23',
        '            by: Pat Lee',
        '            functions:',
        '                -   Email with the public',
        '            impacts:',
        '                1h: minimal',
        '                4h: severe',
      ],
    ],
  ])("in %s: the new lines at the file's depths, every other line as it was", async (_, before, added) => {
    const cwd = shippedCopy();
    writeFileSync(join(cwd, 'runbooks', 'systems.yaml'), before);
    await coopIn(cwd, 'bia', 'exchange', ...ANALYSIS, '--yes', '--as', 'Pat Lee');
    const after = 'supported by CHOOSE Networks.\n';
    expect(systemsOf(cwd)).toBe(before.replace(after, `${after}${added.join('\n')}\n`));
  });

  it('keeps CRLF line ends, quotes, brackets, comments between systems and a file without a last line break', async () => {
    const cwd = shippedCopy();
    const before = [
      'systems:',
      '  # The mail server, in the closet',
      '  - id: "exchange"   # since 2019',
      '    name: "Exchange"',
      '    rto: "12h"        # a guess',
      '    bia:',
      '      date: "2025-01-15"',
      '      by: "Sam Ortiz"',
      '      functions: [ "Email", "Calendar" ]',
      '',
      '  # Backups',
      '  - id: "backups"',
      '    name: "Offsite backups"',
    ].join('\r\n');
    writeFileSync(join(cwd, 'runbooks', 'systems.yaml'), before);
    await coopIn(cwd, 'bia', 'exchange', ...ANALYSIS, '--yes', '--as', 'Pat Lee');
    expect(systemsOf(cwd)).toBe(
      [
        'systems:',
        '  # The mail server, in the closet',
        '  - id: "exchange"   # since 2019',
        '    name: "Exchange"',
        '    mtd: "2d"',
        '    rto: "8h"        # a guess',
        '    bia:',
        '      date: "2026-11-23"',
        '      by: "Pat Lee"',
        '      functions: [ "Email with the public" ]',
        '      impacts:',
        '        1h: "minimal"',
        '        4h: "severe"',
        '',
        '  # Backups',
        '  - id: "backups"',
        '    name: "Offsite backups"',
      ].join('\r\n'),
    );
  });
});

describe('coop bia --report', () => {
  it('prints every system with what depends on it and what is missing (Markdown)', async () => {
    const cwd = shippedCopy();
    await coopIn(
      cwd,
      'bia',
      'exchange',
      '--mtd',
      '2d',
      '--rto',
      '8h',
      '--rpo',
      '24h',
      '--impacts',
      'minimal,moderate,severe,severe',
      '--yes',
      '--as',
      'Pat Lee',
    );
    const { code, out } = await coopIn(cwd, 'bia', '--report');
    expect(code).toBe(0);
    expect(out).toContain(
      '| System | Depends on it | 1 hour | 4 hours | 1 day | 1 week | MTD | RTO | RPO | Analysed |\n',
    );
    expect(out).toContain(
      '| **Exchange server / Outlook email** (exchange) | runbook outlook-offline | minimal | moderate | severe | severe | 2d | 8h | 24h | 2026-11-23, Pat Lee |\n',
    );
    expect(out).toContain('- **Office servers**: no business impact analysis (coop bia); no MTD; no RTO; no RPO.\n');
  });

  it('reads the shipped library too (it only reads), as JSON for a script', async () => {
    const { code, out } = await coopIn(
      shippedCopy(),
      'bia',
      '--report',
      '--format',
      'json',
      '--runbooks',
      SHIPPED_RUNBOOKS,
    );
    const report = JSON.parse(out);
    expect(code).toBe(0);
    expect(report.version).toBe(1);
    expect(report.systems.map((s: { id: string }) => s.id)).toEqual([
      'computers',
      'servers',
      'exchange',
      'online-database',
      'filemaker',
      'offsite-backup',
    ]);
    expect(report.systems[2].runbooks).toEqual([{ id: 'outlook-offline', title: 'Outlook offline' }]);
  });

  it('writes a printable page with --format html --out', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'bia', '--report', '--format', 'html', '--out', 'bia.html');
    expect(run.err).toBe('coop: wrote the BIA to bia.html\n');
    expect(readFileSync(join(cwd, 'bia.html'), 'utf8')).toContain('<th>MTD</th><th>RTO</th><th>RPO</th>');
  });
});
