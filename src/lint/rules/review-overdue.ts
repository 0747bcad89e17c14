import { addMonths, DEFAULT_REVIEW_MONTHS } from '../../format/review.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'review-overdue',
    severity: 'warning',
    category: 'policy',
    description:
      'A runbook was last reviewed longer ago than review_every_months (default 12), or never (ITEC 5300: plans maintained).',
  },
  runbook({ runbook, today, at, lost }) {
    // Judged on a wrong date or interval, the answer would be as wrong: the loader's problem says so first.
    if (lost(['reviewed']) || lost(['review_every_months'])) return;
    const every = runbook.review_every_months ?? DEFAULT_REVIEW_MONTHS;
    if (runbook.reviewed === undefined) {
      at([], `runbook "${runbook.id}" has never been reviewed; review it and record the day, like reviewed: ${today}`);
      return;
    }
    const due = addMonths(runbook.reviewed, every);
    if (due < today)
      at(['reviewed'], `review overdue: last reviewed ${runbook.reviewed}, due again ${due} (every ${every} months)`);
  },
};
