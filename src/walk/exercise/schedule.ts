// Waiting for an inject's time on the clock of the IO context: the time is
// read from `now` again at every tick, never worked out once from a timer,
// so a clock that is set or faked (faketime, a test's clock) is the clock the
// schedule keeps.

/** How often the clock is read while an inject is waited for. */
export const SCHEDULE_TICK_MS = 500;

/** Resolves once `now()` reaches `due`, or at once when `signal` aborts. */
export function waitUntil(due: Date, now: () => Date, signal: AbortSignal, tickMs = SCHEDULE_TICK_MS): Promise<void> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const tick = () => {
      const left = due.getTime() - now().getTime();
      if (left <= 0 || signal.aborted) return done();
      timer = setTimeout(tick, Math.min(tickMs, left));
    };
    signal.addEventListener('abort', done, { once: true });
    tick();
  });
}
