// The words the report's formats share: the summary's rows, the notices about
// the record itself, the footer. Plain text; Markdown and HTML escape it.
import { plural } from '../../text/plural.js';
import { formatDuration } from '../../walk/clock.js';
import type { AfterActionReport } from './model.js';
import { when, zoneLabel } from './time.js';

export type SummaryRow = [label: string, value: string];

export function reportTitle(report: AfterActionReport): string {
  return `After-action report: ${report.runbook.title}`;
}

export function summaryRows(report: AfterActionReport): SummaryRow[] {
  const rows: SummaryRow[] = [
    ['Kind', report.drill ? 'Exercise (drill): not a real incident' : 'Real incident'],
    ['Runbook', `${report.runbook.title} (${report.runbook.id})`],
    ['Started', `${when(report.startedAt)} by ${report.startedBy}`],
  ];
  if (report.kit)
    rows.push([
      'Walked on',
      `a phone, in the go-kit exported ${when(report.kit.exported)} (imported with coop import)`,
    ]);
  if (report.endedAt)
    rows.push(['Ended', when(report.endedAt)], ['Time to resolution', formatDuration(report.durationMs)]);
  else
    rows.push([
      'Last recorded step',
      `${when(report.lastEventAt)} (${formatDuration(report.durationMs)} after the start)`,
    ]);
  rows.push(['People', report.people.join(', ')]);
  if (report.handOvers.length)
    rows.push([
      'Hand-overs',
      report.handOvers.map((h) => `${when(h.at)}: ${h.from} handed over to ${h.to}`).join('; '),
    ]);
  const c = report.counts;
  rows.push([
    'Steps',
    `${c.done} done, ${c.skipped} skipped, ${plural(c.decisions, 'decision')}, ${plural(c.checks, 'check')}, ${plural(c.notes, 'note')}`,
  ]);
  if (report.runbook.owner) rows.push(['Plan owner', report.runbook.owner.name]);
  rows.push(['Incident id', report.incident]);
  return rows;
}

/** What the reader must know about the record before trusting it. */
export function recordNotices(report: AfterActionReport): string[] {
  const notices: string[] = [];
  if (report.runbook.state === 'changed')
    notices.push(
      `The runbook has changed since this ${report.drill ? 'exercise' : 'incident'} began: the wording of its steps below is the current one.`,
    );
  if (report.runbook.state === 'missing')
    notices.push(
      `The runbook ${report.runbook.id} is no longer in the library: steps are named by their ids, and its contacts and systems are not known.`,
    );
  if (report.journal.tornLine !== undefined)
    notices.push(
      `The record's line ${report.journal.tornLine} was cut short when coop stopped while writing it; it is not part of this report.`,
    );
  return notices;
}

export function timesNote(report: AfterActionReport): string {
  return `Times are local (${zoneLabel(new Date(report.startedAt))}).`;
}

export function footer(report: AfterActionReport): string {
  return `Report made ${when(report.generatedAt)} by coop ${report.coopVersion} from the journal ${report.journal.file}, the record of this ${report.drill ? 'exercise' : 'incident'}.`;
}

export const EMPTY = {
  openItems: 'None: every step on the path taken was done.',
  objectives: 'This runbook names no systems, so there is no recovery time objective to compare with.',
  objectivesUnknown: 'The runbook is no longer in the library, so its systems and their objectives are not known.',
  decisions: 'No questions were answered.',
  skipped: 'No step was skipped.',
  notes: 'No notes were written.',
  checks: 'No checks were run.',
  contacts: 'The runbook named no one to call.',
  contactsUnknown: 'The runbook is no longer in the library, so the people it calls for are not known.',
} as const;
