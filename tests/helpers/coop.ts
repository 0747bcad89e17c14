// Runs any coop command in-process, the way the built binary runs it (the
// same `main` of src/main/cli.ts, the same colour and terminal decisions),
// with fake streams: argv, environment, working folder, stdin, terminal facts
// and clock in; exit code, stdout and stderr out. About a hundred times
// cheaper than a process, so a test can afford every case of a matrix. What
// only a real process shows (signals, kill -9, a lock held by another
// process, a real terminal, the launcher) stays with tests/helpers/run-coop.ts.
import { Readable } from 'node:stream';
import { main } from '../../src/main/cli.js';
import { type ColorFlags, type IO, loginName, wantsColor } from '../../src/system/io.js';
import { wantsUnicode } from '../../src/text/glyphs.js';
import type { CoopResult } from './expect-run.js';
import { tempDir } from './paths.js';
import { testEnv } from './test-env.js';

export interface CoopOptions {
  /** The working folder; a fresh one by default. */
  cwd?: string;
  /** Variables on top of the test environment (tests/helpers/test-env.ts); undefined removes one. */
  env?: Record<string, string | undefined>;
  /** What stdin holds; stdin is a pipe, never a terminal, so coop never prompts. */
  input?: string;
  /** stdout (or stderr) is a terminal: colour and the formats meant for people. */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  /** The clock; the real one by default. */
  now?: Date;
  /** Terminal width; 80, as for a pipe, by default. */
  columns?: number;
}

/** Runs `coop args...` in this process and returns what a person or a script would see. */
export async function coop(args: string[], options: CoopOptions = {}): Promise<CoopResult> {
  const env = testEnv(options.env);
  const cwd = options.cwd ?? tempDir();
  const stdoutIsTTY = options.stdoutIsTTY ?? false;
  const stderrIsTTY = options.stderrIsTTY ?? false;
  const columns = options.columns ?? 80;
  const printed = { stdout: '', stderr: '' };
  const stream = (name: keyof typeof printed, isTTY: boolean) => ({
    write: (text: string) => {
      printed[name] += text;
      return true;
    },
    isTTY,
    columns,
  });
  const stdout = stream('stdout', stdoutIsTTY);
  const stderr = stream('stderr', stderrIsTTY);
  const stdin = Object.assign(Readable.from(options.input === undefined ? [] : [options.input]), { isTTY: undefined });
  // Like processIO (src/system/io.ts), with these streams in place of the process's: every decision it
  // makes from the terminal and the environment is made here by the same function.
  const makeIO = (flags: ColorFlags): IO => ({
    stdout,
    stderr,
    stdin,
    color: wantsColor(stdoutIsTTY, env, flags),
    colorErr: wantsColor(stderrIsTTY, env, flags),
    interactive: false,
    unicode: wantsUnicode(env),
    stdoutIsTTY,
    stderrIsTTY,
    env,
    cwd,
    now: () => options.now ?? new Date(),
    columns,
    userName: () => loginName(env),
  });
  const code = await main(args, makeIO);
  return { args, code, ...printed };
}
