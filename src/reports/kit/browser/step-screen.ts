// A step of the walk: the step as the plain page shows it, and its answers as
// buttons. Each answer goes through the engine's `advance`, and the events it
// gives are saved before the next screen is drawn.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Runbook, Step } from '../../../format/model.js';
import { isUpdateStep, updateEveryMs } from '../../../format/updates.js';
import { draftUpdate, type UpdateDraft } from '../../../walk/update-draft.js';
import { measureSms } from '../../../vendor/sms.js';
import type { JournalEvent, StartedEvent } from '../../../journal/events.js';
import { advance, endsTheWalk, type WalkInput, type WalkState } from '../../../walk/engine.js';
import { assertNever } from '../../../system/errors.js';
import { button, el } from './dom.js';
import { drawEnded, drawForeign } from './ended-screen.js';
import { copyOf, data, go, heading, recordButtons, show, stateOf, walk, walkRunbook, warnUnsaved } from './page.js';
import { stepPlace } from './walk-text.js';
import { asking, confirmEnd, history } from './widgets.js';
import { loadWalk, saveWalk, type StoredWalk, withEvents } from './walk-store.js';

export function drawWalk(incident: string): void {
  const stored = loadWalk(incident);
  if (!stored) {
    go('');
    return;
  }
  const started = stored.events[0] as StartedEvent;
  const carried = walkRunbook(started);
  const runbook = carried?.runbook;
  const state = runbook ? stateOf(stored) : undefined;
  if (!runbook || !state) {
    drawForeign(stored, started);
    return;
  }
  if (state.status === 'ended') {
    drawEnded(stored, state, runbook);
    return;
  }
  if (state.status === 'paused') {
    answer(stored, runbook, state, { type: 'resume', person: state.person });
    return;
  }
  const index = state.at ?? 0;
  const step = runbook.steps[index]!;
  const place = heading(stepPlace(state, runbook.steps.length));
  // The step as the plain page shows it, without its number (the heading says it) or its ways on (the buttons are those).
  const shown = copyOf(`#${CSS.escape(`${runbook.id}-step-${index + 1}`)}`);
  for (const e of shown?.querySelectorAll('h4, .branches') ?? []) e.remove();
  const card = el('div', { class: 'step-card' }, ...(shown ? [...shown.childNodes] : []));
  const act = (input: WalkInput) => () => {
    // One tap must not end the runbook before its later steps: say so, and let the person go back.
    if (index < runbook.steps.length - 1 && endsTheWalk(runbook, index, input))
      confirmEnd(place, moves, () => answer(stored, runbook, state, input));
    else answer(stored, runbook, state, input);
  };
  const moves: Node[] = [];
  switch (step.kind) {
    case 'action':
      if (isUpdateStep(step)) {
        // As at a terminal: Sent records the words above as the update sent, and the step done, in one go.
        const { shown: drafted, draft } = updateDraft(stored.events, runbook, step, state.person);
        const to = data.runbooks.find((r) => r.runbook.id === runbook.id)?.updateTo ?? [];
        const sent: WalkInput = { type: 'update', text: draft.text, to, nextDueAt: draft.nextDueAt };
        moves.push(
          drafted,
          button(
            'Sent: record this update',
            () => answerAll(stored, runbook, state, [sent, { type: 'done' }]),
            'primary',
          ),
          button('Done, another way (no update recorded)', act({ type: 'done' })),
        );
      } else moves.push(button('Done', act({ type: 'done' }), 'primary'));
      moves.push(
        asking('Skip this step', 'Why skip it? The reason goes into the record.', 'Skip it', (reason) =>
          answer(stored, runbook, state, { type: 'skip', reason }),
        ),
      );
      break;
    case 'decision':
      moves.push(
        el(
          'div',
          { class: 'choices', role: 'group', 'aria-label': 'Answer' },
          ...step.choices.map((c) => button(c.answer, act({ type: 'answer', answer: c.answer }), 'primary')),
        ),
      );
      break;
    case 'check':
      moves.push(el('p', {}, 'A phone cannot run the command: check by hand, then say what you found.'));
      moves.push(
        button(
          'I checked: it worked',
          act({ type: 'check-result', outcome: 'succeeded', decidedBy: 'person' }),
          'primary',
        ),
      );
      moves.push(
        button(
          'I checked: it did not work',
          act({ type: 'check-result', outcome: 'failed', decidedBy: 'person' }),
          'primary',
        ),
      );
      break;
    default:
      assertNever(step, 'step');
  }
  if (state.visits.length > 1)
    moves.push(button('Go back: undo the last answer', () => answer(stored, runbook, state, { type: 'back' })));
  const notes = state.visits.at(-1)?.notes ?? [];
  // The runbook's notify_after: the people to tell once that step is done, shown on the step after it.
  const told = copyOf(`#rb-${runbook.id} .notify[data-after="${(state.visits.at(-2)?.index ?? -2) + 1}"]`);
  const tellNow = state.visits.at(-2)?.result && told && told.dataset.after !== '0' ? told : undefined;
  walk.replaceChildren(
    el('p', { class: 'org' }, `${runbook.title}${state.drill ? ' (drill)' : ''}`),
    place,
    carried?.changed
      ? el(
          'p',
          { class: 'walk-warnings' },
          'The plan has changed since this walk began: it goes on by step, in the words of this copy. Read each step again before you act on it.',
        )
      : '',
    tellNow ?? '',
    card,
    notes.length
      ? el(
          'ul',
          { class: 'history', 'aria-label': 'Notes on this step' },
          ...notes.map((n) => el('li', {}, `Note: ${n.text}`)),
        )
      : '',
    ...moves,
    asking('Add a note', 'Note: what you saw or did', 'Save the note', (text) =>
      answer(stored, runbook, state, { type: 'note', text }),
    ),
    history(state),
    button('Back to the plan (this walk is kept)', () => go('')),
    recordButtons(stored, runbook.title, 'Download the record so far'),
  );
  show('walk', place);
}

