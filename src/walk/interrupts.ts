// Ctrl-C, a closed terminal or a polite kill outside a prompt (for example
// while a check's command runs) must end the walk the same way Ctrl-C at a
// prompt does: a "paused" event, the resume command on screen, exit 130.
// While these listeners exist Node does not exit on the signal by itself.
// A terminal that goes away may say so by SIGHUP, by the end of its input or
// by EIO on a write, in any order: each of them interrupts.
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
      terminal.dispose();
    },
  };
}
