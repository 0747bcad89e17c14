import { safeLine } from '../text/sanitize.js';

/** Where a value came from: a file and a 1-based line and column. */
export interface Position {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/**
 * A problem found while loading a library. `code` is also the lint rule id
 * under which `coop lint` reports it, so a loader problem and a lint finding
 * read the same way.
 */
export interface Problem extends Position {
  file: string;
  code: LoaderCode;
  message: string;
  /** The value the problem is about, as keys and indexes from the top of the file; absent for the file as a whole. */
  path?: ReadonlyArray<string | number>;
  /**
   * Set on the problems of a runbook file: true when the runbook's steps
   * cannot be followed as written because of it (touches-steps.ts).
   */
  touchesSteps?: boolean;
  /**
   * Set on the problems of a runbook file read around its problems: true when
   * where its steps lead is not known because of it, and lint's flow rules
   * wait for the fix (touches-steps.ts). Absent: as touchesSteps.
   */
  touchesFlow?: boolean;
}

export const LOADER_CODES = {
  'file-unreadable':
    'A file or folder of the library cannot be read (missing, not a file, permissions, too large, not text).',
  'yaml-syntax': 'The file is not valid YAML (bad indentation, tabs, unclosed quotes, several documents, alias bombs).',
  'duplicate-key': 'A mapping names the same key twice.',
  'unknown-key': 'A key the format does not define (often a misspelling).',
  'wrong-type': 'A value of the wrong type, or missing where the format requires one.',
  'step-kind': 'A step must have exactly one of do, ask or run.',
  'invalid-value': 'A value of the right type but the wrong form: an id, a date, a duration, an empty text.',
} as const;
export type LoaderCode = keyof typeof LOADER_CODES;

/**
 * One line each for a person, before the steps: an error when the problem
 * makes the steps impossible to follow as written, else a warning.
 */
export function problemLines(
  problems: ReadonlyArray<Pick<Problem, 'file' | 'line' | 'col' | 'message' | 'touchesSteps'>>,
): string {
  return problems
    .map((p) => `coop: ${safeLine(`${p.touchesSteps ? 'error' : 'warning'}: ${formatProblem(p)}`)}\n`)
    .join('');
}

/** File by file, and within a file the one nearest the top first. */
export function byPlace(a: Position & { file: string }, b: Position & { file: string }): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}

export function formatProblem(p: { file: string; line: number; col: number; message: string }): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}
