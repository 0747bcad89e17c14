// The go-kit's walk: the same pure engine as `coop incident`, driven by
// buttons. Each screen is drawn from the state the engine replays out of the
// stored events; each answer goes through `advance` and the events it gives
// are saved before the next screen is drawn. Where the walk is lives in the
// address (#walk=<incident>), so a reload comes back to the same step.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Runbook, Step } from '../../../format/model.js';
import { isUpdateStep, updateEveryMs } from '../../../format/updates.js';
import { draftUpdate } from '../../../walk/update-draft.js';
import { measureSms } from '../../../vendor/sms.js';
import type { JournalEvent, StartedEvent } from '../../../journal/events.js';
import { newIncidentId } from '../../../journal/incident-id.js';
import { advance, endsTheWalk, replay, start, type WalkInput, type WalkState } from '../../../walk/engine.js';
import { assertNever } from '../../../system/errors.js';
import { KIT_DATA_ID, type KitData } from '../kit-data.js';
import { button, byId, el } from './dom.js';
import { canShareRecord, downloadRecord, shareRecord } from './record-file.js';
import { shownTime, stepPlace, visitResult } from './walk-text.js';
import {
  forgetWalk,
  lastPerson,
  loadWalk,
  rememberPerson,
  saveWalk,
  storedWalks,
  type StoredWalk,
  withEvents,
} from './walk-store.js';

const data = JSON.parse(byId(KIT_DATA_ID).textContent ?? '{}') as KitData;
const plan = byId('plan');
const walk = byId('walk');

function runbookOf(id: string, hash?: string): Runbook | undefined {
  const found = data.runbooks.find((r) => r.runbook.id === id && (hash === undefined || r.hash === hash));
  return found?.runbook;
}

/** A copy of part of the plain page (a step, the warnings), ids removed so they stay unique. */
function copyOf(selector: string): HTMLElement | undefined {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) return undefined;
  const copy = found.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  for (const e of copy.querySelectorAll('[id]')) e.removeAttribute('id');
  return copy;
}

function show(screen: 'plan' | 'walk', heading?: HTMLElement): void {
  plan.hidden = screen !== 'plan';
  walk.hidden = screen !== 'walk';
  // A walk's screen gives the page's title line's room to the step.
  document.body.classList.toggle('walking', screen === 'walk');
  window.scrollTo(0, 0);
  heading?.focus();
}

function heading(text: string): HTMLHeadingElement {
  return el('h2', { tabindex: '-1', class: 'progress' }, text);
}

// ---- the plan: start buttons and the walks in progress

function drawPlan(): void {
  for (const slot of document.querySelectorAll<HTMLElement>('.walk-start')) {
    const id = slot.dataset.runbook ?? '';
    slot.replaceChildren(button('Walk through it, step by step', () => go(`start=${id}`), 'primary'));
    slot.hidden = false;
  }
  const open = byId('open-walks');
  const list = open.querySelector('ul')!;
  const now = new Date();
  list.replaceChildren(
    ...storedWalks().map((w) => {
      const started = w.events[0] as StartedEvent;
      const state = stateOf(w);
      const where = state
        ? state.status === 'ended'
          ? 'finished: the record is ready'
          : `at step ${(state.at ?? 0) + 1}`
        : 'from another copy of the kit';
      const label = `${state?.status === 'ended' ? 'Record of' : 'Carry on'}: ${started.title}${started.drill ? ' (drill)' : ''}, started ${shownTime(started.ts, now)} by ${started.person}, ${where}`;
      return el('li', {}, el('a', { href: `#walk=${w.incident}` }, label));
    }),
  );
  open.hidden = list.children.length === 0;
}

function stateOf(w: StoredWalk): WalkState | undefined {
  const started = w.events[0] as StartedEvent;
  const runbook = runbookOf(started.runbook, started.runbookHash);
  if (!runbook) return undefined;
  try {
    return replay(runbook, w.events);
  } catch {
    return undefined;
  }
}

