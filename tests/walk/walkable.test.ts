import { describe, expect, it } from 'vitest';
import type { Runbook } from '../../src/format/model.js';
import { walkProblems } from '../../src/walk/walkable.js';
import { fixtureRunbook } from './walk-fixtures.js';

const runbook = (steps: Runbook['steps']): Runbook => ({ id: 'r', title: 'R', steps });

describe('what a walk needs of a runbook, in the words of the lint rules that say it', () => {
  it('every shipped-style fixture is walkable', () => {
    for (const id of ['every-kind', 'loop', 'endless', 'checks', 'unnamed'])
      expect(walkProblems(fixtureRunbook(id))).toEqual([]);
  });

  it('a next that names no step, with where it is written', () => {
    expect(walkProblems(runbook([{ kind: 'action', id: 'a', do: 'A', next: 'b' }]))).toEqual([
      {
        rule: 'unknown-step',
        path: ['steps', 0, 'next'],
        message: 'unknown step "b": no step of this runbook has that id; did you mean "a"?',
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

  it('two steps with one id', () => {
    const steps: Runbook['steps'] = [
      { kind: 'action', id: 'a', do: 'A' },
      { kind: 'action', id: 'a', do: 'B' },
    ];
    expect(walkProblems(runbook(steps))[0]!.message).toBe(
      'step id "a" is already used by step 1; a next: naming it always goes to the first, so give this step its own id',
    );
  });

  it('a step id that clashes with the step-N of a step without one', () => {
    expect(
      walkProblems(
        runbook([
          { kind: 'action', id: 'step-2', do: 'A' },
          { kind: 'action', do: 'B' },
        ]),
      )[0],
    ).toEqual({
      rule: 'duplicate-step-id',
      path: ['steps', 1],
      message:
        'step 2 has no id, so it goes by "step-2", which step 1 has as its id; a next: naming it always goes to step 1, so give one of them another id',
    });
  });

  it('a step called end, which next: end would never reach', () => {
    expect(walkProblems(runbook([{ kind: 'action', id: 'end', do: 'A' }]))[0]!.message).toMatch(
      /^step id "end" is reserved/,
    );
  });

  it('a question with no answers, or one answer twice', () => {
    expect(walkProblems(runbook([{ kind: 'decision', id: 'q', ask: 'Q?', choices: [] }]))[0]!.message).toBe(
      'decision step "q" has no choices; a decision needs at least two answers (or make it a do: step)',
    );
    expect(
      walkProblems(
        runbook([{ kind: 'decision', id: 'q', ask: 'Q?', choices: [{ answer: 'Yes' }, { answer: 'yes ' }] }]),
      )[0],
    ).toEqual({
      rule: 'duplicate-answer',
      path: ['steps', 0, 'choices', 1, 'answer'],
      message: 'answer "yes " of step "q" repeats "Yes" (choice 1); answers must differ, ignoring case',
    });
  });

  it('names the problem nearest the top first', () => {
    const problems = walkProblems(
      runbook([
        { kind: 'decision', id: 'q', ask: 'Q?', choices: [{ answer: 'Yes' }, { answer: 'yes' }] },
        { kind: 'action', id: 'q', do: 'A' },
      ]),
    );
    expect(problems.map((p) => p.rule)).toEqual(['duplicate-answer', 'duplicate-step-id']);
  });

  it('a question with a single answer is a lint error, but a walk can follow it', () => {
    expect(walkProblems(runbook([{ kind: 'decision', id: 'q', ask: 'Q?', choices: [{ answer: 'Yes' }] }]))).toEqual([]);
  });
});
