// The go-kit's page as it reads with JavaScript off: the plan's status first
// (so nobody trusts a stale copy unknowingly), a list of runbooks, then every
// runbook with its warnings before its steps, the steps numbered as `coop
// show` numbers them, every way on as a link to its step, and every contact
// as a link a phone dials. The walk script only adds to this.
import { branchWords } from '../../render/branch-wording.js';
import { day, html, type SafeHtml } from '../../render/html/markup.js';
import { notifyWhen, type RunbookView, type StepView } from '../../library/view.js';
import { plural } from '../../text/plural.js';
import { contactCard } from './contact-card.js';
import type { KitPlan, KitRunbook } from './kit-plan.js';

export const stepAnchor = (runbook: string, number: number) => `${runbook}-step-${number}`;

function planStatusBox(plan: KitPlan): SafeHtml {
  // One line, not a list: on a phone the runbooks must stay on the first
  // screen, and each runbook's own section says when its review was due.
  const overdue = plan.runbooks.filter((r) => r.overdue);
  const oldest = overdue
    .map((r) => r.view.reviewDue)
    .filter((due): due is string => due !== undefined)
    .sort()[0];
  const reviews = overdue.length
    ? html`<p class="attention"><b>${overdue.length} of ${plural(plan.runbooks.length, 'review')} overdue</b>${oldest ? html`, the oldest due ${day(oldest)}` : ''}.</p>`
    : html`<p>Every runbook's review is up to date.</p>`;
  const problems = plan.problemFiles.length
    ? html`<p class="attention"><b>Missing or partial</b>: ${plan.problemFiles.join(', ')} could not be read when this kit was made.</p>`
    : '';
  return html`<section class="plan-status" aria-labelledby="status-title">
<h2 id="status-title">This copy of the plan</h2>
<p>Exported <b>${day(plan.exportedDay)}</b> (coop ${plan.coopVersion}). Check for a newer copy when you can.</p>
${reviews}
${problems}
<p class="hash">Library <span class="mono">${plan.library}</span></p>
</section>`;
}

function branches(view: RunbookView, step: StepView): SafeHtml | '' {
  const lines = step.branches.flatMap((branch) => {
    const words = branchWords(branch);
    if (!words) return [];
    const action =
      branch.target.kind === 'step'
        ? html`<a href="#${stepAnchor(view.id, branch.target.number)}">${words.action}</a>`
        : words.action;
    return [html`<li>${words.lead}${words.condition ? html` <b>${words.condition}</b>,` : ''} ${action}.</li>`];
  });
  return lines.length ? html`<ul class="branches">${lines}</ul>` : '';
}

function stepItem(view: RunbookView, step: StepView): SafeHtml {
  const check =
    step.command !== undefined
      ? html`<p class="check">Check by hand; on a computer this runs <code>${step.command}</code></p>`
      : '';
  return html`<li class="step" id="${stepAnchor(view.id, step.number)}">
<h4>Step ${step.number} of ${view.steps.length}</h4>
<p class="text">${step.text}</p>
${check}
${step.warning ? html`<p class="step-warning"><b>Warning:</b> ${step.warning}</p>` : ''}
${step.why ? html`<p class="why">Why: ${step.why}</p>` : ''}
${step.contacts.map(contactCard)}
${branches(view, step)}
</li>`;
}

function runbookSection({ view, overdue }: KitRunbook): SafeHtml {
  const reviewed = view.reviewed
    ? html`Reviewed ${day(view.reviewed)}${overdue && view.reviewDue ? html`, <b>review overdue</b> since ${day(view.reviewDue)}` : ''}`
    : html`<b>Never reviewed</b>`;
  return html`<section class="runbook" id="rb-${view.id}" aria-labelledby="rb-${view.id}-title">
<h2 id="rb-${view.id}-title">${view.title}</h2>
${view.summary ? html`<p class="summary">${view.summary}</p>` : ''}
<p class="facts">${view.owner ? html`Owner: ${view.owner.name}. ` : ''}${reviewed}.${view.source ? html` Source: ${view.source}.` : ''}</p>
<p class="walk-start" data-runbook="${view.id}" hidden></p>
${
  view.warnings.length
    ? html`<div class="warnings" role="note" aria-labelledby="rb-${view.id}-warn"><h3 id="rb-${view.id}-warn">${view.warnings.length === 1 ? 'Warning' : 'Warnings'}: read first</h3>${view.warnings.map((w) => html`<p>${w}</p>`)}</div>`
    : ''
}
${view.notify.length ? html`<div class="notify" data-after="${view.notifyAfter ?? 0}"><h3>Tell these people ${notifyWhen(view)}</h3>${view.notify.map(contactCard)}</div>` : ''}
<h3>Steps</h3>
<ol class="steps">
${view.steps.map((s) => stepItem(view, s))}
</ol>
<p class="end-note">End of runbook. <a href="#runbooks">All runbooks</a></p>
</section>`;
}

/** The page's body: status, the runbooks, the contacts, and the empty places the walk script fills. */
export function plainPage(plan: KitPlan): SafeHtml {
  return html`<header>
<p class="org">${plan.organization ?? 'Continuity of operations plan'}</p>
<h1>Go-kit: the plan on this phone</h1>
</header>
<main id="main">
<div id="plan">
${planStatusBox(plan)}
<section id="open-walks" aria-labelledby="open-walks-title" hidden><h2 id="open-walks-title">Walks in progress</h2><ul></ul></section>
<nav id="runbooks" aria-labelledby="runbooks-title">
<h2 id="runbooks-title">What is happening?</h2>
<ul class="runbook-list">${plan.runbooks.map(({ view }) => html`<li><a href="#rb-${view.id}">${view.title}</a></li>`)}</ul>
<p><a href="#contacts">All contacts</a></p>
</nav>
${plan.runbooks.map(runbookSection)}
<section id="contacts" aria-labelledby="contacts-title">
<h2 id="contacts-title">Contacts</h2>
${plan.contacts.map(contactCard)}
</section>
<noscript><p class="note">JavaScript is off: every step is above, to follow by hand. With JavaScript on, the kit walks you through a runbook and keeps a record.</p></noscript>
</div>
<div id="walk" hidden></div>
</main>`;
}
