// Every case of the hostile-input corpus (tests/fixtures/hostile/<case>/,
// each with its expect.json) through every command that reads a library, as
// the built binary: the documented exit code, the position and message where
// there is one, and for every run no stack trace, no raw control character
// and done within a second. One process at a time, so timings mean something
// on a 2-core machine.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/run-coop.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK, type Broken } from './broken-runbook-commands.js';

const CORPUS = join(FIXTURES, 'hostile');
const CASES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({ name: d.name, expected: JSON.parse(readFileSync(join(CORPUS, d.name, 'expect.json'), 'utf8')) as Broken & { about: string } }));

/** A copy of the case in a fresh folder that is also the working folder: paths show as `drill.yaml`. */
function caseFolder(name: string): string {
  const dir = join(tempDir('coop-hostile-'), name);
  cpSync(join(CORPUS, name), dir, { recursive: true });
  return dir;
}

describe.sequential('the hostile-input corpus through every command', () => {
  it('holds the cases the issue names', () => {
    expect(CASES.map((c) => c.name)).toEqual(expect.arrayContaining(['alias-bomb', 'deep-nesting', 'tab-indent', 'duplicate-key', 'empty-file', 'root-list', 'root-scalar', 'multiple-documents', 'binary', 'nul-byte', 'invalid-utf8']));
  });

  describe.each(CASES)('$name ($expected.about)', ({ name, expected }) => {
    it.each(COMMANDS_ON_A_BROKEN_RUNBOOK)('$name', ({ check }) => check(caseFolder(name), 'drill', expected));
  });
});
