// The words the report's formats share: the summary's rows, the notices about
// the record itself, the footer. Plain text; Markdown and HTML escape it.
import { plural } from '../../text/plural.js';
import { formatDuration } from '../../text/duration.js';
import type { AfterActionReport } from './model.js';
import type { KeptApartRecord } from './kept-apart.js';
import { stepLabel } from './reported-step.js';
import { when, zoneChanges, zoneLabel } from './time.js';

export type SummaryRow = [label: string, value: string];

export function reportTitle(report: AfterActionReport): string {
  return `After-action report: ${report.runbook.title}`;
}

function kindText(report: AfterActionReport): string {
  if (report.startedByMistake)
    return `Started by mistake (coop close --mistake): counted as no ${report.drill ? 'drill' : 'incident'}`;
  return report.drill ? 'Exercise (drill): not a real incident' : 'Real incident';
}

export function summaryRows(report: AfterActionReport): SummaryRow[] {
  const start = report.startedAt;
  const rows: SummaryRow[] = [
    ['Kind', kindText(report)],
    ['Runbook', `${report.runbook.title} (${report.runbook.id})`],
    ['Started', `${when(start)} by ${report.startedBy}`],
  ];
  if (report.kit)
    rows.push([
      'Walked on',
      `a phone, in the go-kit exported ${when(report.kit.exported)} (imported with coop import)`,
    ]);
  const took =
    report.timeCannotBeJudged !== undefined
      ? `cannot be judged: ${report.timeCannotBeJudged}`
      : formatDuration(report.durationMs);
  // Closing an incident (coop close) ends its record, not the outage: that time is no time to resolution.
  if (report.endedAt)
    rows.push(
      ['Ended', when(report.endedAt, start)],
      [report.outcome === 'closed' ? 'Time until it was closed' : 'Time to resolution', took],
    );
  else
    rows.push([
      'Last recorded step',
      report.timeCannotBeJudged !== undefined
        ? `${when(report.lastEventAt, start)} (${took})`
        : `${when(report.lastEventAt, start)} (${took} after the start)`,
    ]);
  rows.push(['People', report.people.join(', ')]);
  if (report.handOvers.length)
    rows.push([
      'Hand-overs',
      report.handOvers.map((h) => `${when(h.at, start)}: ${h.from} handed over to ${h.to}`).join('; '),
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

/** The first thing a reader sees of an inconsistent record: that it is, and where. */
export function inconsistencyWarning(report: AfterActionReport): { head: string; lines: string[] } | undefined {
  const found = report.inconsistencies;
  if (found.length === 0) return undefined;
  return {
    head: `THIS RECORD IS INCONSISTENT: the journal ${report.journal.file} has ${plural(found.length, 'problem')}, so what follows may not be what happened.`,
    lines: found.map((p) => `Line ${p.line}: ${p.problem}`),
  };
}

/** What the reader must know about the record before trusting it. */
export function recordNotices(report: AfterActionReport): string[] {
  const notices: string[] = [];
  const what = report.drill ? 'exercise' : 'incident';
  if (report.runbook.state === 'changed')
    notices.push(
      report.wordingAsShown
        ? `The runbook has changed since this ${what} began: the steps below are worded as they were shown at the time.`
        : `The runbook has changed since this ${what} began: the wording of its steps below is the current one.`,
    );
  if (report.runbook.state === 'missing')
    notices.push(
      `The runbook ${report.runbook.id} is no longer in the library: steps are named by their ids, and its contacts and systems are not known.`,
    );
  if (report.journal.tornLine !== undefined)
    notices.push(
      `The record's line ${report.journal.tornLine} was cut short when coop stopped while writing it; it is not part of this report.`,
    );
  if (report.endRecovered)
    notices.push(
      'The end of this record was written by coop resume: the line first written was cut short when coop stopped.',
    );
  const chain = report.hashChain;
  if (chain.kind === 'none')
    notices.push(
      'This journal was written by an older coop (journal version 1) and carries no hash chain: a line edited, removed or inserted since cannot be detected.',
    );
  if (chain.kind === 'from')
    notices.push(
      `Lines before line ${chain.line} were written by an older coop (journal version 1) and carry no hash chain: a change to them cannot be detected.`,
    );
  if (report.timeCannotBeJudged !== undefined)
    notices.push(
      `Times cannot be compared: ${report.timeCannotBeJudged}. Each time is as the computer that wrote it said; the time to resolution cannot be judged.`,
    );
  const apart = report.keptApart;
  if (apart)
    notices.push(
      `This ${what} went on in two places at once from ${stepLabel(apart.partsAt.step)}: ${keptApartWhose(apart)} went on apart from this journal, and what it holds from there is in neither the counts nor the open items of this report. ${keptApartState(apart, report.startedAt)} Its timeline follows this journal's, under "${keptApartTitle(apart)}".`,
    );
  return notices;
}

/** The heading of the part of the report that shows the record kept apart. */
export function keptApartTitle(apart: KeptApartRecord): string {
  return apart.fromPhone ? "The phone's record, kept apart" : 'The record kept apart';
}

function keptApartWhose(apart: KeptApartRecord): string {
  return apart.fromPhone ? "the phone's record (walked in the go-kit)" : 'a record imported with coop import';
}

/** Where the record kept apart stands, in a sentence. */
function keptApartState(apart: KeptApartRecord, start: string): string {
  const last = when(apart.lastEventAt, start);
  if (apart.status !== 'ended') return `That record has not ended: its last event was at ${last}.`;
  switch (apart.outcome) {
    case 'closed':
      return `That record ended on ${last}: it was closed before the end of the runbook.`;
    case 'failed':
      return `That record ended on ${last}, at a check that failed.`;
    default:
      return `That record ended on ${last}: the runbook was completed.`;
  }
}

/** What the record kept apart is, before its timeline: where and how the two part, where it is kept, how it stands. */
export function keptApartLines(report: AfterActionReport, apart: KeptApartRecord): string[] {
  const start = report.startedAt;
  const { journalWentOn: journal, recordWentOn: record, partsAt } = apart;
  return [
    `From ${stepLabel(partsAt.step)} on, this ${report.drill ? 'exercise' : 'incident'} was walked in two places at once: this journal went on with ${journal.person} (${when(journal.at, start)}, its line ${partsAt.journalLine}), and ${keptApartWhose(apart)} went on otherwise with ${record.person} (${when(record.at, start)}, its line ${partsAt.line}). coop import kept that record apart, whole, in ${apart.file}: it is not joined to this journal, so each says only what was recorded where it was kept.`,
    keptApartState(apart, start),
  ];
}

/** The record kept apart failed its checks: said before its timeline, with every problem. */
export function keptApartWarning(apart: KeptApartRecord): { head: string; lines: string[] } | undefined {
  const found = apart.inconsistencies;
  if (found.length === 0) return undefined;
  return {
    head: `THIS RECORD IS INCONSISTENT: ${apart.file} has ${plural(found.length, 'problem')}, so what follows may not be what happened.`,
    lines: found.map((p) => `Line ${p.line}: ${p.problem}`),
  };
}

export function timesNote(report: AfterActionReport): string {
  const note = `Times are local (${zoneLabel(new Date(report.startedAt))}).`;
  return zoneChanges(report.timeline.map((e) => e.at))
    ? `${note} The zone's offset changes during the ${report.drill ? 'exercise' : 'incident'} (daylight saving time): a time after a change says its zone.`
    : note;
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
