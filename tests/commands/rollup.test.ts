// `coop rollup` as the statewide coordinator runs it, in process: the CSV a
// spreadsheet opens, --from lists, --out, and the one-line errors (exit 2).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';
import { AGENCIES, journalsFolder, NOW, stateFolder } from '../reports/rollup-fixtures.js';

const now = new Date(NOW);

describe('coop rollup --format csv', () => {
  it('gives a spreadsheet one record per agency with the right counts', async () => {
    const dir = stateFolder();
    const result = await coop(['rollup', dir, '--format', 'csv', '--journals', journalsFolder()], { now, cwd: dir });
    expect(result.code).toBe(0);
    // Records end in CRLF, as RFC 4180 has them; no other control character reaches the terminal.
    expectCleanRun({ ...result, stdout: result.stdout.replace(/\r\n/g, '\n') });
    const records = parse(result.stdout, { columns: true }) as Record<string, string>[];
    const byAgency = Object.fromEntries(records.map((r) => [r.Library, r]));
    expect(Object.keys(byAgency)).toEqual([
      'broken-agency',
      'clean-agency',
      'no-rto-agency',
      'overdue-agency',
      'unreadable-agency',
    ]);
    expect(byAgency['overdue-agency']).toMatchObject({
      Agency: 'Overdue Valley Records Office',
      'Lint warnings': '4',
      'Reviews overdue': '2',
      'Longest overdue': '578 days, 1 never reviewed',
      'Last exercise': '2025-01-01',
      'Findings by rule':
        'contact-verified-stale: 1 warning; improvement-overdue: 1 warning; review-overdue: 2 warnings',
      'Corrective actions open (overdue)': '1 (1)',
      'ITEC 5300 6.4': 'not met',
    });
    expect(byAgency['clean-agency']).toMatchObject({
      'Plan owner': 'Pat Lee, Executive Director',
      'Incidents in the last 12 months': '1',
      'Corrective actions open (overdue)': 'not recorded',
    });
    expect(byAgency['unreadable-agency']).toMatchObject({ 'Library state': 'unreadable' });
    expect(result.stderr).toBe('coop: warning: unreadable-agency does not exist; its row says so\n');
  });

  it('keeps a spreadsheet from running an organization name as a formula', async () => {
    const dir = stateFolder();
    const contacts = join(dir, 'clean-agency', 'contacts.yaml');
    writeFileSync(contacts, readFileSync(contacts, 'utf8').replace(/^organization: .*$/m, 'organization: "=1+1"'));
    const result = await coop(['rollup', join(dir, 'clean-agency'), '--format', 'csv'], { now, cwd: dir });
    const [record] = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(record!.Agency).toBe("'=1+1");
  });
});

describe('coop rollup and hostile text', () => {
  it.each(['html', 'csv', 'json'])(
    'never hands the terminal a control character from a library in %s',
    async (format) => {
      const dir = stateFolder();
      const contacts = join(dir, 'clean-agency', 'contacts.yaml');
      writeFileSync(
        contacts,
        readFileSync(contacts, 'utf8').replace(/^organization: .*$/m, 'organization: "Clean\\e[2J\\u202eCounty"'),
      );
      const result = await coop(['rollup', join(dir, 'clean-agency'), '--format', format], { now, cwd: dir });
      expect(result.code).toBe(0);
      expectCleanRun({ ...result, stdout: result.stdout.replace(/\r\n/g, '\n') });
      expect(result.stdout).toContain('County');
    },
  );
});

describe('coop rollup --from', () => {
  it('reads the libraries a list names, each with its own journal folder after a tab', async () => {
    const list = join(tempDir(), 'agencies.txt');
    const journals = journalsFolder();
    writeFileSync(
      list,
      `# the state's agencies\n${join(AGENCIES, 'clean-agency')}\t${join(journals, 'clean-agency')}\n\n${join(AGENCIES, 'overdue-agency')}\n`,
    );
    const result = await coop(['rollup', '--from', list, '--format', 'json'], { now });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout).rows as Array<{ name: string; exercises: unknown }>;
    expect(rows.map((r) => [r.name, r.exercises])).toEqual([
      ['clean-agency', { last: '2026-10-01', inLast12Months: true }],
      ['overdue-agency', null],
    ]);
  });

  it('makes a row of a listed folder that is not there, relative to the list', async () => {
    const list = join(tempDir(), 'agencies.txt');
    writeFileSync(list, 'closed-agency\n');
    const result = await coop(['rollup', '--from', list, '--format', 'json'], { now });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).rows).toMatchObject([{ name: 'closed-agency', readable: false }]);
    expect(result.stderr).toBe(
      `coop: warning: ${join(dirname(list), 'closed-agency')} does not exist; its row says so\n`,
    );
  });
});

describe('coop rollup --out', () => {
  it('writes the page to the file and says what it holds', async () => {
    const cwd = tempDir();
    const result = await coop(['rollup', AGENCIES, '--out', 'rollup.html'], { now, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'coop: wrote the statewide page to rollup.html (4 agency libraries, 5 runbooks; 0 unreadable)\n',
    );
    expect(readFileSync(join(cwd, 'rollup.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('coop rollup --check', () => {
  it('exits 1 and names, in one line, the agencies that do not meet a point; the report is made all the same', async () => {
    const cwd = tempDir();
    const result = await coop(['rollup', AGENCIES, '--check', '--out', 'rollup.html'], { now, cwd });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'coop: wrote the statewide page to rollup.html (4 agency libraries, 5 runbooks; 0 unreadable)',
      'coop: 3 of 4 agencies do not meet every ITEC 5300 point: broken-agency (6.2), no-rto-agency (6.5), overdue-agency (6.4)',
      '',
    ]);
    expect(readFileSync(join(cwd, 'rollup.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('exits 0 when every agency meets every point it can be judged on (not recorded is no failure)', async () => {
    const result = await coop(['rollup', join(AGENCIES, 'clean-agency'), '--check', '--format', 'json'], { now });
    expect(JSON.parse(result.stdout).rows[0].points['itec-5300-6.7']).toBe('not-recorded');
    expect([result.code, result.stderr]).toEqual([0, '']);
  });

  it('names three agencies and counts the rest; an unreadable one meets no point', async () => {
    const dir = stateFolder();
    const result = await coop(['rollup', dir, '--check', '--format', 'csv'], { now, cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').at(-2)).toBe(
      'coop: 4 of 5 agencies do not meet every ITEC 5300 point: broken-agency (6.2), no-rto-agency (6.5), overdue-agency (6.4) and 1 more',
    );
  });
});

describe('coop rollup: mistakes to fix first (exit 2, one line)', () => {
  it.each([
    [['rollup'], "give the agencies' library folders"],
    [['rollup', 'no-such-folder'], 'no-such-folder does not exist; give an agency'],
    [['rollup', '--from', 'no-such-list.txt'], 'the list no-such-list.txt does not exist'],
    [['rollup', AGENCIES, '--journals', 'no-such-journals'], '--journals no-such-journals does not exist'],
  ])('coop %j', async (args, message) => {
    const result = await coop(args, { now });
    expect(result.code).toBe(2);
    expectOneLineError(result, message);
  });
});
