// A journal checked against the runbook it follows, the same way for every
// command that believes it (resume, report, incidents, status): the journal's
// own checks (journal/consistency.ts), then a replay through the walk engine
// that goes on past an event that does not fit, so that every such event is
// named by its line, not just the first.
import { END, stepIndexById } from '../format/flow.js';
import type { Runbook, StepKind } from '../format/model.js';
import { checkJournal, type Inconsistency, type JournalCheck } from '../journal/consistency.js';
import type { JournalEvent } from '../journal/events.js';
import type { ReadJournal } from '../journal/reader.js';
import type { StartedEvent } from '../journal/events.js';
import { runbookChangedSince } from '../journal/runbook-changed.js';
import { findRunbook, type Library, type Loaded } from '../library/library.js';
import type { JournalFolder } from '../journal/folder.js';
import { summarizeIncident, type IncidentSummary } from '../journal/summary.js';
import { safeLine } from '../text/sanitize.js';
import { plural } from '../text/plural.js';
import { applyEvent, article, choicesOf, ReplayError, type WalkState } from './engine.js';

export interface CheckedJournal {
  check: JournalCheck;
  /** Events that do not fit the runbook as it is now, by line (empty when there is no runbook). */
  misfits: Inconsistency[];
  /** The state the journal leads to, through the events that fit; absent without a runbook. */
  state?: WalkState;
}

/** What a step of each kind can be told: a decision is answered, an action done or skipped, a check checked. */
const KIND_OF: Partial<Record<JournalEvent['type'], StepKind>> = {
  'step-done': 'action',
  'step-skipped': 'action',
  answered: 'decision',
  'check-started': 'check',
  'check-result': 'check',
};

export function checkAgainstRunbook(
  read: Pick<ReadJournal, 'events' | 'lineOf' | 'hashes' | 'prevs'>,
  runbook: Runbook | undefined,
): CheckedJournal {
  const check = checkJournal(read);
  if (!runbook) return { check, misfits: [] };
  const { events, lineOf } = read;
  const index = stepIndexById(runbook);
  const misfits: Inconsistency[] = [];
  let state: WalkState | undefined;
  const last = check.endIndex ?? events.length - 1;
  for (let i = 0; i <= last; i++) {
    const event = events[i]!;
    // A second start is the journal's own problem, already said.
    if (i > 0 && event.type === 'started') continue;
    const misfit = misfitOf(runbook, index, event);
    if (misfit) {
      misfits.push({ line: lineOf[i]!, problem: misfit });
      continue;
    }
    try {
      state = applyEvent(runbook, state, event);
    } catch (error) {
      if (!(error instanceof ReplayError)) throw error;
      misfits.push({ line: lineOf[i]!, problem: error.message });
    }
  }
  return { check, misfits, ...(state ? { state } : {}) };
}

function misfitOf(runbook: Runbook, index: Map<string, number>, event: JournalEvent): string | undefined {
  const at = event.step === null ? undefined : index.get(event.step);
  if (event.step !== null && at === undefined)
    return `names step ${event.step}, which the runbook ${runbook.id} does not have`;
  if ('next' in event && event.next !== END && !index.has(event.next))
    return `leads to step ${event.next}, which the runbook ${runbook.id} does not have`;
  const wanted = KIND_OF[event.type];
  if (wanted && at !== undefined) {
    const kind = runbook.steps[at]!.kind;
    if (kind !== wanted) return `is a "${event.type}" event, but step ${event.step} is ${article(kind)}`;
  }
  if (event.type === 'answered' && at !== undefined) {
    const choices = choicesOf(runbook, at);
    if (!choices.includes(event.answer))
      return `its answer ${JSON.stringify(event.answer)} is not one of the choices of step ${event.step} (${choices.join(', ')})`;
  }
  return undefined;
}

export interface JournalVerdict extends CheckedJournal {
  /** Every problem, by line: the journal's own, and its misfits when the runbook is the one it began with. */
  problems: Inconsistency[];
  /** The runbook it follows, when the library has it. */
  runbook?: Loaded<Runbook>;
  /** The runbook file is not the one the incident began with (its hash differs). */
  runbookChanged: boolean;
}

/**
 * What report, incidents and status believe of a journal. A misfit with a
 * runbook that changed since is the runbook's doing, not the journal's: it
 * is not counted against the journal (resume, which must walk on, refuses it).
 */
export function judgeJournal(
  read: Parameters<typeof checkAgainstRunbook>[0],
  library: Library | undefined,
): JournalVerdict {
  const started = read.events[0] as StartedEvent | undefined;
  const runbook = started && library ? findRunbook(library, started.runbook) : undefined;
  const runbookChanged = runbook !== undefined && runbookChangedSince(started!, runbook.file.absolutePath);
  const checked = checkAgainstRunbook(read, runbook && !runbookChanged ? runbook.value : undefined);
  const problems = [...checked.check.inconsistencies, ...checked.misfits].sort((a, b) => a.line - b.line);
  return { ...checked, problems, runbookChanged, ...(runbook ? { runbook } : {}) };
}

/** An incident of a folder listing, with what its journal's checks found. */
export interface CheckedSummary extends IncidentSummary {
  /** The journal's problems, by line; empty when it is consistent. */
  inconsistencies: Inconsistency[];
}

/**
 * Every journal of a folder, summarized and checked; one warning line for
 * each journal with problems (a listing stays readable, the report has them all).
 */
export function checkedSummaries(
  folder: JournalFolder,
  library: Library | undefined,
  warn: (text: string) => unknown,
  /** The command that lists an incident's problems, as the reader of the warning must type it. */
  reportCommand: (incident: string) => string,
): CheckedSummary[] {
  return folder.journals.map((journal) => {
    const { problems } = judgeJournal(journal.read, library);
    const summary = summarizeIncident(journal.read.events);
    if (problems.length)
      warn(
        `coop: warning: ${safeLine(journal.display)}: the journal is inconsistent, ${plural(problems.length, 'problem')} (first: line ${problems[0]!.line}: ${safeLine(problems[0]!.problem)}); ${safeLine(reportCommand(summary.id))} lists them\n`,
      );
    return { ...summary, inconsistencies: problems };
  });
}
