// The AAR/IP as Markdown, the default: reads as plain text in an email and as
// a document in a wiki or repository. Every string from the record or the
// library goes through the Markdown escapers.
import { escapeMarkdownInline as inline } from '../../text/escape.js';
import { timeColumn, when } from '../after-action/time.js';
import type { ExerciseReport } from './model.js';
import {
  EMPTY,
  footer,
  overviewRows,
  ownerName,
  planStatus,
  ratingCell,
  recordNotices,
  reportTitle,
  runbookName,
  timesNote,
  topNotices,
} from './wording.js';

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- |').join('')}`,
    ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
    '',
  ];
}

function section(title: string, body: string[], empty: string): string[] {
  return [`## ${title}`, '', ...(body.length ? body : [empty, ''])];
}

const list = (items: string[]) => (items.length ? [...items.map((i) => `- ${inline(i)}`), ''] : []);

export function renderExerciseReportMarkdown(report: ExerciseReport): string {
  const out: string[] = [];
  for (const notice of topNotices(report)) out.push(`> **${inline(notice)}**`, '');
  out.push(`# ${inline(reportTitle(report))}`, '', `**${inline(report.statusText)}**`, '');
  for (const notice of recordNotices(report)) out.push(`> **Note:** ${inline(notice)}`, '');

  out.push(
    ...section(
      'Exercise overview',
      table(
        ['Overview', ''],
        overviewRows(report).map(([label, value]) => [`**${inline(label)}**`, inline(value)]),
      ),
      '',
    ),
  );

  out.push(
    ...section(
      'Analysis of objectives',
      [
        ...table(
          ['#', 'Objective', 'Policy', 'Rating'],
          report.objectives.map((o) => [
            String(o.number),
            inline(o.text),
            inline(o.policy),
            `**${inline(ratingCell(o.rating, o.exercised, 'Not exercised'))}**`,
          ]),
        ),
        ...report.objectives
          .filter((o) => o.rating?.notes)
          .flatMap((o) => [`- Objective ${o.number}, evaluator's notes: ${inline(o.rating!.notes)}`]),
        '',
        'Ratings, after HSEEP:',
        '',
        ...report.ratingScale.map((r) => `- **${r.code} - ${inline(r.label)}**: ${inline(r.definition)}`),
        '',
      ],
      '',
    ),
  );

  out.push(
    ...section(
      'Expected actions',
      [
        ...table(
          ['Inject', 'Scenario time', 'Expected action', 'Runbook steps', 'Rating'],
          report.expectedActions.map((a) => [
            String(a.number),
            a.at,
            inline(a.expected),
            inline(a.steps.join('; ')),
            `**${inline(ratingCell(a.rating, a.released))}**`,
          ]),
        ),
        ...report.expectedActions
          .filter((a) => a.rating?.notes)
          .map((a) => `- Inject ${a.number}, evaluator's notes: ${inline(a.rating!.notes)}`),
        '',
      ],
      '',
    ),
  );

  const times = timeColumn(report.timeline.map((e) => e.at));
  out.push(
    ...section(
      'Timeline of injects and decisions',
      [
        ...table(
          ['Time', 'Scenario', 'Who', 'What happened'],
          report.timeline.map((e, i) => [times[i]!, e.scenario ?? '', inline(e.person), inline(e.text)]),
        ),
        timesNote(report),
        '',
      ],
      '',
    ),
  );

  out.push(
    ...section(
      "Players' decisions",
      report.responses.length
        ? table(
            ['Inject', 'Time', 'Decision', 'Runbook steps followed'],
            report.responses.map((r) => [
              String(r.inject),
              when(r.at),
              inline(r.decision),
              inline(r.followed.join('; ') || 'none'),
            ]),
          )
        : [],
      EMPTY.responses,
    ),
  );
  out.push(...section('Strengths', list(report.strengths), EMPTY.strengths));
  out.push(...section('Areas for improvement', list(report.areasForImprovement), EMPTY.areas));

  out.push(
    ...section(
      'Appendix A: Improvement plan',
      report.improvementPlan.length
        ? table(
            ['Corrective action', 'Area for improvement', 'Owner', 'Due', 'Runbook it changes', 'Status'],
            report.improvementPlan.map((i) => [
              `**${inline(i.id)}**: ${inline(i.action)}`,
              inline(i.area ?? ''),
              inline(ownerName(i)),
              i.due,
              inline(runbookName(i)),
              inline(planStatus(i)),
            ]),
          )
        : [],
      EMPTY.plan,
    ),
  );

  out.push(
    ...section(
      "Appendix B: Players' walks",
      report.playerWalks.length
        ? table(
            ['Drill', 'Runbook', 'Who', 'Started', 'Status'],
            report.playerWalks.map((w) => [
              w.incident,
              inline(w.title),
              inline(w.people.join(', ')),
              when(w.startedAt),
              `${w.status}, ${w.stepsDone} step(s) done`,
            ]),
          )
        : [],
      EMPTY.walks,
    ),
  );
  out.push('---', '', inline(footer(report)), '');
  for (const notice of topNotices(report)) out.push(`**${inline(notice)}**`, '');
  return out.join('\n');
}