// ---- starting a walk: warnings first, then who is walking it

function drawStart(runbookId: string): void {
  const entry = data.runbooks.find((r) => r.runbook.id === runbookId);
  if (!entry) {
    go('');
    return;
  }
  const title = heading(entry.runbook.title);
  const name = el('input', { id: 'walker', name: 'walker', autocomplete: 'name', required: '', value: lastPerson() });
  const drill = el('input', { id: 'drill', type: 'checkbox', class: 'checkbox' });
  const problem = el('p', { role: 'alert', class: 'attention', hidden: '' });
  const begin = () => {
    const person = name.value.trim();
    if (!person) {
      problem.textContent = 'Please write your name: it goes into the record.';
      problem.hidden = false;
      name.focus();
      return;
    }
    rememberPerson(person);
    const now = new Date();
    const incident = newIncidentId(entry.runbook.id, now, (n) => crypto.getRandomValues(new Uint8Array(n)));
    const started = start(
      entry.runbook,
      {
        incident,
        person,
        drill: drill.checked,
        runbookHash: entry.hash,
        coopVersion: data.coopVersion,
        kit: { exported: data.exported, library: data.library },
      },
      now,
    );
    if (!saveWalk(withEvents({ incident, lines: [], events: [] }, started.events))) warnUnsaved();
    go(`walk=${incident}`);
  };
  walk.replaceChildren(
    title,
    copyOf(`#rb-${runbookId} .warnings`) ?? '',
    copyOf(`#rb-${runbookId} .notify[data-after="0"]`) ?? '',
    el('label', { for: 'walker' }, 'Your name, for the record'),
    name,
    el('label', { for: 'drill' }, drill, ' This is a drill (practice), not a real incident'),
    problem,
    button('Start at step 1', begin, 'primary'),
    button('Back to the plan', () => go('')),
  );
  show('walk', title);
}

// ---- a step