/**
 * An update step ("Keep the Executive Director updated"): the same draft
 * `coop incident` offers, with links that open the phone's messages or mail
 * app with it filled in. Sending stays the person's act; Sent records the words.
 */
function updateDraft(
  events: readonly JournalEvent[],
  runbook: Runbook,
  step: Step,
  person: string,
): { shown: HTMLElement; draft: UpdateDraft } {
  const draft = draftUpdate({
    runbook,
    events,
    now: new Date(),
    person,
    everyMs: updateEveryMs(runbook, step),
    measure: measureSms,
  });
  const body = encodeURIComponent(draft.text);
  const fits = draft.sms.segments === 1 ? 'fits one text message' : `takes ${draft.sms.segments} text messages`;
  const shown = el(
    'div',
    { class: 'update-draft', role: 'group', 'aria-label': 'A status update to send' },
    el('p', {}, `A status update to send (${fits}):`),
    el('p', { class: 'draft-text' }, draft.text),
    el('a', { href: `sms:?&body=${body}` }, 'Text it'),
    el('a', { href: `mailto:?subject=${encodeURIComponent(runbook.title)}&body=${body}` }, 'Email it'),
  );
  return { shown, draft };
}

function answer(stored: StoredWalk, runbook: Runbook, state: WalkState, input: WalkInput): void {
  answerAll(stored, runbook, state, [input]);
}

/** Inputs taken together and saved in one go: an update sent and the step it completes are never apart. */
function answerAll(stored: StoredWalk, runbook: Runbook, state: WalkState, inputs: WalkInput[]): void {
  const now = new Date();
  const events: JournalEvent[] = [];
  let at = state;
  for (const input of inputs) {
    const next = advance(runbook, at, input, now);
    events.push(...next.events);
    at = next.state;
  }
  if (!saveWalk(withEvents(stored, events))) warnUnsaved();
  drawWalk(stored.incident);
}
