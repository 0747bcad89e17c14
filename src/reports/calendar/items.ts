// What `coop calendar` puts in the feed: dated items, each with a UID that
// stays the same from one export to the next (so a calendar that imports the
// feed again updates an item rather than adding a second one), gathered from
// a list of providers (providers.ts). A provider is a function from what coop
// knows about the plan (the library, the journals, the review records, the
// day) to items; a new kind of date is a new provider in that list.
import type { CheckedSummary } from '../../walk/checked-journal.js';
import type { CheckedExerciseRecord } from '../../walk/exercise/checked-record.js';
import type { ReviewRecord } from '../../journal/review-record.js';
import type { Library } from '../../library/library.js';

export interface CalendarItem {
  /** Stable: the same thing to do keeps its UID while its date moves, like `review-power-loss@coop`. */
  uid: string;
  /** The day it is due, YYYY-MM-DD; an all-day item. */
  day: string;
  summary: string;
  description: string;
  /** What kind of date it is, as the calendar's category: review, exercise, contact, follow-up. */
  category: string;
}

export interface CalendarContext {
  library: Library;
  /** Every incident and drill on record in the journal folder, checked before believed. */
  incidents: CheckedSummary[];
  /** The tabletop exercise records of the journal folder, checked before believed. */
  exerciseRecords: CheckedExerciseRecord[];
  /** Every review record in the journal folder. */
  reviews: readonly ReviewRecord[];
  /** YYYY-MM-DD: what is already due is dated today. */
  today: string;
  /** Tells this plan's items from another's in the same calendar (two offices, one coordinator). */
  plan: string;
}

export type CalendarProvider = (context: CalendarContext) => CalendarItem[];

/** A UID from the plan and the parts that name a thing, kept to what every calendar accepts. */
export function uidOf(plan: string, ...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9-]+/g, '-')).join('.')}.${plan}@coop`;
}

/** A day already past is dated today: what is due now. */
export const notBefore = (day: string, today: string) => (day < today ? today : day);
