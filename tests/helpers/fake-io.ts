// An IO context with captured output and a fixed clock, to run `coop lint`
// and `coop schema` in-process as a terminal or a pipe would see them.
import { Readable } from 'node:stream';
import type { IO } from '../../src/system/io.js';

export interface FakeIO extends IO {
  out(): string;
  err(): string;
}

export function fakeIO(
  options: { tty?: boolean; color?: boolean; cwd?: string; now?: string; env?: NodeJS.ProcessEnv } = {},
): FakeIO {
  let stdout = '';
  let stderr = '';
  const tty = options.tty ?? false;
  return {
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s), isTTY: tty },
    stdin: Object.assign(Readable.from([]), { isTTY: false }),
    color: options.color ?? false,
    colorErr: false,
    interactive: false,
    unicode: true,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => new Date(`${options.now ?? '2026-11-23'}T12:00:00`),
    columns: 80,
    userName: () => 'tester',
    out: () => stdout,
    err: () => stderr,
  };
}
