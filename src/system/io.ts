// The terminal facts every command needs, decided once and handed in, so a
// test can run any command in-process with fake streams and a fixed clock.
import { userInfo } from 'node:os';
import { isatty } from 'node:tty';
import { asciiGlyphs, wantsUnicode } from '../text/glyphs.js';
import { wrapHanging } from '../text/wrap.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface IO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Colour on stdout: a TTY, no NO_COLOR, no --no-color, no TERM=dumb (or FORCE_COLOR). */
  color: boolean;
  /** Colour on stderr, decided the same way for that stream. */
  colorErr: boolean;
  /** The terminal shows Unicode (no LANG=C, no TERM=dumb): else coop draws its symbols in ASCII (src/text/glyphs.ts). */
  unicode: boolean;
  /** A person can answer prompts: stdin is a terminal, and so is stdout or stderr to draw them on. */
  interactive: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now(): Date;
  /** Terminal width now, for wrapping; 80 when unknown. */
  columns: number;
  /** Who is at the keyboard, for journals: --as, else the login name. */
  userName(): string;
}

export interface ColorFlags {
  /** commander's --color / --no-color: true, false, or undefined when not given. */
  color?: boolean;
}

/** clig.dev and no-color.org: NO_COLOR (any non-empty value) turns colour off. */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv, flags: ColorFlags = {}): boolean {
  // A flag on the command line beats the environment, as an option beats a setting.
  if (flags.color !== undefined) return flags.color;
  if (env.NO_COLOR) return false;
  // FORCE_COLOR=0 (or false) is chalk's and Node's way of saying no colour.
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR) return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function processIO(flags: ColorFlags = {}): IO {
  const stdoutIsTTY = process.stdout.isTTY === true;
  // isatty, not process.stdin/stderr: Node makes those streams on first use,
  // and only prompts read stdin (measured: ~2 ms of every start-up).
  const stderrIsTTY = isatty(2);
  const env = process.env;
  return {
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    color: wantsColor(stdoutIsTTY, env, flags),
    colorErr: wantsColor(stderrIsTTY, env, flags),
    interactive: isatty(0) && (stdoutIsTTY || stderrIsTTY),
    unicode: wantsUnicode(env),
    stdoutIsTTY,
    stderrIsTTY,
    env,
    cwd: process.cwd(),
    now: () => new Date(),
    // Read at each use: a terminal resized during a walk wraps the next step at its new width.
    get columns() {
      return process.stdout.columns || (stderrIsTTY ? process.stderr.columns : 0) || 80;
    },
    userName: () => loginName(env),
  };
}

/** How wide stdout is where it is a terminal; none for a pipe or a file, which get every line whole. */
export function stdoutWidth(io: IO): number | undefined {
  return io.stdoutIsTTY ? io.columns : undefined;
}

/**
 * Lines for stderr, each ending in a line break, as `io` should write them:
 * every line whole for a pipe or a file, which a script reads a line at a
 * time; on a terminal, a line wider than it is broken at its spaces (a path
 * stays whole), the rest of it under its text after "coop: ", so that the
 * terminal does not break it inside a word. Only for text that holds no
 * command to type: a command broken over two lines no longer pastes whole,
 * where the terminal's own folding keeps it one line to copy.
 */
export function forStderr(io: IO, text: string): string {
  return io.stderrIsTTY ? brokenAtSpaces(text, io.columns) : text;
}

/** Each line of `text` broken at its spaces within `columns`, the rest under its text (after "coop: "). */
export function brokenAtSpaces(text: string, columns: number): string {
  return text
    .split('\n')
    .map((line) => wrapHanging(line, columns, line.startsWith('coop: ') ? '      ' : '  ').join('\n'))
    .join('\n');
}

/** `stream` for what coop draws for a person: its symbols in ASCII where the terminal shows no Unicode. */
export function drawnOn(io: IO, stream: OutputStream): OutputStream {
  if (io.unicode) return stream;
  return { write: (text) => stream.write(asciiGlyphs(text)), isTTY: stream.isTTY, columns: stream.columns };
}

export function isCI(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.CI && env.CI !== '0' && env.CI !== 'false');
}

export function loginName(env: NodeJS.ProcessEnv): string {
  try {
    return userInfo().username || env.USER || env.USERNAME || 'unknown';
  } catch {
    return env.USER || env.USERNAME || 'unknown';
  }
}
