// What the reviewer said about each item: still right, needs a change (and
// what), skipped, or for a contact: called, and the details verified. From a
// person at a terminal or from an --answers file (docs/upkeep.md), which is
// checked whole before anything is written, every mistake at its line.
import { resolve } from 'node:path';
import { displayPathOf } from '../../library/paths.js';
import { formatProblem } from '../../library/problem.js';
import { readYamlFile } from '../../library/read-yaml.js';
import type { SourceFile } from '../../library/source-file.js';
import { UserError, UserErrors } from '../../system/errors.js';
import { safeLine } from '../../text/sanitize.js';
import { didYouMean } from '../../text/suggest.js';
import type { ReviewItem, ReviewItemKind } from './items.js';

export type ReviewAnswer =
  | { answer: 'ok' }
  | { answer: 'skip' }
  | { answer: 'verified' }
  | { answer: 'change'; note: string };

/** The sections of an answers file, and the kind of item each answers. */
const SECTIONS: Record<string, ReviewItemKind> = {
  warnings: 'warning',
  steps: 'step',
  branches: 'branch',
  contacts: 'contact',
};

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function readReviewAnswers(path: string, items: readonly ReviewItem[], cwd: string): Map<string, ReviewAnswer> {
  const absolute = resolve(cwd, path);
  const read = readYamlFile(absolute, displayPathOf(absolute, cwd));
  const first = read.problems[0];
  if (first) throw new UserError(`answers file ${safeLine(formatProblem(first))}`);
  return parseReviewAnswers(read.data, read.file!, items);
}

export function parseReviewAnswers(
  data: unknown,
  file: SourceFile,
  items: readonly ReviewItem[],
): Map<string, ReviewAnswer> {
  // Every mistake of the file, each at its line and column, so that one run shows them all.
  const mistakes: string[] = [];
  const mistake = (path: Array<string | number>, message: string, key = false): void => {
    const at = file.locate(path, { key });
    mistakes.push(`${file.displayPath}:${at.line}:${at.col}: ${safeLine(message)}`);
  };
  if (!isMapping(data)) {
    mistake([], 'must be a mapping with warnings, steps, branches and contacts');
    throw new UserError(mistakes[0]!);
  }
  const answers = new Map<string, ReviewAnswer>();
  const keys = new Set(items.map((i) => i.key));
  const take = (key: string, value: unknown, kind: ReviewItemKind, path: Array<string | number>) => {
    const answer = answerOf(value, kind);
    if (typeof answer === 'string') mistake(path, answer);
    else answers.set(key, answer);
  };
  for (const [section, entries] of Object.entries(data)) {
    const kind = Object.hasOwn(SECTIONS, section) ? SECTIONS[section] : undefined;
    if (kind === undefined) {
      mistake(
        [section],
        `"${section}" is not a part of a review${didYouMean(section, Object.keys(SECTIONS)) || `; the parts are: ${Object.keys(SECTIONS).join(', ')}`}`,
        true,
      );
      continue;
    }
    if (!isMapping(entries)) {
      mistake([section], `${section}: must map each ${kind} to its answer, like "1: ok"`);
      continue;
    }
    for (const [name, value] of Object.entries(entries)) {
      if (kind === 'branch') {
        if (!isMapping(value)) {
          mistake([section, name], `branches: ${name}: must map each answer or outcome to its answer, like "Yes: ok"`);
          continue;
        }
        for (const [label, v] of Object.entries(value)) {
          const key = `branch:${name}:${label}`;
          if (keys.has(key)) take(key, v, kind, [section, name, label]);
          else mistake([section, name, label], `step ${name} has no way out "${label}"`, true);
        }
        continue;
      }
      const key = `${kind}:${name}`;
      if (keys.has(key)) {
        take(key, value, kind, [section, name]);
        continue;
      }
      const names = items.filter((i) => i.kind === kind).map((i) => i.key.slice(kind.length + 1));
      mistake(
        [section, name],
        `"${name}" is not a ${kind} of this runbook${didYouMean(name, names) || `; they are: ${names.join(', ') || 'none'}`}`,
        true,
      );
    }
  }
  if (mistakes.length === 1) throw new UserError(mistakes[0]!);
  if (mistakes.length > 1)
    throw new UserErrors(mistakes, `${mistakes.length} mistakes in ${file.displayPath}; nothing was written`);
  return answers;
}

/** The answer, or what is wrong with it. */
function answerOf(value: unknown, kind: ReviewItemKind): ReviewAnswer | string {
  const allowed =
    kind === 'contact'
      ? 'ok, verified, skip, or change: what needs changing'
      : 'ok, skip, or change: what needs changing';
  if (value === 'ok' || value === 'skip') return { answer: value };
  if (value === 'verified')
    return kind === 'contact' ? { answer: 'verified' } : `only a contact is verified; write ${allowed}`;
  if (isMapping(value) && Object.keys(value).length === 1 && typeof value.change === 'string' && value.change.trim())
    return { answer: 'change', note: value.change.trim() };
  return `must be ${allowed}`;
}