function drawWalk(incident: string): void {
  const stored = loadWalk(incident);
  if (!stored) {
    go('');
    return;
  }
  const started = stored.events[0] as StartedEvent;
  const runbook = runbookOf(started.runbook, started.runbookHash);
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
      if (isUpdateStep(step)) moves.push(updateDraft(stored.events, runbook, step, state.person));
      moves.push(button('Done', act({ type: 'done' }), 'primary'));
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
 * app with it filled in. Sending stays the person's act; Done records it.
 */
function updateDraft(events: readonly JournalEvent[], runbook: Runbook, step: Step, person: string): HTMLElement {
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
  return el(
    'div',
    { class: 'update-draft', role: 'group', 'aria-label': 'A status update to send' },
    el('p', {}, `A status update to send (${fits}):`),
    el('p', { class: 'draft-text' }, draft.text),
    el('a', { href: `sms:?&body=${body}` }, 'Text it'),
    el('a', { href: `mailto:?subject=${encodeURIComponent(runbook.title)}&body=${body}` }, 'Email it'),
  );
}

/** In place of the step's buttons: the answer given ends the runbook early; is that right? */
function confirmEnd(place: HTMLElement, moves: readonly Node[], end: () => void): void {
  const first = moves[0];
  if (!(first instanceof Element)) {
    end();
    return;
  }
  const question = el('div', { role: 'alert', class: 'attention' });
  const back = button('No, go back to the question', () => {
    question.replaceWith(...moves);
    place.focus();
  });
  question.append(
    el('p', {}, 'That ends this runbook here, before its later steps. Is that right?'),
    back,
    button('Yes, end the runbook here', end, 'primary'),
  );
  first.before(question);
  for (const m of moves) (m as ChildNode).remove();
  back.focus();
}

/** A button that opens a text box for a reason or a note; nothing is recorded until it is filled in. */
function asking(label: string, prompt: string, confirm: string, then: (text: string) => void): HTMLElement {
  const box = el('div', { hidden: '' });
  const id = `ask-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  const text = el('textarea', { id, rows: '3' });
  const problem = el('p', { role: 'alert', class: 'attention', hidden: '' });
  box.append(
    el('label', { for: id }, prompt),
    text,
    problem,
    button(
      confirm,
      () => {
        const value = text.value.trim();
        if (!value) {
          problem.textContent = 'Please write something first.';
          problem.hidden = false;
          text.focus();
          return;
        }
        then(value);
      },
      'primary',
    ),
  );
  const open = button(label, () => {
    box.hidden = false;
    open.hidden = true;
    text.focus();
  });
  return el('div', {}, open, box);
}

function answer(stored: StoredWalk, runbook: Runbook, state: WalkState, input: WalkInput): void {
  const next = advance(runbook, state, input, new Date());
  if (!saveWalk(withEvents(stored, next.events))) warnUnsaved();
  drawWalk(stored.incident);
}

function history(state: WalkState): HTMLElement {
  const done = state.visits.filter((v) => v.result);
  if (done.length === 0) return el('div');
  return el(
    'section',
    { 'aria-labelledby': 'so-far' },
    el('h3', { id: 'so-far' }, 'So far'),
    el('ul', { class: 'history' }, ...done.map((v) => el('li', {}, `Step ${v.index + 1}: ${visitResult(v)}`))),
  );
}

// ---- the end, and the record

function drawEnded(stored: StoredWalk, state: WalkState, runbook: Runbook): void {
  const title = heading(state.outcome === 'failed' ? 'Ended at a check that did not work' : 'Runbook complete');
  const now = new Date();
  walk.replaceChildren(
    el('p', { class: 'org' }, `${runbook.title}${state.drill ? ' (drill)' : ''}`),
    title,
    el(
      'p',
      {},
      `Started ${shownTime(state.startedAt, now)} by ${state.people.join(', ')}; ended ${shownTime(state.endedAt ?? state.startedAt, now)}.`,
    ),
    history(state),
    el(
      'p',
      {},
      'Hand the record to whoever keeps the plan: on a computer with coop, "coop import" adds it to the incident records.',
    ),
    recordButtons(stored, runbook.title, 'Download the record', true),
    button('Back to the plan', () => go('')),
    button('Remove this walk from the phone', () => {
      if (confirm('Remove this walk from the phone? Download the record first if nobody has it yet.')) {
        forgetWalk(stored.incident);
        go('');
      }
    }),
  );
  show('walk', title);
}

function drawForeign(stored: StoredWalk, started: StartedEvent): void {
  const title = heading(started.title);
  walk.replaceChildren(
    title,
    el(
      'p',
      {},
      'This walk was made with another copy of the kit, whose steps this copy does not have. Its record can still be downloaded.',
    ),
    recordButtons(stored, started.title, 'Download the record'),
    button('Back to the plan', () => go('')),
  );
  show('walk', title);
}

function recordButtons(stored: StoredWalk, title: string, label: string, primary = false): HTMLElement {
  return el(
    'div',
    {},
    button(label, () => downloadRecord(stored), primary ? 'primary' : undefined),
    canShareRecord() ? button('Share the record', () => void shareRecord(stored, title)) : '',
  );
}

function warnUnsaved(): void {
  alert(
    'This phone would not save the walk (storage full or switched off). Download the record before closing the page.',
  );
}

// ---- where the page is

function go(place: string): void {
  if (location.hash.slice(1) === place) route();
  else location.hash = place;
}

function route(): void {
  const place = decodeURIComponent(location.hash.slice(1));
  if (place.startsWith('walk=')) {
    drawWalk(place.slice(5));
    return;
  }
  if (place.startsWith('start=')) {
    drawStart(place.slice(6));
    return;
  }
  drawPlan();
  show('plan');
  // An anchor of the plain page (a runbook, a step): go there as a link would.
  if (place) document.getElementById(place)?.scrollIntoView();
}

window.addEventListener('hashchange', route);
route();

// Offline after the first visit: only where a service worker can be (http, https), never from a file.
if ('serviceWorker' in navigator && location.protocol.startsWith('http'))
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
