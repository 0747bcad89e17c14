// The report of the every-rule library, the input every format test prints.
import { lintTargets, reportOf } from '../../../src/lint/run/lint.js';
import type { FormatOptions, LintReport } from '../../../src/lint/report.js';
import { EVERY_RULE, everyRuleJournals } from '../every-rule.js';

export const TODAY = '2026-11-23';
export const OPTIONS: FormatOptions = { color: false, version: '9.9.9', cwd: EVERY_RULE };

const RUN = await lintTargets([{ dir: EVERY_RULE }], {
  today: TODAY,
  cwd: EVERY_RULE,
  journalDir: everyRuleJournals(),
});

export function everyRuleReport(quiet = false): LintReport {
  return reportOf(RUN, { today: TODAY, quiet });
}
