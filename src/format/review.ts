// Review policy: when a runbook is due for review again. ITEC 5300 asks that
// plans be maintained; coop's default is a review every 12 months.

/** How often a runbook is reviewed when it does not say (`review_every_months`). */
export const DEFAULT_REVIEW_MONTHS = 12;

/** How long a contact's details are trusted after someone checked them (`verified`). */
export const VERIFIED_MONTHS = 6;

/** How often each runbook is exercised when coop.yaml does not say (`exercise_every_months`). */
export const DEFAULT_EXERCISE_MONTHS = 12;

/** `reviewed` plus `months`, as YYYY-MM-DD (the day clamps to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A review is overdue once its due day is before today (due today is still on time); a runbook never reviewed is overdue. */
export function reviewOverdue(view: { reviewDue?: string }, today: string): boolean {
  return view.reviewDue === undefined || view.reviewDue < today;
}
