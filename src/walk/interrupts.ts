// Ctrl-C, a closed terminal or a polite kill outside a prompt (for example
// while a check's command runs) must end the walk the same way Ctrl-C at a
// prompt does: a "paused" event, the resume command on screen, exit 130.
// While these listeners exist Node does not exit on the signal by itself.
// A terminal that goes away may say so by SIGHUP, by the end of its input or
// by EIO on a write, in any order: each of them interrupts. Ctrl-Z and `fg`
// do not: the walk carries on at the prompt it was at, drawn again.
import type { IO } from '../system/io.js';
import { BRACKETED_PASTE_OFF, ERASE_BELOW, SHOW_CURSOR } from '../system/terminal-modes.js';
import { watchTerminalLoss } from '../system/terminal-loss.js';

export interface InterruptWatch {
  signal: AbortSignal;
  /**
   * `listener` is called each time coop carries on after Ctrl-Z and `fg` while a prompt reads keys, the
   * terminal set for the prompt again: the prompt is to be drawn again. Returns the way to stop it.
   */
  onContinue(listener: () => void): () => void;
  dispose(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

type RawModeStdin = IO['stdin'] & { setRawMode?(mode: boolean): unknown };

/** What watchInterrupts needs of the process: its signals, and sending one. */
export type SignalTarget = Pick<NodeJS.Process, 'on' | 'off' | 'kill' | 'pid'>;

export function watchInterrupts(io: IO, target: SignalTarget = process): InterruptWatch {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => controller.abort(signal);
  for (const s of SIGNALS) target.on(s, onSignal);
  const listeners = new Set<() => void>();
  // stdin only where prompts read it: reaching io.stdin creates the stream.
  const stdin = (): RawModeStdin | undefined => (io.interactive ? io.stdin : undefined);
  /** A prompt reads keys: readline is listening for them (between prompts nobody is). */
  const prompting = () => (stdin()?.listenerCount('keypress') ?? 0) > 0;
  const terminals = [io.stdout, io.stderr].filter((s) => s.isTTY);
  // Ctrl-Z. At a prompt readline reads it as a key and sends SIGTSTP to coop alone; elsewhere the terminal
  // sends it to the whole job. Before coop stops, the terminal is left as the shell needs it: the cursor
  // shown (a list hides it) on a line of its own, bracketed paste off, keys read a line at a time (a stop from outside, such as
  // `kill -TSTP`, would leave raw mode on). Then the whole process group stops, as at the terminal's own
  // Ctrl-Z: a wrapper that started coop (npx, sh -c, npm run) waits for it, and would never give the shell
  // its terminal back while coop alone is stopped, which looks like a hang.
  const onStop = () => {
    const reading = prompting();
    // The shell says so where the cursor is: at a prompt, on a line of its own under the prompt's lines,
    // not over its line of keys (bash) or run on after them (fish).
    terminals[0]?.write(SHOW_CURSOR + BRACKETED_PASTE_OFF + (reading ? `${ERASE_BELOW}\r\n` : ''));
    if (reading) stdin()?.setRawMode?.(false);
    // Without a listener SIGTSTP does what it does by default again: it stops the process.
    target.off('SIGTSTP', onStop);
    target.kill(io.interactive ? 0 : target.pid, 'SIGTSTP');
    target.on('SIGTSTP', onStop);
  };
  // `fg`. readline pauses its input for its owner to resume, and inquirer does not: with nothing left to
  // wait for, coop would exit, the prompt ending as if the terminal had closed. So stdin is resumed here
  // once readline's own listener has run, and only while a prompt reads keys (a paused stdin otherwise is
  // nobody's, and reading it would swallow what is typed). Raw mode is set again first, off and on, since
  // readline sets it again only after its own Ctrl-Z, and the shell has put the terminal back to lines:
  // without it every key would be echoed and wait for Enter. From the background (`bg`) setting it makes
  // the terminal stop coop again, before anything is drawn on the shell's screen; the prompt is told one
  // turn later, and only if no later SIGCONT came meanwhile (the `fg` that ended that stop), so that it is
  // drawn again once.
  let continues = 0;
  const onContinue = () => {
    const continued = ++continues;
    setImmediate(() => {
      const input = stdin();
      if (controller.signal.aborted || !input || !prompting()) return;
      if (input.isTTY) {
        input.setRawMode?.(false);
        input.setRawMode?.(true);
      }
      input.resume();
      setImmediate(() => {
        if (continued === continues && !controller.signal.aborted && prompting()) for (const l of listeners) l();
      });
    });
  };
  target.on('SIGCONT', onContinue);
  if (process.platform !== 'win32') target.on('SIGTSTP', onStop);
  const terminal = watchTerminalLoss({ stdin: stdin(), stdout: io.stdout, stderr: io.stderr });
  return {
    signal: AbortSignal.any([controller.signal, terminal.signal]),
    onContinue: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      for (const s of SIGNALS) target.off(s, onSignal);
      target.off('SIGCONT', onContinue);
      target.off('SIGTSTP', onStop);
      listeners.clear();
      terminal.dispose();
    },
  };
}
