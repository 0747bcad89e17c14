// Every case of the hostile-input corpus (tests/fixtures/hostile/<case>/,
// each with its expect.json) through every command that reads a library, as
// the built binary: the documented exit code, the position and message where
// there is one, and for every run no stack trace, no raw control character
// and done within a second. One process at a time, so timings mean something
// on a 2-core machine.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/run-coop.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK, type Broken } from './broken-runbook-commands.js';
import { describeRun, expectCleanRun, expectOneLineError, timedCoop } from './hostile-checks.js';

const CORPUS = join(FIXTURES, 'hostile');
const CASES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    expected: JSON.parse(readFileSync(join(CORPUS, d.name, 'expect.json'), 'utf8')) as Broken & { about: string },
  }));

/** A copy of the case in a fresh folder that is also the working folder: paths show as `drill.yaml`. */
function caseFolder(name: string): string {
  const dir = join(tempDir('coop-hostile-'), name);
  cpSync(join(CORPUS, name), dir, { recursive: true });
  return dir;
}

describe.sequential('the hostile-input corpus through every command', () => {
  it('holds the cases the issue names', () => {
    expect(CASES.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'alias-bomb',
        'deep-nesting',
        'tab-indent',
        'duplicate-key',
        'empty-file',
        'root-list',
        'root-scalar',
        'multiple-documents',
        'binary',
        'nul-byte',
        'invalid-utf8',
      ]),
    );
  });

  describe.each(CASES)('$name ($expected.about)', ({ name, expected }) => {
    it.each(COMMANDS_ON_A_BROKEN_RUNBOOK)('$name', ({ check }) => check(caseFolder(name), 'drill', expected));
  });
});

/**
 * A library whose drill.yaml was good when an incident started (it paused at
 * its question) and was broken afterwards, as the case breaks it.
 */
function brokenAfterAnIncident(name: string): { cwd: string; id: string } {
  const cwd = caseFolder(name);
  const broken = readFileSync(join(cwd, 'drill.yaml'));
  writeFileSync(
    join(cwd, 'drill.yaml'),
    readFileSync(join(FIXTURES, 'walk', 'library', 'unnamed.yaml'), 'utf8').replace('id: unnamed', 'id: drill'),
  );
  const started = timedCoop(['--runbooks', '.', 'incident', 'drill', '--yes', '--journal-dir', 'journal'], { cwd });
  expect(started.code, describeRun(started)).toBe(2);
  writeFileSync(join(cwd, 'drill.yaml'), broken);
  return {
    cwd,
    id: readdirSync(join(cwd, 'journal'))
      .find((n) => n.endsWith('.jsonl'))!
      .replace(/\.jsonl$/, ''),
  };
}

describe.sequential('the corpus breaking the runbook of an incident in progress', () => {
  describe.each(CASES)('$name', ({ name, expected }) => {
    it('resume: exit 2, one line naming the runbook and its problem at file:line:col, nothing appended', () => {
      const { cwd, id } = brokenAfterAnIncident(name);
      const journal = readFileSync(join(cwd, 'journal', `${id}.jsonl`), 'utf8');
      const r = timedCoop(['--runbooks', '.', 'resume', id, '--yes', '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, 'runbook "drill"');
      expect(r.stderr).toContain(
        `cannot be loaded: ${expected.file}:${expected.line}:${expected.col}: ${expected.message}`,
      );
      expect(readFileSync(join(cwd, 'journal', `${id}.jsonl`), 'utf8')).toBe(journal);
    });

    it('report: exit 0, the report from the journal, and the problem with its position on stderr', () => {
      const { cwd, id } = brokenAfterAnIncident(name);
      const r = timedCoop(['--runbooks', '.', 'report', id, '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stdout).toContain('# After-action report');
      expect(r.stderr, describeRun(r)).toContain(
        `(first: ${expected.file}:${expected.line}:${expected.col}: ${expected.message})`,
      );
    });
  });
});
