import { describe, expect, it } from 'vitest';
import { advance, start, type WalkInput } from '../../src/walk/engine.js';
import { summarizeIncident } from '../../src/journal/summary.js';
import { takenBack } from '../../src/journal/taken-back.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { fixtureRunbook, ticking } from '../walk/walk-fixtures.js';

function journalOf(inputs: WalkInput[]): JournalEvent[] {
  const runbook = fixtureRunbook('every-kind');
  const now = ticking();
  let { state, events } = start(
    runbook,
    { incident: 'i-1', person: 'pat', drill: false, runbookHash: 'sha256:0', coopVersion: 't' },
    now(),
  );
  for (const input of inputs) {
    const next = advance(runbook, state, input, now());
    state = next.state;
    events = [...events, ...next.events];
  }
  return events;
}

describe('results taken back by Go back', () => {
  it('are the last result at the step gone back to; the figures count only what stands', () => {
    const events = journalOf([{ type: 'done' }, { type: 'back' }, { type: 'skip', reason: 'Director away' }]);
    expect([...takenBack(events)]).toEqual([2]);
    expect(summarizeIncident(events)).toMatchObject({ stepsDone: 0, stepsSkipped: 1 });
  });

  it('going back twice over one step takes back each answer once', () => {
    const events = journalOf([
      { type: 'done' },
      { type: 'back' },
      { type: 'done' },
      { type: 'back' },
      { type: 'done' },
    ]);
    expect([...takenBack(events)].sort()).toEqual([2, 4]);
    expect(summarizeIncident(events)).toMatchObject({ stepsDone: 1 });
  });
});
