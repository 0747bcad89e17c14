// Ctrl-C, a closed terminal or a polite kill outside a prompt (for example
// while a check's command runs) must end the walk the same way Ctrl-C at a
// prompt does: a "paused" event, the resume command on screen, exit 130.
// While these listeners exist Node does not exit on the signal by itself.
// A terminal that goes away may say so by SIGHUP, by the end of its input or
// by EIO on a write, in any order: each of them interrupts. Ctrl-Z and `fg`
// do not: the walk carries on at the prompt it was at.
import type { IO } from '../system/io.js';
import { watchTerminalLoss } from '../system/terminal-loss.js';

export interface InterruptWatch {
  signal: AbortSignal;
  dispose(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function watchInterrupts(io: IO, target: Pick<NodeJS.Process, 'on' | 'off'> = process): InterruptWatch {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
  for (const s of SIGNALS) target.on(s, onSignal);
  // Ctrl-Z at a prompt stops coop (readline, reading keys itself, sends it SIGTSTP) and `fg` continues it.
  // readline then pauses its input for its owner to resume, and inquirer does not: with nothing left to
  // wait for, coop would exit, the prompt ending as if the terminal had closed. Resumed here once
  // readline's own listener has run, and only while a prompt reads keys (a paused stdin otherwise is
  // nobody's, and reading it would swallow what is typed).
  const onContinue = () =>
    setImmediate(() => {
      const stdin = io.interactive ? io.stdin : undefined;
      if (!controller.signal.aborted && stdin && stdin.listenerCount('keypress') > 0) stdin.resume();
    });
  target.on('SIGCONT', onContinue);
  // stdin only where prompts read it: reaching io.stdin creates the stream.
  const terminal = watchTerminalLoss({
    stdin: io.interactive ? io.stdin : undefined,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  return {
    signal: AbortSignal.any([controller.signal, terminal.signal]),
    dispose: () => {
      for (const s of SIGNALS) target.off(s, onSignal);
      target.off('SIGCONT', onContinue);
      terminal.dispose();
    },
  };
}
