// The wait for the next update counts down on one line: each second a
// carriage return and the line again. A line wider than the terminal wraps,
// the return rewrites only its last part, and the screen fills with copies.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countDownTo } from '../../src/walk/screen/countdown.js';

function waiting(columns: number) {
  let now = new Date('2026-12-02T13:09:23Z');
  const written: string[] = [];
  const stdin = new PassThrough();
  const ended = countDownTo(new Date('2026-12-02T13:39:00Z'), {
    out: { write: (text: string) => written.push(text) } as never,
    stdin,
    now: () => now,
    signal: new AbortController().signal,
    what: 'update to Executive Director',
    columns: () => columns,
  });
  const tick = (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      now = new Date(now.getTime() + 1000);
      vi.advanceTimersByTime(1000);
    }
  };
  return { written, tick, enter: () => stdin.write('\n'), ended };
}

/** What each redraw leaves on the line: the text after the carriage return, trailing spaces and all. */
const lines = (written: string[]) => written.filter((w) => w.startsWith('\r')).map((w) => w.slice(1));

describe('countDownTo', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says it all on a wide terminal, one line rewritten each second', async () => {
    const w = waiting(120);
    w.tick(3);
    w.enter();
    expect(await w.ended).toBe('enter');
    expect(lines(w.written)).toEqual([
      'Next update to Executive Director due 13:39: in 29m 37s. Press Enter to answer now.',
      'Next update to Executive Director due 13:39: in 29m 36s. Press Enter to answer now.',
      'Next update to Executive Director due 13:39: in 29m 35s. Press Enter to answer now.',
      'Next update to Executive Director due 13:39: in 29m 34s. Press Enter to answer now.',
    ]);
  });

  for (const columns of [80, 40, 20])
    it(`never writes a line as wide as a terminal of ${columns} columns`, async () => {
      const w = waiting(columns);
      w.tick(2);
      w.enter();
      await w.ended;
      for (const line of lines(w.written)) expect(line.length).toBeLessThan(columns);
      expect(lines(w.written)[0]).toMatch(/[Ii]n 29m 37s/);
    });

  it('at 80 columns keeps the time and what Enter does', async () => {
    const w = waiting(80);
    w.enter();
    await w.ended;
    expect(lines(w.written)[0]).toBe('Next update due 13:39: in 29m 37s. Press Enter to answer now.');
  });

  it('on a phone (40 columns) still says how to stop waiting: the time it is due is on the line above', async () => {
    const w = waiting(40);
    w.enter();
    await w.ended;
    expect(lines(w.written)[0]).toBe('In 29m 37s. Enter: answer now.');
  });
});
