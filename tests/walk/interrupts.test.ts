// What interrupts a walk and what does not, with the process's signals
// played by an emitter: Ctrl-C and a polite kill do; Ctrl-Z and `fg` at a
// prompt do not, and the prompt reads keys again (the walk at a real terminal,
// stopped and continued: docs/DEVELOPING.md, Facts about our dependencies).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type SignalTarget, watchInterrupts } from '../../src/walk/interrupts.js';
import { fakeTerminal } from '../helpers/fake-terminal.js';

const nextTurn = () => new Promise((r) => setImmediate(r));
/** Two turns: stdin is resumed in the first, the prompt told in the second. */
const afterContinue = async () => {
  await nextTurn();
  await nextTurn();
};

/** A terminal whose raw mode is kept as a list of what was asked, and the process's signals as an emitter. */
function watched() {
  const t = fakeTerminal();
  const raw: boolean[] = [];
  Object.assign(t.io.stdin, { isTTY: true, setRawMode: (mode: boolean) => raw.push(mode) });
  /** What coop sent, with how many SIGTSTP listeners it had when it sent it (none: the signal stops it). */
  const sent: Array<{ pid: number; signal: string; listening: number }> = [];
  const signals = Object.assign(new EventEmitter(), {
    pid: 4242,
    kill: (pid: number, signal: string) => {
      sent.push({ pid, signal, listening: signals.listenerCount('SIGTSTP') });
      return true;
    },
  });
  const watch = watchInterrupts(t.io, signals as unknown as SignalTarget);
  return { t, stdin: t.io.stdin, signals, watch, raw, sent };
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

  it('Ctrl-Z at a prompt: the terminal is handed back as a shell needs it, then the whole job stops', () => {
    const { t, stdin, signals, watch, raw, sent } = watched();
    stdin.on('keypress', () => {});
    signals.emit('SIGTSTP');
    // The cursor shown (a list hides it), bracketed paste off, the prompt's line of keys erased and a
    // line of its own for what the shell says, keys read by lines again.
    expect(t.drawn.stdout).toBe('\x1b[?25h\x1b[?2004l\x1b[J\r\n');
    expect(raw).toEqual([false]);
    // To the process group (0), as the terminal's own Ctrl-Z: a wrapper waiting for coop (npx, sh -c)
    // stops too and the shell gets its terminal back. Sent with no listener, so that it stops coop.
    expect(sent).toEqual([{ pid: 0, signal: 'SIGTSTP', listening: 0 }]);
    expect(signals.listenerCount('SIGTSTP')).toBe(1); // listening again once continued
    expect(watch.signal.aborted).toBe(false);
    watch.dispose();
    expect(signals.listenerCount('SIGTSTP')).toBe(0);
  });

  it('fg at a prompt: raw mode set again (the shell put the terminal back to lines), then the prompt is told', async () => {
    const { stdin, signals, watch, raw } = watched();
    stdin.on('keypress', () => {});
    const told: boolean[] = [];
    watch.onContinue(() => told.push(stdin.isPaused()));
    stdin.pause();
    signals.emit('SIGCONT');
    await afterContinue();
    // Off and on: Node thinks raw mode is still on after a stop from outside, and would not set it at all.
    expect(raw).toEqual([false, true]);
    expect(told).toEqual([false]); // told once, with stdin read again
    watch.dispose();
  });

  it('fg with no prompt: nothing is set, drawn or told', async () => {
    const { t, signals, watch, raw } = watched();
    const told: string[] = [];
    watch.onContinue(() => told.push('told'));
    signals.emit('SIGCONT');
    await afterContinue();
    expect([raw, told, t.drawn.stdout]).toEqual([[], [], '']);
    watch.dispose();
  });

  it('continued from the background and then to the foreground (bg, fg): the prompt is told once', async () => {
    const { stdin, signals, watch, raw } = watched();
    stdin.on('keypress', () => {});
    const told: string[] = [];
    watch.onContinue(() => told.push('told'));
    // bg: setting raw mode from the background stops coop there; fg continues it, and its SIGCONT comes after.
    raw.push = (mode: boolean) => {
      if (mode === false && told.length === 0 && raw.length === 0) signals.emit('SIGCONT');
      return Array.prototype.push.call(raw, mode);
    };
    signals.emit('SIGCONT');
    await afterContinue();
    await afterContinue();
    expect(told).toEqual(['told']);
    watch.dispose();
  });
});
