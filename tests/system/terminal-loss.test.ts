// The terminal going away, in memory: each way it can show (the end of its
// input, EIO on a read or a write) aborts the walk's signal instead of crashing.
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { watchTerminalLoss } from '../../src/system/terminal-loss.js';

const eio = () => Object.assign(new Error('write EIO'), { code: 'EIO' });
const terminal = () => Object.assign(new PassThrough(), { isTTY: true });

describe('a terminal that goes away', () => {
  it('is noticed when its input ends', () => {
    const stdin = terminal();
    const loss = watchTerminalLoss({ stdin, stdout: terminal(), stderr: terminal() });
    stdin.emit('end');
    expect(loss.signal.aborted).toBe(true);
    loss.dispose();
  });

  it('is noticed when a read fails with EIO, which crashes nothing though readline passes it on', () => {
    const stdin = terminal();
    const loss = watchTerminalLoss({ stdin, stdout: terminal(), stderr: terminal() });
    // A prompt's readline: it emits its input's errors on itself, where nobody listens (a crash, found
    // once in ten terminals closed at a prompt: tests/e2e/incident-terminal.test.ts).
    const prompt = createInterface({ input: stdin });
    expect(() => stdin.emit('error', Object.assign(new Error('read EIO'), { code: 'EIO' }))).not.toThrow();
    expect(loss.signal.aborted).toBe(true);
    prompt.close();
    loss.dispose();
  });

  it('any other read error is still an error', () => {
    const stdin = terminal();
    const loss = watchTerminalLoss({ stdin, stdout: terminal(), stderr: terminal() });
    expect(() => stdin.emit('error', Object.assign(new Error('boom'), { code: 'EBADF' }))).toThrow('boom');
    expect(loss.signal.aborted).toBe(false);
    loss.dispose();
  });

  it('is noticed when a write fails with EIO, which then crashes nothing, even after the walk', () => {
    const stdout = terminal();
    const loss = watchTerminalLoss({ stdout, stderr: terminal() });
    stdout.emit('error', eio());
    expect(loss.signal.aborted).toBe(true);
    loss.dispose();
    expect(() => stdout.emit('error', eio())).not.toThrow();
  });

  it('any other write error is still an error', () => {
    const stdout = terminal();
    const loss = watchTerminalLoss({ stdout, stderr: terminal() });
    expect(() => stdout.emit('error', Object.assign(new Error('boom'), { code: 'EBADF' }))).toThrow('boom');
    expect(loss.signal.aborted).toBe(false);
    loss.dispose();
  });
});
