// What a resumed walk shows before it carries on: every step already taken,
// in order, with who took it, so whoever picks the incident up (the same
// person after a crash, or a colleague at a hand-over) knows where things
// stand without reading the journal.
import { plural } from '../../text/plural.js';
import { localDayAndTime } from '../../text/local-time.js';
import { safeLine, safeFlowed } from '../../text/sanitize.js';
import { wrapIndented } from '../../text/wrap.js';
import type { Style } from '../../text/style.js';
import type { RunbookView } from '../../library/view.js';
import { assertNever } from '../../system/errors.js';
import type { Visit, WalkState } from '../engine.js';
import { placeOf, placeName, type StepPlace } from '../step-place.js';

function stepText(view: RunbookView, visit: Visit): string {
  const step = view.steps[visit.index];
  return step ? safeLine(step.text) : visit.step;
}

function visitLine(view: RunbookView, visit: Visit, place: StepPlace, style: Style): string | undefined {
  const text = stepText(view, visit);
  const at = placeName(place);
  const by = style.dim(`(${safeLine(visit.by ?? '')})`);
  const result = visit.result;
  if (!result) return undefined;
  switch (result.type) {
    case 'done':
      return `  ${style.green('✔')} ${at} done: ${text} ${by}`;
    case 'skipped':
      return `  ${style.yellow('↷')} ${at} skipped: ${text} ${style.dim(`(reason: ${safeLine(result.reason)})`)} ${by}`;
    case 'answered':
      return `  ${style.cyan('?')} ${at} ${text} Answer: ${style.bold(safeLine(result.answer))} ${by}`;
    case 'check':
      return `  ${result.outcome === 'succeeded' ? style.green('✔') : style.red('✘')} ${at} check ${result.outcome}: ${text} ${by}`;
    default:
      return assertNever(result, 'visit result');
  }
}

/** Visits shown on a resume: the last ones. A power cut of weeks has thousands; the report has them all. */
export const HISTORY_SHOWN = 30;

/** The steps taken so far (the last HISTORY_SHOWN), each with its notes; the step the walk is at comes last, with its notes only. */
export function historyLines(
  state: WalkState,
  view: RunbookView,
  style: Style,
  width: number,
  /** The command that lists them all, said when the earliest are not shown. */
  report: string,
): string[] {
  const lines: string[] = [];
  const taken = state.visits.filter((v) => v.result).length;
  // A skipped step is not done: said apart, so that the person carrying on does not take it for done.
  const skipped = state.visits.filter((v) => v.result?.type === 'skipped').length;
  const done = taken - skipped;
  const heading =
    taken === 0
      ? 'Nothing was done yet.'
      : done === 0
        ? `Skipped so far (${plural(skipped, 'step')}), as recorded:`
        : `Already done (${plural(done, 'step')}${skipped ? `; ${plural(skipped, 'step')} skipped` : ''}), as recorded:`;
  lines.push(style.bold(heading));
  const from = Math.max(0, state.visits.length - HISTORY_SHOWN);
  const hidden = state.visits.slice(0, from).filter((v) => v.result).length;
  if (hidden)
    lines.push(style.dim(`  … ${plural(hidden, 'earlier step')} not shown here (${safeLine(report)} lists them all)`));
  for (let i = from; i < state.visits.length; i++) {
    const visit = state.visits[i]!;
    const place = placeOf(state, view.steps.length, i);
    const line = visitLine(view, visit, place, style);
    if (line) lines.push(...wrapIndented(line, width));
    for (const note of visit.notes)
      lines.push(
        ...wrapIndented(
          `    note on ${placeName(place, { lower: true })}: ${safeFlowed(note.text)} (${safeLine(note.person)}, ${localDayAndTime(new Date(note.ts))})`,
          width,
        ).map((l) => style.dim(l)),
      );
  }
  return lines;
}

/** How the walk stopped last time, in words: a pause says why; no pause means coop never got to say. */
export function stoppedHow(state: WalkState): string {
  const pause = state.pause;
  if (!pause)
    return 'The walk stopped without a pause (coop was closed, or the computer stopped); everything confirmed before that was kept.';
  const why: Record<typeof pause.reason, string> = {
    person: 'it was paused',
    interrupted: 'it was interrupted (Ctrl-C, or the terminal closed)',
    'needs-answer': 'the scripted answers did not answer the next step',
    'needs-permission': 'a check was not allowed to run its command',
    loop: 'the scripted answers would have gone round a loop for ever',
  };
  return `The walk stopped because ${why[pause.reason]}.`;
}
