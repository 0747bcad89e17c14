// The binder's first page: whose plan, when it was printed, and what is wrong
// with it (overdue reviews, systems without recovery objectives, corrective
// actions past due, files that could not be read and are therefore missing), so a stale or incomplete
// printout says so on its face. Then what is inside and how to use it.
import { needsAttention, NOTHING_OVERDUE, type PlanStatus } from '../plan-status.js';
import { plural } from '../../text/plural.js';
import type { RunbookView } from '../../library/view.js';
import { html, type SafeHtml } from './markup.js';

export interface CoverFacts {
  organization?: string;
  generated: string;
  libraryPath: string;
  status: PlanStatus;
  views: RunbookView[];
  contactCount: number;
}

function statusBox(status: PlanStatus): SafeHtml {
  if (!needsAttention(status)) {
    return html`<section class="status"><h2>Plan status on ${status.today}: <span class="verdict">nothing overdue</span></h2><p>${NOTHING_OVERDUE}</p></section>`;
  }
  const overdue = status.overdue.length
    ? html`<h3>Reviews overdue: ${status.overdue.length} of ${plural(status.runbookCount, 'runbook')}</h3>
<table><tr><th>Runbook</th><th>Last reviewed</th><th>Review was due</th></tr>${status.overdue.map(
        ({ view, due }) =>
          html`<tr><td>${view.title}</td><td>${view.reviewed ?? 'never'}</td><td>${due ?? 'no review date'}</td></tr>`,
      )}</table>`
    : '';
  // Grouped by what is missing: one line each, however many systems there are.
  const groups = new Map<string, string[]>();
  for (const gap of status.systemGaps) {
    const missing = `No ${gap.missing.join(' and no ')}`;
    groups.set(missing, [...(groups.get(missing) ?? []), gap.name]);
  }
  const gaps = status.systemGaps.length
    ? html`<h3>Systems without recovery objectives (RTO: how long it may be down; RPO: how much data may be lost): ${status.systemGaps.length}</h3>
${[...groups].map(([missing, names]) => html`<p>${missing}: ${names.map((name, i) => html`${i > 0 ? ', ' : ''}<b>${name}</b>`)}.</p>`)}`
    : '';
  const actions = status.actionsOverdue.length
    ? html`<h3>Corrective actions past their due day: ${status.actionsOverdue.length}</h3>
<table><tr><th>Action</th><th>What</th><th>Was due</th></tr>${status.actionsOverdue.map((a) => html`<tr><td>${a.id}</td><td>${a.action}</td><td>${a.due}</td></tr>`)}</table>`
    : '';
  const files = status.files.length
    ? html`<h3>Files with problems: ${status.files.length}. Run coop lint to see them.</h3>
<table>${status.files.map((f) => html`<tr><td>${f.file}</td><td>${plural(f.problems, 'problem')}${f.leftOut ? html`; <b>this runbook is NOT in this binder</b>` : f.stepsUnread ? html`; <b>its steps are printed only as far as they could be read</b>` : ''}</td></tr>`)}</table>`
    : '';
  return html`<section class="status"><h2>Plan status on ${status.today}: <span class="verdict">needs attention</span></h2>${overdue}${gaps}${actions}${files}</section>`;
}

function contents(views: RunbookView[]): SafeHtml {
  const rows = views.map(
    (v, i) =>
      html`<li><span class="section-no">Section ${i + 1}</span><span><b class="text">${v.title}</b>${v.summary ? html`<span class="summary text"> · ${v.summary}</span>` : ''}</span></li>`,
  );
  return html`<section class="contents"><h2>In this binder</h2><ol><li><span class="section-no">Contacts</span><span><b>Contact sheet</b>: every number in one place</span></li>${rows}</ol>${
    views.length === 0 ? html`<p><b>No runbook could be read. Run coop lint.</b></p>` : ''
  }</section>`;
}

export function coverPage(facts: CoverFacts): SafeHtml {
  return html`<section class="sheet cover">
<div class="eyebrow">Continuity of operations plan</div>
<h1 class="text">${facts.organization ?? 'Continuity of operations plan'}</h1>
<p class="generated">Printed binder, generated ${facts.generated} by coop from ${facts.libraryPath}: ${plural(facts.status.runbookCount, 'runbook')}, ${plural(facts.contactCount, 'contact')}. A printout does not change when the plan does: check the date against the current plan.</p>
${statusBox(facts.status)}
${contents(facts.views)}
<p class="how-to">In an incident: find the section for what is happening. Do the steps in order; tick each box and write your initials and the time. Where a step asks a question, tick the answer and go where it says.</p>
</section>`;
}
