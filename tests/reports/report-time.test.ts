// Times a report cannot take at their word: a hand-over to a computer whose
// clock is 90 minutes behind (the timeline runs backwards, the duration is
// nonsense), and a change of the zone's offset in the middle of an incident
// (daylight saving time: "Started 01:20, Ended 01:10" is not time going back).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run as report } from '../../src/commands/report.js';
import { loadLibrary } from '../../src/library/load.js';
import { tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec } from '../journal/journal-builder.js';
import { RECORDS_LIBRARY, recordsIO } from './records-fixtures.js';

async function reportOf(spec: JournalSpec, format: 'markdown' | 'json' = 'markdown') {
  const dir = tempDir();
  writeFileSync(join(dir, `${spec.id}.jsonl`), journalText(loadLibrary(RECORDS_LIBRARY), spec));
  const io = recordsIO();
  const code = await report({ incident: spec.id, runbooks: RECORDS_LIBRARY, journalDir: dir, format }, io);
  return { code, out: io.out() };
}

/** Pat starts on a computer whose clock is right; Lee finishes on one 90 minutes behind. */
const SKEWED: JournalSpec = {
  id: '20261123-091503-power-loss-sk3w',
  runbook: 'power-loss',
  person: 'Pat Smith',
  startedAt: '2026-11-23T09:15:03Z',
  inputs: [
    [2, { type: 'done' }],
    [3, { type: 'skip', reason: 'The server room is locked' }],
    [4, { type: 'answer', answer: 'No' }],
    [5, { type: 'note', text: "Called the Director's cell" }],
    [26 - 90, { type: 'resume', person: 'Lee Jones' }],
    [30 - 90, { type: 'done' }],
    [45 - 90, { type: 'answer', answer: 'Yes' }],
  ],
};

describe('a hand-over between computers whose clocks disagree', () => {
  it('says the clocks disagree and that the RTO cannot be judged, instead of "completed in 0s: within its RTO"', async () => {
    const { code, out } = await reportOf(SKEWED);
    expect(code).toBe(0);
    expect(out).toContain(
      '> **Note:** Times cannot be compared: the clocks disagree: the time at line 6 is 1h 09m before the time at line 5 (a hand-over between computers whose clocks differ?).',
    );
    expect(out).toContain('| **Time to resolution** | cannot be judged: the clocks disagree:');
    expect(out).toContain(
      '- **Office servers** (RTO 4h, RPO 24h): Cannot be judged: the clocks disagree: the time at line 6 is 1h 09m before the time at line 5 (a hand-over between computers whose clocks differ?), so the time to resolution is not known.',
    );
    expect(out).not.toContain('within its RTO');
  });

  it('in JSON: the verdict and where the time goes back', async () => {
    const doc = JSON.parse((await reportOf(SKEWED, 'json')).out) as {
      clockGoesBack: unknown[];
      objectives: Array<{ system: string; verdict: string }>;
    };
    expect(doc.clockGoesBack).toEqual([{ line: 6, previousLine: 5, backMs: 69 * 60_000 }]);
    expect(doc.objectives.find((o) => o.system === 'servers')!.verdict).toBe('cannot-judge');
  });
});

describe('a change of the zone offset during the incident (the end of daylight saving time)', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('shows the zone wherever it changes, so the end does not read as before the start', async () => {
    process.env.TZ = 'Europe/London';
    // 00:20 UTC is 01:20 British Summer Time; at 01:00 UTC the clocks go back to 01:00 GMT.
    const { out } = await reportOf({
      id: '20261025-012000-power-loss-dst1',
      runbook: 'power-loss',
      person: 'Pat Smith',
      startedAt: '2026-10-25T00:20:00Z',
      inputs: [
        [10, { type: 'done' }],
        [20, { type: 'skip', reason: 'The server room is locked' }],
        [45, { type: 'answer', answer: 'Yes' }],
      ],
    });
    expect(out).toContain('| **Started** | 2026-10-25 01:20 by Pat Smith |');
    expect(out).toContain('| **Ended** | 2026-10-25 01:05 (UTC) |');
    expect(out).toContain(
      "Times are local (UTC+01:00). The zone's offset changes during the incident (daylight saving time): a time after a change says its zone.",
    );
    expect(out).toMatch(/\| 01:30 \| Pat Smith \| Done: /);
    expect(out).toMatch(/\| 01:05 \(UTC\) \| Pat Smith \| Asked: /);
  });
});
