import * as fs from 'node:fs';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JournalTakenOver,
  JournalUnwritable,
  JournalWriter,
  serializeEvent,
  type JournalFs,
} from '../../src/journal/writer.js';
import { parseJournal, readJournalFile } from '../../src/journal/reader.js';
import { start, advance } from '../../src/walk/engine.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { tempDir } from '../helpers/paths.js';
import { fixtureRunbook, T0 } from '../walk/walk-fixtures.js';
import { chained } from './journal-builder.js';

const ID = '20261123-091503-loop-abcd';

function someEvents(): JournalEvent[] {
  const runbook = fixtureRunbook('loop');
  const begun = start(
    runbook,
    { incident: ID, person: 'pat', drill: false, runbookHash: 'sha256:0', coopVersion: 't' },
    T0,
  );
  const done = advance(runbook, begun.state, { type: 'done' }, T0);
  const answered = advance(runbook, done.state, { type: 'answer', answer: 'No' }, T0);
  return [...begun.events, ...done.events, ...answered.events];
}

/** The real file system, with writeSync failing while `failing()` says so. */
function flakyFs(failing: () => NodeJS.ErrnoException | undefined, partial = 0): JournalFs {
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number, position: number) => {
      const error = failing();
      if (!error) return fs.writeSync(fd, buffer, offset, length, position);
      // Write a piece of the line first, as a full disk can.
      if (partial) fs.writeSync(fd, buffer, offset, Math.min(partial, length), position);
      throw error;
    }) as JournalFs['writeSync'],
  };
}

