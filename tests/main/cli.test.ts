// src/main/cli.ts's `main`, in-process: it prints only to the IO it is given
// (so tests/helpers/coop.ts can run any command), and a bug is one line and
// exit 70, with the stack only when COOP_DEBUG asks for it.
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/main/cli.js';
import type { IO } from '../../src/system/io.js';
import { coop } from '../helpers/coop.js';
import { STACK_LINE } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';

/** An IO whose stdout fails on every write, as a bug in coop might; stderr is kept. */
function failingStdout() {
  let stderr = '';
  const io: IO = {
    stdout: {
      write: () => {
        throw new Error('stdout broke');
      },
    },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Object.assign(Readable.from([]), { isTTY: false }),
    color: false,
    colorErr: false,
    interactive: false,
    unicode: true,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: tempDir(),
    now: () => new Date('2026-11-23T12:00:00Z'),
    columns: 80,
    userName: () => 'tester',
  };
  return { io, stderr: () => stderr };
}

describe('main', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes help, version, usage errors and results only to the IO it is given', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    for (const args of [['--help'], ['--version'], ['frobnicate'], ['list', '--bogus'], ['list'], ['show', 'nope']])
      await coop(args);
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });

  it('a bug is one line on stderr and exit 70, without a stack trace', async () => {
    const { io, stderr } = failingStdout();
    expect(await main(['list'], () => io)).toBe(70);
    expect(stderr()).toBe(
      'coop: internal error: stdout broke\n  This is a bug in coop; please report it. Run with COOP_DEBUG=1 for details.\n',
    );
  });

  it('COOP_DEBUG=1 adds the stack trace', async () => {
    vi.stubEnv('COOP_DEBUG', '1');
    const { io, stderr } = failingStdout();
    expect(await main(['list'], () => io)).toBe(70);
    expect(stderr()).toMatch(STACK_LINE);
  });
});

describe('coop help', () => {
  it('shows a command’s help, exit 0; for a command that does not exist, the usage error coop nosuch gets', async () => {
    const list = await coop(['help', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^Usage: coop list /);
    const nosuch = await coop(['help', 'nosuch']);
    expect(nosuch.code).toBe(2);
    expect(nosuch.stdout).toBe('');
    expect(nosuch.stderr).toBe((await coop(['nosuch'])).stderr);
  });

  it('shows a subcommand’s help as its --help does: coop help exercise run', async () => {
    const run = await coop(['help', 'exercise', 'run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await coop(['exercise', 'run', '--help'])).stdout);
    const nosuch = await coop(['help', 'exercise', 'nosuch']);
    expect(nosuch.code).toBe(2);
    expect(nosuch.stderr).toMatch(/^coop: unknown command 'exercise nosuch'\n/);
  });
});

describe('coop as a person first meets it', () => {
  it('prints its version and help with examples', async () => {
    const version = await coop(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await coop(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    for (const command of ['incident', 'lint', 'list', 'show', 'contacts', 'export'])
      expect(help.stdout).toContain(command);
    const showHelp = await coop(['show', '--help']);
    expect(showHelp.stdout).toMatch(/show one runbook/);
    expect(showHelp.stdout).toContain('$ coop show power-loss');
  });
  it('gives its examples and usage hint as typed under npx, where coop is not on the PATH', async () => {
    const underNpx = { env: { npm_command: 'exec' } };
    const help = await coop(['show', '--help'], underNpx);
    expect(help.stdout).toContain('\n  $ npx coop show power-loss');
    expect(help.stdout).not.toMatch(/\$ coop /);
    const wrong = await coop(['show', '--bogus'], underNpx);
    // The help of the command that was mistyped, typed as it must be here.
    expect(wrong.stderr).toContain('(run npx coop show --help for usage)');
  });
  it('exits 2 with one line for an unknown command or option', async () => {
    const r = await coop(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("coop: unknown command 'frobnicate'");
    expect((await coop(['list', '--bogus'])).code).toBe(2);
  });
  it('treats the commands of a group (coop exercise run) the same: one line, exit 2, help as typed', async () => {
    const missing = await coop(['exercise', 'run']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "coop: missing required argument 'exercise'\n(run coop exercise run --help for usage)\n",
    );
    const unknown = await coop(['exercise', 'run', 'x', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe("coop: unknown option '--bogus'");
    const help = await coop(['exercise', 'run', '--help'], { env: { npm_command: 'exec' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('\n  $ npx coop exercise run ');
  });
  it('lists the six procedures of the shipped library from any folder', async () => {
    const r = await coop(['list']);
    expect(r.code).toBe(0);
    for (const title of [
      'Severe weather',
      'Fire or other catastrophe',
      'Losing power during office hours',
      'Servers offline',
      'Outlook offline',
      'Online database / FileMaker down',
    ]) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stderr).toBe('');
  });
});
