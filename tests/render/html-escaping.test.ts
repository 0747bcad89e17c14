// Hostile text in every field a runbook library has, through both HTML
// renderers: nothing may become markup, an attribute, a script or a style rule,
// and every field must still be there for a person to read, escaped.
import { describe, expect, it } from 'vitest';
import { renderBinderHtml, renderRunbookHtml } from '../../src/render/html.js';
import { runbookView } from '../../src/library/view.js';
import { HOSTILE_FIELDS, hostileLibrary } from './library-fixture.js';

const NOW = new Date(2026, 10, 23, 9, 15);

/** Every element the renderers write; anything else came from a runbook. */
const OUR_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'section',
  'header',
  'div',
  'span',
  'p',
  'h1',
  'h2',
  'h3',
  'ol',
  'ul',
  'li',
  'b',
  'br',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'svg',
  'g',
  'rect',
  'polygon',
  'path',
  'text',
  'tspan',
]);
const OUR_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'title',
  'aria-label',
  'aria-hidden',
  'role',
  'viewbox',
  'width',
  'height',
  'x',
  'y',
  'rx',
  'points',
  'd',
  'data-key',
  'data-from',
  'data-to',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-dasharray',
]);

function tagsOf(page: string): string[] {
  return [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase());
}

/** Attribute names of every tag, with the quoted values taken out first (escaped text cannot hold a raw quote). */
function attributesOf(page: string): string[] {
  const withoutStyle = page.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  return [...withoutStyle.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((tag) =>
    [...tag[0].replace(/"[^"]*"/g, '""').matchAll(/\s([^\s=/>]+)=/g)].map((m) => m[1]!.toLowerCase()),
  );
}

function expectInert(page: string): void {
  for (const tag of tagsOf(page)) expect(OUR_TAGS, `unexpected <${tag}>`).toContain(tag);
  for (const attribute of attributesOf(page))
    expect(OUR_ATTRIBUTES, `unexpected attribute ${attribute}`).toContain(attribute);
  // The words may stand in the text (escaped); as markup they may not.
  expect(page).not.toMatch(/<script|<img|<iframe|<link/i);
  expect(page.match(/<style>/g)).toHaveLength(1);
  expect(page.match(/<\/style>/g)).toHaveLength(1);
  expect(page.match(/<title>/g)?.length).toBe(page.match(/<\/title>/g)?.length);
  // Nothing in the style sheet but coop's rules: runbook text there is CSS-escaped.
  const css = page.match(/<style>([\s\S]*?)<\/style>/)![1]!;
  expect(css).not.toContain('<');
  for (const [, text] of css.matchAll(/content: "([^"]*)"/g))
    expect(text).toMatch(/^(?:[A-Za-z0-9 ]|\\[0-9a-f]{1,6} )*$/);
}

function expectEveryFieldEscaped(page: string, fields: string[]): void {
  for (const field of fields) {
    expect(page, `field ${field}`).toContain(
      `${field}&lt;script&gt;alert(&quot;${field}&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;`,
    );
  }
}

function expectControlsVisible(page: string): void {
  expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(page).toContain('\\e[31mred\\e[0m');
  expect(page).toContain('\\e]0;retitled\\a');
  expect(page).toContain('\\u202eevil');
}

describe('the binder, given hostile text in every field', () => {
  const page = renderBinderHtml(hostileLibrary(), NOW);

  it('writes no element, attribute, script or style rule of its own', () => expectInert(page));

  it('still shows every field, as text', () => expectEveryFieldEscaped(page, HOSTILE_FIELDS));

  it('shows control characters and bidi overrides as visible escapes, never raw', () => expectControlsVisible(page));

  it('draws one flowchart, whose labels are escaped too', () => {
    expect(page.match(/<svg class="flowchart-svg"/g)).toHaveLength(1);
    const svg = page.match(/<svg class="flowchart-svg"[\s\S]*?<\/svg>/)![0];
    expect(svg).toContain('aria-label="Flowchart of TITLE&lt;script&gt;');
    expect(svg).toMatch(/>YES&lt;script&gt;/);
  });
});

describe('one runbook as a page, given hostile text in every field', () => {
  const library = hostileLibrary();
  const page = renderRunbookHtml(runbookView(library, library.runbooks[0]!), library, { now: NOW });
  // The page of one runbook shows its contacts where they are named, not the whole directory.
  const shown = HOSTILE_FIELDS.filter((f) => !['CHOURS', 'CNOTES'].includes(f));

  it('writes no element, attribute, script or style rule of its own', () => expectInert(page));

  it('still shows every field, as text', () => expectEveryFieldEscaped(page, shown));

  it('shows control characters as visible escapes, never raw', () => expectControlsVisible(page));
});
