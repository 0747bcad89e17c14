// Every case of the hostile-input corpus (tests/fixtures/hostile/<case>/,
// each with its expect.json) through every command that reads a library, as
// the built binary: the documented exit code, the position and message where
// there is one, and for every run no stack trace, no raw control character
// and done within a second. Runs one process at a time, so timings mean
// something on a 2-core machine.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/run-coop.js';
import { describeRun, expectCleanRun, expectOneLineError, timedCoop } from './hostile-checks.js';

interface Expected {
  about: string;
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
}

const CORPUS = join(FIXTURES, 'hostile');
const CASES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, expected: JSON.parse(readFileSync(join(CORPUS, d.name, 'expect.json'), 'utf8')) as Expected }));

/** A copy of the case in a fresh folder that is also the working folder: paths show as `drill.yaml`. */
function caseFolder(name: string): string {
  const dir = join(tempDir('coop-hostile-'), name);
  cpSync(join(CORPUS, name), dir, { recursive: true });
  return dir;
}

describe.sequential('the hostile-input corpus through every command', () => {
  it('has the cases the issue names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(17);
  });

  describe.each(CASES)('$name', ({ name, expected }) => {
    const where = `${expected.file}:${expected.line}:${expected.col}`;

    it(`lint: exit 1, ${where} with the message and [${expected.code}]`, () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'lint', '--format', 'compact'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(1);
      expect(r.stdout.split('\n'), describeRun(r)).toContain(`${where}: error: ${expected.message} [${expected.code}]`);
    });

    it('list: exit 0, the runbook named on stderr as not loadable', () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'list'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr, describeRun(r)).toContain(`coop: warning: ${expected.file} could not be loaded; run "coop lint"`);
      expect(r.stdout, describeRun(r)).toContain('(no runbooks in ');
    });

    it(`show: exit 2, one line with ${where}`, () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'show', 'drill'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, `coop: runbook "drill" cannot be used: ${where}: ${expected.message}; run "coop lint" to see every problem`);
      expect(r.stdout).toBe('');
    });

    it('export: exit 0, exports what loaded and names the file left out', () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'export', '--out', 'binder.html'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr.split('\n'), describeRun(r)).toEqual([
        `coop: ${expected.file}: 1 problem; left out of the export`,
        'coop: run "coop lint" to see every problem; the export says on its cover what is missing',
        'coop: wrote the printable binder to binder.html (0 runbooks, 1 contact)',
        '',
      ]);
      expect(readFileSync(join(cwd, 'binder.html'), 'utf8')).toContain(expected.file);
    });

    it('incident --yes: exit 2, one line with the position, no journal written', () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'incident', 'drill', '--yes', '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, `${where}: ${expected.message}`);
      expect(existsSync(join(cwd, 'journal'))).toBe(false);
    });

    it('incident --dry-run: exit 2, one line with the position', () => {
      const cwd = caseFolder(name);
      const r = timedCoop(['--runbooks', '.', 'incident', 'drill', '--dry-run'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, `${where}: ${expected.message}`);
      expect(r.stdout).toBe('');
    });
  });
});
