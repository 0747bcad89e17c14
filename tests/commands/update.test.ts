// Status updates end to end, in-process with a fake clock (issue 16): a
// scripted walk of power-loss drafts and records an update at its update
// step; the journal holds it, the report's timeline shows it, coop incidents
// says when it went out, and `coop update` records one more for the
// coordinator who is not walking.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';

const START = new Date('2026-11-23T09:15:00Z');
const LATER = new Date('2026-11-23T09:40:00Z');

interface Event {
  type: string;
  person: string;
  step: string;
  text?: string;
  to?: string[];
  nextDueAt?: string;
}

/** A power-loss walk that sends one update and pauses at "Is the power back on?" (answered No once). */
async function pausedAfterAnUpdate(extra: string[] = []) {
  const dir = tempDir('coop-updates-');
  const answers = join(dir, 'answers.yaml');
  writeFileSync(answers, 'director-in-office: "No"\npower-back: ["No"]\n');
  const journalDir = join(dir, 'journal');
  const walk = await coop(
    [
      'incident',
      'power-loss',
      '--answers',
      answers,
      '--yes',
      '--journal-dir',
      journalDir,
      '--as',
      'Pat Smith',
      '--json',
      ...extra,
    ],
    { now: START },
  );
  const events = walk.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Event & { incident: string });
  return { walk, journalDir, id: events[0]!.incident, events };
}

const journalOf = (journalDir: string, id: string): Event[] =>
  readFileSync(join(journalDir, `${id}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Event);

describe('a status update at the update step of a scripted walk', () => {
  let run: Awaited<ReturnType<typeof pausedAfterAnUpdate>>;
  beforeAll(async () => {
    run = await pausedAfterAnUpdate();
  });

  it('is drafted with the steps done and their times, the next update time, and the sender', () => {
    const updates = journalOf(run.journalDir, run.id).filter((e) => e.type === 'update');
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatchObject({ step: 'update-director', person: 'Pat Smith', to: ['Executive Director'] });
    expect(updates[0]!.text).toBe(
      'Losing power during office hours since 09:15. Done: Shut off all computer hardware, this computer included 09:15; Power down the servers in the server room 09:15. Now: finding out: Is the power back on? Next update 09:45. - Pat Smith',
    );
    expect(updates[0]!.nextDueAt).toBe('2026-11-23T09:45:00.000Z');
  });

  it('is recorded before the step is marked done, and shown in the walk', () => {
    const types = run.events.map((e) => e.type);
    expect(types.slice(4, 6)).toEqual(['update', 'step-done']);
    expect(run.walk.stderr).toContain('Update for Executive Director, drafted from the record (2 text messages');
  });

  it("shows in the after-action report's timeline", async () => {
    const report = await coop(['report', run.id, '--journal-dir', run.journalDir], { now: LATER });
    expectCleanRun(report);
    expect(report.stdout).toContain(
      '| Pat Smith | Update sent to Executive Director: "Losing power during office hours since 09:15.',
    );
  });

  it('coop incidents says when the next update is late, for the Director to see', async () => {
    // The walk's second update promised the next at 09:45: at 09:40 it is not late, at 10:30 it is.
    const table = async (now: Date) =>
      (await coop(['incidents', '--journal-dir', run.journalDir], { now, columns: 200, stdoutIsTTY: true })).stdout;
    expect(await table(LATER)).not.toContain('OVERDUE');
    expect(await table(new Date('2026-11-23T10:30:00Z'))).toMatch(/, next OVERDUE since 2026-11-23 09:45/);
  });

  it('follows --update-every for when the next one is due', async () => {
    const { journalDir, id } = await pausedAfterAnUpdate(['--update-every', '10m']);
    expect(journalOf(journalDir, id).find((e) => e.type === 'update')?.nextDueAt).toBe('2026-11-23T09:25:00.000Z');
  });
});

describe('coop update <incident-id>', () => {
  it('records one more update on an open incident, signed by the coordinator, and the incident stays paused', async () => {
    const { journalDir, id } = await pausedAfterAnUpdate();
    const r = await coop(['update', id, '--journal-dir', journalDir, '--as', 'Lee Jones', '--yes'], { now: LATER });
    expectCleanRun(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Update recorded in');
    expect(r.stdout).toContain('the next is due 2026-11-23 10:10');
    const last = journalOf(journalDir, id).at(-1)!;
    expect(last).toMatchObject({ type: 'update', person: 'Lee Jones', step: 'power-back', to: ['Executive Director'] });
    expect(last.text).toMatch(/Now: Is the power back on\? No, as of 09:15\. Next update 10:10\. - Lee Jones$/);

    const listed = JSON.parse(
      (await coop(['incidents', '--journal-dir', journalDir, '--json'], { now: LATER })).stdout,
    );
    expect(listed.incidents[0]).toMatchObject({ status: 'paused', lastUpdateAt: '2026-11-23T09:40:00.000Z' });
  });

  it('records the words of --text, to the people of --to', async () => {
    const { journalDir, id } = await pausedAfterAnUpdate();
    const args = [
      'update',
      id,
      '--journal-dir',
      journalDir,
      '--text',
      'Power still off.',
      '--to',
      'Director',
      '--to',
      'Board',
    ];
    expect((await coop(args, { now: LATER })).code).toBe(0);
    expect(journalOf(journalDir, id).at(-1)).toMatchObject({ text: 'Power still off.', to: ['Director', 'Board'] });
  });

  it('without a terminal, --yes or --text, prints the draft and records nothing', async () => {
    const { journalDir, id } = await pausedAfterAnUpdate();
    const before = journalOf(journalDir, id).length;
    const r = await coop(['update', id, '--journal-dir', journalDir, '--json'], { now: LATER });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ recorded: false, sms: { encoding: 'GSM-7', segments: 2 } });
    expectOneLineError(r, 'not recorded: add --yes');
    expect(journalOf(journalDir, id)).toHaveLength(before);
  });

  it('refuses an incident that has ended, in one line', async () => {
    const dir = tempDir('coop-updates-');
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, 'director-in-office: "Yes"\n');
    const walk = await coop(['incident', 'power-loss', '--answers', answers, '--yes', '--journal-dir', dir, '--json'], {
      now: START,
    });
    const id = (JSON.parse(walk.stdout.split('\n')[0]!) as { incident: string }).incident;
    const r = await coop(['update', id, '--journal-dir', dir, '--yes'], { now: LATER });
    expect(r.code).toBe(2);
    expectOneLineError(r, `incident ${id} ended on 2026-11-23 09:15; updates go out while an incident is open`);
  });

  it('refuses an --update-every that is not a duration, in one line', async () => {
    const r = await coop(['update', 'x', '--update-every', 'soon']);
    expect(r.code).toBe(2);
    expectOneLineError(r, '--update-every takes a number and a unit (s, m, h or d), like 30m, not "soon"');
  });
});
