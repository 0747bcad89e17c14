// The checks of an incident, with what a reader needs to trust the result:
// who or what decided it, the command, its exit code and a short excerpt of
// what it printed (the journal keeps the output itself, up to its cap).
import type { CheckDecidedBy, CheckOutcome, JournalEvent } from '../../journal/events.js';
import { formatDuration } from '../../text/duration.js';
import { stepOf, type ReportedStep, type ReportedSteps } from './reported-step.js';

/** Lines of a command's output the report shows: the first few and the last few. */
const HEAD_LINES = 4;
const TAIL_LINES = 6;
const LINE_CHARS = 200;

export interface CheckItem {
  at: string;
  person: string;
  step: ReportedStep;
  command: string;
  outcome: CheckOutcome;
  decidedBy: CheckDecidedBy;
  exitCode?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  durationMs?: number;
  /** Part of the output; `excerptCut` says when lines were left out. */
  excerpt?: string;
  excerptCut?: boolean;
  /** Why the command could not be started. */
  error?: string;
}

export function outputExcerpt(output: string, truncated: boolean): { excerpt: string; cut: boolean } {
  const lines = output
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS)}…` : l));
  if (lines.length <= HEAD_LINES + TAIL_LINES)
    return { excerpt: lines.join('\n'), cut: truncated || lines.some((l) => l.endsWith('…')) };
  return {
    excerpt: [
      ...lines.slice(0, HEAD_LINES),
      `… (${lines.length - HEAD_LINES - TAIL_LINES} lines left out) …`,
      ...lines.slice(-TAIL_LINES),
    ].join('\n'),
    cut: true,
  };
}

export function checksOf(events: readonly JournalEvent[], ref: ReportedSteps): CheckItem[] {
  const checks: CheckItem[] = [];
  for (const e of events) {
    if (e.type !== 'check-result') continue;
    const item: CheckItem = {
      at: e.ts,
      person: e.person,
      step: stepOf(ref, e),
      command: e.command,
      outcome: e.outcome,
      decidedBy: e.decidedBy,
    };
    if (e.exitCode !== undefined) item.exitCode = e.exitCode;
    if (e.signal !== undefined) item.signal = e.signal;
    if (e.timedOut !== undefined) item.timedOut = e.timedOut;
    if (e.durationMs !== undefined) item.durationMs = e.durationMs;
    if (e.error !== undefined) item.error = e.error;
    if (e.output !== undefined && e.output.trim() !== '') {
      const { excerpt, cut } = outputExcerpt(e.output, e.outputTruncated === true);
      item.excerpt = excerpt;
      item.excerptCut = cut;
    }
    checks.push(item);
  }
  return checks;
}

/** How the outcome was reached, in words: "the command exited with code 1 after 10s". */
export function checkHow(check: CheckItem): string {
  if (check.decidedBy === 'person') return `checked by hand by ${check.person}`;
  if (check.decidedBy === 'answers') return 'given by the answers file (the command was not run)';
  if (check.error !== undefined) return `the command could not be started: ${check.error}`;
  const after = check.durationMs !== undefined ? ` after ${formatDuration(check.durationMs)}` : '';
  if (check.timedOut) return `the command ran out of time${after}`;
  if (check.exitCode === null || check.exitCode === undefined)
    return `the command was stopped by ${check.signal ?? 'a signal'}${after}`;
  return `the command exited with code ${check.exitCode}${after}`;
}
