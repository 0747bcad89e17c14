// Waiting for the next update at a terminal: one line, rewritten each second
// with a carriage return (no other cursor movement), that counts down to the
// time the update is due. It ends then, when the person presses Enter, or on
// Ctrl-C (the walk's abort signal); the caller asks its question again.
import type { OutputStream } from '../../system/io.js';
import { localDayAndTime } from '../../text/local-time.js';
import { formatDuration } from '../../text/duration.js';

export interface CountdownParts {
  out: OutputStream;
  stdin: NodeJS.ReadableStream;
  now: () => Date;
  signal: AbortSignal;
  /** What the person is waiting to do, for the line: "update Executive Director". */
  what: string;
}

export type CountdownEnd = 'due' | 'enter' | 'aborted';

export function countDownTo(due: Date, parts: CountdownParts): Promise<CountdownEnd> {
  const { out, stdin, now, signal } = parts;
  const at = localDayAndTime(due).slice(-5);
  let width = 0;
  const draw = () => {
    const line = `Next ${parts.what} due ${at}: in ${formatDuration(due.getTime() - now().getTime())}. Press Enter to answer now.`;
    out.write(`\r${line.padEnd(width)}`);
    width = line.length;
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
