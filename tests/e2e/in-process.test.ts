// The in-process runner (tests/helpers/coop.ts) stands in for the built
// binary in most command tests: here both run the same commands, and what a
// person or a script sees (exit code, stdout, stderr) is the same, byte for byte.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import type { CoopResult } from '../helpers/expect-run.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const cwd = tempDir('coop-parity-');
cpSync(join(FIXTURES, 'walk', 'mixed'), join(cwd, 'mixed'), { recursive: true });

// One of each way a command ends and prints: help and version, a usage error,
// text, JSON, Markdown and colour, a library problem, a refusal, a dry run.
const SAMPLE: string[][] = [
  ['--version'],
  ['-V'],
  ['show', '--help'],
  ['list', '--bogus'],
  ['exercise', 'run'],
  ['list', '--json'],
  ['show', 'power-loss', '--color'],
  ['show', 'powr-loss'],
  ['lint', '--format', 'stylish', '--color', '--today', '2026-11-23'],
  ['--runbooks', 'mixed', 'lint', '--format', 'json', '--today', '2026-11-23'],
  ['--runbooks', 'mixed', 'incident', 'good', '--dry-run'],
  ['--runbooks', 'mixed', 'incident', 'dangling', '--yes', '--journal-dir', 'journal'],
  ['--runbooks', 'nowhere', 'list'],
  ['export', '--format', 'markdown'],
  ['report', '../x'],
];

/** A run in `cwd` with what differs from one walk to the next (its folder, incident id and clock) masked. */
function masked(r: CoopResult, cwd: string): CoopResult {
  const mask = (text: string) =>
    text
      .replaceAll(cwd, '<cwd>')
      .replace(/\b\d{8}-\d{6}-[a-z0-9-]+-[a-z2-9]{4}\b/g, '<incident>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, '<ts>')
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, '<local time>')
      // Counted from the clock when the line is printed: 30m 00s, or 29m 59s once a second has gone by.
      .replace(/\(in \d+m \d\ds\)/g, '(in <time left>)')
      .replace(/"durationMs":\d+/g, '"durationMs":<ms>')
      // Each line's hash covers the line before it, clock and incident id included.
      .replace(/"prev":"sha256:[0-9a-f]{64}"/g, '"prev":"<hash of the line before>"');
  return { ...r, stdout: mask(r.stdout), stderr: mask(r.stderr) };
}

describe('coop in-process and the built binary', () => {
  it.each(SAMPLE)('coop %s ... : the same exit code, stdout and stderr', async (...args) => {
    const binary = runCoop(args, { cwd });
    const inProcess = await coop(args, { cwd });
    expect(inProcess).toEqual(binary);
  });

  it.each([
    ['incident', 'power-loss', '--yes', '--journal-dir', 'journal', '--as', 'Pat Smith'],
    ['drill', 'fire', '--yes', '--json', '--journal-dir', 'journal', '--as', 'Pat Smith'],
  ])('coop %s %s ... : the same walk, the same screens, the same events', async (...args) => {
    const [one, other] = [tempDir(), tempDir()];
    const binary = runCoop(args, { cwd: one });
    const inProcess = await coop(args, { cwd: other });
    expect(masked(inProcess, other)).toEqual(masked(binary, one));
  });
});
