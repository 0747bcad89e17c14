// A resume writes on at the end of the journal it read: the bytes before stay
// as they are, a torn last line is cut, and a journal removed while the resume
// runs is written again whole, not just from the resume on.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { JournalWriter } from '../../src/journal/writer.js';
import { loadLibrary } from '../../src/library/load.js';
import { tempDir } from '../helpers/paths.js';
import { chained, journalEvents } from './journal-builder.js';
import { RECORDS_LIBRARY } from '../reports/records-fixtures.js';

const ID = '20261121-100000-power-loss-c0nt';
const events = journalEvents(loadLibrary(RECORDS_LIBRARY), {
  id: ID,
  runbook: 'power-loss',
  person: 'Pat Smith',
  startedAt: '2026-11-21T10:00:00Z',
  inputs: [
    [1, { type: 'done' }],
    [2, { type: 'done' }],
    [3, { type: 'answer', answer: 'No' }],
    [4, { type: 'resume', person: 'Lee Jones' }],
    [5, { type: 'done' }],
  ],
});
const [earlier, later] = [events.slice(0, 4), events.slice(4)];

function journalWith(text: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, `${ID}.jsonl`);
  writeFileSync(file, text);
  return { dir, file };
}

describe('JournalWriter.continueAt', () => {
  it('appends after the good bytes and cuts a torn last line', () => {
    const good = chained(earlier);
    const { dir, file } = journalWith(`${good}{"v":1,"seq":5,"ts":"2026-`);
    const read = readJournalFile(file, file, true);
    const writer = new JournalWriter(dir, ID);
    writer.continueAt(read);
    expect(writer.append(later).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(chained(events));
  });

  it('writes the whole journal again when the file is removed in the middle of a resume', () => {
    const { dir, file } = journalWith(chained(earlier));
    const read = readJournalFile(file, file, true);
    const writer = new JournalWriter(dir, ID);
    writer.continueAt(read);
    writer.append(later.slice(0, 1));
    rmSync(file);
    expect(writer.append(later.slice(1)).ok).toBe(true);
    expect(readJournalFile(file).events).toEqual(events);
  });
});
