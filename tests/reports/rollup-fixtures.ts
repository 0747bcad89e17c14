// A state of agency libraries for the rollup tests (tests/fixtures/rollup):
// one clean, one overdue, one without recovery objectives, one with a file
// that is not YAML, and, made at run time, one whose folder cannot be read
// (a link to a folder that is gone: it cannot be read even by root). The
// journals give the clean agency a recent drill and an incident, and the
// overdue agency a drill too long ago to count.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../src/library/load.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec } from '../journal/journal-builder.js';

export const AGENCIES = join(FIXTURES, 'rollup', 'agencies');
export const NOW = '2026-11-30T12:00:00Z';
export const AGENCY_NAMES = ['broken-agency', 'clean-agency', 'no-rto-agency', 'overdue-agency', 'unreadable-agency'];

/** A copy of the fixture agencies with the unreadable one beside them. */
export function stateFolder(): string {
  const dir = join(tempDir('coop-rollup-'), 'agencies');
  cpSync(AGENCIES, dir, { recursive: true });
  symlinkSync(join(dir, 'moved-away'), join(dir, 'unreadable-agency'));
  return dir;
}

const WALKED: JournalSpec['inputs'] = [
  [5, { type: 'done' }],
  [6, { type: 'done' }],
  [7, { type: 'answer', answer: 'Yes' }],
];

/** Journals in the shared layout: one folder per agency, named as its library folder. */
export function journalsFolder(): string {
  const dir = tempDir('coop-rollup-journals-');
  const write = (agency: string, spec: Omit<JournalSpec, 'person' | 'runbook' | 'inputs'>) => {
    mkdirSync(join(dir, agency), { recursive: true });
    const library = loadLibrary(join(AGENCIES, agency));
    const text = journalText(library, { person: 'Pat Lee', runbook: 'power-loss', inputs: WALKED, ...spec });
    writeFileSync(join(dir, agency, `${spec.id}.jsonl`), text);
  };
  write('clean-agency', { id: '20261001-100000-power-loss-d1r1', drill: true, startedAt: '2026-10-01T10:00:00Z' });
  write('clean-agency', { id: '20260801-090000-power-loss-r3a1', startedAt: '2026-08-01T09:00:00Z' });
  write('overdue-agency', { id: '20250101-100000-power-loss-d0ld', drill: true, startedAt: '2025-01-01T10:00:00Z' });
  return dir;
}
