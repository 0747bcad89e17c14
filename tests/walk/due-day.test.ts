// The due day of a corrective action, as the facilitator types it.
import { describe, expect, it } from 'vitest';
import { dueDayProblem } from '../../src/walk/exercise/facilitator.js';

describe('dueDayProblem', () => {
  it.each([
    ['2027-03-31', undefined],
    ['2026-12-02', undefined],
    ['31/03/2027', 'Please write a date as YYYY-MM-DD, like 2027-03-31.'],
    ['2027-02-30', 'There is no 2027-02-30 in the calendar; please write a day that is.'],
    ['2026-11-20', '2026-11-20 has gone by (today is 2026-12-02): give the day it is to be done by.'],
  ])('%s on 2026-12-02: %s', (typed, problem) => {
    expect(dueDayProblem(typed, '2026-12-02')).toBe(problem);
  });
});
