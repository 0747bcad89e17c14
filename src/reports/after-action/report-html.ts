// The after-action report as one printable HTML page, in the binder's style:
// self-contained, nothing fetched, meaning carried by words and borders
// rather than colour. A drill says so at the top and in the margin of every
// printed page. Every value goes through the escaping template.
import { contactCall } from '../../render/html/contact.js';
import { pageMarksCss } from '../../render/html/binder-css.js';
import { htmlDocument } from '../../render/html/document.js';
import { html, type SafeHtml } from '../../render/html/markup.js';
import { checkHow, type CheckItem } from './checks.js';
import { EXERCISE_NOTICE, type AfterActionReport } from './model.js';
import { REPORT_CSS } from './report-css.js';
import { stepLabel, type ReportedStep } from './reported-step.js';
import { timeColumn, when } from './time.js';
import {
  EMPTY,
  footer,
  inconsistencyWarning,
  keptApartLines,
  keptApartTitle,
  keptApartWarning,
  recordNotices,
  reportTitle,
  summaryRows,
  timesNote,
} from './wording.js';
import type { KeptApartRecord } from './kept-apart.js';

function section(title: string, body: SafeHtml | false, empty: string): SafeHtml {
  return html`<section class="part"><h2>${title}</h2>${body || html`<p class="none">${empty}</p>`}</section>`;
}

