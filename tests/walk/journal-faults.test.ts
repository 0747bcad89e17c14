// A person at a terminal whose journal folder cannot be written when the
// incident starts (here: a file stands where the folder should be, which
// stops root too). They are told at once, may carry on unrecorded, and what
// they confirm is kept in memory, written as soon as the folder can be
// written, or printed at the end. In-process, with the real file system.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/incident.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { tempDir } from '../helpers/paths.js';
import { WALK_LIBRARY } from './walk-fixtures.js';

const UNWRITABLE =
  /cannot write the incident journal .+: part of the path is a file, not a folder; choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR/;

/** A journal folder path with a file in the way, and how to take the file away. */
function blockedFolder() {
  const blocker = join(tempDir(), 'journals');
  writeFileSync(blocker, 'not a folder');
  return { journalDir: join(blocker, 'coop'), unblock: () => rmSync(blocker) };
}

describe('a journal folder that cannot be written, at a terminal', () => {
  it('says so before step 1; the person carries on; once it can be written, everything is', async () => {
    const t = fakeTerminal();
    const { journalDir, unblock } = blockedFolder();
    const done = run({ runbooks: WALK_LIBRARY, runbook: 'unnamed', journalDir, drill: false }, t.io);
    await t.typeWhen('Carry on without a saved record?', KEYS.enter);
    await t.typeWhen('Is it done?', KEYS.enter);
    await t.typeWhen('Carry on?');
    // Someone fixes the folder while the question is on the screen.
    unblock();
    await t.typeWhen('Carry on?', KEYS.enter);
    await t.typeWhen('Last thing.', KEYS.enter);
    expect(await done).toBe(0);
    expect(t.drawn.stderr).toMatch(UNWRITABLE);
    expect(t.screen()).toContain('The record is written again; nothing was lost.');
    const [file] = readdirSync(journalDir);
    expect(readJournalFile(join(journalDir, file!)).events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'answered',
      'step-done',
      'ended',
    ]);
  });

  it('when it never can be: the walk ends and every event is printed, none lost', async () => {
    const t = fakeTerminal();
    const { journalDir } = blockedFolder();
    const done = run({ runbooks: WALK_LIBRARY, runbook: 'unnamed', journalDir, drill: false }, t.io);
    await t.typeWhen('Carry on without a saved record?', KEYS.enter);
    await t.typeWhen('Is it done?', KEYS.enter);
    await t.typeWhen('Carry on?', KEYS.down, KEYS.enter);
    await t.typeWhen('That ends this runbook here', KEYS.down, KEYS.enter);
    expect(await done).toBe(0);
    expect(t.screen()).toContain('4 events are not in the record');
    const printed = t.drawn.stderr.split('keep them (paste them into that file once the disk works):\n')[1]!;
    const events = printed
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; seq: number });
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'started'],
      [2, 'step-done'],
      [3, 'answered'],
      [4, 'ended'],
    ]);
  });

  it('when the person would rather not go on unrecorded: exit 2, nothing started', async () => {
    const t = fakeTerminal();
    const { journalDir } = blockedFolder();
    const done = run({ runbooks: WALK_LIBRARY, runbook: 'unnamed', journalDir, drill: false }, t.io);
    await t.typeWhen('Carry on without a saved record?', 'n', KEYS.enter);
    await expect(done).rejects.toThrow('stopped before step 1: nothing was recorded');
  });
});
