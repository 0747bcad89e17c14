// The journal's update event: recorded where the walk stands, replayed the
// way it was written, and read back by the summary `coop incidents` shows.
import { describe, expect, it } from 'vitest';
import { JournalEvent } from '../../src/journal/events.js';
import { summarizeIncident } from '../../src/journal/summary.js';
import { findRunbook } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { ReplayError, replay, type WalkInput } from '../../src/walk/engine.js';
import { journalEvents, type TimedInput } from '../journal/journal-builder.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';

const library = loadLibrary(SHIPPED_RUNBOOKS);
const powerLoss = findRunbook(library, 'power-loss')!.value;
const update: WalkInput = {
  type: 'update',
  text: 'Power still off. - Pat',
  to: ['Executive Director'],
  nextDueAt: '2026-11-23T09:50:00.000Z',
};
const events = (inputs: TimedInput[]) =>
  journalEvents(library, {
    id: 'x',
    runbook: 'power-loss',
    person: 'Pat',
    startedAt: '2026-11-23T09:15:00.000Z',
    inputs,
  });

describe('the update event', () => {
  it('is recorded at the step the walk stands at, and leaves the walk there', () => {
    const journal = events([
      [1, { type: 'done' }],
      [20, update],
    ]);
    const last = journal[journal.length - 1]!;
    expect(JournalEvent.parse(last)).toMatchObject({
      type: 'update',
      step: 'power-down-servers',
      to: ['Executive Director'],
    });
    const state = replay(powerLoss, journal);
    expect(state.visits.at(-1)?.step).toBe('power-down-servers');
    expect(state.lastUpdate).toEqual({ at: '2026-11-23T09:35:00.000Z', nextDueAt: '2026-11-23T09:50:00.000Z' });
  });

  it('may be sent while the incident is paused, which stays paused', () => {
    const journal = events([
      [1, { type: 'pause', reason: 'person' }],
      [20, update],
    ]);
    expect(replay(powerLoss, journal).status).toBe('paused');
    expect(summarizeIncident(journal)).toMatchObject({
      status: 'paused',
      pauseReason: 'person',
      lastUpdateAt: '2026-11-23T09:35:00.000Z',
      nextUpdateDueAt: '2026-11-23T09:50:00.000Z',
    });
  });

  it('is refused on replay when it names a step the walk is not at', () => {
    const journal = events([[1, update]]);
    const moved = journal.map((e) => (e.type === 'update' ? { ...e, step: 'power-back' } : e));
    expect(() => replay(powerLoss, moved)).toThrow(ReplayError);
  });
});
