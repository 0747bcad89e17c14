// For people at a terminal: findings grouped by file, each with the line it
// points at and a caret under the column, then "N errors, M warnings".
import { Chalk, type ChalkInstance } from 'chalk';
import { safeLine } from '../../text/sanitize.js';
import { displayWidth, wrapUnder } from '../../text/wrap.js';
import type { SourceFile } from '../../library/source-file.js';
import type { Finding } from '../finding.js';
import type { Formatter } from '../report.js';
import { summaryLine } from './summary.js';

/** Longer source lines are cut to a window around the column. */
const MAX_EXCERPT = 100;
/** The narrowest window of a source line shown, however narrow the terminal. */
const MIN_EXCERPT = 20;
/** The fewest columns a message is broken into, however narrow the terminal: below, a word a line. */
const MIN_MESSAGE = 20;

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
      const head = `  ${chalk.dim(`${f.line}:${f.col}`.padEnd(posWidth))}  ${severity}  `;
      const said = `${safeLine(f.message)}  ${chalk.dim(f.rule)}`;
      // On a terminal, the message is broken between words under its own first column; a pipe gets it whole.
      out.push(
        ...(options.width
          ? wrapUnder(
              said,
              Math.max(options.width, displayWidth(head) + MIN_MESSAGE),
              head,
              ' '.repeat(displayWidth(head)),
            )
          : [head + said]),
      );
      // The line's text after "  12 | ", with room for an ellipsis at each end.
      const room = options.width ? Math.max(MIN_EXCERPT, options.width - gutter - 7) : MAX_EXCERPT;
      out.push(...excerpt(report.sources.get(file), f, gutter, chalk, Math.min(MAX_EXCERPT, room)));
    }
    out.push('');
  }
  const { errors, warnings } = report.counts;
  const summary = summaryLine(report.counts);
  out.push(errors > 0 ? chalk.red.bold(summary) : warnings > 0 ? chalk.yellow.bold(summary) : chalk.green(summary));
  return `${out.join('\n')}\n`;
};

/** The source line, escaped so it cannot drive the terminal, and a caret under the finding. */
function excerpt(
  source: SourceFile | undefined,
  f: Finding,
  gutter: number,
  chalk: ChalkInstance,
  window: number,
): string[] {
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
  if (shown.length > window) {
    // Some of what comes before the column, most of the window after it.
    const from = Math.max(0, Math.min(caretAt - Math.floor(window / 5), shown.length - window));
    shown = `${from > 0 ? '…' : ''}${shown.slice(from, from + window)}${from + window < shown.length ? '…' : ''}`;
    caretAt = caretAt - from + (from > 0 ? 1 : 0);
    width = Math.max(1, Math.min(width, window - caretAt));
  }
  const colour = f.severity === 'error' ? chalk.red : chalk.yellow;
  const pad = ' '.repeat(gutter);
  return [
    `  ${chalk.dim(`${String(f.line).padStart(gutter)} |`)} ${shown}`,
    `  ${chalk.dim(`${pad} |`)} ${' '.repeat(caretAt)}${colour('^'.repeat(width))}`,
  ];
}
