// The statewide view as one self-contained page: how many agencies meet each
// ITEC 5300 point, a table with a row per agency (sortable by a small inline
// script, a plain table without it), then a section per agency with its
// findings as file:line links. The page's policy lets it run only that
// script (by its hash) and fetch nothing (render/html/document.ts). Every status is written
// in words as well as shown by a mark, so it survives printing in black and
// white.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { htmlDocument } from '../../render/html/document.js';
import { html, type SafeHtml } from '../../render/html/markup.js';
import { plural } from '../../text/plural.js';
import { cellText, COLUMNS, libraryState, NOT_RECORDED, type CellStatus } from './columns.js';
import { POINT_IDS, ROLLUP_POINTS } from './points.js';
import type { AgencyRow } from './row.js';
import type { Rollup } from './rollup.js';
import { ROLLUP_CSS } from './html-css.js';
import { SORT_SCRIPT } from './html-sort.js';

export interface RollupHtmlOptions {
  /** The folder finding paths are relative to, for their file: links. */
  cwd: string;
}

const STATUS_WORDS: Record<CellStatus, string> = {
  ok: 'OK',
  attention: 'needs attention',
  'not-recorded': NOT_RECORDED,
  unreadable: 'unreadable',
};

const anchorOf = (index: number) => `agency-${index + 1}`;
const TABLE = COLUMNS.filter((c) => c.inTable);

function summary(report: Rollup): SafeHtml {
  const n = report.agencies;
  return html`<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">Where the state stands</h2>
<p>${plural(n, 'agency library', 'agency libraries')}, ${plural(report.runbooks, 'runbook')}; ${report.unreadable} unreadable, ${report.broken} with files that cannot be loaded. Judged on ${report.today}; "the last 12 months" is since ${report.windowStart}.</p>
<table class="points">
<thead><tr><th scope="col">Point</th><th scope="col">Agencies that meet it</th><th scope="col">Not met</th><th scope="col">Not recorded</th><th scope="col">What shows it</th></tr></thead>
<tbody>
${POINT_IDS.map((id) => {
  const p = ROLLUP_POINTS[id];
  const s = report.points[id];
  return html`<tr data-point="${id}"><th scope="row">${p.point}: ${p.title}</th><td class="met">${s.met} of ${n}</td><td>${s.notMet}</td><td>${s.notRecorded}</td><td>${p.test}</td></tr>
`;
})}</tbody>
</table>
</section>`;
}

function cell(row: AgencyRow, index: number, column: (typeof TABLE)[number]): SafeHtml {
  const text = cellText(column, row) ?? '-';
  const status = column.status?.(row);
  const sort = column.sortKey ? String(column.sortKey(row)) : text.toLowerCase();
  const content = column.id === 'agency' ? html`<a href="#${anchorOf(index)}">${text}</a>` : text;
  if (!status) return html`<td data-sort="${sort}">${content}</td>`;
  // The word as well as the mark where a cell asks for something: paper has no colour.
  const word = status === 'attention' || (status === 'unreadable' && column.id === 'state');
  const said = (status === 'attention' && column.why?.(row)) || STATUS_WORDS[status];
  return html`<td class="s-${status}" data-sort="${sort}" data-status="${status}">${content}${word && text !== said ? html` <span class="word">(${said})</span>` : ''}</td>`;
}

function table(report: Rollup): SafeHtml {
  return html`<section aria-labelledby="table-title">
<h2 id="table-title">Agencies</h2>
<p class="hint" id="sort-hint" hidden>Select a heading to sort by it.</p>
<table class="agencies" id="agencies">
<thead><tr>${TABLE.map(
    (c, i) =>
      html`<th scope="col" data-column="${i}" data-numeric="${c.sortKey ? 'yes' : 'no'}"><button type="button">${c.heading}</button><span class="plain">${c.heading}</span></th>`,
  )}</tr></thead>
<tbody>
${report.rows.map(
  (row, index) => html`<tr data-agency="${row.name}">${TABLE.map((c) => cell(row, index, c))}</tr>
`,
)}</tbody>
</table>
</section>`;
}

function fact(label: string, value: string): SafeHtml {
  return html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
}

function section(row: AgencyRow, index: number, options: RollupHtmlOptions): SafeHtml {
  // The problem is said above the facts.
  const facts = COLUMNS.flatMap((c) => {
    const text = c.id === 'agency' || c.id === 'problem' ? undefined : cellText(c, row);
    return text ? [fact(c.heading, text)] : [];
  });
  const findings = row.findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.col}`;
    return html`<li class="${f.severity}"><a href="${pathToFileURL(resolve(options.cwd, f.file)).href}">${where}</a> <span class="severity">${f.severity}</span> ${f.message} <span class="rule">[${f.rule}]</span></li>
`;
  });
  return html`<section class="agency" id="${anchorOf(index)}" data-state="${libraryState(row)}">
<h2>${row.organization ?? row.name}</h2>
${row.problem ? html`<p class="problem">${row.problem}</p>` : ''}
${row.notes.map((n) => html`<p class="note">${n}</p>`)}
<table class="facts">${facts}</table>
${
  findings.length
    ? html`<h3>Findings</h3><ol class="findings">${findings}</ol>${
        row.findingsLeftOut
          ? html`<p class="more">and ${plural(row.findingsLeftOut, 'more finding')}: run coop lint ${row.library}</p>`
          : ''
      }`
    : row.readable
      ? html`<p>No lint findings.</p>`
      : ''
}
</section>`;
}

export function renderRollupHtml(report: Rollup, options: RollupHtmlOptions): string {
  const title = `Statewide continuity plans on ${report.today}`;
  const body = html`<header><h1>${title}</h1></header>
${summary(report)}
${table(report)}
${report.rows.map((row, index) => section(row, index, options))}`;
  return htmlDocument(title, body, '', { css: ROLLUP_CSS, script: SORT_SCRIPT });
}
