// The after-action report as facts, read from one journal and the runbook it
// followed: what happened, in order and in words; who decided what; what was
// skipped and why; what the checks said; who the runbook called for; the time
// to resolution against each system's RTO; and what is still open. Markdown,
// HTML and JSON render this one model, so they never disagree. Text here is
// raw: each renderer escapes it for its format.
import type { EndOutcome, JournalEvent, StartedEvent } from '../../journal/events.js';
import type { TornLine } from '../../journal/reader.js';
import type { ChainCover, ClockBack, Inconsistency } from '../../journal/consistency.js';
import type { ContactView, RunbookView } from '../../library/view.js';
import { summarizeIncident, type IncidentStatus, type IncidentSummary } from '../../journal/summary.js';
import { checksOf, type CheckItem } from './checks.js';
import { contactsCalledFor, type CalledContact } from './contacts.js';
import { objectivesOf, type Objective } from './objectives.js';
import { openItemsOf, type OpenItem } from './open-items.js';
import { reportedSteps, stepOf, type ReportedStep } from './reported-step.js';
import { clocksDisagree } from './time.js';
import { timelineOf, type TimelineEntry } from './timeline.js';
import { takenBack } from '../../journal/taken-back.js';
import { keptApartRecord, type KeptApartInput, type KeptApartRecord } from './kept-apart.js';

export { EXERCISE_BANNER as EXERCISE_NOTICE } from '../../walk/exercise.js';

/** unchanged: the runbook file is as it was at the start; changed: edited since; missing: no longer in the library. */
export type RunbookState = 'unchanged' | 'changed' | 'missing';

export interface HandOver {
  at: string;
  from: string;
  to: string;
}

export interface Decision {
  at: string;
  person: string;
  step: ReportedStep;
  answer: string;
}

export interface Skip {
  at: string;
  person: string;
  step: ReportedStep;
  reason: string;
}

export interface NoteItem {
  at: string;
  person: string;
  step: ReportedStep;
  text: string;
}

export interface AfterActionReport {
  incident: string;
  drill: boolean;
  organization?: string;
  runbook: { id: string; title: string; file?: string; owner?: ContactView; state: RunbookState };
  status: IncidentStatus;
  outcome?: EndOutcome;
  /** Closed with `coop close --mistake`: started by mistake, so no incident (or drill) at all. */
  startedByMistake?: boolean;
  /** The outcome in a sentence a Director reads first. */
  outcomeText: string;
  startedAt: string;
  startedBy: string;
  /** Walked in the go-kit, in a phone's browser (docs/kit.md): when that kit was exported, its library's hash. */
  kit?: { exported: string; library: string };
  endedAt?: string;
  lastEventAt: string;
  /** Start to end; start to the last event when not ended. */
  durationMs: number;
  people: string[];
  handOvers: HandOver[];
  counts: { done: number; skipped: number; decisions: number; checks: number; notes: number };
  timeline: TimelineEntry[];
  decisions: Decision[];
  skipped: Skip[];
  notes: NoteItem[];
  checks: CheckItem[];
  contacts: CalledContact[];
  objectives: Objective[];
  openItems: OpenItem[];
  /** Ended incidents: steps the path taken never led to, for the review to judge. */
  notOnPath: ReportedStep[];
  journal: { file: string; tornLine?: number };
  /** What the checks found wrong with the journal, each at its line; empty when it is consistent. */
  inconsistencies: Inconsistency[];
  /** How much of the journal the hash chain covers: whole, none (journal version 1), or from a line on. */
  hashChain: ChainCover;
  /** Where an event's time goes back from the one before: clocks that disagree, so durations cannot be judged. */
  clockGoesBack: ClockBack[];
  /** True when the `ended` event was written by a resume after the original was cut short. */
  endRecovered?: boolean;
  /** Why the time to resolution cannot be judged (clocks that disagree), when it cannot. */
  timeCannotBeJudged?: string;
  /** Every step's words are as the journal kept them when they were shown (journal version 2), not the runbook's now. */
  wordingAsShown: boolean;
  /** The record of this incident that went on apart from the journal (the phone's, kept by coop import), when there is one. */
  keptApart?: KeptApartRecord;
  generatedAt: string;
  coopVersion: string;
}

export interface ReportInput {
  events: JournalEvent[];
  /** The journal's line of each event, to say where a record kept apart parts from it. */
  lineOf?: readonly number[];
  journalFile: string;
  torn?: TornLine;
  /** The journal's checks: its own, and (when the runbook has not changed) against the runbook. */
  inconsistencies: Inconsistency[];
  hashChain: ChainCover;
  clockGoesBack: ClockBack[];
  /** The first time in the journal that is not a time, if any. */
  notATime?: string;
  organization?: string;
  /** The runbook as the library has it now; absent when it is gone. */
  view?: RunbookView;
  runbookChanged: boolean;
  /** The record kept apart from this journal (docs/journal.md, "A record kept apart"), read and checked. */
  keptApart?: KeptApartInput;
  now: Date;
  coopVersion: string;
}

