// How a runbook's steps connect: the one reading of `next`, choices and check
// outcomes that the walk engine, lint and every view share.
import { assertNever } from '../system/errors.js';
import type { Runbook, Step } from './model.js';

export const END = 'end';

/** A step's id: its own, or `step-N` (1-based) for a step that has none. */
export function stepIdAt(runbook: Runbook, index: number): string {
  return runbook.steps[index]?.id ?? `step-${index + 1}`;
}

export function stepIndexById(runbook: Runbook): Map<string, number> {
  const map = new Map<string, number>();
  // A loop, not forEach: lint works this out for every runbook of a library, mostly before V8 has optimised it.
  for (let i = 0; i < runbook.steps.length; i++) {
    const id = stepIdAt(runbook, i);
    if (!map.has(id)) map.set(id, i);
  }
  return map;
}

/** Where an edge leads: a step (by index), the end, or a name that matches no step. */
export type EdgeTarget = { kind: 'step'; index: number } | { kind: 'end' } | { kind: 'unknown'; name: string };

export type EdgeKind = 'next' | 'fallthrough' | 'choice' | 'success' | 'failure';

export interface Edge {
  /** The step it leaves, by index. */
  from: number;
  kind: EdgeKind;
  /** The answer for a choice; "succeeds"/"fails" for a check; empty for next. */
  label: string;
  target: EdgeTarget;
  /** The path of the field that named the target, inside the step (for positions). */
  field?: ReadonlyArray<string | number>;
}

/**
 * The targets and field paths every runbook shares, made once: lint works out
 * the edges of every step of a library, and what it allocates for each is a
 * good part of that work. Frozen, as they are shared.
 */
const TO_END: EdgeTarget = Object.freeze({ kind: 'end' });
const NEXT_FIELD = Object.freeze(['next']);
const SUCCESS_FIELD = Object.freeze(['on_success']);
const FAILURE_FIELD = Object.freeze(['on_failure']);
const choiceFields: ReadonlyArray<string | number>[] = [];
function choiceField(c: number): ReadonlyArray<string | number> {
  choiceFields[c] ??= Object.freeze(['choices', c, 'next']);
  return choiceFields[c];
}

/** The step after `index` in file order, or the end after the last. */
export function following(runbook: Runbook, index: number): EdgeTarget {
  return index + 1 < runbook.steps.length ? { kind: 'step', index: index + 1 } : TO_END;
}

export function resolveTarget(
  runbook: Runbook,
  name: string | undefined,
  index: number,
  ids = stepIndexById(runbook),
): EdgeTarget {
  if (name === undefined) return following(runbook, index);
  if (name === END) return TO_END;
  const found = ids.get(name);
  return found === undefined ? { kind: 'unknown', name } : { kind: 'step', index: found };
}

/** Every way out of the step at `index`, in the order a person would read them. */
export function edgesOf(runbook: Runbook, index: number, ids = stepIndexById(runbook)): Edge[] {
  const step: Step | undefined = runbook.steps[index];
  if (!step) return [];
  switch (step.kind) {
    case 'action':
      if (step.next !== undefined)
        return [
          {
            from: index,
            kind: 'next',
            label: '',
            target: resolveTarget(runbook, step.next, index, ids),
            field: NEXT_FIELD,
          },
        ];
      return [{ from: index, kind: 'fallthrough', label: '', target: following(runbook, index) }];
    case 'decision': {
      const edges: Edge[] = [];
      for (let c = 0; c < step.choices.length; c++) {
        const choice = step.choices[c]!;
        edges.push({
          from: index,
          kind: 'choice',
          label: choice.answer,
          target: resolveTarget(runbook, choice.next, index, ids),
          field: choiceField(c),
        });
      }
      return edges;
    }
    case 'check':
      return [
        {
          from: index,
          kind: 'success',
          label: 'succeeds',
          target: resolveTarget(runbook, step.on_success, index, ids),
          field: SUCCESS_FIELD,
        },
        {
          from: index,
          kind: 'failure',
          label: 'fails',
          target: resolveTarget(runbook, step.on_failure, index, ids),
          field: FAILURE_FIELD,
        },
      ];
    default:
      return assertNever(step, 'step');
  }
}
