// A copy of the shipped library in a folder of a test's own (coop never
// changes the shipped one), and coop run in-process on it.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/main/cli.js';
import { fakeIO } from '../lint/fake-io.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/run-coop.js';

/** A working folder holding `runbooks/`, a copy of the shipped library. */
export function shippedCopy(): string {
  const cwd = tempDir();
  cpSync(SHIPPED_RUNBOOKS, join(cwd, 'runbooks'), { recursive: true });
  return cwd;
}

export async function coopIn(cwd: string, ...argv: string[]) {
  const io = fakeIO({ cwd, env: { COOP_NO_CACHE: '1', COOP_JOURNAL_DIR: join(cwd, 'journal') } });
  const code = await main(argv, () => io);
  return { code, out: io.out(), err: io.err() };
}