function outcomeText(
  { status, outcome, startedByMistake }: IncidentSummary,
  lastType: JournalEvent['type'],
  drill: boolean,
): string {
  const what = drill ? 'exercise' : 'incident';
  if (status === 'ended') {
    if (startedByMistake)
      return `The ${what} was closed before the end of the runbook: it was started by mistake, and counts as no ${drill ? 'drill' : 'incident'}.`;
    if (outcome === 'closed') return `The ${what} was closed before the end of the runbook.`;
    return outcome === 'failed' ? `The ${what} ended at a check that failed.` : `The runbook was completed.`;
  }
  if (status === 'paused') return `Not finished: the ${what} is paused and can be carried on.`;
  return lastType === 'resumed'
    ? `Not finished: the ${what} is being worked on, or coop stopped after it was resumed.`
    : // The journal cannot tell a walk going on now from one that stopped without a pause: say both.
      `Not finished: the ${what} is being worked on, or coop stopped before the end without a pause (closed, or the computer stopped).`;
}

export function buildReport(input: ReportInput): AfterActionReport {
  const { events, view } = input;
  const started = events[0] as StartedEvent;
  const summary = summarizeIncident(events);
  const refs = reportedSteps(view);
  const at = (e: JournalEvent) => stepOf(refs, e);
  const handOvers: HandOver[] = [];
  const decisions: Decision[] = [];
  const skipped: Skip[] = [];
  const notes: NoteItem[] = [];
  const back = takenBack(events);
  for (const e of events) {
    if (back.has(e.seq)) continue;
    if (e.type === 'resumed' && e.previousPerson !== undefined)
      handOvers.push({ at: e.ts, from: e.previousPerson, to: e.person });
    if (e.type === 'answered') decisions.push({ at: e.ts, person: e.person, step: at(e), answer: e.answer });
    if (e.type === 'step-skipped') skipped.push({ at: e.ts, person: e.person, step: at(e), reason: e.reason });
    if (e.type === 'note') notes.push({ at: e.ts, person: e.person, step: at(e), text: e.text });
  }
  const checks = checksOf(events, refs);
  const timeTrouble = clocksDisagree(input.clockGoesBack, input.notATime);
  const report: AfterActionReport = {
    incident: started.incident,
    drill: started.drill,
    runbook: {
      id: started.runbook,
      title: view?.title ?? started.title,
      state: view ? (input.runbookChanged ? 'changed' : 'unchanged') : 'missing',
    },
    status: summary.status,
    ...(summary.startedByMistake ? { startedByMistake: true } : {}),
    outcomeText: outcomeText(summary, events[events.length - 1]!.type, started.drill),
    startedAt: summary.startedAt,
    startedBy: summary.startedBy,
    lastEventAt: summary.lastEventAt,
    durationMs: summary.durationMs,
    people: summary.people,
    handOvers,
    counts: {
      done: summary.stepsDone,
      skipped: skipped.length,
      decisions: decisions.length,
      checks: checks.length,
      notes: notes.length,
    },
    timeline: timelineOf(events, refs),
    decisions,
    skipped,
    notes,
    checks,
    contacts: view ? contactsCalledFor(view, events) : [],
    objectives: view ? objectivesOf(view, summary, input.now, timeTrouble) : [],
    ...openItemsOf(events, view, refs, summary),
    journal: { file: input.journalFile, ...(input.torn ? { tornLine: input.torn.line } : {}) },
    inconsistencies: input.inconsistencies,
    hashChain: input.hashChain,
    clockGoesBack: input.clockGoesBack,
    wordingAsShown: events.every((e) => !('next' in e) || ('wording' in e && e.wording !== undefined)),
    generatedAt: input.now.toISOString(),
    coopVersion: input.coopVersion,
  };
  if (input.organization !== undefined) report.organization = input.organization;
  if (started.runbookFile !== undefined) report.runbook.file = started.runbookFile;
  if (started.kit !== undefined) report.kit = started.kit;
  if (view?.owner) report.runbook.owner = view.owner;
  if (summary.outcome) report.outcome = summary.outcome;
  if (summary.endedAt) report.endedAt = summary.endedAt;
  const end = events.find((e) => e.type === 'ended');
  if (end?.type === 'ended' && end.recovered) report.endRecovered = true;
  if (timeTrouble !== undefined) report.timeCannotBeJudged = timeTrouble;
  const apart = input.keptApart && keptApartRecord(events, input.lineOf ?? [], input.keptApart, refs);
  if (apart) report.keptApart = apart;
  return report;
}
