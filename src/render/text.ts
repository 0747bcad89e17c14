// The terminal view of a runbook (`coop show`): a checklist a person can read
// top to bottom, warnings first and impossible to miss.
import { safeCommand, safeLine, safeText } from '../text/sanitize.js';
import type { Style } from '../text/style.js';
import { checklistMarker } from './step-marks.js';
import { displayWidth, joinWithin, readingWidth, wrap, wrapUnder } from '../text/wrap.js';
import {
  missingContactWords,
  type BranchView,
  type ContactView,
  type RunbookView,
  type StepView,
  type TargetView,
} from '../library/view.js';

function indent(lines: string[], first: string, rest: string): string[] {
  return lines.map((l, i) => (i === 0 ? first : rest) + l);
}

/** How to reach a contact, every way the library knows. */
export function reachOf(contact: ContactView): string {
  const ways = [contact.phone, contact.email, contact.reach].filter((w): w is string => Boolean(w));
  return ways.length ? ways.map(safeLine).join(' · ') : 'no number or address on file';
}

/**
 * A contact in lines of at most `width` columns, never cut by the terminal:
 * a number split mid-way is one misread. How to reach them goes on further in
 * than the role under it, so the two do not read as one.
 */
export function contactLines(contact: ContactView, style: Style, width: number): string[] {
  if (!contact.known) return hanging(`${style.red(safeLine(contact.id))} (${missingContactWords(contact)})`, width, 4);
  const lines = hanging(`${style.bold(safeLine(contact.name))}: ${style.bold(reachOf(contact))}`, width, 4);
  if (contact.role) lines.push(...hanging(safeLine(contact.role), width - 2, 2).map((l) => style.dim(`  ${l}`)));
  return lines;
}

/** `text` wrapped to `width`, each line after the first indented by `by` under it. */
function hanging(text: string, width: number, by: number): string[] {
  return wrapUnder(text, width, '', ' '.repeat(by));
}

/** A block no one can miss: a frame of "!" with WARNING, red and bold where there is colour. */
export function warningBlock(warnings: string[], style: Style, width: number): string[] {
  if (warnings.length === 0) return [];
  const inner = Math.max(20, width - 4);
  const bar = '!'.repeat(Math.min(width, inner + 4));
  const out = [style.red.bold(bar), style.red.bold(`!! ${warnings.length === 1 ? 'WARNING' : 'WARNINGS'}`)];
  for (const w of warnings)
    out.push(...indent(wrap(safeText(w), inner - 2), '!! - ', '!!   ').map((l) => style.red.bold(l)));
  out.push(style.red.bold(bar));
  return out;
}

export function targetText(target: TargetView): string {
  if (target.kind === 'end') return 'end';
  if (target.kind === 'unknown') return `"${safeLine(target.name)}" (no such step)`;
  return `step ${target.number}`;
}

function branchLine(branch: BranchView): string | undefined {
  if (branch.kind === 'fallthrough') return undefined;
  if (branch.kind === 'next') return `then go to ${targetText(branch.target)}`;
  if (branch.kind === 'choice') return `if ${safeLine(branch.label)} -> ${targetText(branch.target)}`;
  return `if it ${branch.label} -> ${targetText(branch.target)}`;
}

/** The notify list at the step it waits for (notify_after); none at the others. */
function notifiedAt(view: RunbookView, step: StepView): ContactView[] {
  return view.notifyAfter === step.number ? view.notify : [];
}

function stepLines(step: StepView, notify: ContactView[], style: Style, width: number): string[] {
  const number = `${String(step.number).padStart(2)}. `;
  const pad = ' '.repeat(number.length + 4);
  const marker = checklistMarker(step.kind);
  const body = width - pad.length;
  const out = indent(wrap(safeText(step.text), body), number + marker, pad).map((l, i) =>
    i === 0 ? style.bold(l) : l,
  );
  if (step.command !== undefined) {
    out.push(
      `${pad}command: ${style.cyan(safeCommand(step.command))}${step.timeout ? `  (time limit ${step.timeout})` : ''}`,
    );
  }
  if (step.warning)
    out.push(
      ...indent(
        wrap(safeText(step.warning), body - 9),
        `${pad}${style.red.bold('WARNING:')} `,
        pad + ' '.repeat(9),
      ).map((l) => style.red(l)),
    );
  if (step.why)
    out.push(...indent(wrap(safeText(step.why), body - 5), `${pad}why: `, `${pad}     `).map((l) => style.dim(l)));
  for (const c of step.contacts) out.push(...indent(contactLines(c, style, body - 6), `${pad}call: `, `${pad}      `));
  for (const c of notify)
    out.push(...indent(contactLines(c, style, body - 13), `${pad}then notify: `, `${pad}             `));
  for (const b of step.branches) {
    const line = branchLine(b);
    if (line) out.push(`${pad}${line}`);
  }
  return out;
}

export function renderRunbookText(view: RunbookView, style: Style, width = 80): string {
  const w = readingWidth(width);
  const out: string[] = [];
  const title = safeLine(view.title);
  const id = `[${safeLine(view.id)}]`;
  // The id beside the title where both fit on a line, else under it.
  if (displayWidth(`${title}  ${id}`) <= w) out.push(style.bold(title) + style.dim(`  ${id}`));
  else out.push(...wrap(title, w).map((l) => style.bold(l)), style.dim(id));
  if (view.summary) out.push(...wrap(safeText(view.summary), w));
  const facts = [
    view.source && `source: ${safeLine(view.source)}`,
    view.owner && `owner: ${safeLine(view.owner.name)}`,
    view.reviewed && `reviewed: ${view.reviewed} (next review due ${view.reviewDue})`,
  ].filter((fact): fact is string => Boolean(fact));
  out.push(...joinWithin(facts, ' · ', w).map((l) => style.dim(l)));
  const systems = view.systems.map((s) => `${safeLine(s.name)}${s.rto ? ` (RTO ${s.rto})` : ''}`);
  if (systems.length) out.push(...wrap(`systems: ${systems.join(', ')}`, w).map((l) => style.dim(l)));
  out.push('');
  const warnings = warningBlock(view.warnings, style, w);
  if (warnings.length) out.push(...warnings, '');
  if (view.notify.length && view.notifyAfter === undefined) {
    out.push(style.bold('Notify:'));
    for (const c of view.notify) out.push(...indent(contactLines(c, style, w - 2), '  ', '  '));
    out.push('');
  }
  out.push(style.bold('Steps:'));
  for (const step of view.steps) out.push(...stepLines(step, notifiedAt(view, step), style, w), '');
  out.push(style.dim('End of runbook.'));
  return `${out.join('\n')}\n`;
}
