// A contact as the go-kit shows it: a phone number is a `tel:` link and an
// address a `mailto:` link, big enough for a thumb, with the alternates in
// their order of succession beneath. Used by the plain page; the walk script
// builds the same markup from the same view (browser/contact-links.ts).
import type { ContactView } from '../../library/view.js';
import { telUri } from '../../lint/phone.js';
import { html, type SafeHtml } from '../../render/html/markup.js';

export function contactCard(contact: ContactView): SafeHtml {
  if (!contact.known)
    return html`<div class="contact unknown"><p>"${contact.id}" ${contact.unreadable ? 'could not be read from' : 'is not in'} the contact list of this plan.</p></div>`;
  const links = [
    contact.phone ? html`<a class="call" href="${telUri(contact.phone)}">Call ${contact.phone}</a>` : '',
    contact.email ? html`<a class="call" href="mailto:${contact.email}">Email ${contact.email}</a>` : '',
  ];
  const alternates = contact.alternates.map(
    (a, i) =>
      html`<li>${i === 0 ? 'If no answer: ' : 'then: '}${a.phone ? html`<a href="${telUri(a.phone)}">${a.name}, ${a.phone}</a>` : a.name}</li>`,
  );
  return html`<div class="contact">
<p class="name">${contact.name}</p>
${contact.role ? html`<p class="role">${contact.role}</p>` : ''}
${links}
${contact.reach ? html`<p class="reach">${contact.reach}</p>` : ''}
${contact.hours ? html`<p class="reach">Hours: ${contact.hours}</p>` : ''}
${!contact.phone && !contact.email && !contact.reach ? html`<p class="reach">No number or address on file.</p>` : ''}
${alternates.length ? html`<ul class="alternates">${alternates}</ul>` : ''}
</div>`;
}