const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('JournalWriter', () => {
  it('creates the folder and writes one JSON line per event', () => {
    const dir = join(tempDir(), 'deep', 'journal');
    const writer = new JournalWriter(dir, ID);
    writer.create();
    const events = someEvents();
    expect(writer.append(events)).toMatchObject({ ok: true, pending: 0 });
    const text = readFileSync(writer.path, 'utf8');
    expect(text.split('\n')).toHaveLength(events.length + 1);
    expect(text.endsWith('\n')).toBe(true);
    expect(readJournalFile(writer.path).events).toEqual(events);
  });

  it('makes the journal with the umask, as any program does', () => {
    const writer = new JournalWriter(tempDir(), ID);
    writer.create();
    expect(fs.statSync(writer.path).mode & 0o777).toBe(0o666 & ~process.umask());
  });

  it("in a shared folder (setgid), the journal is the folder group's to read and write, whatever the umask", () => {
    const dir = tempDir();
    const group = process.getuid?.() === 0 ? 4242 : process.getgid!();
    fs.chownSync(dir, -1, group);
    chmodSync(dir, 0o2770);
    const writer = new JournalWriter(dir, ID);
    writer.create();
    const stat = fs.statSync(writer.path);
    expect(stat.gid).toBe(group);
    expect(stat.mode & 0o070).toBe(0o060);
  });

  it('never replaces an existing journal', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${ID}.jsonl`), 'keep me\n');
    expect(() => new JournalWriter(dir, ID).create()).toThrow(JournalUnwritable);
    expect(readFileSync(join(dir, `${ID}.jsonl`), 'utf8')).toBe('keep me\n');
  });

  it('says plainly when a file stands where the folder should be', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    expect(() => new JournalWriter(join(file, 'journal'), ID).create()).toThrow(
      /: part of the path is a file, not a folder$/,
    );
  });

  it('refuses an incident id that would leave the folder', () => {
    expect(() => new JournalWriter(tempDir(), '../escape')).toThrow(/is not an incident id/);
  });

  it('keeps events in memory while the disk is full, then writes them all once it is not', () => {
    let full = true;
    const writer = new JournalWriter(
      tempDir(),
      ID,
      flakyFs(() => (full ? enospc : undefined), 7),
    );
    writer.create();
    const events = someEvents();
    expect(writer.append(events.slice(0, 2))).toMatchObject({ ok: false, pending: 2, error: 'the disk is full' });
    expect(writer.pendingLines()).toHaveLength(2);
    full = false;
    expect(writer.append(events.slice(2))).toMatchObject({ ok: true, pending: 0 });
    // The piece of a line the full disk took is gone: the file is whole lines only.
    expect(readJournalFile(writer.path).events).toEqual(events);
    expect(readJournalFile(writer.path).torn).toBeUndefined();
  });

  it('writes the whole journal again when its folder is removed in the middle of an incident', () => {
    const dir = join(tempDir(), 'journal');
    const writer = new JournalWriter(dir, ID);
    writer.create();
    const events = someEvents();
    writer.append(events.slice(0, 2));
    rmSync(dir, { recursive: true });
    // Said once, so the person knows the record was put back.
    expect(writer.append(events.slice(2))).toMatchObject({ ok: true, pending: 0, rewritten: true });
    expect(readJournalFile(writer.path).events).toEqual(events);
    expect(writer.append([])).toMatchObject({ ok: true, pending: 0 });
  });

  it('cuts the piece of a line a full disk took at once, though no write ever succeeds again', () => {
    let writes = 0;
    const writer = new JournalWriter(
      tempDir(),
      ID,
      flakyFs(() => (writes++ > 0 ? enospc : undefined), 7),
    );
    writer.create();
    const events = someEvents();
    expect(writer.append(events.slice(0, 1)).ok).toBe(true);
    expect(writer.append(events.slice(1))).toMatchObject({ ok: false, error: 'the disk is full' });
    // Only the whole line that was written: no torn piece for a reader to set aside.
    expect(readJournalFile(writer.path)).toMatchObject({
      events: events.slice(0, 1),
      validBytes: fs.statSync(writer.path).size,
    });
    expect(writer.pendingLines().map((l) => JSON.parse(l).seq)).toEqual(events.slice(1).map((e) => e.seq));
  });

  it('continues a journal after its good bytes, cutting a torn last line', () => {
    const dir = tempDir();
    const events = someEvents();
    const path = join(dir, `${ID}.jsonl`);
    const good = events
      .slice(0, 2)
      .map((e) => `${JSON.stringify(e)}\n`)
      .join('');
    writeFileSync(path, `${good}{"v":1,"seq":3,"ts":"20`);
    const read = readJournalFile(path, path, true);
    expect(read.torn).toMatchObject({ line: 3 });
    const writer = new JournalWriter(dir, ID);
    writer.continueAt(read);
    writer.append(events.slice(2));
    expect(readJournalFile(path)).toMatchObject({ events, validBytes: fs.statSync(path).size });
  });

  it('a journal whose last event lost its line break is continued on a line of its own', () => {
    const dir = tempDir();
    const events = someEvents();
    const path = join(dir, `${ID}.jsonl`);
    writeFileSync(path, chained(events.slice(0, 2)).slice(0, -1));
    const writer = new JournalWriter(dir, ID);
    writer.continueAt(readJournalFile(path, path, true));
    writer.append(events.slice(2));
    expect(readJournalFile(path).events).toEqual(events);
  });

  it('never writes after, or cuts, what another writer appended: it stops and says so', () => {
    const writer = new JournalWriter(tempDir(), ID);
    writer.create();
    const events = someEvents();
    writer.append(events.slice(0, 1));
    fs.appendFileSync(writer.path, 'theirs\n');
    const before = readFileSync(writer.path, 'utf8');
    expect(() => writer.append(events.slice(1))).toThrow(JournalTakenOver);
    expect(() => writer.append([])).toThrow(/was changed by another writer since this coop last wrote to it/);
    expect(readFileSync(writer.path, 'utf8')).toBe(before);
  });

  it('writes nothing once its check says the journal is no longer its own', () => {
    const writer = new JournalWriter(tempDir(), ID);
    writer.create();
    writer.writeOnlyWhile(() => 'the lock was taken over');
    expect(() => writer.append(someEvents())).toThrow('the lock was taken over');
    expect(readFileSync(writer.path, 'utf8')).toBe('');
  });

  it('does not create the folder until asked', () => {
    const dir = join(tempDir(), 'later');
    new JournalWriter(dir, ID);
    expect(fs.existsSync(dir)).toBe(false);
    mkdirSync(dir);
  });
});

describe('a journal line', () => {
  it('escapes what a terminal would act on, and reads back as the same event', () => {
    const [started] = someEvents();
    const event = {
      ...started!,
      title: 'CSI \u009b2J, bidi \u202e, DEL \u007f, ESC \u001b, LS \u2028',
    } as JournalEvent;
    const line = serializeEvent(event);
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/);
    expect(line).toContain('CSI \\u009b2J, bidi \\u202e, DEL \\u007f, ESC \\u001b, LS \\u2028');
    expect(parseJournal(Buffer.from(line), 'j').events).toEqual([event]);
  });
});
