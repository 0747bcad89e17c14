// A lint finding: one fact about one place, the same in every output format.
import type { Category, Severity } from './rule.js';

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  /** The file as shown to people (relative to the working folder when inside it). */
  file: string;
  /** 1-based, as editors, SARIF and GitHub count. */
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  message: string;
}

/** File, then line, column and rule: the order a person reads a file in. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.col - b.col ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sorted, with exact repeats (the same file named twice on the command line) dropped. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter((f, i) => {
    const prev = sorted[i - 1];
    return !prev || compareFindings(prev, f) !== 0;
  });
}

export interface Counts {
  errors: number;
  warnings: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
