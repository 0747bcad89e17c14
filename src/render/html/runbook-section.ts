// One runbook as printed pages: its head (what, whose, how fresh), warnings
// boxed before anything else, who to notify, then the numbered steps with a
// tick box, a line for initials and one for the time, every way on spelled
// out ("If No, go to step 4"), and the flowchart on a page of its own.
import { branchWords } from '../branch-wording.js';
import { flowchartOf, isBackward, needsFlowchart } from '../flowchart.js';
import { reviewOverdue } from '../../format/review.js';
import type { RunbookView, StepView, SystemView } from '../../library/view.js';
import { contactCall } from './contact.js';
import { flowchartSvg } from './flowchart-svg.js';
import { flowchartLegend } from './legend.js';
import { day, html, trusted, type SafeHtml } from './markup.js';
import { canBranch } from '../step-marks.js';

export interface SectionPlace {
  /** 1-based place in the binder, for "Section 3 of 6" and the page footer. */
  number?: number;
  of?: number;
  /** YYYY-MM-DD; a review due before it is marked overdue. */
  today?: string;
}

/** A warning triangle drawn in black lines, so it needs no font that has ⚠. */
export const WARNING_ICON = trusted(
  '<svg class="icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 1.8 L18.8 18 H1.2 Z" fill="none" stroke="#000" stroke-width="2" stroke-linejoin="round"/><path d="M10 7.2 V12.6 M10 14.6 V16.2" stroke="#000" stroke-width="2.2"/></svg>',
);

function systemFact(system: SystemView): SafeHtml {
  const objectives = [system.rto ? `RTO ${system.rto}` : 'no RTO', system.rpo ? `RPO ${system.rpo}` : 'no RPO'].join(
    ', ',
  );
  return html`${system.name} (${objectives})`;
}

function head(view: RunbookView, place: SectionPlace): SafeHtml {
  const overdue = place.today !== undefined && reviewOverdue(view, place.today);
  const reviewed = view.reviewed
    ? html`Reviewed ${day(view.reviewed)}, next review due ${view.reviewDue ? day(view.reviewDue) : ''}${overdue ? html` <span class="overdue">(overdue)</span>` : ''}`
    : html`<span class="overdue">Never reviewed</span>`;
  const facts = [
    view.owner ? html`<span>Owner: ${view.owner.name}</span>` : '',
    view.source ? html`<span>Source: ${view.source}</span>` : '',
    html`<span>${reviewed}</span>`,
    view.systems.length
      ? html`<span>Systems: ${view.systems.map((s, i) => html`${i > 0 ? '; ' : ''}${systemFact(s)}`)}</span>`
      : '',
  ];
  const where = place.number !== undefined ? `Section ${place.number}${place.of ? ` of ${place.of}` : ''} · ` : '';
  return html`<header class="runbook-head">
<div class="eyebrow">${where}runbook ${view.id}</div>
<h2 class="text">${view.title}</h2>
${view.summary ? html`<p class="summary text">${view.summary}</p>` : ''}
<div class="facts">${facts}</div>
</header>`;
}

function warnings(view: RunbookView): SafeHtml | '' {
  if (view.warnings.length === 0) return '';
  return html`<section class="warnings" aria-label="Warnings">
<h3>${WARNING_ICON}${view.warnings.length === 1 ? 'WARNING' : 'WARNINGS'}</h3>
${view.warnings.map((w) => html`<p class="text">${w}</p>`)}
</section>`;
}

/** Who to tell, under its heading: before the steps, or inside the step that notify_after names. */
function notify(view: RunbookView, at: number | undefined): SafeHtml | '' {
  if (view.notify.length === 0 || view.notifyAfter !== at) return '';
  const heading = at === undefined ? 'Notify before you start' : 'Once this step is done, notify';
  return html`<section class="notify"><h3>${heading}</h3><ul>${view.notify.map((c) => html`<li>${contactCall(c)}</li>`)}</ul></section>`;
}

