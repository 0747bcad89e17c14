// The answers of scripted use (docs/answers.md): step id to what to do
// there. They are checked whole against the runbook before step 1, so a typo
// is a one-line error with file:line:col, not a surprise half-way through.
// Reading the file is answers-file.ts, loaded only when --answers is given.
import { stepIdAt } from '../../format/flow.js';
import type { Runbook, Step } from '../../format/model.js';
import type { SourceFile } from '../../library/source-file.js';
import { safeLine } from '../../text/sanitize.js';
import { assertNever, UserError } from '../../system/errors.js';
import { didYouMean } from '../../text/suggest.js';
import { matchChoice } from '../engine.js';

export type ScriptedAnswer = (
  | { kind: 'done' }
  | { kind: 'skip'; reason: string }
  | { kind: 'answer'; answer: string }
  | { kind: 'outcome'; outcome: 'succeeded' | 'failed' }
  | { kind: 'run' }
) & { note?: string };

export interface StepAnswers {
  /** A list answers one visit each, in order; a single answer answers every visit. */
  list: boolean;
  answers: ScriptedAnswer[];
}

export interface Answers {
  file: string;
  byStep: Map<string, StepAnswers>;
}

const MAPPING_KEYS = ['answer', 'done', 'skip', 'outcome', 'note'] as const;

export function parseAnswers(data: unknown, file: SourceFile, runbook: Runbook): Answers {
  const fail = (path: Array<string | number>, message: string, key = false): never => {
    const at = file.locate(path, { key });
    throw new UserError(`${file.displayPath}:${at.line}:${at.col}: ${message}`);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    fail(
      [],
      `must map step ids to answers, like "shut-down-computers: done"; it holds ${Array.isArray(data) ? 'a list' : 'a single value'}`,
    );
  const ids = runbook.steps.map((_, i) => stepIdAt(runbook, i));
  const byStep = new Map<string, StepAnswers>();
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const index = ids.indexOf(id);
    if (index === -1)
      fail(
        [id],
        `"${safeLine(id)}" is not a step of ${runbook.id}${didYouMean(id, ids) || `; its steps are: ${ids.join(', ')}`}`,
        true,
      );
    const step = runbook.steps[index]!;
    const one = (v: unknown, path: Array<string | number>) => {
      const parsed = parseOne(v, step, runbook, index);
      if (typeof parsed === 'string') fail(path, `${id}: ${parsed}`);
      return parsed as ScriptedAnswer;
    };
    if (Array.isArray(value)) {
      if (value.length === 0) fail([id], `${id}: the list of answers is empty`);
      byStep.set(id, { list: true, answers: value.map((v, i) => one(v, [id, i])) });
    } else byStep.set(id, { list: false, answers: [one(value, [id])] });
  }
  return { file: file.displayPath, byStep };
}

/** One answer for one step, or the message saying what the step accepts. */
function parseOne(value: unknown, step: Step, runbook: Runbook, index: number): ScriptedAnswer | string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return parseMapping(value as Record<string, unknown>, step, runbook, index);
  if (value === null || value === undefined || value === '') return `has no answer; ${accepts(step)}`;
  if (typeof value === 'boolean') return parseYesNo(value, step, runbook, index);
  if (typeof value !== 'string' && typeof value !== 'number') return `is not an answer; ${accepts(step)}`;
  const text = String(value).trim();
  const lower = text.toLowerCase();
  switch (step.kind) {
    case 'action': {
      if (lower === 'done') return { kind: 'done' };
      const skip = /^skip\s*(?::\s*(.*))?$/is.exec(text);
      if (skip)
        return skip[1]?.trim()
          ? { kind: 'skip', reason: skip[1].trim() }
          : 'a skip needs a reason, like "skip: the room is locked"';
      break;
    }
    case 'decision': {
      const answer = matchChoice(runbook, index, text);
      if (answer !== undefined) return { kind: 'answer', answer };
      break;
    }
    case 'check':
      if (lower === 'succeeded' || lower === 'failed') return { kind: 'outcome', outcome: lower };
      if (lower === 'run') return { kind: 'run' };
      break;
    default:
      return assertNever(step, 'step');
  }
  return `"${safeLine(text)}" is not an answer; ${accepts(step)}`;
}

/** A true or false where an answer was expected: YAML 1.1 habits, like an unquoted yes. */
function parseYesNo(value: boolean, step: Step, runbook: Runbook, index: number): ScriptedAnswer | string {
  switch (step.kind) {
    case 'action':
      return value ? { kind: 'done' } : `false is not an answer; ${accepts(step)}`;
    case 'decision': {
      // An unquoted yes/no that became a boolean.
      const answer = matchChoice(runbook, index, value ? 'yes' : 'no');
      return answer !== undefined ? { kind: 'answer', answer } : `${value} is not an answer; ${accepts(step)}`;
    }
    case 'check':
      return `${value} is not an outcome; ${accepts(step)}`;
    default:
      return assertNever(step, 'step');
  }
}

function parseMapping(
  map: Record<string, unknown>,
  step: Step,
  runbook: Runbook,
  index: number,
): ScriptedAnswer | string {
  const keys = Object.keys(map);
  const unknown = keys.find((k) => !(MAPPING_KEYS as readonly string[]).includes(k));
  if (unknown !== undefined)
    return `unknown key "${safeLine(unknown)}"${didYouMean(unknown, MAPPING_KEYS)}; an answer may have ${MAPPING_KEYS.join(', ')}`;
  const note = map.note;
  if (note !== undefined && (typeof note !== 'string' || note.trim() === '')) return 'note must be text';
  const main = keys.filter((k) => k !== 'note');
  if (main.length !== 1)
    return `give exactly one of answer, done, skip or outcome${main.length ? ` (not ${main.join(' and ')})` : ''}`;
  const key = main[0]!;
  const raw = map[key];
  let parsed: ScriptedAnswer | string;
  if (key === 'skip') parsed = parseOne(typeof raw === 'string' ? `skip: ${raw}` : raw, step, runbook, index);
  else if (key === 'done') parsed = raw === true ? parseOne('done', step, runbook, index) : 'done: takes true';
  else parsed = parseOne(raw, step, runbook, index);
  if (typeof parsed === 'string') return parsed;
  // The key must agree with the kind of answer it gave (no `outcome: "Yes"`).
  const kindOfKey = { answer: 'answer', done: 'done', skip: 'skip', outcome: 'outcome' }[key];
  if (parsed.kind !== kindOfKey && !(key === 'outcome' && parsed.kind === 'run'))
    return `${key} does not fit this step; ${accepts(step)}`;
  return typeof note === 'string' ? { ...parsed, note: note.trim() } : parsed;
}

/** What a step accepts, for messages. */
export function accepts(step: Step): string {
  switch (step.kind) {
    case 'action':
      return 'an action accepts done, or skip: <reason>';
    case 'decision':
      return `it accepts ${step.choices.map((c) => `"${safeLine(c.answer)}"`).join(', ')}`;
    case 'check':
      return 'a check accepts succeeded or failed (its outcome, without running it), or run (needs --allow-commands)';
    default:
      return assertNever(step, 'step');
  }
}
