import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheckCommand } from '../../src/walk/check-runner.js';
import { ended, running } from '../helpers/processes.js';
import { tempDir } from '../helpers/paths.js';

const base = { timeoutMs: 5_000, cwd: tempDir(), env: process.env };

/** The pid a command printed first (`cmd & echo $!`). */
const firstPid = (output: string) => Number(output.trim().split('\n')[0]);

describe.runIf(process.platform !== 'win32')('running a check command', () => {
  it('exit 0 is success, with stdout and stderr kept together', async () => {
    const run = await runCheckCommand('echo out; echo err >&2', base);
    expect(run).toMatchObject({
      outcome: 'succeeded',
      exitCode: 0,
      signal: null,
      timedOut: false,
      interrupted: false,
      outputTruncated: false,
    });
    expect(run.output.split('\n').sort()).toEqual(['', 'err', 'out']);
  });

  it('any other exit is failure', async () => {
    expect(await runCheckCommand('exit 3', base)).toMatchObject({ outcome: 'failed', exitCode: 3 });
  });

  it('runs through the shell, exactly as written, in the working folder', async () => {
    const run = await runCheckCommand('pwd && test "$(echo a | tr a b)" = b', base);
    expect(run.outcome).toBe('succeeded');
    expect(run.output.trim()).toBe(base.cwd);
  });

  it('a command that does not exist fails (the shell says so)', async () => {
    const run = await runCheckCommand('no-such-command-coop-test', base);
    expect(run).toMatchObject({ outcome: 'failed', exitCode: 127 });
    expect(run.output).toMatch(/not found/);
  });

  // Were the background sleep left running, it would hold the output pipe open
  // and the run would not end before the test's own time limit.
  it('stops a command at its time limit, with everything it started', async () => {
    const pidFile = join(tempDir(), 'background-pid');
    const run = await runCheckCommand(`sleep 60 & echo $! > '${pidFile}'; sleep 60; wait`, {
      ...base,
      timeoutMs: 300,
    });
    expect(run).toMatchObject({ outcome: 'failed', timedOut: true, exitCode: null, signal: 'SIGTERM' });
    expect(running(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('stops the command on Ctrl-C and says it was interrupted', async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    const run = await runCheckCommand('sleep 30', { ...base, signal: abort.signal });
    expect(run).toMatchObject({ interrupted: true, timedOut: false });
  });

  it('keeps the start and the end of a long output, and says how much was left out', async () => {
    const run = await runCheckCommand('echo FIRST; head -c 100000 /dev/zero | tr "\\0" x; echo; echo LAST', {
      ...base,
      maxOutputBytes: 1000,
    });
    expect(run.outputTruncated).toBe(true);
    expect(run.output.startsWith('FIRST\n')).toBe(true);
    expect(run.output.endsWith('LAST\n')).toBe(true);
    expect(run.output).toMatch(/\[\.\.\. 9\d{4} bytes of output not kept \.\.\.\]/);
    expect(run.output.length).toBeLessThan(1100);
  });

  it('does not read the terminal: stdin is closed', async () => {
    expect(await runCheckCommand('cat', base)).toMatchObject({ outcome: 'succeeded', output: '' });
  });

  describe.runIf(process.platform === 'linux')('what a command leaves running', () => {
    it('a process left holding the output does not hold up the check, and is ended', async () => {
      const run = await runCheckCommand('setsid sleep 40 & echo $!; echo started', { ...base, timeoutMs: 2_000 });
      expect(run).toMatchObject({ outcome: 'succeeded', exitCode: 0, timedOut: false });
      expect(run.output).toMatch(/^\d+\nstarted\n$/);
      expect(await ended(firstPid(run.output))).toBe(true);
    });

    it('at the time limit, a process that left the process group is ended too', async () => {
      const run = await runCheckCommand('setsid sleep 40 & echo $!; sleep 30', { ...base, timeoutMs: 300 });
      expect(run).toMatchObject({ outcome: 'failed', timedOut: true });
      expect(await ended(firstPid(run.output))).toBe(true);
    });

    it('Ctrl-C stops a command whose leftover holds the output', async () => {
      const abort = new AbortController();
      setTimeout(() => abort.abort(), 200);
      const run = await runCheckCommand('setsid sleep 40 & echo $!; sleep 30', { ...base, signal: abort.signal });
      expect(run).toMatchObject({ interrupted: true });
      expect(await ended(firstPid(run.output))).toBe(true);
    });

    it('a background job that stays in the group is ended when the check succeeds', async () => {
      const run = await runCheckCommand('sleep 40 >/dev/null 2>&1 & echo $!', base);
      expect(run.outcome).toBe('succeeded');
      expect(await ended(firstPid(run.output))).toBe(true);
    });
  });
});
