// What every output format is given: the same findings, the files they point
// into (for source excerpts) and the rules (for SARIF's tool description).
import type { SourceFile } from '../library/source-file.js';
import type { Counts, Finding } from './finding.js';
import type { RuleMeta } from './rule.js';

export interface LintReport {
  findings: Finding[];
  counts: Counts;
  /** The files linted, by the path findings show, for excerpts of their lines. */
  sources: ReadonlyMap<string, SourceFile>;
  /** Every rule coop knows, whether or not it found anything. */
  rules: RuleMeta[];
  /** How many files were looked at. */
  filesChecked: number;
  /** The day reviews were judged against, YYYY-MM-DD. */
  today: string;
}

export interface FormatOptions {
  /** Colour on stdout (stylish only). */
  color: boolean;
  /** coop's version, for machine formats. */
  version: string;
  /** The working folder: paths in findings are relative to it. */
  cwd: string;
  /** The terminal's width, when stdout is one (stylish only): each finding is broken between words within it. */
  width?: number;
}

export type Formatter = (report: LintReport, options: FormatOptions) => string;
