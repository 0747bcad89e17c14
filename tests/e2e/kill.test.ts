// Kill tests: a scripted walk through the built binary is killed with SIGKILL
// (a dead battery, kill -9) at every point of power-loss (a loop, a branch,
// a skip and a note) and at a point of each other shipped runbook, then
// `coop resume` with the same answers carries it to the end; at power-loss's
// first, middle and last points the resume is killed too, or a drill is
// handed over to another person. After each run:
// every event confirmed before a kill is in the journal exactly once and in
// place, seq counts 1, 2, 3... without a gap, no torn line is left, and the
// steps taken are exactly those of an uninterrupted walk. Every other point
// of every runbook takes the same path through the writer and replay, which
// their own tests cover: a torn last line is cut (tests/journal/writer.test.ts),
// and a journal on disk replays to the state its walk was in
// (tests/property/scripted-walk.test.ts, for random runbooks).
//
// A scripted walk writes all its events within milliseconds, too fast to kill
// in between by timing; COOP_TEST_HOLD_AFTER_EVENTS=N makes the process stop,
// blocked, once N events are on disk (src/walk/test-hold.ts), and the test
// kills it there. A few resumes are also killed at random moments, wherever
// that lands (starting up, holding the lock, writing).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalLines, killHard, type Running, startCoop, untilLines } from '../helpers/run-coop.js';

/** Answers (with --yes) that walk a full path of each shipped runbook: every loop taken, a skip and notes on the way. */
const WALKS: Record<string, object> = {
  'power-loss': {
    'power-down-servers': 'skip: The server room is locked',
    'director-in-office': 'No',
    'update-director': { done: true, note: "Called the Director's cell" },
    'power-back': ['No', 'Yes'],
  },
  'servers-offline': {
    'contact-support': { done: true, note: 'Ticket 4711 opened' },
    'services-back': ['No', 'No', 'Yes'],
  },
  'outlook-offline': { 'services-back': ['No', 'Yes'] },
  'database-down': { 'notify-director': 'skip: The Director is at a conference', 'services-back': ['No', 'Yes'] },
  fire: { 'hardware-lost': 'Yes', 'dispose-of-hardware': { done: true, note: 'Ticket opened for disposal' } },
  'severe-weather': { 'tornado-warning': 'Yes' },
};

