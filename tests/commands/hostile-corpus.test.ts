// Every case of the hostile-input corpus (tests/fixtures/hostile/<case>/,
// each with its expect.json) through every command that reads a library, in
// process: the documented exit code, the position and message where there is
// one, and for every run no stack trace and no raw control character.
// tests/e2e/hostile.test.ts runs a sample through the built binary.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { FIXTURES } from '../helpers/paths.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK } from './broken-runbook-commands.js';
import { CASES, caseFolder } from './corpus.js';

describe('the hostile-input corpus through every command', () => {
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
async function brokenAfterAnIncident(name: string): Promise<{ cwd: string; id: string }> {
  const cwd = caseFolder(name);
  const broken = readFileSync(join(cwd, 'drill.yaml'));
  writeFileSync(
    join(cwd, 'drill.yaml'),
    readFileSync(join(FIXTURES, 'walk', 'library', 'unnamed.yaml'), 'utf8').replace('id: unnamed', 'id: drill'),
  );
  const started = await coop(['--runbooks', '.', 'incident', 'drill', '--yes', '--journal-dir', 'journal'], { cwd });
  expect(started.code, describeRun(started)).toBe(2);
  writeFileSync(join(cwd, 'drill.yaml'), broken);
  return {
    cwd,
    id: readdirSync(join(cwd, 'journal'))
      .find((n) => n.endsWith('.jsonl'))!
      .replace(/\.jsonl$/, ''),
  };
}

describe('the corpus breaking the runbook of an incident in progress', () => {
  describe.each(CASES)('$name', ({ name, expected }) => {
    it('resume: exit 2, one line naming the runbook and its problem at file:line:col, nothing appended', async () => {
      const { cwd, id } = await brokenAfterAnIncident(name);
      const journal = readFileSync(join(cwd, 'journal', `${id}.jsonl`), 'utf8');
      const r = await coop(['--runbooks', '.', 'resume', id, '--yes', '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, 'runbook "drill"');
      expect(r.stderr).toContain(
        `cannot be loaded: ${expected.file}:${expected.line}:${expected.col}: ${expected.message}`,
      );
      expect(readFileSync(join(cwd, 'journal', `${id}.jsonl`), 'utf8')).toBe(journal);
    });

    it('report: exit 0, the report from the journal, and the problem with its position on stderr', async () => {
      const { cwd, id } = await brokenAfterAnIncident(name);
      const r = await coop(['--runbooks', '.', 'report', id, '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stdout).toContain('# After-action report');
      expect(r.stderr, describeRun(r)).toContain(
        `(first: ${expected.file}:${expected.line}:${expected.col}: ${expected.message})`,
      );
    });
  });
});
