// The BIA as Markdown: one table of every system, then what is missing.
import { IMPACT_SPANS, SPAN_WORDS } from '../../format/impact.js';
import { escapeMarkdownInline as inline } from '../../text/escape.js';
import { biaTitle, NO_SYSTEMS, type BiaReport, type BiaRow } from './model.js';

const cell = (text: string) => inline(text).replace(/\|/g, '\\|');

function dependsOn(row: BiaRow): string {
  const parts = [...row.runbooks.map((r) => `runbook ${r.id}`), ...row.functions];
  return parts.length ? parts.map(cell).join('; ') : '-';
}

export function renderBiaMarkdown(report: BiaReport): string {
  const out = [`# ${inline(biaTitle(report))}`, '', `Made with coop on ${report.today}, after NIST SP 800-34.`, ''];
  if (report.systems.length === 0) return `${[...out, NO_SYSTEMS].join('\n')}\n`;
  const head = ['System', 'Depends on it', ...IMPACT_SPANS.map((s) => SPAN_WORDS[s]), 'MTD', 'RTO', 'RPO', 'Analysed'];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const row of report.systems) {
    const cells = [
      `**${cell(row.name)}** (${cell(row.id)})`,
      dependsOn(row),
      ...IMPACT_SPANS.map((span) => row.impacts[span] ?? '-'),
      row.mtd === undefined ? '-' : cell(row.mtd),
      row.rto === undefined ? '-' : cell(row.rto),
      row.rpo === undefined ? '-' : cell(row.rpo),
      row.analysed ? `${row.analysed.date}, ${cell(row.analysed.by)}` : 'never',
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const gaps = report.systems.filter((r) => r.gaps.length > 0);
  if (gaps.length > 0) {
    out.push('', '## Still to do', '');
    for (const row of gaps) out.push(`- **${inline(row.name)}**: ${row.gaps.map(inline).join('; ')}.`);
  }
  out.push(
    '',
    'The RTO (how long recovery may take) must not be longer than the MTD (how long the office can bear to be without the system).',
  );
  return `${out.join('\n')}\n`;
}
