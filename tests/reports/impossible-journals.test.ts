// Journals that cannot be the record of what happened, each made from the
// fixture hand-over (11 lines: started, done, skipped, answered "No", note,
// resumed, done, answered "No", done, answered "Yes", ended) by one change a
// person or a tool could make. Every command that reads a journal says it is
// inconsistent, at the line; the report says so before anything else.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as incidents } from '../../src/commands/incidents.js';
import { run as report } from '../../src/commands/report.js';
import { run as status } from '../../src/commands/status.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY, recordsIO } from './records-fixtures.js';
import { readFileSync } from 'node:fs';

const ID = IDS.handedOver;
const lines = readFileSync(join(JOURNAL_FOLDER, `${ID}.jsonl`), 'utf8')
  .split('\n')
  .slice(0, -1);
const edit = (n: number, from: string | RegExp, to: string) =>
  lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));

/** A journal folder holding the changed journal. */
function folderWith(changed: string[]): string {
  const dir = copyOf(JOURNAL_FOLDER, []);
  writeFileSync(join(dir, `${ID}.jsonl`), `${changed.join('\n')}\n`);
  return dir;
}

async function reportOf(dir: string) {
  const io = recordsIO();
  const code = await report({ incident: ID, runbooks: RECORDS_LIBRARY, journalDir: dir, format: 'markdown' }, io);
  return { code, out: io.out() };
}

const CASES: Array<[name: string, changed: string[], line: number, problem: string]> = [
  [
    'a second "started"',
    [...lines.slice(0, 3), lines[0]!, ...lines.slice(3)],
    4,
    'a second "started" event; the incident began at line 1',
  ],
  [
    '"ended" in the middle',
    [...lines.slice(0, 4), lines[10]!, ...lines.slice(4, 10)],
    6,
    'comes after the incident ended (line 5): nothing can follow the end',
  ],
  [
    'an event after "ended"',
    [...lines, lines[4]!.replace('"seq":5', '"seq":12')],
    12,
    'comes after the incident ended (line 11): nothing can follow the end',
  ],
  ['a duplicated step', [...lines.slice(0, 2), lines[1]!, ...lines.slice(2)], 3, "its seq 2 repeats line 2's"],
  [
    'two lines swapped',
    [...lines.slice(0, 2), lines[3]!, lines[2]!, ...lines.slice(4)],
    4,
    'its seq 3 comes after seq 4 (line 3): the lines are out of order',
  ],
  ['a line removed', [...lines.slice(0, 4), ...lines.slice(5)], 5, 'its seq jumps from 4 (line 4) to 6'],
  [
    'a time that is not a time',
    edit(3, /"ts":"[^"]+"/, '"ts":"garbage"'),
    3,
    'its time "garbage" is not a time (like 2026-11-23T09:15:03.120Z)',
  ],
  [
    'an answer that is not one of the choices',
    edit(4, '"answer":"No"', '"answer":"Maybe"'),
    4,
    'its answer "Maybe" is not one of the choices it offered (Yes, No)',
  ],
  [
    'a step the runbook does not have',
    edit(7, '"step":"update-director"', '"step":"call-the-mayor"'),
    7,
    'names step call-the-mayor, which the runbook power-loss does not have',
  ],
  [
    'the drill flag flipped',
    edit(1, '"drill":false', '"drill":true'),
    6,
    'says drill: false, but the incident began (line 1) as a drill: a flag was changed',
  ],
  [
    'a line edited by hand (found by the hash chain)',
    edit(3, 'The server room is locked', 'The servers were shut down'),
    3,
    'was changed after it was written: line 4 carries the hash of another line 3',
  ],
];

describe('impossible journals are reported as inconsistent, at their line', () => {
  it.each(CASES)('%s', async (_name, changed, line, problem) => {
    const { code, out } = await reportOf(folderWith(changed));
    expect(code).toBe(0);
    const top = out.split('\n')[0]!;
    expect(top).toMatch(
      /^> \*\*THIS RECORD IS INCONSISTENT: the journal .* has \d+ problems?, so what follows may not be what happened\.\*\*$/,
    );
    expect(out).toContain(`> - Line ${line}: ${problem.replace(/"/g, '"')}`);
  });

  it('the journal as coop wrote it is consistent', async () => {
    expect((await reportOf(JOURNAL_FOLDER)).out).not.toContain('INCONSISTENT');
  });

  it('coop incidents marks it and says where on stderr', async () => {
    const dir = folderWith(CASES[6]![1]);
    const io = recordsIO();
    await incidents({ runbooks: RECORDS_LIBRARY, journalDir: dir }, io);
    expect(io.out()).toContain('ended, INCONSISTENT');
    expect(io.err()).toBe(
      `coop: warning: ${join(dir, `${ID}.jsonl`)}: the journal is inconsistent, 2 problems (first: line 3: its time "garbage" is not a time (like 2026-11-23T09:15:03.120Z)); coop report ${ID} --runbooks ${relative(process.cwd(), RECORDS_LIBRARY)} --journal-dir ${dir} lists them\n`,
    );
  });

  it('coop status does not count a drill whose flag was flipped as an exercise', async () => {
    const dir = folderWith(edit(1, '"drill":false', '"drill":true'));
    const io = recordsIO();
    await status({ runbooks: RECORDS_LIBRARY, journalDir: dir, json: true }, io);
    const doc = JSON.parse(io.out()) as { runbooks: Array<{ id: string; lastExercise?: unknown }> };
    expect(doc.runbooks.find((r) => r.id === 'power-loss')!.lastExercise).toBeUndefined();
    expect(io.err()).toContain('the journal is inconsistent');
  });
});
