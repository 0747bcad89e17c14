// The shapes of single values in a library file (ids, dates, durations), as
// patterns and plain functions: no zod, so start-up paths can use them.
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DURATION_PATTERN = /^(\d+)(s|m|h|d)$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when a YYYY-MM-DD string names a day that exists (no 2016-02-30). */
export function isRealDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Duration in milliseconds; the string has passed `Duration`. */
export function durationMs(duration: string): number {
  const m = DURATION_PATTERN.exec(duration);
  if (!m) throw new Error(`not a duration: ${duration}`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}
