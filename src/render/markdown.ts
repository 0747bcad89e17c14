// The plan as Markdown, for repositories and wikis: the same content as the
// printed binder (status, contacts, every runbook as a checklist), with each
// flowchart as a Mermaid block. Every runbook string is escaped for the spot
// it lands in, so no runbook can add headings, links, HTML or table cells.
import type { Library } from '../library/library.js';
import { branchWords } from './branch-wording.js';
import {
  escapeMarkdownInline as inline,
  escapeMarkdownText,
  markdownCodeBlock,
  markdownCodeSpan,
} from '../text/escape.js';
import { flowchartOf, needsFlowchart } from './flowchart.js';
import { mermaidFlowchart } from './markdown/mermaid.js';
import { canBranch } from './step-marks.js';
import { needsAttention, NOTHING_OVERDUE, planStatus, type PlanStatus } from './plan-status.js';
import { localDay, localDayAndTime } from '../text/local-time.js';
import { plural } from '../text/plural.js';
import { reviewOverdue } from '../format/review.js';
import {
  contactView,
  missingContactWords,
  runbookView,
  type ContactView,
  type RunbookView,
  type StepView,
  type SystemView,
} from '../library/view.js';
import { contactMap } from '../library/library.js';

export interface RunbookMarkdownOptions {
  /** Heading level of the runbook's title: 1 on its own, 2 inside the whole plan. */
  level?: number;
  /** Put before the title, e.g. "3. " for the third runbook of the plan. */
  titlePrefix?: string;
  /** The clock, to mark an overdue review; default now. */
  now?: Date;
}

const heading = (level: number, text: string) => `${'#'.repeat(Math.min(6, level))} ${text}`;

/** Every way the library knows to reach a contact, escaped. */
function ways(contact: ContactView): string {
  const found = [contact.phone, contact.email, contact.reach].filter((w): w is string => Boolean(w));
  return found.length ? found.map(inline).join(' · ') : 'no number or address on file';
}

/** One line about a contact: **Name**: number (role). If no answer: alternates. */
export function contactMarkdown(contact: ContactView): string {
  if (!contact.known)
    return `${markdownCodeSpan(contact.id)}: ${missingContactWords(contact)} (run ${markdownCodeSpan('coop lint')})`;
  let line = `**${inline(contact.name)}**: ${ways(contact)}`;
  if (contact.role) line += ` (${inline(contact.role)})`;
  if (contact.alternates.length)
    line += `. If no answer: ${contact.alternates.map((a) => `${inline(a.name)}${a.phone ? ` ${inline(a.phone)}` : ''}`).join(', then ')}`;
  return line;
}

function systemMarkdown(system: SystemView): string {
  const objectives = [
    system.rto ? `RTO ${inline(system.rto)}` : 'no RTO',
    system.rpo ? `RPO ${inline(system.rpo)}` : 'no RPO',
  ];
  return `${inline(system.name)} (${objectives.join(', ')})`;
}

function factsMarkdown(view: RunbookView, today: string): string[] {
  const facts = [`- Runbook: ${markdownCodeSpan(view.id)}`];
  if (view.owner) facts.push(`- Owner: ${view.owner.known ? inline(view.owner.name) : contactMarkdown(view.owner)}`);
  if (view.source) facts.push(`- Source: ${inline(view.source)}`);
  const overdue = reviewOverdue(view, today) ? ' (**overdue**)' : '';
  facts.push(
    view.reviewed
      ? `- Reviewed: ${inline(view.reviewed)}; next review due ${inline(view.reviewDue ?? '')}${overdue}`
      : '- Reviewed: never (no review date)',
  );
  if (view.systems.length) facts.push(`- Systems: ${view.systems.map(systemMarkdown).join('; ')}`);
  return facts;
}

function stepMarkdown(step: StepView, notify: ContactView[]): string[] {
  const marker = `${step.number}. `;
  const pad = ' '.repeat(marker.length);
  const phase = step.phase ? ` _(${step.phase})_` : '';
  const box = !canBranch(step.kind) ? '[ ] ' : '';
  const lines = [`${marker}${box}**${escapeMarkdownText(step.text, pad)}**${phase}`];
  if (step.command !== undefined) {
    lines.push(
      '',
      `${pad}Run exactly${step.timeout ? ` (time limit ${inline(step.timeout)})` : ''}:`,
      '',
      markdownCodeBlock(step.command, pad, 'sh'),
      '',
    );
  }
  const details: string[] = [];
  if (step.warning) details.push(`**Warning:** ${escapeMarkdownText(step.warning, `${pad}  `)}`);
  if (step.why) details.push(`Why: ${escapeMarkdownText(step.why, `${pad}  `)}`);
  for (const contact of step.contacts) details.push(`Call ${contactMarkdown(contact)}`);
  for (const contact of notify) details.push(`Then notify ${contactMarkdown(contact)}`);
  for (const branch of step.branches) {
    const words = branchWords(branch);
    if (words)
      details.push(
        `${words.lead}${words.condition ? ` **${inline(words.condition)}**,` : ''} ${inline(words.action)}.`,
      );
  }
  lines.push(...details.map((d) => `${pad}- ${d}`));
  return lines;
}

