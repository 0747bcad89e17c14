// A record of an incident that went on somewhere else while its journal went
// on here: a phone walking it in the go-kit (docs/kit.md) while someone
// carried it on at a computer. The two share their start and then part. The
// journal stays one writer's and is never rewritten, so the record that parted
// is not joined to it: it is kept whole beside it, in the journal folder's
// kept-apart/, as a journal of its own (same format, same hash chain, the
// same checks when read), for coop report and coop resume to show. Nothing of
// either is dropped (docs/journal.md, "A record kept apart").
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEvent } from './events.js';
import { journalPath } from './paths.js';
import { readJournalFile, type ReadJournal } from './reader.js';
import { isGroupFolder, shareFolderWithGroup } from '../system/shared-folder.js';
import { makeFolder } from '../system/make-folder.js';

export const KEPT_APART_FOLDER = 'kept-apart';

export function keptApartFolder(journalDir: string): string {
  return join(journalDir, KEPT_APART_FOLDER);
}

/** The record of incident `id` kept apart from its journal (the id is checked, as for every journal path). */
export function keptApartPath(journalDir: string, id: string): string {
  return journalPath(keptApartFolder(journalDir), id);
}

/** kept-apart/ in a shared (setgid) journal folder is the group's too, as the journals beside it are. */
export function makeKeptApartFolder(journalDir: string): void {
  const dir = keptApartFolder(journalDir);
  if (existsSync(dir)) return;
  makeFolder(dir);
  if (isGroupFolder(journalDir)) shareFolderWithGroup(dir);
}

/** Whether a record of incident `id` is kept apart from its journal (coop incidents marks it). */
export function hasKeptApart(journalDir: string, id: string): boolean {
  return existsSync(keptApartPath(journalDir, id));
}

/** The record kept apart from incident `id`'s journal, read as any journal is; undefined when there is none. */
export function readKeptApart(journalDir: string, id: string, shown: string): ReadJournal | undefined {
  const path = keptApartPath(journalDir, id);
  return existsSync(path) ? readJournalFile(path, shown) : undefined;
}

/**
 * How a record stands to a journal of the same incident: `within` when the
 * journal holds every event of it already (the same download again, or an
 * older one), `ahead` when the journal is where the record began and its
 * events from `from` on are new (a later download), `parted` when they differ
 * from event `at` on (index into both): each went on its own way.
 */
export type RecordRelation = { kind: 'within' } | { kind: 'ahead'; from: number } | { kind: 'parted'; at: number };

export function relationOf(journal: readonly JournalEvent[], record: readonly JournalEvent[]): RecordRelation {
  const shared = Math.min(journal.length, record.length);
  for (let i = 0; i < shared; i++) if (!sameEvent(journal[i]!, record[i]!)) return { kind: 'parted', at: i };
  return record.length > journal.length ? { kind: 'ahead', from: journal.length } : { kind: 'within' };
}

/** The same event; the reader keeps the hash chain apart, so two copies of a line compare equal. */
function sameEvent(a: JournalEvent, b: JournalEvent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
