// Random runbooks walked by random inputs: the walk never leaves the graph,
// always ends or is still at a step, and its journal replays to its state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Runbook, Step } from '../../src/format/model.js';
import { advance, replay, start, type WalkInput, type WalkState } from '../../src/walk/engine.js';
import { walkProblems } from '../../src/walk/walkable.js';
import { parseJournal } from '../../src/journal/reader.js';
import { chained } from '../journal/journal-builder.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { propertyRuns } from '../helpers/property-runs.js';

const runbookArb = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `s${i + 1}`);
  const target = fc.option(fc.constantFrom(...ids, 'end'), { nil: undefined });
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('action'), do: fc.constant('Act.'), next: target }),
    fc.record({
      kind: fc.constant('decision'),
      ask: fc.constant('Ask?'),
      choices: fc
        .uniqueArray(fc.constantFrom('Yes', 'No', 'Later'), { minLength: 2, maxLength: 3 })
        .chain((answers) => fc.tuple(...answers.map((answer) => target.map((next) => ({ answer, next }))))),
    }),
    fc.record({ kind: fc.constant('check'), run: fc.constant('true'), on_success: target, on_failure: target }),
  );
  return fc
    .tuple(...ids.map((id) => step.map((s) => ({ ...dropUndefined(s), id }) as Step)))
    .map((steps): Runbook => ({ id: 'random', title: 'Random', steps }));
});

/** As the loader would give it: an absent `next` is no key at all, not `next: undefined`. */
function dropUndefined<T extends object>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

/** An input the current step can take, chosen by `pick` (0..1). */
function inputFor(runbook: Runbook, state: WalkState, pick: number): WalkInput {
  const step = runbook.steps[state.at!]!;
  if ('ask' in step)
    return pick < 0.1
      ? { type: 'note', text: 'n' }
      : { type: 'answer', answer: step.choices[Math.floor(pick * step.choices.length)]!.answer.toUpperCase() };
  if ('run' in step)
    return pick < 0.2
      ? { type: 'check-started' }
      : {
          type: 'check-result',
          outcome: pick < 0.6 ? 'succeeded' : 'failed',
          decidedBy: 'command',
          exitCode: pick < 0.6 ? 0 : 1,
        };
  if (pick < 0.1) return { type: 'pause', reason: 'person' };
  return pick < 0.6 ? { type: 'done' } : { type: 'skip', reason: 'r' };
}

describe('random runbooks, random walks', () => {
  it('stay in the graph, end or stay at a step, and replay to the same state', () => {
    fc.assert(
      fc.property(
        runbookArb,
        fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 40 }),
        (runbook, picks) => {
          fc.pre(walkProblems(runbook).length === 0);
          const ids = new Set(runbook.steps.map((s) => s.id));
          let { state, events } = start(
            runbook,
            { incident: 'i', person: 'p', drill: false, runbookHash: '', coopVersion: '' },
            new Date(0),
          );
          for (const [i, pick] of picks.entries()) {
            if (state.status === 'ended') break;
            const input: WalkInput =
              state.status === 'paused' ? { type: 'resume', person: 'q' } : inputFor(runbook, state, pick);
            const next = advance(runbook, state, input, new Date(i * 1000));
            state = next.state;
            events = [...events, ...next.events];
            if (state.status !== 'ended') expect(state.at).toBeGreaterThanOrEqual(0);
            if (state.status !== 'ended') expect(state.at).toBeLessThan(runbook.steps.length);
          }
          for (const e of events as JournalEvent[]) expect(e.step === null || ids.has(e.step)).toBe(true);
          expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
          expect(state.status === 'ended').toBe(events.at(-1)!.type === 'ended');
          expect(replay(runbook, events)).toEqual(state);
          expect(replay(runbook, parseJournal(Buffer.from(chained(events)), 'j').events)).toEqual(state);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
