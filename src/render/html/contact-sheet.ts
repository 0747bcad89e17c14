// The page to keep by the phone: every contact with the number large, the
// role, the other ways to reach them and who to try when there is no answer.
// A contact with no number shows how to reach them instead, and a line to
// write a number in.
import type { Library } from '../../library/library.js';
import { contactMap } from '../../library/library.js';
import { contactView, type ContactView } from '../../library/view.js';
import { keepTogether } from './contact.js';
import { html, type SafeHtml } from './markup.js';

function reachCell(c: ContactView): SafeHtml {
  if (c.phone)
    return html`<span class="phone-big${keepTogether(c.phone)}">${c.phone}</span>${c.reach ? html`<div class="more text">${c.reach}</div>` : ''}`;
  // A reach that is itself a number (an international one, +49 30 ..., which phone: does not take) is the
  // number here; words ("in person, or the number in the staff directory") still leave a line to write it in.
  const reach = c.reach ? html`<div class="reach text">${c.reach}</div>` : '';
  if (c.reach && /^\+?\d/.test(c.reach.trim())) return html`${reach}`;
  return html`${reach}<span class="write-in">No number on file: write it here</span>`;
}

function row(c: ContactView, withAlternates: boolean): SafeHtml {
  const more = [
    c.email ?? '',
    c.hours ? `Hours: ${c.hours}` : '',
    c.notes ?? '',
    c.verified ? `Details checked ${c.verified}` : '',
  ].filter(Boolean);
  const alternates = c.alternates.map(
    (a, i) =>
      html`${i > 0 ? html`<br>then ` : ''}<b>${a.name}</b>${a.phone ? html` <span class="phone${keepTogether(a.phone)}">${a.phone}</span>` : ''}`,
  );
  return html`<tr>
<td><div class="name text">${c.name}</div>${c.role ? html`<div class="role text">${c.role}</div>` : ''}</td>
<td>${reachCell(c)}</td>
<td class="more">${more.map((m, i) => html`${i > 0 ? html`<br>` : ''}<span class="text">${m}</span>`)}</td>
${withAlternates ? html`<td class="more">${alternates}</td>` : ''}
</tr>`;
}

export function contactSheet(library: Library): SafeHtml {
  const contacts = contactMap(library);
  const views = library.contacts.map(({ value }) => contactView(value.id, contacts));
  // The column for alternates only when someone has one: an empty column reads as missing data.
  const withAlternates = views.some((c) => c.alternates.length > 0);
  const body = views.length
    ? html`<table class="contact-table"><thead><tr><th>Who</th><th>Number</th><th>Email, hours, notes</th>${withAlternates ? html`<th>If no answer</th>` : ''}</tr></thead><tbody>${views.map((c) => row(c, withAlternates))}</tbody></table>`
    : html`<p><b>No contacts could be read. Run coop lint.</b></p>`;
  return html`<section class="sheet contacts" id="contacts">
<div class="eyebrow">Keep by the phone</div>
<h2>Contact sheet</h2>
<p class="lead">Everyone the runbooks tell you to call or notify.</p>
${body}
</section>`;
}
