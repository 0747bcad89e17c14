// The records fixtures (tests/fixtures/journals): a small library, a folder of
// journals written through the walk engine at fixed times, and a fixed clock
// two days after the newest; every test runs in UTC (vitest.config.ts), so
// every time in a snapshot is the same on every machine.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IO } from '../../src/system/io.js';
import { fakeIO, type FakeIO } from '../helpers/fake-io.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

export const JOURNALS = join(FIXTURES, 'journals');
export const RECORDS_LIBRARY = join(JOURNALS, 'library');
export const JOURNAL_FOLDER = join(JOURNALS, 'folder');
/** The hand-over journal as an older coop wrote it (journal version 1: no chain, no wording). */
export const V1_FOLDER = join(JOURNALS, 'v1');
export const NOW = '2026-11-25';

export const IDS = {
  handedOver: '20261123-091503-power-loss-k3f9',
  drill: '20261120-140000-fire-d7r2',
  pausedWithCheck: '20261124-080000-mail-check-m2x7',
  oldDrill: '20250910-100000-mail-check-q8w4',
  oldIncident: '20250601-100000-power-loss-a2b3',
  hostile: '20261124-150000-fire-h0st',
} as const;

/** An in-process IO at the fixed clock, reading no cache. */
export function recordsIO(
  options: { now?: string; tty?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): FakeIO {
  return fakeIO({
    now: options.now ?? NOW,
    env: { COOP_NO_CACHE: '1', HOME: tempDir(), ...options.env },
    tty: options.tty,
    cwd: options.cwd,
  });
}

/** A copy of a fixture folder (journals or library) that a test may change. */
export function copyOf(folder: string, ids?: string[]): string {
  const dir = tempDir('coop-records-');
  if (ids) {
    mkdirSync(dir, { recursive: true });
    for (const id of ids) cpSync(join(folder, `${id}.jsonl`), join(dir, `${id}.jsonl`));
  } else cpSync(folder, dir, { recursive: true });
  return dir;
}

export type { IO };
