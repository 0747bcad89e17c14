// Review records live in the journal folder, which may be a group's shared
// folder that anyone can put anything in: a record is the group's to read and
// write there, and what is not a record is set aside without hanging coop.
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewRecords, reviewsFolder, writeReviewRecord } from '../../src/journal/review-record.js';
import { tempDir } from '../helpers/paths.js';
import { REVIEW_RECORD } from '../helpers/review-record-sample.js';

const RECORD = REVIEW_RECORD;

describe('review records', () => {
  it('are read back as written', () => {
    const dir = tempDir();
    writeReviewRecord(dir, RECORD, dir);
    expect(readReviewRecords(dir, dir)).toEqual({ records: [RECORD], unreadable: [] });
  });

  it('in a shared (setgid) journal folder, give the group read and write', () => {
    const dir = tempDir();
    chmodSync(dir, 0o2770);
    writeReviewRecord(dir, RECORD, dir);
    expect(statSync(reviewsFolder(dir)).mode & 0o070).toBe(0o070);
    expect(statSync(join(reviewsFolder(dir), `${RECORD.id}.json`)).mode & 0o060).toBe(0o060);
  });

  it('set a named pipe or a file that is not a record aside, each with its reason', () => {
    const dir = tempDir();
    mkdirSync(reviewsFolder(dir));
    execFileSync('mkfifo', [join(reviewsFolder(dir), '20261123-091503-power-loss-aaaa.json')]);
    writeFileSync(join(reviewsFolder(dir), '20261123-091503-power-loss-bbbb.json'), '{"v":1}');
    expect(readReviewRecords(dir, dir).unreadable.map((u) => u.problem)).toEqual([
      'reviews/20261123-091503-power-loss-aaaa.json: is not a review record coop wrote (not a regular file, or too large)',
      'reviews/20261123-091503-power-loss-bbbb.json: is not a coop review record',
    ]);
  });
});
