// What interrupts a walk and what does not, with the process's signals
// played by an emitter: Ctrl-C and a polite kill do; Ctrl-Z and `fg` at a
// prompt do not, and the prompt reads keys again (the walk at a real terminal,
// stopped and continued: docs/DEVELOPING.md, Facts about our dependencies).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchInterrupts } from '../../src/walk/interrupts.js';
import { fakeTerminal } from '../helpers/fake-terminal.js';

const nextTurn = () => new Promise((r) => setImmediate(r));

/** A terminal, and the process's signals as an emitter. */
function watched() {
  const t = fakeTerminal();
  const signals = new EventEmitter();
  const watch = watchInterrupts(t.io, signals as unknown as NodeJS.Process);
  return { stdin: t.io.stdin, signals, watch };
}

describe('interrupts of a walk', () => {
  it('Ctrl-C, a kill and a hang-up each interrupt it', () => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      const { signals, watch } = watched();
      signals.emit(signal, signal);
      expect(watch.signal.aborted, signal).toBe(true);
      watch.dispose();
    }
  });

  it('continued after Ctrl-Z at a prompt: not interrupted, and the prompt reads keys again', async () => {
    const { stdin, signals, watch } = watched();
    // A prompt reads keys; at Ctrl-Z readline stops the process, and when it continues it pauses its input.
    stdin.on('keypress', () => {});
    stdin.on('data', () => {});
    signals.on('SIGCONT', () => stdin.pause());
    signals.emit('SIGCONT');
    await nextTurn();
    expect(stdin.isPaused()).toBe(false);
    expect(watch.signal.aborted).toBe(false);
    watch.dispose();
  });

  it('continued with no prompt: stdin is left as it was, unread', async () => {
    const { stdin, signals, watch } = watched();
    stdin.pause();
    signals.emit('SIGCONT');
    await nextTurn();
    expect(stdin.isPaused()).toBe(true);
    watch.dispose();
  });
});
