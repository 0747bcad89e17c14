// A runbook with problems is still read, as far as it can be, and each of its
// problems says whether it changes the steps (touches-steps.ts): what a walk
// can still follow, and what lint can still judge.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepIdAt } from '../../src/format/flow.js';
import { runbookProblems } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { FIXTURES } from '../helpers/paths.js';

const load = (name: string) => {
  const dir = join(FIXTURES, 'best-effort', name);
  const library = loadLibrary(dir, { cwd: dir });
  return { library, entry: library.runbooks[0]! };
};

describe('a runbook read around its problems', () => {
  it('reads a runbook with "titel:" whole but for its title, which its id stands in for', () => {
    const { library, entry } = load('titel');
    expect(library.brokenRunbooks).toEqual([]);
    expect(entry.value.title).toBe('power-loss');
    expect(entry.value.steps.map((s, i) => `${stepIdAt(entry.value, i)} ${s.kind}`)).toEqual([
      'shut-down-computers action',
      'power-down-servers action',
      'director-in-office decision',
      'update-director action',
      'power-back decision',
    ]);
    expect(runbookProblems(library, entry).map((p) => [p.code, p.touchesSteps])).toEqual([['unknown-key', false]]);
  });

  it('says of each problem whether it changes the steps', () => {
    const { library, entry } = load('eight-mistakes');
    expect(runbookProblems(library, entry).map((p) => `${p.line}:${p.col} ${p.touchesSteps}`)).toEqual([
      '2:1 false',
      '5:11 false',
      '7:11 false',
      '11:12 false',
      '14:5 true',
    ]);
  });

  it('keeps a step that cannot be read in its place, with its id, saying where to look', () => {
    const { entry } = load('eight-mistakes');
    expect(entry.value.steps[1]).toEqual({
      kind: 'action',
      id: 'power-down-servers',
      do: 'This step could not be read (power-loss.yaml:14:5): steps[2] has none of do, ask or run; a step says what to do (do:), what to ask (ask:) or what to run (run:); "doo" is not one of them; did you mean "do"?',
    });
    expect(entry.value.steps[0]).toEqual({
      kind: 'action',
      id: 'shut-down-computers',
      do: 'Shut off all computer hardware.',
    });
    expect(entry.lost).toEqual([['steps', 0, 'phase'], ['steps', 1], ['title'], ['titel'], ['reviewed']]);
  });

  it('reads warnings written as one text instead of a list as that one warning: what not to do is never dropped', () => {
    const { library, entry } = load('eight-mistakes');
    expect(entry.value.warnings).toEqual(['Do not try to retrieve hardware in the middle of an emergency.']);
    expect(runbookProblems(library, entry).find((p) => p.line === 7)?.message).toMatch(/^warnings: expected a list/);
  });
});
