// The library under tests/fixtures/lint/every-rule and what lint must find in it.
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';

export const EVERY_RULE = join(FIXTURES, 'lint', 'every-rule');

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
  ['flow.yaml', 14, 5, 'branch-fallthrough'],
  ['flow.yaml', 25, 5, 'no-path-to-end'],
  ['flow.yaml', 28, 5, 'unreachable-step'],
  ['folder.yaml', 1, 1, 'file-unreadable'],
  ['future.yaml', 4, 11, 'reviewed-in-future'],
  ['good.yml', 1, 5, 'duplicate-runbook-id'],
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
  ['systems.yaml', 6, 5, 'system-rto-rpo-missing'],
  ['systems.yaml', 9, 5, 'system-not-covered'],
  ['systems.yaml', 13, 9, 'duplicate-system-id'],
  ['typo-key.yaml', 3, 1, 'unknown-key'],
  ['wrong-type.yaml', 5, 9, 'wrong-type'],
];
