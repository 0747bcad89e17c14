// coop calendar: an iCalendar feed that ical.js parses, with every review due,
// the next exercise of each runbook (by coop.yaml's cadence), contacts to
// verify and open follow-ups; UIDs that stay when dates move.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { coopIn, shippedCopy } from '../edit/library-copy.js';
import { FIXTURES } from '../helpers/paths.js';

interface Entry {
  uid: string;
  day: string;
  summary: string;
  description: string;
  category: string;
}

function eventsOf(ics: string): Entry[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      day: event.startDate.toString(),
      summary: event.summary,
      description: event.description,
      category: String(vevent.getFirstPropertyValue('categories')),
    };
  });
}

async function calendar(cwd: string): Promise<Entry[]> {
  const run = await coopIn(cwd, 'calendar');
  expect(run.code).toBe(0);
  return eventsOf(run.out);
}

const SHIPPED_RUNBOOKS = [
  'database-down',
  'fire',
  'outlook-offline',
  'power-loss',
  'servers-offline',
  'severe-weather',
];

describe('coop calendar', () => {
  it('lists every review due, dating those overdue today, each with its own UID', async () => {
    const events = await calendar(shippedCopy());
    const reviews = events.filter((e) => e.category === 'review');
    expect(reviews.map((e) => e.description.match(/coop review (\S+)$/)?.[1])).toEqual(SHIPPED_RUNBOOKS);
    expect(new Set(reviews.map((e) => e.day))).toEqual(new Set(['2026-11-23']));
    expect(reviews[3]).toMatchObject({
      summary: 'Review due: Losing power during office hours',
      description:
        'Last reviewed 2016-06-12; reviewed every 12 months, due 2017-06-12. Review it and sign it off: coop review power-loss',
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('lists the next exercise of every runbook and every contact to verify', async () => {
    const events = await calendar(shippedCopy());
    expect(events.filter((e) => e.category === 'exercise')).toHaveLength(6);
    expect(events.filter((e) => e.category === 'contact').map((e) => e.summary)).toEqual([
      'Verify contact details: Executive Director',
      'Verify contact details: CHOOSE Networks Support Desk',
      'Verify contact details: IT Manager at KLETC',
    ]);
  });

  it('moves a review to its next date after a sign-off, under the same UID', async () => {
    const cwd = shippedCopy();
    const before = (await calendar(cwd)).find((e) => e.summary === 'Review due: Losing power during office hours')!;
    await coopIn(cwd, 'review', 'power-loss', '--as', 'Pat Lee', '--yes');
    const after = (await calendar(cwd)).find((e) => e.uid === before.uid)!;
    expect(after.day).toBe('2027-11-23');
  });

  it('dates the next exercise by exercise_every_months of coop.yaml, from the last drill that ended', async () => {
    const cwd = shippedCopy();
    writeFileSync(join(cwd, 'runbooks', 'coop.yaml'), 'exercise_every_months: 6\n');
    writeFileSync(join(cwd, 'answers.yaml'), 'director-in-office: "Yes"\n');
    expect((await coopIn(cwd, 'drill', 'power-loss', '--yes', '--answers', 'answers.yaml')).code).toBe(0);
    const exercise = (await calendar(cwd)).find((e) => e.summary === 'Exercise due: Losing power during office hours');
    expect(exercise).toMatchObject({ day: '2027-05-23' });
    expect(exercise!.description).toMatch(/^Last exercised 2026-11-23; exercised every 6 months/);
  });

  it('dates the next exercise from a tabletop exercise that ended, as coop status counts it', async () => {
    const cwd = shippedCopy();
    mkdirSync(join(cwd, 'journal'));
    const record = '20261201-090054-power-loss-tabletop-ivem.jsonl';
    cpSync(join(FIXTURES, 'exercises', 'journal', record), join(cwd, 'journal', record));
    const exercise = (await calendar(cwd)).find((e) => e.summary === 'Exercise due: Losing power during office hours');
    expect(exercise).toMatchObject({ day: '2027-12-01' });
    expect(exercise!.description).toMatch(/^Last exercised 2026-12-01; exercised every 12 months/);
  });

  it('lists what a review flagged as open follow-ups, on the day it was flagged', async () => {
    const cwd = shippedCopy();
    writeFileSync(join(cwd, 'review.yaml'), 'steps:\n  update-director:\n    change: Name the number to call.\n');
    await coopIn(cwd, 'review', 'power-loss', '--answers', 'review.yaml', '--as', 'Pat Lee', '--yes');
    expect((await calendar(cwd)).filter((e) => e.category === 'follow-up')).toEqual([
      expect.objectContaining({ day: '2026-11-23', summary: 'Follow up (power-loss): Name the number to call.' }),
    ]);
  });

  it("lists the improvement plan's open corrective actions on their due day, and not the closed ones", async () => {
    const cwd = shippedCopy();
    writeFileSync(
      join(cwd, 'runbooks', 'improvements.yaml'),
      [
        'improvements:',
        '  - id: name-an-alternate',
        '    exercise: power-loss-tabletop',
        '    action: Name who calls the Director when she is away.',
        '    owner: executive-director',
        '    due: 2027-03-31',
        '    runbook: power-loss',
        '  - id: done-already',
        '    action: Print the runbook.',
        '    owner: executive-director',
        '    due: 2026-12-01',
        '    runbook: power-loss',
        '    closed: { on: 2026-11-20, change: printed }',
        '',
      ].join('\n'),
    );
    const actions = (await calendar(cwd)).filter((e) => e.category === 'corrective-action');
    expect(actions.map((e) => [e.day, e.summary])).toEqual([
      ['2027-03-31', 'Corrective action due (power-loss): Name who calls the Director when she is away.'],
    ]);
    expect(actions[0]!.description).toContain(
      'name-an-alternate, from exercise power-loss-tabletop; owner Executive Director',
    );
  });

  it('writes the feed to a file with --out', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'calendar', '--out', 'plan.ics');
    expect(run.err).toBe('coop: wrote the calendar (15 dates) to plan.ics\n');
    expect(eventsOf(readFileSync(join(cwd, 'plan.ics'), 'utf8'))).toHaveLength(15);
  });
});
