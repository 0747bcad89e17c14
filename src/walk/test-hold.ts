// For the kill tests only (tests/e2e/kill.test.ts): with
// COOP_TEST_HOLD_AFTER_EVENTS=N the process stops, blocked, once it has made
// N events durable, so a test can SIGKILL it at an exact point of the walk
// (a scripted walk writes all its events within milliseconds, too fast to
// kill in between by timing). The hold comes after the write and fsync,
// where a person would sit at the next prompt: the moment a real crash or
// dead battery most often strikes.
import type { JournalEvent } from '../journal/events.js';
import type { Appended } from '../journal/writer.js';

interface Appender {
  append(events: readonly JournalEvent[]): Appended;
}

/** Long enough for any test to kill the process; short enough that a stray setting cannot hang a walk for ever. */
const HOLD_MS = 60_000;

export function holdForTests(journal: Appender, env: NodeJS.ProcessEnv): Appender {
  const after = Number(env.COOP_TEST_HOLD_AFTER_EVENTS);
  if (!Number.isInteger(after) || after <= 0) return journal;
  let written = 0;
  let held = false;
  return {
    append(events) {
      const status = journal.append(events);
      written += events.length;
      if (!held && status.ok && written >= after) {
        held = true;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, HOLD_MS);
      }
      return status;
    },
  };
}
