// The terminal going away, in memory: each way it can show (the end of its
// input, EIO on a write) aborts the walk's signal instead of crashing.
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
