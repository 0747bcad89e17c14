// What every screen of the go-kit's walk shares: the plan's data in the page,
// the two places a screen is drawn (the plan, the walk), and the way from one
// screen to another. A screen moves on by changing the address (go), never by
// drawing the next screen itself, so a reload comes back to the same place.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Runbook } from '../../../format/model.js';
import type { StartedEvent } from '../../../journal/events.js';
import { replay, type WalkState } from '../../../walk/engine.js';
import { KIT_DATA_ID, type KitData } from '../kit-data.js';
import { button, byId, el } from './dom.js';
import { canShareRecord, downloadRecord, shareRecord } from './record-file.js';
import type { StoredWalk } from './walk-store.js';

export const data = JSON.parse(byId(KIT_DATA_ID).textContent ?? '{}') as KitData;
export const plan = byId('plan');
export const walk = byId('walk');

export function runbookOf(id: string, hash?: string): Runbook | undefined {
  const found = data.runbooks.find((r) => r.runbook.id === id && (hash === undefined || r.hash === hash));
  return found?.runbook;
}

/**
 * The runbook a stored walk carries on with: the one it began with, else (the
 * plan was exported again since, with the runbook changed) this copy's runbook
 * of the same id, `changed`: the walk goes on by step id, as coop resume does,
 * where its steps are all still there (stateOf says whether they are).
 */
export function walkRunbook(started: StartedEvent): { runbook: Runbook; changed: boolean } | undefined {
  const same = runbookOf(started.runbook, started.runbookHash);
  if (same) return { runbook: same, changed: false };
  const now = runbookOf(started.runbook);
  return now && { runbook: now, changed: true };
}

export function stateOf(w: StoredWalk): WalkState | undefined {
  const started = w.events[0] as StartedEvent;
  const runbook = walkRunbook(started)?.runbook;
  if (!runbook) return undefined;
  try {
    return replay(runbook, w.events);
  } catch {
    return undefined;
  }
}

/** A copy of part of the plain page (a step, the warnings), ids removed so they stay unique. */
export function copyOf(selector: string): HTMLElement | undefined {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) return undefined;
  const copy = found.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  for (const e of copy.querySelectorAll('[id]')) e.removeAttribute('id');
  return copy;
}

export function show(screen: 'plan' | 'walk', heading?: HTMLElement): void {
  plan.hidden = screen !== 'plan';
  walk.hidden = screen !== 'walk';
  // A walk's screen gives the page's title line's room to the step.
  document.body.classList.toggle('walking', screen === 'walk');
  window.scrollTo(0, 0);
  heading?.focus();
}

export function heading(text: string): HTMLHeadingElement {
  return el('h2', { tabindex: '-1', class: 'progress' }, text);
}

/** To `place` (walk=<incident>, start=<runbook>, or '' for the plan): the page's router draws it. */
export function go(place: string): void {
  if (location.hash.slice(1) === place) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = place;
}

export function recordButtons(stored: StoredWalk, title: string, label: string, primary = false): HTMLElement {
  return el(
    'div',
    {},
    button(label, () => downloadRecord(stored), primary ? 'primary' : undefined),
    canShareRecord() ? button('Share the record', () => void shareRecord(stored, title)) : '',
  );
}

export function warnUnsaved(): void {
  alert(
    'This phone would not save the walk (storage full or switched off). Download the record before closing the page.',
  );
}
