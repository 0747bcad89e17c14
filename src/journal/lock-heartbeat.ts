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

import type { Worker } from 'node:worker_threads';

export const BEAT_MS = 1000;

// One thread beats every lock the process holds, started with the first and
// kept (it never keeps coop running) for the next: booting a thread costs
// about 40 ms of CPU, and a process that walks one incident after another (a
// script, the test suite: 280 locks a run) paid that for each. A lock's beat
// starts and stops by message; the main thread being blocked does not hold
// back the messages it has sent.
//
// CommonJS, run with `eval`: no file to bundle or find at run time. futimes on
// the descriptor, never the path: if the lock was taken over, the beat keeps
// touching the old holder file, never the new holder's. The time only moves
// forward, whole seconds at least one apart (FAT keeps two-second times). A
// stopped beat is answered with its number, and only then is its descriptor
// closed: never while the thread may still touch it.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { futimesSync } = require('node:fs');
const beats = new Map();
parentPort.on('message', (message) => {
  if (message.start === undefined) {
    clearInterval(beats.get(message.stop));
    beats.delete(message.stop);
    parentPort.postMessage(message.stop);
    return;
  }
  const { fd, beatMs } = message;
  let last = 0;
  beats.set(message.start, setInterval(() => {
    last = Math.max(Math.floor(Date.now() / 1000), last + 1);
    try { futimesSync(fd, last, last); } catch {}
  }, beatMs));
});
`;

export interface Heartbeat {
  stop(): void;
}

interface BeatingThread {
  worker: Worker;
  /** What to do once the thread has stopped a beat, by the beat's number. */
  closers: Map<number, () => void>;
  next: number;
}

let thread: BeatingThread | undefined;

function beatingThread(): BeatingThread {
  if (thread) return thread;
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const worker = new Worker(WORKER, { eval: true });
  const started: BeatingThread = { worker, closers: new Map(), next: 1 };
  worker.on('message', (beat: number) => {
    started.closers.get(beat)?.();
    started.closers.delete(beat);
  });
  // A thread that failed is reported as ended, below: its locks then go unbeaten, which a coop elsewhere
  // judges stale, and this one finds out at its next write (lock.ts), as when no beat could start.
  worker.on('error', () => {});
  // A thread that ended (it failed) beats nothing more: close what it held, and start afresh for the next lock.
  worker.on('exit', () => {
    if (thread === started) thread = undefined;
    for (const close of started.closers.values()) close();
    started.closers.clear();
  });
  // The beat never keeps coop running. After the listeners: adding a 'message' listener refs the thread again.
  worker.unref();
  thread = started;
  return started;
}

/** Beats on `fd` until stopped; the descriptor is closed once the beat has ended, never while it may still touch it. */
export function startHeartbeat(fd: number, beatMs: number, close: () => void): Heartbeat {
  const beats = beatingThread();
  const beat = beats.next++;
  beats.worker.postMessage({ start: beat, fd, beatMs });
  return {
    stop: () => {
      // No longer this process's thread: it has ended, answers nothing, and its beat is over already.
      if (thread !== beats) return close();
      beats.closers.set(beat, close);
      beats.worker.postMessage({ stop: beat });
    },
  };
}
