// A terminal can go away under a walk: its window closed, an ssh connection
// dropped, `tmux kill-session`. Node then fails four ways, each a crash
// before the pause is saved or the lock let go: readline's setRawMode(false)
// on the dead terminal emits EIO on an interface nobody listens to; so does a
// read from it (readline passes its input's errors on to the interface); a
// write to stdout or stderr emits EIO; and at exit Node 20 aborts on an assertion
// when it cannot restore the terminal's modes (nodejs/node#58200 removed it
// in later versions). This notices the loss, says so through a signal, so the
// walk pauses as it does on Ctrl-C, and keeps each of those from crashing.
//
// SIGHUP reaches coop only when its shell dies of the hang-up too (a shell
// that ignores it, or nohup, keeps it from coop), and a check that runs
// reads and writes nothing: so the terminal is also asked, once a second,
// whether it is still there.
import { closeSync, openSync } from 'node:fs';
import { isatty } from 'node:tty';

interface TerminalStream {
  isTTY?: boolean;
  emit?(event: string | symbol, ...args: unknown[]): boolean;
  /** The file descriptor of a real terminal stream (tty.ReadStream, tty.WriteStream); absent on a test's stream. */
  fd?: number;
  on?(event: 'error' | 'end', listener: (error: NodeJS.ErrnoException) => void): unknown;
  off?(event: 'error' | 'end', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

interface RawModeStream extends TerminalStream {
  setRawMode?(mode: boolean): unknown;
}

export interface TerminalStreams {
  /** Only a terminal that prompts read: pass it only then (reaching process.stdin creates it). */
  stdin?: RawModeStream;
  stdout: TerminalStream;
  stderr: TerminalStream;
}

export interface TerminalLoss {
  /** Aborted once the terminal is gone. */
  signal: AbortSignal;
  dispose(): void;
}

/** How often a terminal that says nothing is asked whether it is still there. */
const POLL_MS = 1_000;

export function watchTerminalLoss(streams: TerminalStreams): TerminalLoss {
  const lost = new AbortController();
  const terminals = [streams.stdin, streams.stdout, streams.stderr].filter(
    (s): s is RawModeStream => s?.isTTY === true,
  );
  const fds = terminals.flatMap((s) => (s.fd === undefined ? [] : [s.fd]));
  const poll = setInterval(() => {
    if (fds.some((fd) => !isatty(fd))) lose();
  }, POLL_MS).unref();
  const lose = () => {
    clearInterval(poll);
    if (lost.signal.aborted) return;
    lost.abort(new Error('the terminal closed'));
    process.once('exit', () => detachFromTerminal(terminals));
  };
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EIO') throw error;
    lose();
  };
  const undo: Array<() => void> = [];
  for (const stream of terminals) {
    if (stream === streams.stdin) continue;
    stream.on?.('error', onOutputError);
    undo.push(() => stream.off?.('error', onOutputError));
  }
  const stdin = streams.stdin?.isTTY ? streams.stdin : undefined;
  if (stdin) {
    // A terminal that is read ends only when it goes away.
    stdin.on?.('end', lose);
    undo.push(() => stdin.off?.('end', lose));
    // A read from a terminal that is gone fails with EIO, and the stream emits that as its error. readline
    // listens for its input's errors and emits each on its own interface, which a prompt does not listen
    // to: another listener here would not stop that, so the error is taken before any listener has it.
    const emit = stdin.emit;
    if (emit) {
      stdin.emit = function (this: RawModeStream, event: string | symbol, ...args: unknown[]): boolean {
        if (event === 'error' && (args[0] as NodeJS.ErrnoException | undefined)?.code === 'EIO') {
          lose();
          return true;
        }
        return emit.call(this, event, ...args);
      };
      undo.push(() => {
        stdin.emit = emit;
      });
    }
    const setRawMode = stdin.setRawMode;
    if (setRawMode) {
      // Node emits EIO for a terminal that is gone; there is no mode left to set.
      stdin.setRawMode = (mode: boolean) => {
        if (lost.signal.aborted || (stdin.fd !== undefined && !isatty(stdin.fd))) {
          lose();
          return stdin;
        }
        return setRawMode.call(stdin, mode);
      };
      undo.push(() => {
        stdin.setRawMode = setRawMode;
      });
    }
  }
  return {
    signal: lost.signal,
    // A terminal that is gone stays gone: what is written after the walk (its last lines, an error) must not crash either.
    dispose: () => {
      clearInterval(poll);
      if (!lost.signal.aborted) for (const step of undo) step();
    },
  };
}

/**
 * Puts /dev/null where the lost terminal was on each of its descriptors, so
 * that Node 20, finding a different file there at exit, does not try (and
 * fail, and abort) to restore the terminal's modes. Only at exit: until then
 * libuv still watches those descriptors.
 */
function detachFromTerminal(terminals: TerminalStream[]): void {
  for (const { fd } of terminals) {
    if (fd === undefined || fd > 2 || isatty(fd)) continue;
    try {
      closeSync(fd);
      // The lowest free descriptor: the one just closed.
      const opened = openSync('/dev/null', 'r+');
      if (opened !== fd) closeSync(opened);
    } catch {
      // Nothing more can be done for a terminal that is gone.
    }
  }
}
