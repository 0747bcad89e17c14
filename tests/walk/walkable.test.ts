import { describe, expect, it } from 'vitest';
import type { Runbook } from '../../src/format/model.js';
import { walkProblems } from '../../src/walk/walkable.js';
import { fixtureRunbook } from './walk-fixtures.js';

const runbook = (steps: Runbook['steps']): Runbook => ({ id: 'r', title: 'R', steps });

describe('what a walk needs of a runbook', () => {
  it('every shipped-style fixture is walkable', () => {
    for (const id of ['every-kind', 'loop', 'endless', 'checks', 'unnamed'])
      expect(walkProblems(fixtureRunbook(id))).toEqual([]);
  });

  it('a next that names no step, with where it is written and the ids there are', () => {
    expect(walkProblems(runbook([{ kind: 'action', id: 'a', do: 'A', next: 'b' }]))).toEqual([
      {
        path: ['steps', 0, 'next'],
        message: 'step a leads to "b", which is not a step of this runbook (the ids are: a)',
      },
    ]);
  });

  it('a choice or a check outcome that names no step', () => {
    const problems = walkProblems(
      runbook([
        { kind: 'decision', id: 'q', ask: 'Q?', choices: [{ answer: 'Yes', next: 'nowhere' }, { answer: 'No' }] },
        { kind: 'check', id: 'c', run: 'true', on_failure: 'gone' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([
      ['steps', 0, 'choices', 0, 'next'],
      ['steps', 1, 'on_failure'],
    ]);
  });

  it('two steps with one id, or a step id that clashes with step-N', () => {
    expect(
      walkProblems(
        runbook([
          { kind: 'action', id: 'a', do: 'A' },
          { kind: 'action', id: 'a', do: 'B' },
        ]),
      )[0]!.message,
    ).toBe('steps 1 and 2 are both called "a"; give each step its own id');
    expect(
      walkProblems(
        runbook([
          { kind: 'action', id: 'step-2', do: 'A' },
          { kind: 'action', do: 'B' },
        ]),
      )[0]!.message,
    ).toBe('steps 1 and 2 are both called "step-2"; give each step its own id');
  });

  it('a step called end, which next: end would never reach', () => {
    expect(walkProblems(runbook([{ kind: 'action', id: 'end', do: 'A' }]))[0]!.message).toMatch(
      /step 1 is called "end"/,
    );
  });

  it('a question with no answers, or one answer twice', () => {
    expect(walkProblems(runbook([{ kind: 'decision', id: 'q', ask: 'Q?', choices: [] }]))[0]!.message).toBe(
      'the question of step q has no answers to choose from',
    );
    expect(
      walkProblems(
        runbook([{ kind: 'decision', id: 'q', ask: 'Q?', choices: [{ answer: 'Yes' }, { answer: 'yes ' }] }]),
      )[0],
    ).toEqual({
      path: ['steps', 0, 'choices', 1, 'answer'],
      message: 'step q offers the answer "yes " twice (answers are matched without regard to case)',
    });
  });
});
