// Where things are, for every test: the repository, the built binary, the
// shipped library, the fixtures; and a fresh folder of a test's own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COOP_BIN = join(REPO_ROOT, 'bin', 'coop.js');
export const SHIPPED_RUNBOOKS = join(REPO_ROOT, 'runbooks');
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

export function tempDir(prefix = 'coop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
