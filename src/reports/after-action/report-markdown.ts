// The after-action report as Markdown, the default: reads as plain text in an
// email and renders as a document in a wiki or repository. Every string from
// the journal or the runbook goes through the Markdown escapers, so a note
// cannot add a heading, a link, HTML or a table cell.
import { escapeMarkdownInline as inline, markdownCodeBlock, markdownCodeSpan } from '../../text/escape.js';
import { contactMarkdown } from '../../render/markdown.js';
import { checkHow } from './checks.js';
import { EXERCISE_NOTICE, type AfterActionReport } from './model.js';
import { stepLabelWithText, type ReportedStep } from './reported-step.js';
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

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- |').join('')}`,
    ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
    '',
  ];
}

const step = (s: ReportedStep) => inline(stepLabelWithText(s));

/** A heading and its body (which ends with an empty line), or the sentence that says there is nothing. */
function section(title: string, body: string[], empty: string): string[] {
  return [`## ${title}`, '', ...(body.length ? body : [empty, ''])];
}

/** A warning that a record is inconsistent, as a quote above what it warns of. */
function warningQuote(warning: { head: string; lines: string[] } | undefined): string[] {
  return warning ? [`> **${inline(warning.head)}**`, '>', ...warning.lines.map((l) => `> - ${inline(l)}`), ''] : [];
}

/** The record kept apart, after the journal's timeline: what it is, then its own timeline from where the two part. */
function keptApart(report: AfterActionReport, apart: KeptApartRecord): string[] {
  const times = timeColumn(apart.timeline.map((e) => e.at));
  return section(
    keptApartTitle(apart),
    [
      ...warningQuote(keptApartWarning(apart)),
      ...keptApartLines(report, apart).flatMap((l) => [inline(l), '']),
      ...table(
        ['Time', 'Who', 'What happened'],
        apart.timeline.map((e, i) => [times[i]!, inline(e.person), inline(e.text)]),
      ),
    ],
    '',
  );
}

export function renderReportMarkdown(report: AfterActionReport): string {
  const out: string[] = [];
  // Not out.push(...lines): a timeline of 200,000 rows would be as many arguments, more than the stack holds.
  const put = (lines: string[]) => {
    for (const line of lines) out.push(line);
  };
  // Before anything else, the exercise banner too: a reader must not trust what follows without knowing.
  put(warningQuote(inconsistencyWarning(report)));
  if (report.drill) out.push(`> **${EXERCISE_NOTICE}**`, '');
  out.push(`# ${inline(reportTitle(report))}`, '');
  if (report.organization) out.push(inline(report.organization), '');
  out.push(`**${inline(report.outcomeText)}**`, '');
  put(
    table(
      ['Summary', ''],
      summaryRows(report).map(([label, value]) => [`**${inline(label)}**`, inline(value)]),
    ),
  );
  out.push(timesNote(report), '');
  for (const notice of recordNotices(report)) out.push(`> **Note:** ${inline(notice)}`, '');

  const open = report.openItems.map((item) => `- ${inline(item.text)}`);
  put(section('Open items', open.length ? [...open, ''] : [], EMPTY.openItems));

  const objectives = report.objectives.map(
    (o) =>
      `- **${inline(o.name)}** (${o.rto ? `RTO ${inline(o.rto)}` : 'no RTO'}, ${o.rpo ? `RPO ${inline(o.rpo)}` : 'no RPO'}): ${inline(o.text)}`,
  );
  put(
    section(
      'Time to resolution against recovery objectives',
      objectives.length ? [...objectives, ''] : [],
      report.runbook.state === 'missing' ? EMPTY.objectivesUnknown : EMPTY.objectives,
    ),
  );

  const times = timeColumn(report.timeline.map((e) => e.at));
  put(
    section(
      'Timeline',
      table(
        ['Time', 'Who', 'What happened'],
        report.timeline.map((e, i) => [times[i]!, inline(e.person), inline(e.text)]),
      ),
      '',
    ),
  );

  if (report.keptApart) put(keptApart(report, report.keptApart));

  const decisions = report.decisions.map((d) => [
    when(d.at, report.startedAt),
    inline(d.person),
    step(d.step),
    `**${inline(d.answer)}**`,
  ]);
  put(
    section(
      'Decisions and answers',
      decisions.length ? table(['Time', 'Who', 'Question', 'Answer'], decisions) : [],
      EMPTY.decisions,
    ),
  );

  const skipped = report.skipped.map((s) => [
    when(s.at, report.startedAt),
    inline(s.person),
    step(s.step),
    inline(s.reason),
  ]);
  put(
    section(
      'Skipped steps',
      skipped.length ? table(['Time', 'Who', 'Step', 'Reason given'], skipped) : [],
      EMPTY.skipped,
    ),
  );

  const notes = report.notes.map((n) => [when(n.at, report.startedAt), inline(n.person), step(n.step), inline(n.text)]);
  put(section('Notes', notes.length ? table(['Time', 'Who', 'At', 'Note'], notes) : [], EMPTY.notes));

  const checks = report.checks.flatMap((c) => {
    const lines = [
      `### ${step(c.step)} · ${c.outcome === 'succeeded' ? 'succeeded' : '**FAILED**'}`,
      '',
      `- Command: ${markdownCodeSpan(c.command)}`,
      `- Outcome: ${c.outcome}, ${inline(checkHow(c))}`,
      `- When: ${when(c.at, report.startedAt)}, ${inline(c.person)}`,
    ];
    if (c.exitCode !== undefined && c.exitCode !== null) lines.push(`- Exit code: ${c.exitCode}`);
    if (c.excerpt !== undefined)
      lines.push(
        `- Output${c.excerptCut ? ' (excerpt; the journal keeps more)' : ''}:`,
        '',
        markdownCodeBlock(c.excerpt, '  ', 'text'),
      );
    return [...lines, ''];
  });
  put(section('Check results', checks, EMPTY.checks));

  const contacts = report.contacts.map(
    (c) => `- ${contactMarkdown(c.contact)}. Called for: ${c.calledFor.map(inline).join('; ')}`,
  );
  put(
    section(
      'Contacts the runbook called for',
      contacts.length ? [...contacts, ''] : [],
      report.runbook.state === 'missing' ? EMPTY.contactsUnknown : EMPTY.contacts,
    ),
  );

  if (report.notOnPath.length) {
    put(
      section(
        'Steps the path did not lead to',
        [
          'Not open items: the answers given led past them. The review may check whether any was needed.',
          '',
          ...report.notOnPath.map((s) => `- ${step(s)}`),
          '',
        ],
        '',
      ),
    );
  }
  out.push('---', '', inline(footer(report)), '');
  if (report.drill) out.push(`**${EXERCISE_NOTICE}**`, '');
  return out.join('\n');
}
