// For people at a terminal: findings grouped by file, each with the line it
// points at and a caret under the column, then "N errors, M warnings".
import { Chalk, type ChalkInstance } from 'chalk';
import { safeLine } from '../../text/sanitize.js';
import type { SourceFile } from '../../library/source-file.js';
import type { Finding } from '../finding.js';
import type { Formatter } from '../report.js';
import { summaryLine } from './summary.js';

/** Longer source lines are cut to a window around the column. */
const MAX_EXCERPT = 100;

export const render: Formatter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const group = byFile.get(f.file);
    if (group) group.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(chalk.underline(safeLine(file)));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.col}`.length));
    const gutter = Math.max(...findings.map((f) => String(f.line).length));
    for (const f of findings) {
      const severity = f.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out.push(
        `  ${chalk.dim(`${f.line}:${f.col}`.padEnd(posWidth))}  ${severity}  ${safeLine(f.message)}  ${chalk.dim(f.rule)}`,
      );
      out.push(...excerpt(report.sources.get(file), f, gutter, chalk));
    }
    out.push('');
  }
  const { errors, warnings } = report.counts;
  const summary = summaryLine(report.counts);
  out.push(errors > 0 ? chalk.red.bold(summary) : warnings > 0 ? chalk.yellow.bold(summary) : chalk.green(summary));
  return `${out.join('\n')}\n`;
};

/** The source line, escaped so it cannot drive the terminal, and a caret under the finding. */
function excerpt(source: SourceFile | undefined, f: Finding, gutter: number, chalk: ChalkInstance): string[] {
  const raw = source?.lineText(f.line);
  if (raw === undefined || raw.trim() === '') return [];
  // Measure the caret's place in the escaped text, where escapes take more room.
  const before = safeLine(raw.slice(0, f.col - 1));
  let shown = safeLine(raw);
  const spanEnd =
    f.endLine === f.line && f.endCol !== undefined && f.endCol > f.col
      ? safeLine(raw.slice(0, f.endCol - 1)).length
      : before.length + 1;
  let caretAt = before.length;
  let width = Math.max(1, spanEnd - caretAt);
  if (shown.length > MAX_EXCERPT) {
    const from = Math.max(0, Math.min(caretAt - 20, shown.length - MAX_EXCERPT));
    shown = `${from > 0 ? '…' : ''}${shown.slice(from, from + MAX_EXCERPT)}${from + MAX_EXCERPT < shown.length ? '…' : ''}`;
    caretAt = caretAt - from + (from > 0 ? 1 : 0);
    width = Math.max(1, Math.min(width, MAX_EXCERPT - caretAt));
  }
  const colour = f.severity === 'error' ? chalk.red : chalk.yellow;
  const pad = ' '.repeat(gutter);
  return [
    `  ${chalk.dim(`${String(f.line).padStart(gutter)} |`)} ${shown}`,
    `  ${chalk.dim(`${pad} |`)} ${' '.repeat(caretAt)}${colour('^'.repeat(width))}`,
  ];
}
