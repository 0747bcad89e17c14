// A contact as the binder prints it wherever it is named: who, the number in
// bold, the role beneath, and who to try next.
import { missingContactWords, type ContactView } from '../../library/view.js';
import { html, type SafeHtml } from './markup.js';

/** A class that keeps a phone number on one line, for values short enough to be one. */
export function keepTogether(text: string): string {
  return text.length <= 24 ? ' keep' : '';
}

function otherWays(contact: ContactView): string[] {
  return [contact.email, contact.reach].filter((w): w is string => Boolean(w));
}

function alternatesLine(contact: ContactView): SafeHtml | '' {
  if (contact.alternates.length === 0) return '';
  const names = contact.alternates.map(
    (a, i) =>
      html`${i > 0 ? ', then ' : ''}${a.name}${a.phone ? html` <span class="phone${keepTogether(a.phone)}">${a.phone}</span>` : ''}`,
  );
  return html`<div class="role">If no answer: ${names}</div>`;
}

/** The contact of a step or of "notify": name and number on one line, what else is needed below. */
export function contactCall(contact: ContactView): SafeHtml {
  if (!contact.known) {
    return html`<div class="call unknown">"${contact.id}": ${missingContactWords(contact)}; run coop lint.</div>`;
  }
  const ways = [
    contact.phone ? html`<span class="phone${keepTogether(contact.phone)}">${contact.phone}</span>` : '',
    ...otherWays(contact).map((w) => html`<span class="text">${w}</span>`),
  ]
    .filter(Boolean)
    .map((w, i) => html`${i > 0 ? ' · ' : ''}${w}`);
  return html`<div class="call"><b>${contact.name}</b>: ${ways.length ? ways : 'no number or address on file'}${contact.role ? html`<div class="role text">${contact.role}</div>` : ''}${alternatesLine(contact)}</div>`;
}
