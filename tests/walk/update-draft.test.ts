// The status update drafted at an update step: from the journal and the clock,
// the words a person can send as one text message.
import { describe, expect, it } from 'vitest';
import { findRunbook } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { measureSms } from '../../src/vendor/sms.js';
import { draftUpdate } from '../../src/walk/update-draft.js';
import { journalEvents, type TimedInput } from '../journal/journal-builder.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';

const library = loadLibrary(SHIPPED_RUNBOOKS);
const powerLoss = findRunbook(library, 'power-loss')!.value;
const START = '2026-11-23T09:15:00.000Z';
const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000);

function draft(inputs: TimedInput[], minutes: number, person = 'Pat Smith') {
  const events = journalEvents(library, { id: 'x', runbook: 'power-loss', person, startedAt: START, inputs });
  return draftUpdate({
    runbook: powerLoss,
    events,
    now: at(minutes),
    person,
    everyMs: 30 * 60_000,
    measure: measureSms,
  });
}

const toTheUpdateStep: TimedInput[] = [
  [1, { type: 'done' }],
  [3, { type: 'done' }],
  [4, { type: 'answer', answer: 'No' }],
];

describe('an update drafted from the journal', () => {
  it('says what happened and when, the steps done with their times, the next update time, and who sends it', () => {
    const { text, nextDueAt } = draft(toTheUpdateStep, 5);
    expect(text).toMatch(/^Losing power during office hours since 09:15\. /);
    expect(text).toMatch(
      /Done: Shut off all computer hardware, this computer included 09:16; Power down the servers in the .*09:18\./,
    );
    expect(text).toContain('Next update 09:50.');
    expect(text).toMatch(/- Pat Smith$/);
    expect(nextDueAt).toBe('2026-11-23T09:50:00.000Z');
  });

  it("fits one text message where it can, cutting the steps' words short to do so", () => {
    const { text, sms } = draft([[1, { type: 'done' }]], 2);
    expect(sms).toEqual({ encoding: 'GSM-7', segments: 1, characters: text.length });
    expect(text).toBe(
      'Losing power during office hours since 09:15. Done: Shut off all computer... 09:16. Now: Power down the servers in the... Next update 09:47. - Pat Smith',
    );
  });

  it("keeps the steps' own words, and says so, when even cut short they take two messages", () => {
    const { text, sms } = draft(toTheUpdateStep, 5);
    expect(sms.segments).toBe(2);
    expect(text).toContain('Power down the servers in the server room 09:18');
  });

  it('names what is being waited on, with the last answer and its time', () => {
    const round: TimedInput[] = [...toTheUpdateStep, [6, { type: 'done' }], [30, { type: 'answer', answer: 'No' }]];
    expect(draft(round, 31).text).toMatch(/Now: Is the power back on\? No, as of 09:45\./);
  });

  it('a question not answered yet is what the walk is finding out, not one put to the reader', () => {
    const round: TimedInput[] = [...toTheUpdateStep, [6, { type: 'done' }]];
    expect(draft(round, 7).text).toContain('Now: finding out: Is the power back on?');
  });

  it('tells the last note written since the last update, and not one the last update came after', () => {
    const noted: TimedInput[] = [
      [1, { type: 'done' }],
      [2, { type: 'note', text: 'UPS beeping in the server room' }],
      [3, { type: 'done' }],
      [4, { type: 'note', text: 'Utility says 2 hours, crew on site' }],
      [5, { type: 'answer', answer: 'No' }],
    ];
    expect(draft(noted, 6).text).toContain('Note 09:19: Utility says 2 hours, crew on site.');
    expect(draft(noted, 6).text).not.toContain('UPS beeping');
    const told: TimedInput[] = [
      ...noted,
      [
        6,
        { type: 'update', text: 'Power out since 09:15.', to: ['Executive Director'], nextDueAt: at(36).toISOString() },
      ],
      [6, { type: 'done' }],
    ];
    expect(draft(told, 7).text).not.toContain('Note');
  });

  it('lists a skipped step as still needed, with the reason given', () => {
    const skipped: TimedInput[] = [
      [1, { type: 'done' }],
      [3, { type: 'skip', reason: 'room locked' }],
      [4, { type: 'answer', answer: 'No' }],
    ];
    expect(draft(skipped, 5).text).toMatch(/Still needed: Power down the .*\(room locked\)\./);
  });

  it('does not list the updates themselves among the steps done', () => {
    const round: TimedInput[] = [...toTheUpdateStep, [6, { type: 'done' }], [30, { type: 'answer', answer: 'No' }]];
    expect(draft(round, 31).text).not.toMatch(/Keep the Executive/);
  });

  it('counts a name outside GSM-7 by the UCS-2 rules', () => {
    expect(draft(toTheUpdateStep, 5, 'Zoë Ωmega').sms.encoding).toBe('UCS-2');
  });
});
