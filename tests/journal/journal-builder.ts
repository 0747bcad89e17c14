// Journals written through the walk engine itself at chosen times, so a test
// (or a fixture) holds exactly what coop would have written.
import { readFileSync } from 'node:fs';
import { contentHash } from '../../src/journal/hash.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { JournalChain } from '../../src/journal/chain.js';
import { findRunbook, type Library } from '../../src/library/library.js';
import { advance, start, type WalkInput } from '../../src/walk/engine.js';

/** An input, and how many minutes after the start it was given. */
export type TimedInput = [minutesAfterStart: number, input: WalkInput];

export interface JournalSpec {
  id: string;
  runbook: string;
  person: string;
  drill?: boolean;
  startedAt: string;
  inputs: TimedInput[];
  /** Walked in the go-kit (docs/kit.md). */
  kit?: { exported: string; library: string };
}

export function journalEvents(library: Library, spec: JournalSpec): JournalEvent[] {
  const entry = findRunbook(library, spec.runbook);
  if (!entry) throw new Error(`no runbook ${spec.runbook} in ${library.root}`);
  const t0 = Date.parse(spec.startedAt);
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);
  const hash = contentHash(readFileSync(entry.file.absolutePath));
  let { state, events } = start(
    entry.value,
    {
      incident: spec.id,
      person: spec.person,
      drill: spec.drill ?? false,
      runbookHash: hash,
      coopVersion: '0.1.0',
      runbookFile: `runbooks/${spec.runbook}.yaml`,
      ...(spec.kit ? { kit: spec.kit } : {}),
    },
    at(0),
  );
  const all = [...events];
  for (const [minutes, input] of spec.inputs) {
    ({ state, events } = advance(entry.value, state, input, at(minutes)));
    all.push(...events);
  }
  return all;
}

export function journalText(library: Library, spec: JournalSpec): string {
  return chained(journalEvents(library, spec));
}

/** Events as the lines of a journal file, chained as coop writes them. */
export function chained(events: readonly JournalEvent[]): string {
  const chain = new JournalChain();
  return events.map((e) => chain.line(e)).join('');
}
