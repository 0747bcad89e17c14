// `coop resume` for a person at a terminal: with several incidents open it
// asks which one, then walks on with the same prompts as `coop incident`.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/resume.js';
import type { IO } from '../../src/io.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { tempDir } from '../helpers/run-coop.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY } from './records-fixtures.js';

const ENTER = '\r';
const DOWN = '\u001b[B';

/** A terminal in memory: what coop draws, and keys typed once a prompt is on it (inquirer drops earlier keys). */
function terminal() {
  const stdin = new PassThrough();
  const screen = { text: '' };
  const stdout = Object.assign(new PassThrough(), { isTTY: true, end() {} });
  stdout.on('data', (d: Buffer) => (screen.text += d.toString()));
  const io: IO = {
    stdin,
    stdout,
    stderr: { write: (s: string) => (screen.text += s) },
    color: false,
    colorErr: false,
    interactive: true,
    stdoutIsTTY: true,
    stderrIsTTY: true,
    env: { HOME: tempDir(), COOP_NO_CACHE: '1' },
    cwd: tempDir(),
    now: () => new Date('2026-11-25T12:00:00Z'),
    columns: 100,
    userName: () => 'lee',
  };
  const when = async (marker: string, ...keys: string[]) => {
    for (const end = Date.now() + 5_000; !screen.text.includes(marker); await new Promise((r) => setTimeout(r, 10))) {
      if (Date.now() > end) throw new Error(`never saw "${marker}" on:\n${screen.text}`);
    }
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) stdin.write(key);
  };
  return { io, screen, when };
}

describe('coop resume at a terminal', () => {
  it('with several open, asks which one; the chosen one carries on with the card of its next step', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [IDS.pausedWithCheck, IDS.hostile]);
    const t = terminal();
    const done = run({ runbooks: RECORDS_LIBRARY, journalDir: dir }, t.io);
    // The most recently active first: the fire incident, then mail; choose mail.
    await t.when('Which incident do you carry on?', DOWN);
    await t.when('❯ Mail is down: paused at mail-back, Sam Lee', ENTER);
    // The card of the step it stopped at, then the prompt: choose Pause.
    await t.when('Answer:', DOWN, DOWN, DOWN, ENTER);
    expect(await done).toBe(130);
    expect(t.screen.text).toContain('Resumed by lee, taking over from Sam Lee.');
    expect(t.screen.text).toContain('Is mail working again?');
    const events = readJournalFile(join(dir, `${IDS.pausedWithCheck}.jsonl`)).events;
    expect(events.slice(-2).map((e) => [e.type, e.person])).toEqual([
      ['resumed', 'lee'],
      ['paused', 'lee'],
    ]);
    expect(readJournalFile(join(dir, `${IDS.hostile}.jsonl`)).events.some((e) => e.type === 'resumed')).toBe(false);
  });
});
