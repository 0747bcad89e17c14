// Parts of a screen of the go-kit's walk that keep no walk of their own.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { WalkState } from '../../../walk/engine.js';
import { button, el } from './dom.js';
import { visitResult } from './walk-text.js';

/** In place of the step's buttons: the answer given ends the runbook early; is that right? */
export function confirmEnd(place: HTMLElement, moves: readonly Node[], end: () => void): void {
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
export function asking(label: string, prompt: string, confirm: string, then: (text: string) => void): HTMLElement {
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
        const value = filledIn(text, problem, 'Please write something first.');
        if (value !== undefined) then(value);
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

/** The steps done so far, on the step and the end screens. */
export function history(state: WalkState): HTMLElement {
  const done = state.visits.filter((v) => v.result);
  if (done.length === 0) return el('div');
  return el(
    'section',
    { 'aria-labelledby': 'so-far' },
    el('h3', { id: 'so-far' }, 'So far'),
    el('ul', { class: 'history' }, ...done.map((v) => el('li', {}, `Step ${v.index + 1}: ${visitResult(v)}`))),
  );
}

/** What was written in a field that must be filled in; undefined once `problem`, beside it, says what is missing. */
export function filledIn(
  field: HTMLInputElement | HTMLTextAreaElement,
  problem: HTMLElement,
  missing: string,
): string | undefined {
  const value = field.value.trim();
  if (value) return value;
  problem.textContent = missing;
  problem.hidden = false;
  field.focus();
  return undefined;
}
