// A person at a terminal, in memory: coop's IO with TTY streams, what it
// draws on each, and keys typed only once the prompt that wants them is on
// the screen (inquirer drops keys sent before it draws).
import { PassThrough } from 'node:stream';
import type { IO } from '../../src/system/io.js';
import { tempDir } from './paths.js';

export const KEYS = { enter: '\r', down: '\u001b[B' } as const;

export interface TerminalOptions {
  now?: Date;
  user?: string;
  /** false: stdout is piped away, and only stderr (and stdin) are the terminal. */
  stdoutIsTTY?: boolean;
  /** How wide the terminal is, for coop and for inquirer, which reads it from the stream it draws on. */
  columns?: number;
}

export function fakeTerminal({
  now = new Date('2026-11-23T09:15:03Z'),
  user = 'pat',
  stdoutIsTTY = true,
  columns = 100,
}: TerminalOptions = {}) {
  const stdin = new PassThrough();
  const drawn = { stdout: '', stderr: '' };
  const tty = (name: keyof typeof drawn, isTTY = true) => {
    // A terminal is not closed when a prompt that drew on it ends.
    const stream = Object.assign(new PassThrough(), { isTTY, columns, end() {} });
    stream.on('data', (d: Buffer) => (drawn[name] += d.toString()));
    return stream;
  };
  const io: IO = {
    stdin,
    stdout: tty('stdout', stdoutIsTTY),
    stderr: tty('stderr'),
    color: false,
    colorErr: false,
    interactive: true,
    unicode: true,
    stdoutIsTTY,
    stderrIsTTY: true,
    env: { HOME: tempDir(), COOP_NO_CACHE: '1' },
    cwd: tempDir(),
    now: () => now,
    columns,
    userName: () => user,
  };
  const screen = () => `${drawn.stdout}${drawn.stderr}`;
  /** Waits until `marker` is drawn (20 s at most: a busy machine is slow, not broken), then types `keys`. */
  const typeWhen = async (marker: string, ...keys: string[]) => {
    for (const end = Date.now() + 20_000; !screen().includes(marker); await new Promise((r) => setTimeout(r, 10))) {
      if (Date.now() > end) throw new Error(`never saw "${marker}" on:\n${screen()}`);
    }
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) stdin.write(key);
  };
  return { io, drawn, screen, typeWhen };
}
