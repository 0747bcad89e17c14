// coop as a person first meets it: the built binary in a fresh folder, real
// exit codes, what lands on stdout and on stderr, and a reader that goes
// away. The read-only commands in detail: tests/commands/read-only.test.ts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COOP_BIN } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

describe('coop (built binary)', () => {
  it('prints its version and help with examples', () => {
    const version = runCoop(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCoop(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    for (const command of ['incident', 'lint', 'list', 'show', 'contacts', 'export'])
      expect(help.stdout).toContain(command);
    const showHelp = runCoop(['show', '--help']);
    expect(showHelp.stdout).toMatch(/show one runbook/);
    expect(showHelp.stdout).toContain('$ coop show power-loss');
  });
  it('exits 2 with one line for an unknown command or option', () => {
    const r = runCoop(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("coop: unknown command 'frobnicate'");
    expect(runCoop(['list', '--bogus']).code).toBe(2);
  });
  it('lists the six procedures of the shipped library from any folder', () => {
    const r = runCoop(['list']);
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
  it('stays quiet when the reader of its output goes away (coop show | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${COOP_BIN}" contacts | head -1; exit 0`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)");
    expect(r.stderr).toBe('');
  });
});
