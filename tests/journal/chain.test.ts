// The hash chain as docs/journal.md defines it, checked with nothing but a
// SHA-256 of the bytes (what the go-kit will do with WebCrypto), and how much
// of a journal it covers when a resume carries on a version 1 journal.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalChain } from '../../src/journal/chain.js';
import { checkJournal } from '../../src/journal/consistency.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { parseJournal } from '../../src/journal/reader.js';
import { JournalWriter } from '../../src/journal/writer.js';
import { tempDir } from '../helpers/paths.js';
import { IDS, V1_FOLDER } from '../reports/records-fixtures.js';

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const note = (seq: number, text: string): JournalEvent => ({
  v: 2,
  seq,
  ts: '2026-11-23T09:15:03.000Z',
  incident: 'i-1',
  runbook: 'r',
  step: 's',
  person: 'Zoë',
  type: 'note',
  text,
});

describe('the hash chain', () => {
  it('is SHA-256 of the previous line as stored, UTF-8, without its line feed; the first line has none', () => {
    const chain = new JournalChain();
    const first = chain.line(note(1, 'café ☕'));
    const second = chain.line(note(2, 'next'));
    expect(JSON.parse(first).prev).toBeUndefined();
    expect(JSON.parse(second).prev).toBe(sha256(Buffer.from(first.slice(0, -1), 'utf8')));
    expect(second.startsWith('{"v":2,"prev":"sha256:')).toBe(true);
  });

  it('a resume of a version 1 journal chains from its last line: the chain covers the journal from there', () => {
    const dir = tempDir();
    const id = IDS.handedOver;
    const file = join(dir, `${id}.jsonl`);
    const old = readFileSync(join(V1_FOLDER, `${id}.jsonl`));
    writeFileSync(file, old);
    const read = parseJournal(old, file);
    const writer = new JournalWriter(dir, id);
    writer.continueAt(read);
    const last = read.events.at(-1)!;
    writer.append([{ ...note(last.seq + 1, 'after the end'), incident: id, runbook: 'power-loss' }]);
    const after = parseJournal(readFileSync(file), file);
    const check = checkJournal(after);
    expect(check.chain).toEqual({ kind: 'from', line: 12 });
    expect(check.inconsistencies.map((p) => p.problem)).toEqual([
      'comes after the incident ended (line 11): nothing can follow the end',
    ]);
    expect(after.prevs.at(-1)).toBe(sha256(Buffer.from(read.text.at(-1)!, 'utf8')));
  });
});
