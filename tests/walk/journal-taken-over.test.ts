// A person at a terminal whose journal stops being theirs while a question is
// on the screen: another writer appends to it, or takes its lock over (this
// coop was frozen, a laptop asleep). At the next answer coop checks, writes
// nothing, says why, and prints what it could not record. In-process.
import { appendFileSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/incident.js';
import { acquireLock } from '../../src/journal/lock.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { tempDir } from '../helpers/paths.js';
import { WALK_LIBRARY } from './walk-fixtures.js';

async function atSecondQuestion() {
  const t = fakeTerminal();
  const journalDir = join(tempDir(), 'journal');
  const done = run({ runbooks: WALK_LIBRARY, runbook: 'unnamed', journalDir, drill: false }, t.io);
  await t.typeWhen('Is it done?', KEYS.enter);
  await t.typeWhen('Carry on?');
  const name = readdirSync(journalDir).find((n) => n.endsWith('.jsonl'))!;
  return { t, done, journalDir, id: name.replace(/\.jsonl$/, ''), file: join(journalDir, name) };
}

describe('a journal that is no longer this coop to write', () => {
  it('another writer appended to it: coop stops, writes nothing, and prints the answer it could not record', async () => {
    const { t, done, file, id } = await atSecondQuestion();
    appendFileSync(file, '{"v":1,"seq":3,"note":"someone else"}\n');
    const before = readFileSync(file, 'utf8');
    await t.typeWhen('Carry on?', KEYS.enter);
    expect(await done).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
    const [message, heading, line] = t.drawn.stderr
      .split('\n')
      .filter((l) => l.startsWith('coop: ') || l.startsWith('{'));
    expect(message).toMatch(
      new RegExp(
        `^coop: the journal .*${id}\\.jsonl was changed by another writer since this coop last wrote to it \\(it holds \\d+ bytes, this coop left \\d+\\); to keep the record whole this coop stops and writes nothing more \\(what is recorded: coop report ${id} --runbooks \\S+ --journal-dir \\S+\\)$`,
      ),
    );
    expect(heading).toMatch(/^coop: these events are not in the record .*; keep them:$/);
    expect(JSON.parse(line!)).toMatchObject({ type: 'answered', answer: 'Yes' });
  });

  it('its lock was taken over: coop stops and writes nothing', async () => {
    const { t, done, journalDir, file, id } = await atSecondQuestion();
    // Judged stale from elsewhere and taken over, the way a frozen coop's lock is.
    renameSync(join(journalDir, `${id}.lock`), join(journalDir, `${id}.lock.gone`));
    const other = await acquireLock(journalDir, id, { person: 'Lee Jones', now: new Date(), host: 'desk-2' });
    const before = readFileSync(file, 'utf8');
    await t.typeWhen('Carry on?', KEYS.enter);
    expect(await done).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(t.drawn.stderr).toMatch(
      new RegExp(
        `coop: the lock of incident ${id} is no longer this coop's: Lee Jones on desk-2 \\(process ${process.pid}\\) took it over at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d; to keep the record whole`,
      ),
    );
    // Its own lock, not the new holder's: that stays.
    expect(other.lost()).toBeUndefined();
    other.release();
  });
});
