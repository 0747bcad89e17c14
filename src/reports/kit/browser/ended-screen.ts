// The end of a walk, and a walk this copy of the kit cannot replay: the record
// to hand over, either way.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Runbook } from '../../../format/model.js';
import type { StartedEvent } from '../../../journal/events.js';
import type { WalkState } from '../../../walk/engine.js';
import { button, el } from './dom.js';
import { go, heading, recordButtons, show, walk } from './page.js';
import { shownTime } from './walk-text.js';
import { history } from './widgets.js';
import { forgetWalk, type StoredWalk } from './walk-store.js';

export function drawEnded(stored: StoredWalk, state: WalkState, runbook: Runbook): void {
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

export function drawForeign(stored: StoredWalk, started: StartedEvent): void {
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
