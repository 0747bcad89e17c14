// Runs a check step's command: through the shell, exactly as shown to the
// person, with its time limit, stdin closed (the prompt owns the terminal),
// and its output kept whole up to a cap for the journal. The command gets a
// process group of its own so a timeout or Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import type { CheckOutcome } from '../journal/events.js';

/** Output kept in the journal per check: the first and last halves of this. */
export const MAX_CHECK_OUTPUT_BYTES = 64 * 1024;
/** After SIGTERM, how long a command may take to stop before SIGKILL. */
const KILL_GRACE_MS = 2_000;

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
}

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
  return new Promise((resolve) => {
    let timedOut = false;
    let interrupted = false;
    let error: string | undefined;
    const child = spawn(command, {
      shell: true,
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: groups,
    });
    const stop = (signal: NodeJS.Signals) => {
      try {
        if (groups && child.pid !== undefined) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    let killTimer: NodeJS.Timeout | undefined;
    const terminate = () => {
      stop('SIGTERM');
      killTimer ??= setTimeout(() => stop('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      terminate();
    }, options.timeoutMs);
    const onAbort = () => {
      interrupted = true;
      terminate();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => output.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.add(chunk));
    child.on('error', (e) => {
      error = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      const { text, truncated } = output.result();
      resolve({
        outcome: code === 0 && !timedOut && !error ? 'succeeded' : 'failed',
        exitCode: code,
        signal,
        timedOut,
        interrupted,
        durationMs: Math.round(performance.now() - started),
        output: text,
        outputTruncated: truncated,
        ...(error !== undefined ? { error } : {}),
      });
    });
  });
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
