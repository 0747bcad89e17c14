// `coop import` in-process: a record walked on a phone in the go-kit becomes
// an incident of the journal folder, once, and every way a record can be
// wrong is one line naming the file and the line.
import { cpSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { coop } from '../helpers/coop.js';
import { expectCleanRun } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec } from '../journal/journal-builder.js';
import { RECORDS_LIBRARY } from '../reports/records-fixtures.js';
import { PHONE_INCIDENT, WALKED_ON_THE_PHONE } from './phone-walk.js';

const ID = PHONE_INCIDENT;
const WALKED = WALKED_ON_THE_PHONE;

const library = loadLibrary(RECORDS_LIBRARY);

function recordFile(spec: JournalSpec = WALKED, edit: (text: string) => string = (t) => t): string {
  const file = join(tempDir('coop-import-'), `${spec.id}.jsonl`);
  writeFileSync(file, edit(journalText(library, spec)));
  return file;
}

async function importing(files: string[], journalDir: string, runbooks = RECORDS_LIBRARY) {
  const result = await coop(['import', ...files, '--journal-dir', journalDir, '--runbooks', runbooks]);
  expectCleanRun(result);
  return result;
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const replaceLine = (n: number, line: string) => (text: string) =>
  lines(text)
    .map((l, i) => (i === n - 1 ? line : l))
    .join('\n')
    .concat('\n');

describe('coop import', () => {
  it('adds a walk made on a phone as an incident that coop report and coop incidents read', async () => {
    const journalDir = tempDir();
    const result = await importing([recordFile()], journalDir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `imported ${ID}: Losing power during office hours (incident, walked on a phone by Alice Moreno, ended), 10 events; coop report ${ID} --runbooks ${RECORDS_LIBRARY} --journal-dir ${journalDir} shows it\n`,
    );
    expect(readdirSync(journalDir)).toEqual([`${ID}.jsonl`]);

    const report = await coop([
      'report',
      ID,
      '--format',
      'markdown',
      '--journal-dir',
      journalDir,
      '--runbooks',
      RECORDS_LIBRARY,
    ]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('a phone, in the go-kit exported');
    expect(report.stdout).toContain('Alice Moreno');
    expect(report.stdout).toContain('The server room was locked');
    expect(report.stdout).toContain('Keep the Executive Director updated on the situation.');

    const listed = await coop(['incidents', '--json', '--journal-dir', journalDir, '--runbooks', RECORDS_LIBRARY]);
    expect(JSON.parse(listed.stdout).incidents.map((i: { id: string }) => i.id)).toEqual([ID]);
  });

  it('adds nothing when the same record is imported twice', async () => {
    const journalDir = tempDir();
    const file = recordFile();
    await importing([file], journalDir);
    const before = readFileSync(join(journalDir, `${ID}.jsonl`), 'utf8');
    const again = await importing([file], journalDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^already imported ${ID}: .*; nothing new\\n$`));
    expect(readdirSync(journalDir)).toEqual([`${ID}.jsonl`]);
    expect(readFileSync(join(journalDir, `${ID}.jsonl`), 'utf8')).toBe(before);
  });

  it('adds only the new events of a later download of the same walk', async () => {
    const journalDir = tempDir();
    const partly = { ...WALKED, inputs: WALKED.inputs.slice(0, 3) };
    await importing([recordFile(partly)], journalDir);
    const later = await importing([recordFile()], journalDir);
    expect(later.stdout).toContain('(incident, walked on a phone by Alice Moreno, ended), 6 new events of 10;');
    expect(readFileSync(join(journalDir, `${ID}.jsonl`), 'utf8')).toBe(journalText(library, WALKED));
  });

  it('names the file and line of a line that is not JSON, and imports nothing of it', async () => {
    const journalDir = tempDir();
    const file = recordFile(WALKED, replaceLine(3, '{"v":1,"seq":3, oops'));
    const result = await importing([file], journalDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^coop: .*k3f9\.jsonl:3: is not a coop journal line \(not JSON\);.*\n$/);
    expect(readdirSync(journalDir)).toEqual([]);
  });

  it('refuses a line that is not a journal event', async () => {
    const file = recordFile(WALKED, replaceLine(2, '{"v":1,"seq":2,"type":"teleported"}'));
    const result = await importing([file], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^coop: .*k3f9\.jsonl:2: is not a coop journal event/);
  });

  it('refuses a record with a line missing', async () => {
    const file = recordFile(WALKED, (t) =>
      lines(t)
        .filter((_, i) => i !== 3)
        .join('\n')
        .concat('\n'),
    );
    const result = await importing([file], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/k3f9\.jsonl:4: its seq jumps from 3 \(line 3\) to 5: an event is missing\n$/);
  });

  it('refuses a record whose line was edited after it was written: the hash chain shows it', async () => {
    const file = recordFile(WALKED, (t) => t.replace('Called the Director from the car park', 'Nobody was called'));
    const result = await importing([file], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/k3f9\.jsonl:7: was changed after it was written/);
  });

  it('refuses a record walked on another version of the runbook', async () => {
    const changed = tempDir('coop-import-lib-');
    cpSync(RECORDS_LIBRARY, changed, { recursive: true });
    appendFileSync(join(changed, 'power-loss.yaml'), '  - do: A step added since the kit was exported.\n');
    const result = await importing([recordFile()], tempDir(), changed);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^coop: .*k3f9\.jsonl:1: the record was walked on another version of .*power-loss\.yaml than this library's; import it with the library the kit was exported from \(--runbooks DIR\)\n$/,
    );
  });

  it('refuses a record of a runbook the library does not have', async () => {
    const file = recordFile(WALKED, (t) => t.replaceAll('"runbook":"power-loss"', '"runbook":"flood"'));
    const result = await importing([file], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /k3f9\.jsonl:1: the record is of runbook flood, which the library in .* does not have/,
    );
  });

  it('imports the good records of several and names the bad one', async () => {
    const journalDir = tempDir();
    const other = { ...WALKED, id: '20261201-101500-power-loss-m2x7' };
    const bad = recordFile(other, replaceLine(5, 'garbage'));
    const result = await importing([bad, recordFile()], journalDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(new RegExp(`^imported ${ID}: `));
    expect(result.stderr).toMatch(/m2x7\.jsonl:5: is not a coop journal line/);
    expect(readdirSync(journalDir)).toEqual([`${ID}.jsonl`]);
  });
});
