// The record of the incident that went on apart from its journal (a phone
// walking it while it was carried on at a computer; coop import kept it in
// kept-apart/, docs/journal.md), as the report shows it beside the journal:
// where the two part, who went on in each, where the one kept apart stands,
// and what it holds from the parting on, in the timeline's words. It is
// never joined to the journal's counts, decisions or open items: those are
// the journal's, and the Director reads the two side by side.
import type { EndOutcome, JournalEvent, StartedEvent } from '../../journal/events.js';
import type { Inconsistency } from '../../journal/consistency.js';
import { relationOf } from '../../journal/kept-apart.js';
import { summarizeIncident, type IncidentStatus } from '../../journal/summary.js';
import { stepOf, type ReportedStep, type ReportedSteps } from './reported-step.js';
import { timelineOf, type TimelineEntry } from './timeline.js';

/** The record kept apart, as coop report read it. */
export interface KeptApartInput {
  events: JournalEvent[];
  lineOf: number[];
  file: string;
  /** What its checks found, by its own lines. */
  problems: Inconsistency[];
}

export interface KeptApartRecord {
  file: string;
  /** True when it is the record of the phone the incident was walked on (the go-kit); else another imported record. */
  fromPhone: boolean;
  /** Where it parts from the journal: the step both stood at, when, the record's line and the journal's. */
  partsAt: { step: ReportedStep; line: number; journalLine: number };
  /** Who went on in the journal, and when; who went on in the record kept apart, and when. */
  journalWentOn: { person: string; at: string };
  recordWentOn: { person: string; at: string };
  status: IncidentStatus;
  outcome?: EndOutcome;
  lastEventAt: string;
  /** Its events from where it parts, in the words of the report's timeline. */
  timeline: TimelineEntry[];
  /** What its checks found; empty when it is consistent. */
  inconsistencies: Inconsistency[];
}

export function keptApartRecord(
  journal: readonly JournalEvent[],
  journalLineOf: readonly number[],
  kept: KeptApartInput,
  refs: ReportedSteps,
): KeptApartRecord | undefined {
  const relation = relationOf(journal, kept.events);
  // Kept apart because it parted; one that no longer does (the journal holds it all) adds nothing to show.
  if (relation.kind !== 'parted') return undefined;
  const { at } = relation;
  const first = kept.events[at]!;
  const went = journal[at]!;
  const summary = summarizeIncident(kept.events);
  const record: KeptApartRecord = {
    file: kept.file,
    fromPhone: (kept.events[0] as StartedEvent).kit !== undefined,
    partsAt: { step: stepOf(refs, first), line: kept.lineOf[at]!, journalLine: journalLineOf[at] ?? at + 1 },
    journalWentOn: { person: went.person, at: went.ts },
    recordWentOn: { person: first.person, at: first.ts },
    status: summary.status,
    lastEventAt: summary.lastEventAt,
    timeline: timelineOf(kept.events, refs, at),
    inconsistencies: kept.problems,
  };
  if (summary.outcome) record.outcome = summary.outcome;
  return record;
}
