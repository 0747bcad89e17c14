// The hostile-input corpus in git (tests/fixtures/hostile/<case>/, each with
// an expect.json saying where the loader finds the problem).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import type { Broken } from './broken-runbook-commands.js';

const CORPUS = join(FIXTURES, 'hostile');

export const CASES = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    name: d.name,
    expected: JSON.parse(readFileSync(join(CORPUS, d.name, 'expect.json'), 'utf8')) as Broken & { about: string },
  }));

/** A copy of the case in a fresh folder that is also the working folder: paths show as `drill.yaml`. */
export function caseFolder(name: string): string {
  const dir = join(tempDir('coop-hostile-'), name);
  cpSync(join(CORPUS, name), dir, { recursive: true });
  return dir;
}
