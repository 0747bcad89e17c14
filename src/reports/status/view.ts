// How `coop status` shows the plan: the summary line first (what a person or
// a CI log needs), a table of the runbooks, then what is overdue and what to
// do about it. JSON for scripts is stable (docs/records.md): change it only by
// adding fields, or by raising `version`.
import { safeLine, terminalSafeJson } from '../../text/sanitize.js';
import { localDay } from '../../text/local-time.js';
import type { Style } from '../../text/style.js';
import { textTable } from '../../text/table.js';
import { readingWidth, wrapUnder } from '../../text/wrap.js';
import { WINDOW_MONTHS, type PlanStatusReport, type RunbookStatus } from './model.js';
import { correctiveActionLines } from './exercises-view.js';
import { signOffLines, type StatusHints } from './sign-off.js';

export const STATUS_JSON_VERSION = 1;

function ownerCell(r: RunbookStatus): string {
  if (!r.owner) return '-';
  return r.owner.known ? r.owner.name : `${r.owner.id} (not in contacts)`;
}

function exerciseCell(r: RunbookStatus): string {
  if (!r.lastExercise) return 'never';
  const kind = r.lastExercise.exercise !== undefined ? ' tabletop' : '';
  return `${localDay(new Date(r.lastExercise.endedAt))}${kind}${r.exerciseOverdue ? ' OVERDUE' : ''}`;
}

/** `width`: the terminal's, which no line is wider than; none for a pipe, which gets each line whole. */
export function renderStatusText(report: PlanStatusReport, style: Style, hints: StatusHints, width?: number): string {
  // Sentences are broken between words within the terminal (at most 100 columns, to be read); a line that
  // holds a command to type is never broken, or it could not be pasted whole.
  const prose = (text: string, first = '', rest = first) =>
    width === undefined ? [first + text] : wrapUnder(text, readingWidth(width), first, rest);
  const summaryStyle = report.overdue ? style.bold : style.green;
  const out: string[] = [...prose(safeLine(report.summary)).map((l) => summaryStyle(l)), ''];
  const rows = report.runbooks.map((r) => [
    r.id,
    ownerCell(r),
    r.reviewed ? `${r.reviewed}${r.reviewedBy ? ` (${r.reviewedBy})` : ''}` : 'never',
    r.reviewDue ? `${r.reviewDue}${r.reviewOverdue ? ' OVERDUE' : ''}` : 'now',
    exerciseCell(r),
    String(r.realIncidents),
    String(r.open),
  ]);
  if (rows.length)
    out.push(
      ...textTable(
        ['RUNBOOK', 'OWNER', 'REVIEWED', 'NEXT REVIEW', 'LAST EXERCISE', `INCIDENTS (${WINDOW_MONTHS} MO)`, 'OPEN'],
        rows,
        style,
        { width, shrink: 1 },
      ),
      '',
    );
  else out.push('The library has no runbook that can be read.', '');
  out.push(...correctiveActionLines(report, style, width, prose));
  const late = report.runbooks.filter((r) => r.overdue.length);
  if (late.length || report.broken.length) {
    out.push(style.bold('Overdue:'));
    // Each command on a line of its own, with nothing after it: a period at its end would be typed too.
    if (hints.copyFirst && late.some((r) => r.reviewOverdue))
      out.push(
        ...prose('This is the sample library shipped with coop, which review does not change; copy it first:', '  '),
        `    ${safeLine(hints.copyFirst)}`,
      );
    for (const r of late) {
      out.push(...prose(`${safeLine(r.id)}: ${r.overdue.join('; ')}.`, '  ', '    '));
      if (r.reviewOverdue) out.push(`    review it:   ${safeLine(hints.review(r.id))}`);
      if (r.exerciseOverdue) out.push(`    exercise it: ${safeLine(hints.drill(r.id))}`);
    }
    for (const b of report.broken) {
      out.push(`  ${safeLine(b.id)}: ${safeLine(b.file)} cannot be read.`);
      out.push(`    see why:     ${safeLine(hints.lint(b.file))}`);
    }
    out.push('');
  }
  const reviews = signOffLines(report.runbooks, hints, prose);
  if (reviews.length) out.push(style.bold('Reviews:'), ...reviews, '');
  out.push(
    ...prose(
      `Judged on ${report.today}; incidents and exercises since ${report.windowStart}, from the journals in ${safeLine(report.journalDir)}. A drill or a tabletop exercise counts as an exercise once it has ended.`,
    ).map((l) => style.dim(l)),
  );
  return `${out.join('\n')}\n`;
}

export function renderStatusJson(report: PlanStatusReport): string {
  return `${terminalSafeJson({ version: STATUS_JSON_VERSION, ...report }, 2)}\n`;
}
