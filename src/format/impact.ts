// The terms of a business impact analysis (NIST SP 800-34's BIA template, as
// coop bia asks it): the outage lengths whose harm is judged, and the words
// for how bad it is, least first.

/** 1 hour, 4 hours, 1 day, 1 week: what coop bia asks about, in that order. */
export const IMPACT_SPANS = ['1h', '4h', '1d', '1w'] as const;
export type ImpactSpan = (typeof IMPACT_SPANS)[number];

/** What each span means, in words. */
export const SPAN_WORDS: Record<ImpactSpan, string> = {
  '1h': '1 hour',
  '4h': '4 hours',
  '1d': '1 day',
  '1w': '1 week',
};

/** The span as a duration coop writes (a week is 7d: durations have no week unit). */
export const SPAN_DURATION: Record<ImpactSpan, string> = { '1h': '1h', '4h': '4h', '1d': '1d', '1w': '7d' };

export const IMPACT_LEVELS = ['none', 'minimal', 'moderate', 'severe'] as const;
export type ImpactLevelName = (typeof IMPACT_LEVELS)[number];
