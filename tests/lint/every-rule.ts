// The library under tests/fixtures/lint/every-rule and what lint must find in it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../src/library/load.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { journalText } from '../journal/journal-builder.js';

export const EVERY_RULE = join(FIXTURES, 'lint', 'every-rule');

/**
 * Its journal folder: one drill of the runbook "good", which recovers the
 * systems mail (RTO 4h) and files (RTO 2d), that took 5 hours.
 */
export function everyRuleJournals(): string {
  const dir = tempDir();
  const spec = { id: '20261101-090000-good-a2b3', runbook: 'good', person: 'Pat', drill: true };
  const journal = journalText(loadLibrary(EVERY_RULE), {
    ...spec,
    startedAt: '2026-11-01T09:00:00Z',
    inputs: [[300, { type: 'done' }]],
  });
  writeFileSync(join(dir, `${spec.id}.jsonl`), journal);
  return dir;
}

/** [file, line, col, rule], in the order the report lists them. */
export const EXPECTED_EVERY_RULE: Array<[string, number, number, string]> = [
  ['contacts.yaml', 10, 18, 'alternates-cycle'],
  ['contacts.yaml', 11, 5, 'contact-no-reach'],
  ['contacts.yaml', 15, 12, 'phone-invalid'],
  ['contacts.yaml', 16, 15, 'contact-verified-stale'],
  ['contacts.yaml', 17, 9, 'duplicate-contact-id'],
  ['coop.yaml', 3, 5, 'unknown-rule'],
  ['duplicate-key.yaml', 3, 1, 'duplicate-key'],
  ['escape.yaml', 2, 8, 'control-character'],
  ['exercises/exercise.yaml', 2, 5, 'exercise-id-mismatch'],
  ['exercises/exercise.yaml', 5, 18, 'exercise-unknown-runbook'],
  ['exercises/exercise.yaml', 7, 1, 'exercise-role-missing'],
  ['exercises/exercise.yaml', 10, 14, 'exercise-unknown-contact'],
  ['exercises/exercise.yaml', 15, 9, 'duplicate-exercise-item'],
  ['exercises/exercise.yaml', 18, 9, 'objective-not-exercised'],
  ['exercises/exercise.yaml', 26, 13, 'exercise-unknown-step'],
  ['exercises/exercise.yaml', 28, 25, 'exercise-unknown-objective'],
  ['exercises/exercise.yaml', 30, 9, 'inject-out-of-order'],
  ['flow.yaml', 14, 5, 'branch-fallthrough'],
  ['flow.yaml', 25, 5, 'no-path-to-end'],
  ['flow.yaml', 28, 5, 'unreachable-step'],
  ['folder.yaml', 1, 1, 'file-unreadable'],
  ['future.yaml', 4, 11, 'reviewed-in-future'],
  ['good.yml', 1, 5, 'duplicate-runbook-id'],
  ['improvements.yaml', 6, 10, 'improvement-overdue'],
  ['improvements.yaml', 8, 9, 'duplicate-improvement-id'],
  ['improvements.yaml', 10, 12, 'improvement-unknown-reference'],
  ['invalid-value.yaml', 4, 11, 'invalid-value'],
  ['mismatch.yaml', 1, 5, 'runbook-id-mismatch'],
  ['nobody-owns.yaml', 1, 1, 'owner-missing'],
  ['old.yaml', 4, 11, 'review-overdue'],
  ['padded.yaml', 7, 10, 'check-command-unreadable'],
  ['silent.yaml', 1, 1, 'runbook-names-nobody'],
  ['step-kind.yaml', 7, 5, 'step-kind'],
  ['structure.yaml', 5, 11, 'unknown-system'],
  ['structure.yaml', 6, 10, 'unknown-contact'],
  ['structure.yaml', 8, 5, 'check-timeout-missing'],
  ['structure.yaml', 11, 5, 'check-on-failure-missing'],
  ['structure.yaml', 16, 9, 'duplicate-step-id'],
  ['structure.yaml', 21, 7, 'decision-too-few-choices'],
  ['structure.yaml', 27, 17, 'duplicate-answer'],
  ['structure.yaml', 28, 15, 'unknown-step'],
  ['syntax.yaml', 2, 8, 'yaml-syntax'],
  ['systems.yaml', 4, 10, 'recovery-exceeded-rto'],
  ['systems.yaml', 6, 5, 'system-rto-rpo-missing'],
  ['systems.yaml', 9, 5, 'system-not-covered'],
  ['systems.yaml', 11, 10, 'rto-exceeds-mtd'],
  ['systems.yaml', 14, 9, 'duplicate-system-id'],
  ['typo-key.yaml', 3, 1, 'unknown-key'],
  ['wrong-type.yaml', 5, 9, 'wrong-type'],
];
