// The AAR/IP as one printable HTML page, in the after-action report's style:
// self-contained, nothing fetched, meaning carried by words and borders, not
// colour. The exercise notice (and the example notice) sit at the top and in
// the margin of every printed page. Every value goes through the escaping
// template.
import { pageMarksCss } from '../../render/html/binder-css.js';
import { htmlDocument } from '../../render/html/document.js';
import { html, type SafeHtml } from '../../render/html/markup.js';
import { REPORT_CSS } from '../after-action/report-css.js';
import { timeColumn, when } from '../after-action/time.js';
import type { ExerciseReport } from './model.js';
import {
  EMPTY,
  EXERCISE_BANNER,
  footer,
  overviewRows,
  ownerName,
  planStatus,
  ratingCell,
  recordNotices,
  reportTitle,
  runbookName,
  timesNote,
  topNotices,
} from './wording.js';

const EXERCISE_CSS = `
.report .rating { font-weight: bold; white-space: nowrap; }
.report .scale dt { font-weight: bold; margin-top: 1mm; }
.report .scale dd { margin: 0 0 0 6mm; font-size: 9.5pt; }
.report .plan td:first-child { min-width: 40mm; }
.report .plan td:nth-child(3) { min-width: 22mm; }
.report .plan td:nth-child(4) { white-space: nowrap; }
.report .plan td:nth-child(6) { min-width: 20mm; }
.report .exercise { break-inside: avoid; }
.report .overdue { font-weight: bold; text-decoration: underline; }
.report th:first-child { white-space: nowrap; }
.ex-timeline td:nth-child(-n+2) { white-space: nowrap; }
.ex-timeline td:nth-child(3) { min-width: 24mm; }
`;

function section(title: string, body: SafeHtml | false, empty: string): SafeHtml {
  return html`<section class="part"><h2>${title}</h2>${body || html`<p class="none">${empty}</p>`}</section>`;
}

function table(head: string[], rows: Array<Array<SafeHtml | string>>, className: string): SafeHtml | false {
  if (rows.length === 0) return false;
  return html`<table class="${className}"><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

const notes = (items: Array<{ label: string; notes: string }>) =>
  items.length
    ? html`<ul class="notes">${items.map((i) => html`<li><b>${i.label}</b>, evaluator's notes: <span class="text">${i.notes}</span></li>`)}</ul>`
    : '';

function body(report: ExerciseReport): SafeHtml {
  const times = timeColumn(report.timeline.map((e) => e.at));
  return html`<article class="sheet report">
${topNotices(report).map((n) => html`<p class="exercise">${n}</p>`)}
<div class="eyebrow">After-Action Report / Improvement Plan${report.organization ? html` · ${report.organization}` : ''}</div>
<h1 class="text">${report.exercise.title}</h1>
<p class="outcome">${report.statusText}</p>
${recordNotices(report).map((n) => html`<p class="notice"><b>Note:</b> ${n}</p>`)}
${section('Exercise overview', html`<table class="summary-table">${overviewRows(report).map(([label, value]) => html`<tr><th>${label}</th><td class="text">${value}</td></tr>`)}</table>`, '')}
${section(
  'Analysis of objectives',
  html`${table(
    ['#', 'Objective', 'Policy', 'Rating'],
    report.objectives.map((o) => [
      String(o.number),
      html`<span class="text">${o.text}</span>`,
      o.policy,
      html`<span class="rating">${ratingCell(o.rating, o.exercised, 'Not exercised')}</span>`,
    ]),
    'facts-table',
  )}${notes(report.objectives.filter((o) => o.rating?.notes).map((o) => ({ label: `Objective ${o.number}`, notes: o.rating!.notes })))}
<p>Ratings, after HSEEP:</p><dl class="scale">${report.ratingScale.map((r) => html`<dt>${r.code} - ${r.label}</dt><dd>${r.definition}</dd>`)}</dl>`,
  '',
)}
${section(
  'Expected actions',
  html`${table(
    ['Inject', 'Scenario time', 'Expected action', 'Runbook steps', 'Rating'],
    report.expectedActions.map((a) => [
      String(a.number),
      a.at,
      html`<span class="text">${a.expected}</span>`,
      html`${a.steps.map((s, i) => html`${i > 0 ? html`<br>` : ''}${s}`)}`,
      html`<span class="rating">${ratingCell(a.rating, a.released)}</span>`,
    ]),
    'facts-table',
  )}${notes(report.expectedActions.filter((a) => a.rating?.notes).map((a) => ({ label: `Inject ${a.number}`, notes: a.rating!.notes })))}`,
  '',
)}
${section(
  'Timeline of injects and decisions',
  html`${table(
    ['Time', 'Scenario', 'Who', 'What happened'],
    report.timeline.map((e, i) => [times[i]!, e.scenario ?? '', e.person, html`<span class="text">${e.text}</span>`]),
    'ex-timeline',
  )}<p class="times">${timesNote(report)}</p>`,
  '',
)}
${section(
  "Players' decisions",
  table(
    ['Inject', 'Time', 'Decision', 'Runbook steps followed'],
    report.responses.map((r) => [
      String(r.inject),
      when(r.at),
      html`<span class="text">${r.decision}</span>`,
      r.followed.join('; ') || 'none',
    ]),
    'facts-table',
  ),
  EMPTY.responses,
)}
${section('Strengths', report.strengths.length > 0 && html`<ul>${report.strengths.map((s) => html`<li class="text">${s}</li>`)}</ul>`, EMPTY.strengths)}
${section('Areas for improvement', report.areasForImprovement.length > 0 && html`<ul>${report.areasForImprovement.map((s) => html`<li class="text">${s}</li>`)}</ul>`, EMPTY.areas)}
${section(
  'Appendix A: Improvement plan',
  table(
    ['Corrective action', 'Area for improvement', 'Owner', 'Due', 'Runbook it changes', 'Status'],
    report.improvementPlan.map((i) => [
      html`<b>${i.id}</b>: <span class="text">${i.action}</span>`,
      html`<span class="text">${i.area ?? ''}</span>`,
      ownerName(i),
      i.due,
      runbookName(i),
      html`<span class="${i.status === 'overdue' ? 'overdue' : ''}">${planStatus(i)}</span>`,
    ]),
    'facts-table plan',
  ),
  EMPTY.plan,
)}
${section(
  "Appendix B: Players' walks",
  table(
    ['Drill', 'Runbook', 'Who', 'Started', 'Status'],
    report.playerWalks.map((w) => [
      w.incident,
      w.title,
      w.people.join(', '),
      when(w.startedAt),
      `${w.status}, ${w.stepsDone} step(s) done`,
    ]),
    'facts-table',
  ),
  EMPTY.walks,
)}
<footer class="made">${footer(report)}</footer>
${topNotices(report).map((n) => html`<p class="exercise">${n}</p>`)}
</article>`;
}

export function renderExerciseReportHtml(report: ExerciseReport): string {
  const css = pageMarksCss({
    plan: report.exercise.example ? `${EXERCISE_BANNER} · EXAMPLE` : EXERCISE_BANNER,
    printed: `Report made ${when(report.generatedAt)}`,
    section: `AAR/IP ${report.record}`,
    named: [],
  });
  return htmlDocument(
    `${EXERCISE_BANNER}: ${reportTitle(report)}`,
    body(report),
    `${REPORT_CSS}\n${EXERCISE_CSS}\n${css}`,
  );
}
