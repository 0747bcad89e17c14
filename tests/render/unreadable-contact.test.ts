// A contact whose entry in contacts.yaml could not be read is not "not in
// contacts.yaml": a person in an outage told that would look for someone the
// plan does name. Every view that shows a runbook's contacts says which it is.
import { describe, expect, it } from 'vitest';
import { runbookView } from '../../src/library/view.js';
import { renderRunbookHtml } from '../../src/render/html.js';
import { renderRunbookMarkdown } from '../../src/render/markdown.js';
import { renderRunbookText } from '../../src/render/text.js';
import { plainStyle } from '../../src/text/style.js';
import { contactCard } from '../../src/reports/kit/contact-card.js';
import { libraryOf } from './library-fixture.js';

// "director" lost its name (a typo in the key), so its entry cannot be read; "nobody" names no entry at all.
const library = libraryOf({
  'contacts.yaml': 'contacts:\n  - id: director\n    nmae: Executive Director\n    phone: (316) 928-8828\n',
  'power-loss.yaml': {
    id: 'power-loss',
    title: 'Losing power',
    notify: ['director', 'nobody'],
    steps: [{ do: 'Shut the computers down.' }],
  },
});
const view = runbookView(library, library.runbooks[0]!);

describe('a contact whose entry could not be read', () => {
  it('is told apart from one that names no entry', () => {
    expect(library.brokenContactIds.has('director')).toBe(true);
    expect(view.notify.map((c) => [c.id, c.known, c.unreadable ?? false])).toEqual([
      ['director', false, true],
      ['nobody', false, false],
    ]);
  });

  it('is said so on the terminal, in Markdown, in HTML and in the go-kit', () => {
    const text = renderRunbookText(view, plainStyle, 100);
    expect(text).toContain('director (its entry in contacts.yaml could not be read)');
    expect(text).toContain('nobody (not in contacts.yaml)');
    const markdown = renderRunbookMarkdown(view);
    expect(markdown).toContain('`director`: its entry in contacts.yaml could not be read');
    expect(markdown).toContain('`nobody`: not in contacts.yaml');
    const html = renderRunbookHtml(view, library);
    expect(html).toContain('"director": its entry in contacts.yaml could not be read; run coop lint.');
    expect(html).toContain('"nobody": not in contacts.yaml; run coop lint.');
    expect(String(contactCard(view.notify[0]!))).toContain('could not be read from the contact list of this plan');
    expect(String(contactCard(view.notify[1]!))).toContain('is not in the contact list of this plan');
  });
});
