// A check step's command runs only when someone allowed it: never by lint,
// show, export, list, contacts or --dry-run (whatever else is given), in
// scripted use only with --allow-commands; and what it prints is capped in
// the journal. The proof is a command that leaves a marker file behind
// (tests/fixtures/walk/commands/marker.yaml: `echo ran > ran-marker`).
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { MAX_CHECK_OUTPUT_BYTES } from '../../src/walk/check-runner.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { coop } from '../helpers/coop.js';
import { describeRun, expectCleanRun } from '../helpers/expect-run.js';

const COMMANDS = join(FIXTURES, 'walk', 'commands');

/** A fresh working folder (where the marker would land) holding a copy of the library. */
function workspace(): string {
  const cwd = tempDir('coop-commands-');
  cpSync(COMMANDS, join(cwd, 'lib'), { recursive: true });
  return cwd;
}

const READERS: string[][] = [
  ['lint'],
  ...['stylish', 'compact', 'json', 'sarif', 'github'].map((f) => ['lint', '--format', f]),
  ['list'],
  ['list', '--json'],
  ['contacts'],
  ...['text', 'markdown', 'json', 'html'].map((f) => ['show', 'marker', '--format', f]),
  ['export', '--format', 'html'],
  ['export', '--format', 'markdown', '--out', 'plan.md'],
  ['incident', 'marker', '--dry-run'],
  ['incident', 'marker', '--dry-run', '--allow-commands'],
  ['incident', 'marker', '--dry-run', '--allow-commands', '--yes', '--json'],
  ['drill', 'marker', '--dry-run', '--allow-commands', '--yes'],
];

describe('check commands run only when allowed', () => {
  it.each(READERS)('coop %s ... does not run the command', async (...args) => {
    const cwd = workspace();
    const r = await coop(['--runbooks', 'lib', ...args], { cwd });
    expectCleanRun(r);
    expect([0, 1], describeRun(r)).toContain(r.code);
    expect(existsSync(join(cwd, 'ran-marker')), describeRun(r)).toBe(false);
    expect(existsSync(join(cwd, 'lib', 'ran-marker'))).toBe(false);
  });

  it('coop show prints the command exactly as it would run', async () => {
    const r = await coop(['--runbooks', 'lib', 'show', 'marker'], { cwd: workspace() });
    expect(r.stdout).toContain('command: echo ran > ran-marker');
  });

  it('a scripted incident without --allow-commands pauses at the check, and runs nothing', async () => {
    const cwd = workspace();
    const r = await coop(['--runbooks', 'lib', 'incident', 'marker', '--yes', '--journal-dir', 'j'], { cwd });
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stderr).toContain(
      'coop: step write-marker would run the command `echo ran > ran-marker`, and commands run only when allowed',
    );
    expect(existsSync(join(cwd, 'ran-marker'))).toBe(false);
  });

  it('with --allow-commands it runs, exactly once (the marker proves the test could see it)', async () => {
    const cwd = workspace();
    const r = await coop(
      ['--runbooks', 'lib', 'incident', 'marker', '--yes', '--allow-commands', '--journal-dir', 'j'],
      { cwd },
    );
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(0);
    expect(existsSync(join(cwd, 'ran-marker'))).toBe(true);
  });
});

describe('a check command in a retry loop, in scripted use', () => {
  const RETRY = [
    'id: retry',
    'title: Retry until it answers',
    'steps:',
    '  - id: ping',
    '    title: Ping the server',
    '    run: "false"',
    '    timeout: 5s',
    '    on_success: end',
    '    on_failure: wait',
    '  - id: wait',
    '    do: Wait a minute.',
    '    next: ping',
    '',
  ].join('\n');

  it('stops once the command turns out the same again, instead of looping for ever', async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, 'lib', 'retry.yaml'), RETRY);
    const r = await coop(
      ['--runbooks', 'lib', 'incident', 'retry', '--yes', '--allow-commands', '--journal-dir', 'j'],
      {
        cwd,
      },
    );
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(2);
    expect(r.stderr).toContain(
      'coop: the answers go round a loop for ever: the walk is back at step wait and nothing has changed since it was last there; the command of ping failed again; resume once it can turn out otherwise, or give ping its outcome in the answers file',
    );
    const [file] = readdirSync(join(cwd, 'j')).filter((n) => n.endsWith('.jsonl'));
    const events = readJournalFile(join(cwd, 'j', file!)).events;
    expect(events.filter((e) => e.type === 'check-result')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'paused', reason: 'loop' });
  });
});

describe('a check command that prints a lot', () => {
  it('keeps its first and last 32 KiB in the journal, says what was cut, and the screen shows only the end', async () => {
    const cwd = workspace();
    // 300 KB of x, then a last line a person would want to see.
    writeFileSync(
      join(cwd, 'lib', 'loud.yaml'),
      [
        'id: loud',
        'title: A loud check',
        'steps:',
        '  - id: shout',
        '    title: Print a lot',
        `    run: "head -c 300000 /dev/zero | tr '\\\\0' x; echo; echo LAST LINE"`,
        '    timeout: 10s',
        '    on_failure: end',
        '',
      ].join('\n'),
    );
    const r = await coop(['--runbooks', 'lib', 'incident', 'loud', '--allow-commands', '--journal-dir', 'j'], { cwd });
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(0);
    const [file] = readdirSync(join(cwd, 'j')).filter((n) => n.endsWith('.jsonl'));
    const result = readJournalFile(join(cwd, 'j', file!)).events.find((e) => e.type === 'check-result') as {
      output: string;
      outputTruncated: boolean;
    };
    expect(result.outputTruncated).toBe(true);
    expect(result.output).toMatch(/^x{32768}\n\[\.\.\. \d+ bytes of output not kept \.\.\.\]\nx+\nLAST LINE\n$/);
    expect(Buffer.byteLength(result.output)).toBeLessThan(MAX_CHECK_OUTPUT_BYTES + 100);
    // The screen shows a few lines, not 300 KB.
    expect(r.stdout.length + r.stderr.length).toBeLessThan(20_000);
    expect(r.stdout).toContain('LAST LINE');
  });
});
