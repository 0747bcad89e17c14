// Open items from the events alone: what a go-back took back does not count
// as a place the walk has been.
import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/journal/events.js';
import { summarizeIncident } from '../../src/journal/summary.js';
import { loadLibrary } from '../../src/library/load.js';
import { runbookView } from '../../src/library/view.js';
import { openItemsOf } from '../../src/reports/after-action/open-items.js';
import { reportedSteps } from '../../src/reports/after-action/reported-step.js';
import { RECORDS_LIBRARY } from './records-fixtures.js';

const base = { v: 2, incident: '20261124-150000-fire-b4ck', runbook: 'fire', person: 'Pat Smith' } as const;
let seq = 0;
const at = (minute: number) => `2026-11-24T15:${String(minute).padStart(2, '0')}:00.000Z`;
const event = <T extends JournalEvent['type']>(
  type: T,
  step: string | null,
  rest: Omit<Extract<JournalEvent, { type: T }>, keyof typeof base | 'seq' | 'ts' | 'step' | 'type'>,
): JournalEvent => ({ ...base, seq: ++seq, ts: at(seq), step, type, ...rest }) as JournalEvent;

function openItems(events: JournalEvent[]) {
  const library = loadLibrary(RECORDS_LIBRARY);
  const view = runbookView(library, library.runbooks.find((r) => r.value.id === 'fire')!);
  return openItemsOf(events, view, reportedSteps(view), summarizeIncident(events));
}

describe('open items after a go-back', () => {
  const walked = () => {
    seq = 0;
    return [
      event('started', 'evacuate', {
        title: 'Fire or other catastrophe',
        drill: false,
        runbookHash: 'sha256:0',
        coopVersion: '0.1.0',
      }),
      event('step-done', 'evacuate', { next: 'contact-director' }),
      event('step-done', 'contact-director', { next: 'hardware-lost' }),
      // Done by mistake: taken back, so the walk stands at contact-director again.
      event('went-back', 'hardware-lost', { to: 'contact-director' }),
      event('paused', 'contact-director', { reason: 'interrupted' }),
    ];
  };

  it('lists the step the walk had arrived at before going back as still ahead', () => {
    const { openItems: items } = openItems(walked());
    expect(items.map((i) => `${i.kind} ${i.step.id}`)).toEqual([
      'stopped-at contact-director',
      'not-reached hardware-lost',
      'not-reached dispose-of-hardware',
    ]);
  });

  it('and so when the incident is then closed', () => {
    const events = walked();
    events.push(
      event('ended', 'contact-director', { outcome: 'closed', durationMs: 300_000, reason: 'drill by mistake' }),
    );
    const { openItems: items, notOnPath } = openItems(events);
    expect(items.map((i) => `${i.kind} ${i.step.id}`)).toEqual([
      'closed-at contact-director',
      'not-reached hardware-lost',
      'not-reached dispose-of-hardware',
    ]);
    expect(notOnPath).toEqual([]);
  });
});