/** Kills run side by side, a few at a time: enough to keep two cores busy, not so many that they starve each other. */
const POOL = 3;
let active = 0;
const waiting: Array<() => void> = [];
async function inPool<T>(work: () => Promise<T>): Promise<T> {
  if (active >= POOL) await new Promise<void>((r) => waiting.push(r));
  active++;
  try {
    return await work();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

interface Walk {
  runbook: string;
  answers: string;
  /** The steps an uninterrupted walk takes, as comparable strings. */
  moves: string[];
  /** Lines of the uninterrupted journal. */
  lines: number;
  /** Lines written in one write with the line after them (an update and the step it completes): no kill lands after them. */
  joined: Set<number>;
}

/** What a walk did, without who, when or how often it was interrupted. */
function movesOf(lines: string[]): string[] {
  return (
    lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((e) => e.type !== 'resumed' && e.type !== 'paused')
      // An update's words and due time say when and by whom it was sent.
      .map((e) => (e.type === 'update' ? { ...e, text: undefined, nextDueAt: undefined } : e))
      .map(({ v: _v, prev: _c, seq: _s, ts: _t, incident: _i, person: _p, drill: _d, durationMs: _m, ...rest }) =>
        JSON.stringify(rest),
      )
  );
}

// The uninterrupted walks, in process: the same walk as the binary's (tests/e2e/in-process.test.ts).
const walks: Walk[] = [];
for (const [runbook, answers] of Object.entries(WALKS)) {
  const dir = tempDir();
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, stringify(answers));
  const journal = join(dir, 'journal');
  const result = await coop([
    'incident',
    runbook,
    '--answers',
    file,
    '--yes',
    '--as',
    'Pat Smith',
    '--journal-dir',
    journal,
  ]);
  if (result.code !== 0) throw new Error(`the uninterrupted walk of ${runbook} failed: ${result.stderr}`);
  const lines = journalLines(journal);
  const joined = new Set(
    lines.flatMap((l, i) => ((JSON.parse(l) as { type: string }).type === 'update' ? [i + 1] : [])),
  );
  walks.push({ runbook, answers: file, moves: movesOf(lines), lines: lines.length, joined });
}

type Variant = 'one kill' | 'drill, handed over' | 'two kills';
interface KillCase {
  walk: Walk;
  variant: Variant;
  /** Events the first process makes durable before it is killed. */
  killAt: number;
}

const VARIANTS: Variant[] = ['one kill', 'drill, handed over', 'two kills'];
const [powerLoss, ...others] = walks;
/** Every point between the first event and the step before the end (the last step's event and `ended` are written together). */
const everyPoint = (walk: Walk) =>
  Array.from({ length: walk.lines - 2 }, (_, i) => i + 1).filter((point) => !walk.joined.has(point));
const firstMiddleLast = (walk: Walk) => {
  const middle = Math.ceil((walk.lines - 2) / 2);
  return [1, walk.joined.has(middle) ? middle + 1 : middle, walk.lines - 2];
};
// power-loss: one kill at every point; two kills and a hand-over at its first, middle and last.
// Each other runbook: one point and variant, in turn.
const cases: KillCase[] = [
  ...everyPoint(powerLoss!).map((killAt) => ({ walk: powerLoss!, variant: 'one kill' as Variant, killAt })),
  ...(['two kills', 'drill, handed over'] as Variant[]).flatMap((variant) =>
    firstMiddleLast(powerLoss!).map((killAt) => ({ walk: powerLoss!, variant, killAt })),
  ),
  ...others.map((walk, i) => ({ walk, variant: VARIANTS[i % 3]!, killAt: 1 + (i % (walk.lines - 2)) })),
];

interface Killed {
  /** The journal's lines when the process died. */
  lines: string[];
  /** The events it had printed (--json) by then: each was confirmed to the person. */
  printed: string[];
}

async function runUntilKilled(args: string[], journal: string, holdAfter: number, before: number): Promise<Killed> {
  const running: Running = startCoop([...args, '--json'], { env: { COOP_TEST_HOLD_AFTER_EVENTS: String(holdAfter) } });
  await untilLines(journal, before + holdAfter, running);
  await killHard(running);
  return { lines: journalLines(journal), printed: running.stdout().split('\n').filter(Boolean) };
}

/** The one journal in a folder. */
function journalFile(journal: string): string {
  return join(journal, readdirSync(journal).find((n) => n.endsWith('.jsonl'))!);
}

function checkFinalJournal(file: string, walk: Walk, killed: Killed[], resumes: number): string[] {
  const text = readFileSync(file, 'utf8');
  const read = readJournalFile(file);
  expect(read.torn).toBeUndefined();
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.split('\n').slice(0, -1);
  expect(read.events.map((e) => e.seq)).toEqual(lines.map((_, i) => i + 1));
  for (const k of killed) {
    // What was on disk at the kill is still there, byte for byte, in place.
    expect(lines.slice(0, k.lines.length)).toEqual(k.lines);
    // What the person was shown as done is in the journal, once.
    for (const event of k.printed) expect(lines.filter((l) => l === event)).toHaveLength(1);
  }
  expect(movesOf(lines)).toEqual(walk.moves);
  expect(read.events.filter((e) => e.type === 'resumed')).toHaveLength(resumes);
  expect(read.events.at(-1)).toMatchObject({ type: 'ended', outcome: 'completed' });
  return lines;
}

describe(`kill -9 at every point of power-loss and a point of each other runbook, then resume (${cases.length} runs)`, () => {
  it('walks full paths: loops, skips and notes included', () => {
    expect(walks.map((w) => [w.runbook, w.lines])).toEqual([
      ['power-loss', 13],
      ['servers-offline', 12],
      ['outlook-offline', 8],
      ['database-down', 8],
      ['fire', 7],
      ['severe-weather', 7],
    ]);
  });

  it.concurrent.each(
    cases.map((c) => ({ ...c, name: `${c.walk.runbook}, ${c.variant}, killed after event ${c.killAt}` })),
  )(
    '$name',
    async ({ walk, variant, killAt }) =>
      inPool(async () => {
        const dir = tempDir('coop-kill-');
        const journal = join(dir, 'journal');
        const common = ['--runbooks', SHIPPED_RUNBOOKS, '--journal-dir', journal, '--answers', walk.answers, '--yes'];
        const drill = variant === 'drill, handed over';
        const first = await runUntilKilled(
          [drill ? 'drill' : 'incident', walk.runbook, ...common, '--as', 'Pat Smith'],
          journal,
          killAt,
          0,
        );
        expect(first.lines).toHaveLength(killAt);
        const file = journalFile(journal);
        const killed = [first];
        const resumer = drill ? 'Lee Jones' : 'Pat Smith';
        if (variant === 'two kills') {
          // The resume is killed too: right after its "resumed" line, or one step later.
          const again = Math.min(2, walk.lines - killAt - 1);
          killed.push(await runUntilKilled(['resume', ...common, '--as', resumer], journal, again, killAt));
        }
        // The resume after the last kill runs in process: a second process of its own proves no more.
        const end = await coop(['resume', ...common, '--as', resumer]);
        expect(end.stderr).toBe('');
        expect(end.code).toBe(0);
        const lines = checkFinalJournal(file, walk, killed, killed.length);
        const events = lines.map(
          (l) => JSON.parse(l) as { type: string; drill?: boolean; previousPerson?: string; person: string },
        );
        if (drill) {
          expect(events[0]!.drill).toBe(true);
          expect(events.find((e) => e.type === 'resumed')).toMatchObject({
            person: 'Lee Jones',
            previousPerson: 'Pat Smith',
          });
        }
      }),
    120_000,
  );
});

describe('resumes killed at random moments (starting up, holding the lock, writing)', () => {
  const timed = walks.slice(0, 2).map((walk, i) => ({ walk, round: i + 1, name: `${walk.runbook}, round ${i + 1}` }));

  it.concurrent.each(timed)(
    '$name',
    async ({ walk, round }) =>
      inPool(async () => {
        const dir = tempDir('coop-kill-');
        const journal = join(dir, 'journal');
        const common = [
          '--runbooks',
          SHIPPED_RUNBOOKS,
          '--journal-dir',
          journal,
          '--answers',
          walk.answers,
          '--yes',
          '--as',
          'Pat Smith',
        ];
        const first = await runUntilKilled(['incident', walk.runbook, ...common], journal, 1 + (round % 2), 0);
        const file = journalFile(journal);
        // Somewhere in the resume's start-up or walk: where exactly is up to the machine.
        const resume: Running = startCoop(['resume', ...common]);
        await new Promise((r) => setTimeout(r, 40 + Math.floor(Math.random() * 200)));
        await killHard(resume);
        const end = await coop(['resume', ...common]);
        if (end.code !== 0) {
          // The killed resume may have carried the walk to its end before the kill landed.
          expect(end.stderr).toMatch(/^coop: no open incident in .*: the one recorded has ended/);
        }
        const lines = journalLines(journal);
        expect(lines.slice(0, first.lines.length)).toEqual(first.lines);
        expect(movesOf(lines)).toEqual(walk.moves);
        const read = readJournalFile(file);
        expect(read.torn).toBeUndefined();
        expect(read.events.map((e) => e.seq)).toEqual(read.events.map((_, i) => i + 1));
      }),
    120_000,
  );
});
