// A copy of the shipped library in a folder of a test's own (coop never
// changes the shipped one), and coop run in-process on it.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

/** The day the tests of the plan's upkeep take as today. */
export const TODAY = new Date('2026-11-23T12:00:00');

/** A working folder holding `runbooks/`, a copy of the shipped library. */
export function shippedCopy(): string {
  const cwd = tempDir();
  cpSync(SHIPPED_RUNBOOKS, join(cwd, 'runbooks'), { recursive: true });
  return cwd;
}

/** `coop argv...` in `cwd`, with the journals kept in `cwd/journal`, on TODAY. */
export async function coopIn(cwd: string, ...argv: string[]) {
  const r = await coop(argv, { cwd, now: TODAY, env: { COOP_NO_CACHE: '1', COOP_JOURNAL_DIR: join(cwd, 'journal') } });
  return { code: r.code, out: r.stdout, err: r.stderr };
}