/** Numbers of the steps inside a loop (from a step that leads back, back to where it leads). */
function stepsInLoops(view: RunbookView): Set<number> {
  const inLoop = new Set<number>();
  for (const step of view.steps) {
    for (const b of step.branches) {
      if (b.target.kind === 'step' && isBackward(step, b.target))
        for (let k = b.target.number; k <= step.number; k++) inLoop.add(k);
    }
  }
  return inLoop;
}

function branches(step: StepView): SafeHtml | '' {
  const lines = step.branches.flatMap((branch) => {
    const words = branchWords(branch);
    if (!words) return [];
    // A question or a check: tick the answer you got, then follow it.
    const box =
      branch.kind === 'choice' || branch.kind === 'success' || branch.kind === 'failure'
        ? html`<span class="box box-small"></span>`
        : '';
    return [
      html`<li>${box}${words.lead}${words.condition ? html` <b>${words.condition}</b>,` : ''} ${words.action}.</li>`,
    ];
  });
  return lines.length ? html`<ul class="branches">${lines}</ul>` : '';
}

function stepItem(view: RunbookView, step: StepView, repeats: boolean): SafeHtml {
  // Questions and checks are ticked at their answer; actions at the box.
  const tick = !canBranch(step.kind) ? html`<span class="box" title="done"></span>` : '';
  const command =
    step.command !== undefined
      ? html`<div>Run exactly${step.timeout ? ` (time limit ${step.timeout})` : ''}:</div><pre class="command">${step.command}</pre>`
      : '';
  return html`<li class="step step-${step.kind}" id="${view.id}-step-${step.number}">
<div class="tick">${tick}</div>
<div class="step-no">${step.number}</div>
<div class="step-body">
<div class="step-text"><span class="text">${step.text}</span>${step.phase ? html`<span class="phase">${step.phase}</span>` : ''}</div>
${command}
${step.warning ? html`<div class="step-warning">${WARNING_ICON}<b>WARNING:</b> <span class="text">${step.warning}</span></div>` : ''}
${step.why ? html`<div class="why text">Why: ${step.why}</div>` : ''}
${step.contacts.map((c) => contactCall(c))}
${notify(view, step.number)}
${branches(step)}
${repeats && !canBranch(step.kind) ? html`<div class="repeat">Done again? Write each time:<span class="slot"></span><span class="slot"></span><span class="slot"></span><span class="slot"></span></div>` : ''}
</div>
<div class="sign"><span>Initials</span><span>Time</span></div>
</li>`;
}

function flowchartPage(view: RunbookView, place: SectionPlace): SafeHtml {
  const chart = flowchartOf(view);
  const title = `${place.number !== undefined ? `${place.number}. ` : ''}${view.title}`;
  return html`<section class="flowchart-page" aria-label="Flowchart">
<h3>Flowchart: <span class="text">${title}</span></h3>
<div class="flowchart">${flowchartSvg(chart, `Flowchart of ${view.title}`)}</div>
${flowchartLegend(chart)}
</section>`;
}

/** The runbook's pages; `place` says where it stands in the binder. */
export function runbookSection(view: RunbookView, place: SectionPlace = {}): SafeHtml {
  const inLoops = stepsInLoops(view);
  const chart = needsFlowchart(view);
  const sectionClass = place.number !== undefined ? ` section-${place.number}` : '';
  return html`<section class="sheet runbook${sectionClass}" id="runbook-${view.id}">
${head(view, place)}
${warnings(view)}
${notify(view, undefined)}
<h3 class="steps-title">Steps</h3>
<ol class="steps">
${view.steps.map((step) => stepItem(view, step, inLoops.has(step.number)))}
</ol>
<p class="end-note">End of runbook.${chart ? ' The flowchart is on the next page.' : ''}</p>
${chart ? flowchartPage(view, place) : ''}
</section>`;
}