/** One runbook as Markdown (`coop show <id> --format markdown`). */
export function renderRunbookMarkdown(view: RunbookView, options: RunbookMarkdownOptions = {}): string {
  const level = options.level ?? 1;
  const out: string[] = [heading(level, `${options.titlePrefix ?? ''}${inline(view.title)}`), ''];
  if (view.summary) out.push(escapeMarkdownText(view.summary), '');
  out.push(...factsMarkdown(view, localDay(options.now ?? new Date())), '');
  for (const warning of view.warnings) out.push(`> **WARNING:** ${escapeMarkdownText(warning, '> ')}`, '');
  if (view.notify.length && view.notifyAfter === undefined) {
    out.push('**Notify before you start:**', '', ...view.notify.map((c) => `- ${contactMarkdown(c)}`), '');
  }
  out.push(heading(level + 1, 'Steps'), '');
  for (const step of view.steps) out.push(...stepMarkdown(step, view.notifyAfter === step.number ? view.notify : []));
  out.push('', 'End of runbook.', '');
  if (needsFlowchart(view)) {
    out.push(
      heading(level + 1, 'Flowchart'),
      '',
      markdownCodeBlock(mermaidFlowchart(flowchartOf(view)), '', 'mermaid'),
      '',
    );
  }
  return out.join('\n');
}

function statusMarkdown(status: PlanStatus): string[] {
  if (!needsAttention(status)) return [`**Nothing overdue on ${status.today}.** ${NOTHING_OVERDUE}`, ''];
  const out = ['**This plan needs attention.**', ''];
  if (status.overdue.length) {
    out.push(`- Reviews overdue: ${status.overdue.length} of ${plural(status.runbookCount, 'runbook')}`);
    for (const { view, due } of status.overdue) {
      out.push(
        `  - ${inline(view.title)}: ${view.reviewed ? `reviewed ${inline(view.reviewed)}, review was due ${inline(due ?? '')}` : 'never reviewed'}`,
      );
    }
  }
  if (status.systemGaps.length) {
    out.push(`- Systems without recovery objectives: ${status.systemGaps.length}`);
    for (const gap of status.systemGaps) out.push(`  - ${inline(gap.name)}: no ${gap.missing.join(', no ')}`);
  }
  if (status.actionsOverdue.length) {
    out.push(`- Corrective actions past their due day: ${status.actionsOverdue.length}`);
    for (const a of status.actionsOverdue) out.push(`  - ${inline(a.id)}: ${inline(a.action)} (was due ${a.due})`);
  }
  if (status.files.length) {
    out.push(`- Files with problems: ${status.files.length}; run ${markdownCodeSpan('coop lint')} to see them`);
    for (const f of status.files)
      out.push(
        `  - ${markdownCodeSpan(f.file)}: ${plural(f.problems, 'problem')}${f.leftOut ? '; this runbook is NOT in this export' : f.stepsUnread ? '; its steps are exported only as far as they could be read' : ''}`,
      );
  }
  return [...out, ''];
}

function contactTable(library: Library): string[] {
  const contacts = contactMap(library);
  const views = library.contacts.map(({ value }) => contactView(value.id, contacts));
  if (views.length === 0) return ['No contacts could be read: run `coop lint`.', ''];
  // As on the printed sheet: the alternates column only when someone has one.
  const withAlternates = views.some((c) => c.alternates.length > 0);
  const cell = (parts: Array<string | undefined>) =>
    parts
      .filter((p): p is string => Boolean(p))
      .map(inline)
      .join('; ') || ' ';
  const rows = views.map((c) => {
    const reach =
      [c.phone ? `**${inline(c.phone)}**` : '', c.reach ? inline(c.reach) : ''].filter(Boolean).join('; ') ||
      'no number on file';
    const cells = [
      `**${inline(c.name)}**`,
      reach,
      cell([c.role]),
      cell([c.email, c.hours && `hours: ${c.hours}`, c.notes, c.verified && `details checked ${c.verified}`]),
    ];
    if (withAlternates)
      cells.push(cell([c.alternates.map((a) => `${a.name}${a.phone ? ` ${a.phone}` : ''}`).join(', then ')]));
    return `| ${cells.join(' | ')} |`;
  });
  const head = ['Contact', 'Number', 'Role', 'Email, hours, notes', ...(withAlternates ? ['If no answer'] : [])];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`, ...rows, ''];
}

/** The whole plan as one Markdown document (`coop export --format markdown`). */
export function renderLibraryMarkdown(library: Library, now: Date): string {
  const views = library.runbooks.map((entry) => runbookView(library, entry));
  const status = planStatus(library, views, now);
  const title = library.organization
    ? `${inline(library.organization)}: continuity of operations plan`
    : 'Continuity of operations plan';
  const out = [
    heading(1, title),
    '',
    `Generated ${localDayAndTime(now)} by coop from ${markdownCodeSpan(library.displayRoot)}.`,
    '',
  ];
  out.push(heading(2, 'Plan status'), '', ...statusMarkdown(status));
  out.push(heading(2, 'Contents'), '');
  for (const [i, v] of views.entries())
    out.push(`${i + 1}. ${inline(v.title)}${v.summary ? `: ${inline(v.summary)}` : ''}`);
  if (views.length === 0) out.push('No runbook could be read: run `coop lint`.');
  out.push('', heading(2, 'Contacts'), '', ...contactTable(library));
  for (const [i, v] of views.entries())
    out.push(renderRunbookMarkdown(v, { level: 2, titlePrefix: `${i + 1}. `, now }));
  return `${out.join('\n').trimEnd()}\n`;
}
