// The plan as HTML: one runbook as a page (`coop show --format html`) or the
// whole printable binder (`coop export`): cover, contact sheet, each runbook
// on its own pages with its flowchart. One self-contained file: inline CSS
// and inline SVG, nothing fetched. This module imports dagre (through the
// flowchart), so only the commands that print HTML load it.
import type { Library } from '../library/library.js';
import { coverPage } from './html/cover.js';
import { contactSheet } from './html/contact-sheet.js';
import { pageMarksCss } from './html/binder-css.js';
import { htmlDocument } from './html/document.js';
import { html } from './html/markup.js';
import { runbookSection } from './html/runbook-section.js';
import { planStatus } from './plan-status.js';
import { localDay, localDayAndTime } from '../text/local-time.js';
import { runbookView, type RunbookView } from '../library/view.js';

export interface RunbookHtmlOptions {
  /** The clock, to mark an overdue review; default now. */
  now?: Date;
}

/** One runbook as a page of its own (`coop show <id> --format html`). */
export function renderRunbookHtml(view: RunbookView, library: Library, options: RunbookHtmlOptions = {}): string {
  const now = options.now ?? new Date();
  const plan = library.organization ?? 'Continuity of operations plan';
  const css = pageMarksCss({ plan, printed: `Printed ${localDay(now)}`, section: view.title, named: [] });
  return htmlDocument(`${view.title}: ${plan}`, runbookSection(view, { today: localDay(now) }), css);
}

/** The printable binder of the whole library (`coop export`). */
export function renderBinderHtml(library: Library, now: Date): string {
  const views = library.runbooks.map((entry) => runbookView(library, entry));
  const status = planStatus(library, views, now);
  const plan = library.organization ?? 'Continuity of operations plan';
  const css = pageMarksCss({
    plan,
    printed: `Printed ${status.today}: check for a newer copy`,
    section: 'Continuity of operations plan',
    named: [
      { className: 'contacts', label: 'Contact sheet' },
      ...views.map((v, i) => ({ className: `section-${i + 1}`, label: `Section ${i + 1}: ${v.title}` })),
    ],
  });
  const body = html`${coverPage({ organization: library.organization, generated: localDayAndTime(now), libraryPath: library.displayRoot, status, views, contactCount: library.contacts.length })}
${contactSheet(library)}
${views.map((view, i) => runbookSection(view, { number: i + 1, of: views.length, today: status.today }))}`;
  return htmlDocument(`${plan}: continuity of operations binder`, body, css);
}
