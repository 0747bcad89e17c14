// `coop report` and `coop resume` take work in proportion to a journal's
// events, not to their square (40,000 events took 66 s to report). Measured
// by counting, never by timing: every element an array method or an
// iteration touches is counted while the command runs in-process, for a long
// power cut and for one four times as long. Linear work grows about four
// times (about 3 here, with what every run costs); the quadratic replay this
// replaced grew 8 to 12 times at these sizes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as report } from '../../src/commands/report.js';
import { run as resume } from '../../src/commands/resume.js';
import { loadLibrary } from '../../src/library/load.js';
import type { WalkInput } from '../../src/walk/engine.js';
import { tempDir } from '../helpers/paths.js';
import { journalText, type TimedInput } from '../journal/journal-builder.js';
import { RECORDS_LIBRARY, recordsIO } from './records-fixtures.js';

const ID = '20261123-091503-power-loss-l1n3';

/** A power cut of `rounds` rounds of "update the Director, is the power back? No", paused at the end. */
function longJournal(rounds: number): string {
  const inputs: TimedInput[] = [
    [1, { type: 'done' }],
    [2, { type: 'skip', reason: 'The server room is locked' }],
    [3, { type: 'answer', answer: 'No' }],
  ];
  const round: WalkInput[] = [
    { type: 'note', text: 'Called the Director' },
    { type: 'done' },
    { type: 'answer', answer: 'No' },
  ];
  for (let r = 0; r < rounds; r++) for (const input of round) inputs.push([4 + r, input]);
  inputs.push([5 + rounds, { type: 'pause', reason: 'person' }]);
  const dir = tempDir();
  writeFileSync(
    join(dir, `${ID}.jsonl`),
    journalText(loadLibrary(RECORDS_LIBRARY), {
      id: ID,
      runbook: 'power-loss',
      person: 'Pat Smith',
      startedAt: '2026-11-23T09:15:03Z',
      inputs,
    }),
  );
  return dir;
}

const COUNTED = [
  'slice',
  'map',
  'filter',
  'forEach',
  'some',
  'every',
  'find',
  'findIndex',
  'includes',
  'indexOf',
  'flatMap',
  'reduce',
  'concat',
  'join',
] as const;

/** Elements touched by array methods and iteration while `work` runs. */
async function elementsTouched(work: () => Promise<unknown>): Promise<number> {
  let touched = 0;
  const proto = Array.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
  const originals = new Map<string | symbol, (...args: unknown[]) => unknown>();
  for (const name of [...COUNTED, Symbol.iterator]) {
    const original = proto[name]!;
    originals.set(name, original);
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      touched += this.length;
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
  return touched;
}

// Each journal is written once; a resume adds to it, so it gets its own copies.
let journals: [string, string] | undefined;
async function growth(command: (dir: string) => Promise<number>, fresh = false): Promise<number> {
  journals = fresh || !journals ? [longJournal(100), longJournal(400)] : journals;
  const [small, large] = journals;
  const a = await elementsTouched(() => command(small));
  const b = await elementsTouched(() => command(large));
  return b / a;
}

describe('work in proportion to the events', () => {
  it('coop report (Markdown, HTML and JSON)', async () => {
    for (const format of ['markdown', 'html', 'json'] as const) {
      const ratio = await growth((dir) =>
        report({ incident: ID, runbooks: RECORDS_LIBRARY, journalDir: dir, format }, recordsIO()),
      );
      expect(ratio, format).toBeLessThan(5);
    }
  });

  it('coop resume, replaying the journal and walking to the end', async () => {
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'power-back: "Yes"\n');
    const ratio = await growth(
      (dir) => resume({ incident: ID, runbooks: RECORDS_LIBRARY, journalDir: dir, answers }, recordsIO()),
      true,
    );
    expect(ratio).toBeLessThan(5);
  });
});
