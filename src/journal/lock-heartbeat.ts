// The lock's heartbeat: while a coop holds an incident, the modification
// time of its holder file moves on every second. A coop on another machine
// (or in another PID namespace) cannot ask whether a process id still runs,
// but it can watch the time move; it never compares that time with its own
// clock, so machines whose clocks disagree judge each other correctly.
//
// The beat runs on a worker thread: the main thread may be busy for seconds
// (reading a large journal) or blocked (COOP_TEST_HOLD_AFTER_EVENTS), and a
// missed beat would look like a coop that has gone. A process that is stopped
// or frozen (a laptop asleep) stops beating, which is the truth: it does not
// write either, and it checks the lock is still its own before it does.

export const BEAT_MS = 1000;

// CommonJS, run with `eval`: no file to bundle or find at run time. futimes on
// the descriptor, never the path: if the lock was taken over, the beat keeps
// touching the old holder file, never the new holder's. The time only moves
// forward, whole seconds at least one apart (FAT keeps two-second times).
const WORKER = `
const { workerData } = require('node:worker_threads');
const { futimesSync } = require('node:fs');
let last = 0;
setInterval(() => {
  last = Math.max(Math.floor(Date.now() / 1000), last + 1);
  try { futimesSync(workerData.fd, last, last); } catch {}
}, workerData.beatMs);
`;

export interface Heartbeat {
  stop(): void;
}

/** Beats on `fd` until stopped; the descriptor is closed once the beat has ended, never while it may still touch it. */
export function startHeartbeat(fd: number, beatMs: number, close: () => void): Heartbeat {
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(WORKER, { eval: true, workerData: { fd, beatMs } });
  // The beat never keeps coop running.
  worker.unref();
  return {
    stop: () => {
      void worker.terminate().finally(close);
    },
  };
}
