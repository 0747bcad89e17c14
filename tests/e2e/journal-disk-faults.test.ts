// The journal's disk fails, through the built binary: a folder that cannot be
// written, a disk that is full at the start, fills up in the middle of the
// incident (and is freed, or not), or a folder removed in the middle. Each is
// said at once and plainly; the walk goes on; every event reaches the disk
// once it can, or is printed at the end: nothing a person confirmed is lost.
// The check steps of tests/fixtures/disk-faults break the disk on cue.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/journal/events.js';
import { parseJournal, readJournalFile } from '../../src/journal/reader.js';
import { FIXTURES, tempDir } from '../helpers/run-coop.js';
import { describeRun, expectCleanRun, expectOneLineError, timedCoop, type TimedResult } from './hostile-checks.js';
import { fillDisk, mountTinyDisk, type TinyDisk } from './tiny-disk.js';
import { unprivileged } from './unprivileged.js';

const LIBRARY = join(FIXTURES, 'disk-faults');
/** A walk that runs commands takes longer than a refusal; still well under this. */
const WALK_MS = 5000;

/** A scripted incident of a disk-faults runbook, every event also on stdout (--json). */
function incident(
  runbook: string,
  journalDir: string,
  answers: object,
  faultDir = journalDir,
  wrapper: string[] = [],
): TimedResult {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const file = join(dir, 'answers.json');
  writeFileSync(file, JSON.stringify(answers));
  return timedCoop(
    [
      '--runbooks',
      LIBRARY,
      'incident',
      runbook,
      '--yes',
      '--allow-commands',
      '--answers',
      file,
      '--json',
      '--journal-dir',
      journalDir,
    ],
    { cwd: dir, env: { COOP_FAULT_DIR: faultDir }, wrapper },
  );
}

/** The events of --json's lines, which are the journal's own lines, chain and all. */
const eventsOf = (jsonLines: string): JournalEvent[] => parseJournal(Buffer.from(jsonLines), 'stdout').events;
const journalIn = (dir: string) => join(dir, readdirSync(dir).find((n) => n.endsWith('.jsonl'))!);
const CANNOT_WRITE =
  /^coop: cannot write the incident journal .+\.jsonl: (.+); choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR$/;

/** A note long enough that writing it needs a new block of the tiny disk. */
const LONG_NOTE = 'Called the Director from the front desk. '.repeat(120);

describe.sequential('a journal folder that cannot be written, before step 1', () => {
  it('a file where the folder should be: exit 2, one line, nothing made', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const r = incident('vanish', join(file, 'journal'), {});
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expectOneLineError(r, CANNOT_WRITE);
    expect(r.stderr).toContain(': part of the path is a file, not a folder;');
    expect(r.stdout).toBe('');
  });

  it.skipIf(!existsSync('/proc/self'))(
    'a path no folder can be made in (/proc/...): exit 2 at once, not a hang',
    () => {
      const r = incident('vanish', '/proc/coop-no-such/journal', {});
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, CANNOT_WRITE);
    },
  );

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)(
    'a folder the user may not write (as nobody under root): exit 2, permission denied',
    () => {
      const readOnly = join(tempDir(), 'shared');
      mkdirSync(readOnly, { mode: 0o755 });
      chmodSync(join(readOnly, '..'), 0o755);
      const r = incident('vanish', readOnly, {}, readOnly, as.wrapper);
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, CANNOT_WRITE);
      expect(r.stderr).toContain(': permission denied;');
      expect(readdirSync(readOnly)).toEqual([]);
    },
  );
});

describe.sequential('a full disk (a tiny tmpfs)', () => {
  let disk: TinyDisk | undefined;
  afterEach(() => {
    if (disk && disk.skip === undefined) disk.unmount();
    disk = undefined;
  });
  /** A mounted tiny disk, or the test is skipped with the reason. */
  const tiny = (skip: (reason: string) => void): string => {
    disk = mountTinyDisk();
    if (disk.skip !== undefined) {
      console.warn(`skipped: ${disk.skip}`);
      skip(disk.skip);
      return '';
    }
    return disk.dir;
  };

  it('full at the start: exit 2, "the disk is full", no empty journal or lock left behind', (ctx) => {
    const dir = tiny(ctx.skip);
    fillDisk(dir);
    const r = incident('vanish', join(dir, 'journal'), {});
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expectOneLineError(r, CANNOT_WRITE);
    expect(r.stderr).toContain(': the disk is full;');
    expect(readdirSync(join(dir, 'journal'))).toEqual([]);
  });

  it('fills in the middle and is freed: said at once, the walk goes on, everything is written once it can be', (ctx) => {
    const dir = tiny(ctx.skip);
    const r = incident(
      'fill',
      join(dir, 'journal'),
      { during: { done: true, note: LONG_NOTE }, 'free-it': 'Yes' },
      dir,
    );
    expectCleanRun(r, WALK_MS);
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

  it('fills in the middle and stays full: the walk ends, the events the disk refused are printed, the file holds whole lines only', (ctx) => {
    const dir = tiny(ctx.skip);
    const r = incident('fill', join(dir, 'journal'), { during: { done: true, note: LONG_NOTE }, 'free-it': 'No' }, dir);
    expectCleanRun(r, WALK_MS);
    expect(r.code, describeRun(r)).toBe(0);
    const path = journalIn(join(dir, 'journal'));
    const [, printed = ''] = r.stderr.split(
      `coop: these events could not be written to ${path}; keep them (paste them into that file once the disk works):\n`,
    );
    const onDisk = readJournalFile(path);
    expect(onDisk.torn, 'a failed write left a piece of a line').toBeUndefined();
    // Nothing lost: the printed lines pasted after the file are the whole incident, in order, chain and all.
    expect(eventsOf(readFileSync(path, 'utf8') + printed)).toEqual(eventsOf(r.stdout));
    expect(printed.split('\n').filter(Boolean).length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(
      /\d+ events are not in the record in .+\.jsonl: the disk would not take them\. They are printed below/,
    );
    expect(r.stderr).not.toContain('This walk was not recorded');
  });
});

describe.sequential('a journal folder removed in the middle of an incident', () => {
  it('is said, and the journal is written again whole from memory', () => {
    const journal = join(tempDir(), 'journal');
    const r = incident('vanish', journal, {}, journal);
    expectCleanRun(r, WALK_MS);
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stderr).toContain(
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
