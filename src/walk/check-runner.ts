// Runs a check step's command: through the shell, exactly as shown to the
// person, with its time limit, stdin closed (the prompt owns the terminal),
// and its output kept whole up to a cap for the journal.
//
// The check is the shell's exit. What the command started and left running
// (`daemon &`, `setsid sleep 40 &`) may hold the output pipe open for ever:
// waiting for the pipe to close would turn a 2 s limit into 40 s and leave
// Ctrl-C nothing to stop. So the run settles when the shell has exited and
// its output has drained (a short grace at most), and then everything the
// command started is ended: its process group, and on Linux every process
// that carries the run's tag in its environment (src/system/tagged-processes.ts),
// which finds those that left the group too.
import { spawn } from 'node:child_process';
import type { CheckOutcome } from '../journal/events.js';
import { newTag, TAG_VARIABLE, taggedProcesses } from '../system/tagged-processes.js';

/** Output kept in the journal per check: the first and last halves of this. */
export const MAX_CHECK_OUTPUT_BYTES = 64 * 1024;
/** After SIGTERM, how long a command may take to stop before SIGKILL. */
const KILL_GRACE_MS = 2_000;
/** After the shell exits, how long output still held in a pipe by what it left running is waited for. */
export const OUTPUT_GRACE_MS = 500;

export interface CheckRun {
  outcome: CheckOutcome;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Ctrl-C (or the terminal went away) while it ran: no outcome to record. */
  interrupted: boolean;
  durationMs: number;
  output: string;
  outputTruncated: boolean;
  /** Why it could not be started at all. */
  error?: string;
  /**
   * The command never ran: it could not be started, or the shell could not find
   * it or run it (exit 127, 126). That says nothing of the system it checks.
   */
  couldNotRun: boolean;
}

/** The shell's exit codes for "command not found" and "found but cannot be run". */
const SHELL_COULD_NOT_RUN = new Set([126, 127]);

export interface CheckRunOptions {
  timeoutMs: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  maxOutputBytes?: number;
}

export function runCheckCommand(command: string, options: CheckRunOptions): Promise<CheckRun> {
  const started = performance.now();
  const output = new CappedOutput(options.maxOutputBytes ?? MAX_CHECK_OUTPUT_BYTES);
  const groups = process.platform !== 'win32';
  const tag = newTag();
  return new Promise((resolve) => {
    let timedOut = false;
    let interrupted = false;
    let error: string | undefined;
    const child = spawn(command, {
      shell: true,
      cwd: options.cwd,
      env: { ...options.env, [TAG_VARIABLE]: tag },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: groups,
    });
    const leftovers = new Leftovers(child.pid, groups, tag);
    const timer = setTimeout(() => {
      timedOut = true;
      leftovers.end();
    }, options.timeoutMs);
    const onAbort = () => {
      interrupted = true;
      leftovers.end();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => output.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.add(chunk));

    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let graceTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = () => {
      if (settled || !exit) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      options.signal?.removeEventListener('abort', onAbort);
      child.stdout.destroy();
      child.stderr.destroy();
      leftovers.end();
      const { text, truncated } = output.result();
      resolve({
        outcome: exit.code === 0 && !timedOut && !error ? 'succeeded' : 'failed',
        exitCode: exit.code,
        signal: exit.signal,
        timedOut,
        interrupted,
        durationMs: Math.round(performance.now() - started),
        output: text,
        outputTruncated: truncated,
        ...(error !== undefined ? { error } : {}),
        couldNotRun: error !== undefined || (exit.code !== null && SHELL_COULD_NOT_RUN.has(exit.code)),
      });
    };
    child.on('error', (e) => {
      error = e.message;
      // Never started: there is no exit to wait for.
      if (child.pid === undefined) {
        exit = { code: null, signal: null };
        settle();
      }
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      graceTimer = setTimeout(settle, OUTPUT_GRACE_MS);
    });
    // Every pipe closed: all the output is in, no need to wait out the grace.
    child.on('close', settle);
  });
}

/** Ends what a command started: its process group and every process carrying its tag; SIGKILL for what ignores SIGTERM. */
class Leftovers {
  private killTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number | undefined,
    private readonly groups: boolean,
    private readonly tag: string,
  ) {}

  end(): void {
    if (this.pid === undefined || this.killTimer) return;
    if (!this.signal('SIGTERM')) return;
    // Not unref'd: coop waits this long at its end rather than leave behind a process that ignored SIGTERM.
    this.killTimer = setTimeout(() => this.signal('SIGKILL'), KILL_GRACE_MS);
  }

  /** Sends `signal` to all of them; false when none was left. */
  private signal(signal: NodeJS.Signals): boolean {
    let any = false;
    const send = (target: number) => {
      try {
        process.kill(target, signal);
        any = true;
      } catch {
        // Already gone.
      }
    };
    if (this.groups) send(-this.pid!);
    else send(this.pid!);
    for (const pid of taggedProcesses(this.tag)) send(pid);
    return any;
  }
}

/** Keeps the beginning and the end of a command's output, where the useful lines usually are. */
class CappedOutput {
  private readonly head: Buffer[] = [];
  private headBytes = 0;
  private readonly tail: Buffer[] = [];
  private tailBytes = 0;
  private total = 0;
  private readonly headMax: number;
  private readonly tailMax: number;

  constructor(max: number) {
    this.headMax = Math.floor(max / 2);
    this.tailMax = max - this.headMax;
  }

  add(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.headBytes < this.headMax) {
      const take = chunk.subarray(0, this.headMax - this.headBytes);
      this.head.push(take);
      this.headBytes += take.length;
      chunk = chunk.subarray(take.length);
    }
    if (chunk.length === 0) return;
    this.tail.push(chunk);
    this.tailBytes += chunk.length;
    // Drop whole chunks from the front while what remains still fills the tail.
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= this.tailMax)
      this.tailBytes -= this.tail.shift()!.length;
  }

  result(): { text: string; truncated: boolean } {
    let tail = Buffer.concat(this.tail);
    if (tail.length > this.tailMax) tail = tail.subarray(tail.length - this.tailMax);
    const head = Buffer.concat(this.head).toString('utf8');
    const dropped = this.total - this.headBytes - tail.length;
    if (dropped <= 0) return { text: head + tail.toString('utf8'), truncated: false };
    return {
      text: `${head}\n[... ${dropped} bytes of output not kept ...]\n${tail.toString('utf8')}`,
      truncated: true,
    };
  }
}
