// The BIA interview, driven by a scripted person: the questions in NIST SP
// 800-34's order, the MTD suggested from the first severe harm, and an RTO
// longer than the MTD refused where it is typed, with the reason.
import { describe, expect, it } from 'vitest';
import { biaInterview } from '../../src/edit/bia-interview.js';
import type { Prompter } from '../../src/walk/drivers/prompter.js';

/** A person who answers from a list, and what they were asked, with the default offered and what was refused. */
function person(answers: string[]) {
  const asked: string[] = [];
  const prompter = {
    select: async (message: string) => {
      asked.push(message);
      return answers.shift();
    },
    input: async (message: string, validate?: (t: string) => true | string, defaultValue?: string) => {
      asked.push(`${message} [${defaultValue ?? ''}]`);
      for (;;) {
        // Enter on an empty line takes the default, as inquirer's input does.
        const typed = answers.shift() || (defaultValue ?? '');
        const verdict = validate ? validate(typed) : true;
        if (verdict === true) return typed;
        asked.push(`refused ${typed}: ${verdict}`);
      }
    },
  } as unknown as Prompter;
  return { prompter, asked };
}

const EXCHANGE = { id: 'exchange', name: 'Exchange' };

describe('the BIA interview', () => {
  it('asks what depends on the system, the harm over time, then MTD, RTO and RPO', async () => {
    const { prompter, asked } = person([
      'Email; Calendars',
      'minimal',
      'moderate',
      'severe',
      'severe',
      '',
      '8h',
      '24h',
    ]);
    const answers = await biaInterview(
      EXCHANGE,
      { runbooks: ['outlook-offline (Outlook offline)'] },
      prompter,
      () => {},
    );
    expect(answers).toEqual({
      functions: ['Email', 'Calendars'],
      impacts: { '1h': 'minimal', '4h': 'moderate', '1d': 'severe', '1w': 'severe' },
      mtd: '1d',
      rto: '8h',
      rpo: '24h',
    });
    expect(asked).toEqual([
      "Which of the office's functions stop or suffer without Exchange? (separate them with ;) []",
      'If Exchange is down for 1 hour, how much harm does it do?',
      'If Exchange is down for 4 hours, how much harm does it do?',
      'If Exchange is down for 1 day, how much harm does it do?',
      'If Exchange is down for 1 week, how much harm does it do?',
      'Maximum tolerable downtime (MTD): how long can the office do without Exchange before the harm can no longer be borne? (like 2d) [1d]',
      'Recovery time objective (RTO): how long may recovery take? No longer than the MTD (1d): recovery that takes longer comes too late. []',
      'Recovery point objective (RPO): how much recent data may be lost, as a span of time? (like 24h: a backup a day) []',
    ]);
  });

  it('refuses an RTO longer than the MTD where it is typed, and says why', async () => {
    const { prompter, asked } = person(['', 'none', 'none', 'minimal', 'moderate', '2d', '3d', '2d', '1h']);
    const answers = await biaInterview(EXCHANGE, { runbooks: [] }, prompter, () => {});
    expect(answers.rto).toBe('2d');
    expect(asked).toContain(
      'refused 3d: That is longer than the MTD of 2d: the office can do without Exchange for at most 2d, so recovery must take no longer.',
    );
  });

  it('says what it asks about within the width of the screen, broken between words', async () => {
    const { prompter } = person(['', 'none', 'none', 'minimal', 'moderate', '2d', '1d', '1h']);
    let written = '';
    const system = { ...EXCHANGE, description: 'Email and calendars for every member of staff, on the office server.' };
    const runbooks = ['outlook-offline (Outlook offline)', 'power-loss (Losing power during office hours)'];
    await biaInterview(system, { runbooks }, prompter, (t) => (written += t), 40);
    expect(written.split('\n')).toEqual([
      '',
      'Business impact analysis: Exchange',
      '(exchange)',
      '  Email and calendars for every member',
      '  of staff, on the office server.',
      '  Recovered by: outlook-offline',
      '    (Outlook offline), power-loss',
      '    (Losing power during office hours)',
      '',
      '',
    ]);
  });
});
