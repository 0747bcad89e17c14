import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJournal, readJournalFile } from '../../src/journal/reader.js';
import { checkJournal } from '../../src/journal/consistency.js';
import { REPO_ROOT, tempDir } from '../helpers/paths.js';

const started = {
  v: 1,
  seq: 1,
  ts: '2026-11-23T09:15:03.000Z',
  incident: 'i-1',
  runbook: 'loop',
  step: 'report',
  person: 'pat',
  type: 'started',
  title: 'Loop',
  drill: false,
  runbookHash: 'sha256:0',
  coopVersion: 't',
};
const done = {
  v: 1,
  seq: 2,
  ts: '2026-11-23T09:16:03.000Z',
  incident: 'i-1',
  runbook: 'loop',
  step: 'report',
  person: 'pat',
  type: 'step-done',
  next: 'back',
};
const line = (o: object) => `${JSON.stringify(o)}\n`;
const parse = (text: string) => parseJournal(Buffer.from(text), 'j.jsonl');

describe('reading a journal', () => {
  it('reads every event of a whole journal', () => {
    const text = line(started) + line(done);
    expect(parse(text)).toMatchObject({ events: [started, done], validBytes: Buffer.byteLength(text) });
  });

  it('sets a last line torn by a crash aside and keeps everything before it', () => {
    const good = line(started) + line(done);
    const result = parse(`${good}{"v":1,"seq":3,"ts":"2026-11-`);
    expect(result.events).toEqual([started, done]);
    expect(result.torn).toEqual({ line: 3, text: '{"v":1,"seq":3,"ts":"2026-11-' });
    expect(result.validBytes).toBe(Buffer.byteLength(good));
  });

  it('treats a tail of NUL bytes (a power cut on some file systems) as torn', () => {
    expect(parse(`${line(started)}\0\0\0\0`).torn).toMatchObject({ line: 2 });
  });

  it('accepts a whole last event that lost only its line break', () => {
    expect(parse(line(started) + JSON.stringify(done)).events).toEqual([started, done]);
  });

  it('a broken line in the middle is an error naming the file and line', () => {
    expect(() => parse(`${line(started)}{"v":1,"se\n${line(done)}`)).toThrow(
      /^j\.jsonl:2: is not a coop journal line \(not JSON\); only a last line/,
    );
  });

  it('a file that is not a journal is an error, not a torn line', () => {
    expect(() => parse('hello world\n')).toThrow(/^j\.jsonl:1: is not a coop journal line/);
  });

  it('names the field of an event that is not an event', () => {
    expect(() => parse(line(started) + line({ ...done, next: 5 }))).toThrow(
      /^j\.jsonl:2: is not a coop journal event \(next: /,
    );
  });

  it('says what a line that is no event has, not every type coop knows', () => {
    expect(() => parse(line({ a: 1 }))).toThrow(/^j\.jsonl:1: is not a coop journal event: it has no type$/);
    expect(() => parse(line({ type: 'hello' }))).toThrow(
      /^j\.jsonl:1: is not a coop journal event: it has type "hello", which coop never writes$/,
    );
    const { seq: _seq, ...noSeq } = started;
    expect(() => parse(line(noSeq))).toThrow(/^j\.jsonl:1: is not a coop journal event \(seq: missing\)$/);
  });

  it('says a journal from a newer coop needs a newer coop', () => {
    expect(() => parse(line({ ...started, v: 3 }))).toThrow(/written by a newer coop \(journal version 3\)/);
  });

  it('refuses a journal that does not begin with started, or mixes incidents', () => {
    expect(() => parse(line(done))).toThrow(/j\.jsonl:1: does not begin with a "started" event/);
    expect(() => parse(line(started) + line({ ...done, incident: 'i-2' }))).toThrow(
      /j\.jsonl:2: belongs to incident i-2, not i-1/,
    );
  });

  it('an empty journal has no events', () => {
    expect(parse('')).toMatchObject({ events: [], validBytes: 0 });
  });

  it('a file that cannot be read is one line naming it', () => {
    expect(() => readJournalFile(join(tempDir(), 'missing.jsonl'), 'missing.jsonl')).toThrow(
      /^missing\.jsonl: cannot be read: the folder does not exist/,
    );
  });

  it('a folder named like a journal is one line naming it', () => {
    expect(() => readJournalFile(tempDir(), 'x.jsonl')).toThrow(/^x\.jsonl: is a folder, not a journal$/);
  });

  it('reads from disk', () => {
    const path = join(tempDir(), 'j.jsonl');
    writeFileSync(path, line(started));
    expect(readJournalFile(path).events).toEqual([started]);
  });
});

describe('docs/journal.md', () => {
  it('its example is a journal coop reads, its hash chain whole', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'journal.md'), 'utf8');
    const example = /## Example\n\n```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const read = parseJournal(Buffer.from(example), 'docs/journal.md');
    expect(checkJournal(read)).toMatchObject({ inconsistencies: [], chain: { kind: 'whole' } });
    expect(read.events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'step-skipped',
      'answered',
      'note',
      'paused',
    ]);
  });
});
