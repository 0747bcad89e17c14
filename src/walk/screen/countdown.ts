// Waiting for the next update at a terminal: one line, never wider than the
// terminal, rewritten each second with a carriage return (no other cursor
// movement), that counts down to the
// time the update is due. It ends then, when the person presses Enter, or on
// Ctrl-C (the walk's abort signal); the caller asks its question again.
import type { OutputStream } from '../../system/io.js';
import { localDayAndTime } from '../../text/local-time.js';
import { formatDuration } from '../../text/duration.js';
import { displayWidth, wrap } from '../../text/wrap.js';

export interface CountdownParts {
  out: OutputStream;
  stdin: NodeJS.ReadableStream;
  now: () => Date;
  signal: AbortSignal;
  /** What the person is waiting to do, for the line: "update Executive Director". */
  what: string;
  /** The terminal's width now (it may change while the person waits). */
  columns: () => number;
}

export type CountdownEnd = 'due' | 'enter' | 'aborted';

export function countDownTo(due: Date, parts: CountdownParts): Promise<CountdownEnd> {
  const { out, stdin, now, signal } = parts;
  const at = localDayAndTime(due).slice(-5);
  let width = 0;
  const draw = () => {
    const room = Math.max(1, parts.columns() - 1);
    const line = lineWithin(parts.what, at, formatDuration(due.getTime() - now().getTime()), room);
    const drawn = displayWidth(line);
    out.write(`\r${line}${' '.repeat(Math.max(0, Math.min(width, room) - drawn))}`);
    width = drawn;
  };
  return new Promise((resolve) => {
    const finish = (end: CountdownEnd) => {
      clearInterval(timer);
      stdin.off('data', onEnter);
      stdin.pause();
      signal.removeEventListener('abort', onAbort);
      out.write('\n');
      resolve(end);
    };
    const onEnter = () => finish('enter');
    const onAbort = () => finish('aborted');
    const timer = setInterval(() => {
      if (now().getTime() >= due.getTime()) finish('due');
      else draw();
    }, 1000);
    if (signal.aborted) return finish('aborted');
    signal.addEventListener('abort', onAbort);
    stdin.on('data', onEnter);
    stdin.resume();
    draw();
  });
}

/**
 * The line, in as many of its words as fit in `room` columns: a line that
 * wraps is not one line any more, and the carriage return would rewrite only
 * its last part, adding a line to the screen each second.
 */
function lineWithin(what: string, at: string, left: string, room: number): string {
  const forms = [
    `Next ${what} due ${at}: in ${left}. Press Enter to answer now.`,
    `Next update due ${at}: in ${left}. Press Enter to answer now.`,
    `Next update due ${at}: in ${left}. Enter: answer now.`,
    `Due ${at}: in ${left}. Enter: answer now.`,
    // How to stop waiting before when it is due: the line above the list said that ("Next update due ...").
    `In ${left}. Enter: answer now.`,
    `Due ${at}: in ${left}.`,
    `In ${left}.`,
  ];
  return forms.find((form) => displayWidth(form) <= room) ?? wrap(forms.at(-1)!, room)[0]!;
}
