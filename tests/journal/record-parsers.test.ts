// The parsers written out from the journal's schemas
// (src/journal/record-parsers.generated.ts, scripts/gen-checks.mjs) give what
// the schemas' own parse gives, value for value, and refuse what it refuses:
// over every event of the fixture journals, those events with one value
// changed or a key added, and review records likewise. (That the file is what
// the generator writes now is tests/library/schema-checks.test.ts's.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { JournalEvent } from '../../src/journal/events.js';
import { INVALID, journalEvent, reviewRecord } from '../../src/journal/record-parsers.generated.js';
import { ReviewRecord } from '../../src/journal/review-record-schema.js';
import { FIXTURES } from '../helpers/paths.js';
import { propertyRuns } from '../helpers/property-runs.js';
import { REVIEW_RECORD } from '../helpers/review-record-sample.js';

const RUNS = propertyRuns(300);

/** Every event line of the fixture journals, as data. */
const EVENTS: unknown[] = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
  .flatMap((e) =>
    readFileSync(join(e.parentPath, e.name), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as unknown];
        } catch {
          return []; // a torn line of a fixture: no data to parse
        }
      }),
  );

/** A review record with items of two kinds, one with a note. */
const REVIEW = {
  ...REVIEW_RECORD,
  items: [
    { key: 'step:shut-down-computers', kind: 'step', text: 'Shut off all computer hardware.', answer: 'ok' },
    { key: 'contact:executive-director', kind: 'contact', text: 'Executive Director', answer: 'change', note: 'x' },
  ],
};

/** The parser's answer and the schema's, in the same terms. */
function both(parse: (input: unknown) => unknown, schema: z.ZodType, data: unknown) {
  const compiled = parse(data);
  const parsed = schema.safeParse(data);
  return {
    compiled: compiled === INVALID ? 'invalid' : { value: compiled },
    schema: parsed.success ? { value: parsed.data } : 'invalid',
  };
}

const VALUES = [null, '', 'x', 0, -1, 1.5, 2, 99, true, [], {}, ['x'], [{}], 'succeeded', 'person', 'P'];

/** Every place in a tree of data a value could be put: its parent and key. */
function placesIn(data: unknown): Array<[Record<string | number, unknown>, string | number]> {
  const out: Array<[Record<string | number, unknown>, string | number]> = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      out.push([node as Record<string | number, unknown>, Array.isArray(node) ? Number(key) : key]);
      visit(child);
    }
  };
  visit(data);
  return out;
}

/** `data` with the value at one place (by `where`) replaced by `value`, or with `value` under a key it has not. */
function changedOnce(data: unknown, where: number, value: unknown, add: boolean): Record<string, unknown> {
  const changed = structuredClone(data) as Record<string, unknown>;
  if (add) changed[`extra${where % 3}`] = value;
  else {
    const spots = placesIn(changed);
    const [parent, key] = spots[where % spots.length]!;
    parent[key] = structuredClone(value);
  }
  return changed;
}

describe('the parsers written out from the journal schemas', () => {
  it('parse every event of the fixture journals as the event schema does', () => {
    // Every type of event is among them, so each branch of the parser is taken.
    const types = new Set(EVENTS.map((e) => (e as { type?: string }).type));
    expect(types.size).toBeGreaterThan(15);
    for (const event of EVENTS) {
      const answer = both(journalEvent, JournalEvent, event);
      expect(answer.compiled, JSON.stringify(event)).toEqual(answer.schema);
    }
  });

  it('agree with the event schema on events with one value changed, or a key added', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...VALUES), fc.boolean(), (which, where, value, add) => {
        const event = changedOnce(EVENTS[which % EVENTS.length], where, value, add);
        const answer = both(journalEvent, JournalEvent, event);
        expect(answer.compiled, JSON.stringify(event)).toEqual(answer.schema);
        if (answer.schema === 'invalid') refused++;
      }),
      { numRuns: RUNS },
    );
    // Both answers must have been met often.
    expect(refused).toBeGreaterThan(RUNS / 5);
    expect(refused).toBeLessThan(RUNS);
  });

  it('leave out keys no event has, as the schema does (the chain link among them)', () => {
    const event = { ...(EVENTS[0] as object), prev: 'sha256:00', later: 1 };
    const parsed = journalEvent(event) as Record<string, unknown>;
    expect(parsed).not.toHaveProperty('prev');
    expect(parsed).not.toHaveProperty('later');
    expect(parsed).toEqual(JournalEvent.parse(event));
  });

  it('agree with the review record schema on records with one value changed, or a key added', () => {
    expect(both(reviewRecord, ReviewRecord, REVIEW)).toEqual({
      compiled: { value: REVIEW },
      schema: { value: REVIEW },
    });
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...VALUES), fc.boolean(), (where, value, add) => {
        const record = changedOnce(REVIEW, where, value, add);
        const answer = both(reviewRecord, ReviewRecord, record);
        expect(answer.compiled, JSON.stringify(record)).toEqual(answer.schema);
      }),
      { numRuns: RUNS },
    );
  });
});
