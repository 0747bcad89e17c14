// The record of a review and its sign-off (coop review), kept in the journal
// folder beside the incidents, in reviews/: who reviewed which runbook when,
// what they flagged, and the content hash of the file they signed off, so
// coop status can tell a flagged item still open (the file has not changed
// since) and a runbook changed after its last sign-off. One JSON file a
// review, created once and never overwritten (docs/journal.md).
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { describeDiskError } from '../system/disk-errors.js';
import { UserError } from '../system/errors.js';
import { makeFolder } from '../system/make-folder.js';
import { readRegularFile } from '../system/read-regular-file.js';
import { isGroupFolder, shareFileWithGroup, shareFolderWithGroup } from '../system/shared-folder.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine, terminalSafeJson } from '../text/sanitize.js';
import { isIncidentId } from './paths.js';
import { syncFolder } from './writer.js';
import { INVALID, reviewRecord } from './record-parsers.generated.js';
import type { ReviewRecord } from './review-record-schema.js';

export const REVIEWS_FOLDER = 'reviews';
const RECORD_EXTENSION = '.json';
/** Far beyond a review of the largest runbook a person would go through item by item. */
const MAX_RECORD_BYTES = 4 * 1024 * 1024;

export type { ReviewItemRecord, ReviewRecord } from './review-record-schema.js';

export function reviewsFolder(journalDir: string): string {
  return join(journalDir, REVIEWS_FOLDER);
}

/** Writes the record as a new file (never over another), durable before it returns; the path it wrote. */
export function writeReviewRecord(journalDir: string, record: ReviewRecord, cwd: string): string {
  if (!isIncidentId(record.id)) throw new Error(`not a record id: ${record.id}`);
  const path = join(reviewsFolder(journalDir), record.id + RECORD_EXTENSION);
  const shown = displayPathOf(path, cwd);
  try {
    makeReviewsFolder(journalDir);
    const fd = fs.openSync(path, 'wx', 0o666);
    try {
      if (isGroupFolder(dirname(path))) shareFileWithGroup(fd);
      fs.writeSync(fd, `${terminalSafeJson(record, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    syncFolder(fs, dirname(path));
  } catch (error) {
    throw new UserError(`cannot record the review in ${safeLine(shown)}: ${describeDiskError(error)}`);
  }
  return shown;
}

/** reviews/ in a shared (setgid) journal folder is the group's too, so a colleague can sign off the next review. */
function makeReviewsFolder(journalDir: string): void {
  const dir = reviewsFolder(journalDir);
  if (fs.existsSync(dir)) return;
  makeFolder(dir);
  if (isGroupFolder(journalDir)) shareFolderWithGroup(dir);
}

export interface ReviewRecords {
  records: ReviewRecord[];
  /** Files set aside, each with a one-line reason that starts with the file. */
  unreadable: Array<{ file: string; problem: string }>;
}

/** Every review record of the journal folder, oldest first; a folder not there yet holds none. */
export function readReviewRecords(journalDir: string, cwd: string): ReviewRecords {
  const dir = reviewsFolder(journalDir);
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith(RECORD_EXTENSION))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], unreadable: [] };
    throw new UserError(
      `cannot read the review records in ${safeLine(displayPathOf(dir, cwd))}: ${describeDiskError(error)}`,
    );
  }
  const found: ReviewRecords = { records: [], unreadable: [] };
  for (const name of names) {
    const path = join(dir, name);
    const shown = displayPathOf(path, cwd);
    const problem = (why: string) => found.unreadable.push({ file: shown, problem: `${shown}: ${why}` });
    const id = name.slice(0, -RECORD_EXTENSION.length);
    if (!isIncidentId(id)) {
      problem('its name is not a record id (like 20261123-091503-power-loss-k3f9.json)');
      continue;
    }
    // A shared folder may hold anything: a named pipe, a link to /dev/zero; none may hang or exhaust coop.
    const read = readRegularFile(path, MAX_RECORD_BYTES);
    if (!read.ok) {
      problem(
        read.kind === 'error'
          ? `cannot be read: ${describeDiskError(read.error)}`
          : 'is not a review record coop wrote (not a regular file, or too large)',
      );
      continue;
    }
    try {
      // The parser written out from the record's schema (review-record-schema.ts).
      const parsed = reviewRecord(JSON.parse(read.bytes.toString('utf8')));
      const record = parsed === INVALID ? undefined : (parsed as ReviewRecord);
      if (!record) problem('is not a coop review record');
      else if (record.id !== id) problem(`holds review ${safeLine(record.id)}, not ${id} as its name says`);
      else found.records.push(record);
    } catch {
      problem('is not JSON');
    }
  }
  return found;
}
