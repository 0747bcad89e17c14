// The journal's disk fails, through the built binary: what only a process
// shows (a folder the user may not write, for which coop runs as another
// user; a path where Node's own mkdir would spin for ever, which a process
// can be timed out of and a test worker cannot), and a disk that fills in the
// middle of an incident and stays full, whose unwritten events the process
// prints as it ends. The other disk faults run in process
// (tests/commands/incident-disk-faults.test.ts).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { CANNOT_WRITE, diskFaultIncident, eventsOf, journalIn, LONG_NOTE } from '../commands/disk-faults.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';
import { tinyDiskPerTest } from '../helpers/tiny-disk.js';
import { unprivileged } from './unprivileged.js';

const incident = diskFaultIncident(async (args, options) => runCoop(args, options));

describe('a journal folder that cannot be written, before step 1', () => {
  it.skipIf(!existsSync('/proc/self'))(
    'a path no folder can be made in (/proc/...): exit 2 at once, not a hang',
    async () => {
      const r = await incident('vanish', '/proc/coop-no-such/journal', {});
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, CANNOT_WRITE);
    },
  );

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)(
    'a folder the user may not write (as nobody under root): exit 2, permission denied',
    async () => {
      const readOnly = join(tempDir(), 'shared');
      mkdirSync(readOnly, { mode: 0o755 });
      chmodSync(join(readOnly, '..'), 0o755);
      const asNobody = diskFaultIncident(async (args, options) => runCoop(args, { ...options, wrapper: as.wrapper }));
      const r = await asNobody('vanish', readOnly, {}, readOnly);
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, CANNOT_WRITE);
      expect(r.stderr).toContain(': permission denied;');
      expect(readdirSync(readOnly)).toEqual([]);
    },
  );
});

describe('a full disk (a tiny tmpfs)', () => {
  const tiny = tinyDiskPerTest();

  it('fills in the middle and stays full: the walk ends, the events the disk refused are printed, the file holds whole lines only', async (ctx) => {
    const dir = tiny(ctx.skip);
    const r = await incident(
      'fill',
      join(dir, 'journal'),
      { during: { done: true, note: LONG_NOTE }, 'free-it': 'No' },
      dir,
    );
    expectCleanRun(r);
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
    // Broken at spaces within the terminal's width, the path kept whole: read as one sentence.
    expect(r.stderr.replace(/\n/g, ' ')).toMatch(
      /\d+ events are not in the record in \S+\.jsonl: the disk would not take them\. They are printed below/,
    );
    expect(r.stderr).not.toContain('This walk was not recorded');
  });
});
