// `coop resume` for a person at a terminal: with several incidents open it
// asks which one, then walks on with the same prompts as `coop incident`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/resume.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY } from '../reports/records-fixtures.js';

const { enter: ENTER, down: DOWN } = KEYS;

describe('coop resume at a terminal', () => {
  it('with several open, asks which one; the chosen one carries on with the card of its next step', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [IDS.pausedWithCheck, IDS.hostile]);
    const t = fakeTerminal({ now: new Date('2026-11-25T12:00:00Z'), user: 'lee' });
    const done = run({ runbooks: RECORDS_LIBRARY, journalDir: dir }, t.io);
    // The most recently active first: the fire incident, then mail; choose mail.
    await t.typeWhen('Which incident do you carry on?', DOWN);
    // Where each stands in the words of its runbook, as coop incident offers them.
    await t.typeWhen('❯ Mail is down: paused at step 3: Is mail working again? · Sam Lee', ENTER);
    // The card of the step it stopped at, then the prompt: choose Pause.
    await t.typeWhen('Answer:', DOWN, DOWN, DOWN, ENTER);
    expect(await done).toBe(130);
    expect(t.screen()).toContain('Resumed by lee, taking over from Sam Lee.');
    expect(t.screen()).toContain('Is mail working again?');
    const events = readJournalFile(join(dir, `${IDS.pausedWithCheck}.jsonl`)).events;
    expect(events.slice(-2).map((e) => [e.type, e.person])).toEqual([
      ['resumed', 'lee'],
      ['paused', 'lee'],
    ]);
    expect(readJournalFile(join(dir, `${IDS.hostile}.jsonl`)).events.some((e) => e.type === 'resumed')).toBe(false);
  });
});
