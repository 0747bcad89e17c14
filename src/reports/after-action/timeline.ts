// What happened, in order, in plain words: one line per thing a person did or
// coop saw, for a reader who never saw the terminal. A resume that follows no
// pause says the walk had stopped unexpectedly (or, for a walk imported from a
// phone, that it went on at a computer from the phone's record); a command
// that never returned says so too.
import type { JournalEvent, PauseReason, StartedEvent } from '../../journal/events.js';
import { assertNever } from '../../system/errors.js';
import { formatDuration } from '../../text/duration.js';
import { checkHow, checksOf } from './checks.js';
import { stepLabelWithText, stepOf, type ReportedStep, type ReportedSteps } from './reported-step.js';

export interface TimelineEntry {
  at: string;
  person: string;
  /** The event type, for machines. */
  type: JournalEvent['type'];
  step?: ReportedStep;
  /** What happened, in a sentence. */
  text: string;
}

const PAUSED: Record<PauseReason, string> = {
  person: 'Paused, to carry on later.',
  interrupted: 'Interrupted (Ctrl-C, or the terminal closed); everything so far was saved.',
  'needs-answer': 'The scripted walk stopped: the answers file did not answer the next step.',
  'needs-permission': 'The scripted walk stopped: a check was not allowed to run its command.',
  loop: 'The scripted walk stopped: its answers would have gone round a loop for ever.',
};

function words(
  e: JournalEvent,
  step: ReportedStep,
  previous: JournalEvent | undefined,
  resumedBefore: boolean,
  resultFollows: boolean,
  started: StartedEvent | undefined,
  ref: (id: string) => ReportedStep,
): string | undefined {
  const drill = started?.drill ?? false;
  switch (e.type) {
    case 'started':
      return `Started the ${drill ? 'exercise (drill)' : 'incident'}: ${e.title}.`;
    case 'step-done':
      return `Done: ${step.text}`;
    case 'step-skipped':
      return `Skipped: ${step.text} Reason given: ${e.reason}`;
    case 'answered':
      return `Asked: ${step.text} Answer: ${e.answer}`;
    case 'note':
      return `Note: ${e.text}`;
    case 'update':
      return `Update sent to ${e.to.join(', ') || 'nobody named'}: "${e.text}"`;
    case 'check-started':
      // A result follows in its own entry; a command that never returned is worth a line.
      return resultFollows
        ? undefined
        : `Started the command of the check "${step.text}"; no result was recorded (the walk stopped while it ran).`;
    case 'check-result': {
      const [check] = checksOf([e], () => step);
      return `Check ${e.outcome === 'succeeded' ? 'succeeded' : 'FAILED'}: ${step.text} (${checkHow(check!)}).`;
    }
    case 'paused':
      return PAUSED[e.reason];
    case 'resumed': {
      // A walk made on a phone never pauses: its record just ends at the download that was imported.
      const unexpected =
        !previous || previous.type === 'paused'
          ? ''
          : started?.kit && !resumedBefore
            ? ' It went on at a computer from where the record imported from the phone (the go-kit) ends.'
            : ' The walk had stopped without a pause (coop was closed, or the computer stopped); nothing confirmed was lost.';
      return e.previousPerson !== undefined
        ? `Took over from ${e.previousPerson} (hand-over) and carried on.${unexpected}`
        : `Carried on (resumed).${unexpected}`;
    }
    case 'went-back':
      return `Went back to ${stepLabelWithText(ref(e.to))} The result given there is taken back (it stays above, in this record).`;
    case 'ended': {
      const later = e.recovered
        ? ' (Recorded later by coop resume: the line first written was cut short when coop stopped.)'
        : '';
      const outcome = e.outcome;
      switch (outcome) {
        case 'failed':
          return `Ended at a check that failed, after ${formatDuration(e.durationMs)}.${later}`;
        case 'closed':
          return `Closed before the end of the runbook, after ${formatDuration(e.durationMs)}. Reason given: ${e.reason ?? 'none'}`;
        case 'completed':
          return `Runbook completed, after ${formatDuration(e.durationMs)}.${later}`;
        default:
          return assertNever(outcome, 'end outcome');
      }
    }
    case 'reopened':
      return `Reopened at ${stepLabelWithText(step)} The end before was a mistake; what ended it stays above, in this record.`;
    case 'exercise-started':
    case 'inject-released':
    case 'players-responded':
    case 'scenario-ended':
    case 'rated':
    case 'hot-wash':
    case 'corrective-action':
      return `An event of an exercise record ("${e.type}"), out of place in an incident's journal.`;
    default:
      return assertNever(e, 'journal event');
  }
}

/** The timeline of `events`, or of those from index `from` on (a record kept apart, from where it parts). */
export function timelineOf(events: readonly JournalEvent[], refs: ReportedSteps, from = 0): TimelineEntry[] {
  const started = events[0]?.type === 'started' ? events[0] : undefined;
  // Read backwards once: whether a result follows each started command, without looking ahead from every event.
  const resultFollows = new Array<boolean>(events.length);
  const resultLater = new Set<string | null>();
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    resultFollows[i] = resultLater.has(e.step);
    if (e.type === 'check-result') resultLater.add(e.step);
  }
  const entries: TimelineEntry[] = [];
  let resumedBefore = false;
  events.forEach((e, i) => {
    const seenResume = resumedBefore;
    if (e.type === 'resumed') resumedBefore = true;
    if (i < from) return;
    const step = stepOf(refs, e);
    const text = words(e, step, events[i - 1], seenResume, resultFollows[i]!, started, refs);
    if (text === undefined) return;
    const entry: TimelineEntry = { at: e.ts, person: e.person, type: e.type, text };
    if (e.type !== 'started' && e.type !== 'ended' && e.type !== 'paused' && e.type !== 'resumed') entry.step = step;
    entries.push(entry);
  });
  return entries;
}