function table(head: string[], rows: Array<Array<SafeHtml | string>>, className: string): SafeHtml | false {
  if (rows.length === 0) return false;
  return html`<table class="${className}"><thead><tr>${head.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

const step = (s: ReportedStep) =>
  s.number !== undefined
    ? html`<span class="step-ref">${stepLabel(s)}</span> <span class="text">${s.text}</span>`
    : html`<span class="step-ref">${stepLabel(s)}</span>`;

function check(c: CheckItem, startedAt: string): SafeHtml {
  const failed = c.outcome === 'failed';
  return html`<div class="check${failed ? ' failed' : ''}">
<h3>${step(c.step)} · ${failed ? html`<b>FAILED</b>` : 'succeeded'}</h3>
<dl>
<dt>Command</dt><dd><code class="cmd">${c.command}</code></dd>
<dt>Outcome</dt><dd>${c.outcome}, ${checkHow(c)}</dd>
<dt>When</dt><dd>${when(c.at, startedAt)}, ${c.person}</dd>
${c.exitCode !== undefined && c.exitCode !== null ? html`<dt>Exit code</dt><dd>${c.exitCode}</dd>` : ''}
</dl>
${c.excerpt !== undefined ? html`<p class="output-title">Output${c.excerptCut ? ' (excerpt; the journal keeps more)' : ''}:</p><pre class="output">${c.excerpt}</pre>` : ''}
</div>`;
}

/** A warning that a record is inconsistent: a section of its own above the report, or a box in the part it is about. */
function warningBox(warning: { head: string; lines: string[] } | undefined, tag: 'section' | 'div'): SafeHtml | '' {
  if (!warning) return '';
  const inner = html`<p><b>${warning.head}</b></p><ul>${warning.lines.map((l) => html`<li class="text">${l}</li>`)}</ul>`;
  return tag === 'section'
    ? html`<section class="inconsistent">${inner}</section>`
    : html`<div class="inconsistent">${inner}</div>`;
}

function inconsistent(report: AfterActionReport): SafeHtml | '' {
  return warningBox(inconsistencyWarning(report), 'section');
}

/** The record kept apart, after the journal's timeline: what it is, then its own timeline from where the two part. */
function keptApart(report: AfterActionReport, apart: KeptApartRecord): SafeHtml {
  const times = timeColumn(apart.timeline.map((e) => e.at));
  return section(
    keptApartTitle(apart),
    html`${warningBox(keptApartWarning(apart), 'div')}${keptApartLines(report, apart).map((l) => html`<p class="text">${l}</p>`)}${
      table(
        ['Time', 'Who', 'What happened'],
        apart.timeline.map((e, i) => [times[i]!, e.person, html`<span class="text">${e.text}</span>`]),
        'timeline',
      ) || ''
    }`,
    '',
  );
}

function body(report: AfterActionReport): SafeHtml {
  const times = timeColumn(report.timeline.map((e) => e.at));
  const missing = report.runbook.state === 'missing';
  return html`<article class="sheet report">
${inconsistent(report)}${report.drill ? html`<p class="exercise">${EXERCISE_NOTICE}</p>` : ''}
<div class="eyebrow">After-action report${report.organization ? html` · ${report.organization}` : ''}</div>
<h1 class="text">${report.runbook.title}</h1>
<p class="outcome">${report.outcomeText}</p>
<table class="summary-table">${summaryRows(report).map(([label, value]) => html`<tr><th>${label}</th><td class="text">${value}</td></tr>`)}</table>
<p class="times">${timesNote(report)}</p>
${recordNotices(report).map((n) => html`<p class="notice"><b>Note:</b> ${n}</p>`)}
${section('Open items', report.openItems.length > 0 && html`<ul class="open-items">${report.openItems.map((i) => html`<li class="text">${i.text}</li>`)}</ul>`, EMPTY.openItems)}
${section(
  'Time to resolution against recovery objectives',
  report.objectives.length > 0 &&
    html`<ul class="objectives">${report.objectives.map((o) => html`<li><b>${o.name}</b> (${o.rto ? `RTO ${o.rto}` : 'no RTO'}, ${o.rpo ? `RPO ${o.rpo}` : 'no RPO'}): ${o.text}</li>`)}</ul>`,
  missing ? EMPTY.objectivesUnknown : EMPTY.objectives,
)}
${section(
  'Timeline',
  table(
    ['Time', 'Who', 'What happened'],
    report.timeline.map((e, i) => [times[i]!, e.person, html`<span class="text">${e.text}</span>`]),
    'timeline',
  ),
  '',
)}${report.keptApart ? html`\n${keptApart(report, report.keptApart)}` : ''}
${section(
  'Decisions and answers',
  table(
    ['Time', 'Who', 'Question', 'Answer'],
    report.decisions.map((d) => [when(d.at, report.startedAt), d.person, step(d.step), html`<b>${d.answer}</b>`]),
    'facts-table',
  ),
  EMPTY.decisions,
)}
${section(
  'Skipped steps',
  table(
    ['Time', 'Who', 'Step', 'Reason given'],
    report.skipped.map((s) => [
      when(s.at, report.startedAt),
      s.person,
      step(s.step),
      html`<span class="text">${s.reason}</span>`,
    ]),
    'facts-table',
  ),
  EMPTY.skipped,
)}
${section(
  'Notes',
  table(
    ['Time', 'Who', 'At', 'Note'],
    report.notes.map((n) => [
      when(n.at, report.startedAt),
      n.person,
      step(n.step),
      html`<span class="text">${n.text}</span>`,
    ]),
    'facts-table',
  ),
  EMPTY.notes,
)}
${section('Check results', report.checks.length > 0 && html`${report.checks.map((c) => check(c, report.startedAt))}`, EMPTY.checks)}
${section(
  'Contacts the runbook called for',
  report.contacts.length > 0 &&
    html`<ul class="contacts-called">${report.contacts.map((c) => html`<li>${contactCall(c.contact)}<div class="called-for">Called for: ${c.calledFor.join('; ')}</div></li>`)}</ul>`,
  missing ? EMPTY.contactsUnknown : EMPTY.contacts,
)}
${report.notOnPath.length > 0 ? section('Steps the path did not lead to', html`<p>Not open items: the answers given led past them. The review may check whether any was needed.</p><ul>${report.notOnPath.map((s) => html`<li>${step(s)}</li>`)}</ul>`, '') : ''}
<footer class="made">${footer(report)}</footer>
${report.drill ? html`<p class="exercise">${EXERCISE_NOTICE}</p>` : ''}
</article>`;
}

export function renderReportHtml(report: AfterActionReport): string {
  const title = `${report.drill ? `${EXERCISE_NOTICE}: ` : ''}${reportTitle(report)}`;
  const css = pageMarksCss({
    plan: report.drill ? EXERCISE_NOTICE : (report.organization ?? 'After-action report'),
    printed: `Report made ${when(report.generatedAt)}`,
    section: `After-action report ${report.incident}`,
    named: [],
  });
  return htmlDocument(title, body(report), `${REPORT_CSS}\n${css}`);
}
