// The journal's disk fails under `coop incident`, in process: a folder that
// cannot be written, a disk that is full at the start, fills up in the middle
// of the incident (and is freed, or not), or a folder removed in the middle.
// Each is said at once and plainly; the walk goes on; every event reaches the
// disk once it can, or is printed at the end: nothing a person confirmed is
// lost. The check steps of tests/fixtures/disk-faults break the disk on cue.
// tests/e2e/journal-disk-faults.test.ts: a folder the user may not write, a
// path no folder can be made in, and a disk that stays full, through the
// built binary.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';
import { fillDisk, tinyDiskPerTest } from '../helpers/tiny-disk.js';
import { CANNOT_WRITE, diskFaultIncident, eventsOf, journalIn, LONG_NOTE } from './disk-faults.js';

const incident = diskFaultIncident();

describe('a journal folder that cannot be written, before step 1', () => {
  it('a file where the folder should be: exit 2, one line, nothing made', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const r = await incident('vanish', join(file, 'journal'), {});
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expectOneLineError(r, CANNOT_WRITE);
    expect(r.stderr).toContain(': part of the path is a file, not a folder;');
    expect(r.stdout).toBe('');
  });
});

describe('a full disk (a tiny tmpfs)', () => {
  const tiny = tinyDiskPerTest();

  it('full at the start: exit 2, "the disk is full", no empty journal or lock left behind', async (ctx) => {
    const dir = tiny(ctx.skip);
    fillDisk(dir);
    const r = await incident('vanish', join(dir, 'journal'), {});
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expectOneLineError(r, CANNOT_WRITE);
    expect(r.stderr).toContain(': the disk is full;');
    expect(readdirSync(join(dir, 'journal'))).toEqual([]);
  });

  it('fills in the middle and is freed: said at once, the walk goes on, everything is written once it can be', async (ctx) => {
    const dir = tiny(ctx.skip);
    const r = await incident(
      'fill',
      join(dir, 'journal'),
      { during: { done: true, note: LONG_NOTE }, 'free-it': 'Yes' },
      dir,
    );
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(0);
    expect(
      r.stderr.match(/!! The record cannot be written \(the disk is full\)\. \d+ events? (is|are) kept in memory/g),
      describeRun(r),
    ).toHaveLength(1);
    expect(r.stderr).toContain('The record is written again; nothing was lost.');
    expect(r.stderr).toContain('Runbook complete');
    const onDisk = readJournalFile(journalIn(join(dir, 'journal')));
    expect(onDisk.torn).toBeUndefined();
    expect(onDisk.events).toEqual(eventsOf(r.stdout));
    expect(onDisk.events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'check-started',
      'check-result',
      'note',
      'step-done',
      'answered',
      'check-started',
      'check-result',
      'step-done',
      'ended',
    ]);
  });
});

describe('a journal folder removed in the middle of an incident', () => {
  it('is said, and the journal is written again whole from memory', async () => {
    const journal = join(tempDir(), 'journal');
    const r = await incident('vanish', journal, {}, journal);
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(0);
    // Broken between words within the terminal's width: read as one sentence.
    expect(r.stderr.replace(/\n/g, ' ')).toContain(
      "!! The record's file was gone (was its folder removed?). It has been written again from memory; nothing was lost.",
    );
    const onDisk = readJournalFile(journalIn(journal));
    expect(onDisk.events).toEqual(eventsOf(r.stdout));
    expect(onDisk.events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'check-started',
      'check-result',
      'step-done',
      'ended',
    ]);
    // The lock went with the folder; nothing is left that says the incident is still open.
    expect(readdirSync(journal).filter((n) => !n.endsWith('.jsonl'))).toEqual([]);
  });
});
