// The plan: a start button on each runbook, the walks in progress, and the
// screen that starts a walk (warnings first, then who is walking it).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { StartedEvent } from '../../../journal/events.js';
import { makeIncidentId } from '../../../journal/incident-id.js';
import { start } from '../../../walk/engine.js';
import { button, byId, el } from './dom.js';
import { copyOf, data, go, heading, show, stateOf, walk, warnUnsaved } from './page.js';
import { shownTime } from './walk-text.js';
import { lastPerson, rememberPerson, saveWalk, storedWalks, withEvents } from './walk-store.js';

export function drawPlan(): void {
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

/** Who the record names when the person gave no name. */
const NO_NAME = 'name not given (go-kit)';

export function drawStart(runbookId: string): void {
  const entry = data.runbooks.find((r) => r.runbook.id === runbookId);
  if (!entry) {
    go('');
    return;
  }
  const title = heading(entry.runbook.title);
  const name = el('input', { id: 'walker', name: 'walker', autocomplete: 'name', value: lastPerson() });
  const drill = el('input', { id: 'drill', type: 'checkbox', class: 'checkbox' });
  const begin = () => {
    // Never a gate before step 1: at a fire the first step is to leave the building. The record says the
    // name was not given, and a name given is remembered for the next walk.
    const typed = name.value.trim();
    const person = typed || NO_NAME;
    if (typed) rememberPerson(typed);
    const now = new Date();
    const incident = makeIncidentId(entry.runbook.id, now, (n) => crypto.getRandomValues(new Uint8Array(n)));
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
    el('label', { for: 'walker' }, 'Your name, for the record (leave it empty if there is no time)'),
    name,
    el('label', { for: 'drill' }, drill, ' This is a drill (practice), not a real incident'),
    button('Start at step 1', begin, 'primary'),
    button('Back to the plan', () => go('')),
  );
  show('walk', title);
}
