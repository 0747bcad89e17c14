// `coop exercise run` and `resume`, the facilitator console, at a terminal in
// memory with a clock the test sets (the IO context's clock, the one every
// command reads): the shipped example exercise played end to end, with a
// Ctrl-C and a resume on the way; then what its record gives `coop exercise
// report` and `coop status`.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run as resume } from '../../src/commands/exercise-resume.js';
import { run } from '../../src/commands/exercise-run.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

const { enter: ENTER, down: DOWN } = KEYS;
const SPACE = ' ';
const CTRL_C = '\u0003';

/** A terminal whose clock the test moves, and keys typed once a prompt is drawn after the last ones. */
function facilitatorAt(start: string) {
  const t = fakeTerminal({ user: 'pat' });
  const keyboard = new PassThrough();
  let clock = new Date(start);
  const io = { ...t.io, stdin: keyboard, now: () => clock };
  let seen = 0;
  const typeWhen = async (marker: string, ...keys: string[]) => {
    for (const end = Date.now() + 20_000; !t.screen().slice(seen).includes(marker); ) {
      if (Date.now() > end) throw new Error(`never saw "${marker}" on:\n${t.screen().slice(seen)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    seen = t.screen().length;
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) keyboard.write(key);
  };
  const type = (marker: string, text: string) => typeWhen(marker, ...text, ENTER);
  const setClock = (at: string) => {
    clock = new Date(at);
  };
  return { io, screen: t.screen, typeWhen, type, setClock };
}

describe('the facilitator console on the shipped example exercise', () => {
  const cwd = tempDir();
  const lib = join(cwd, 'lib');
  const journalDir = join(cwd, 'journal');
  const flags = { runbooks: lib, journalDir };
  let firstScreen = '';
  let paused: number;
  let resumeScreen = '';
  let finished: number;
  let record = '';

  beforeAll(async () => {
    // The shipped plan's runbook the exercise exercises, reviewed lately, so
    // that what coop status --check says is about the corrective action.
    mkdirSync(lib);
    for (const file of ['contacts.yaml', 'systems.yaml', 'exercises'])
      cpSync(join(SHIPPED_RUNBOOKS, file), join(lib, file), { recursive: true });
    const runbook = readFileSync(join(SHIPPED_RUNBOOKS, 'power-loss.yaml'), 'utf8');
    writeFileSync(join(lib, 'power-loss.yaml'), runbook.replace(/^reviewed: .*$/m, 'reviewed: 2026-11-01'));
    const f = facilitatorAt('2026-12-01T09:00:00Z');
    const running = run({ ...flags, exercise: 'power-loss-tabletop', as: 'Pat Lee' }, f.io);
    await f.typeWhen('opens the scenario', ENTER);
    await f.type('Inject 1: what did the players decide?', 'Shut down the PCs, then the servers');
    await f.typeWhen('Which runbook steps did they follow?', SPACE, DOWN, SPACE, ENTER);
    // Inject 2 is due ten minutes later: the clock passes it and the console releases it by itself.
    await f.typeWhen('Inject 2 of 4 is due at 2026-12-01 09:10');
    f.setClock('2026-12-01T09:10:05Z');
    await f.type('Inject 2: what did the players decide?', 'Told the Director by phone');
    await f.typeWhen('Which runbook steps did they follow?', DOWN, DOWN, SPACE, DOWN, SPACE, ENTER);
    await f.typeWhen('Inject 3 of 4 is due', CTRL_C);
    paused = await running;
    firstScreen = f.screen();
    record = readdirSync(journalDir)
      .find((n) => n.endsWith('.jsonl'))!
      .replace(/\.jsonl$/, '');

    const g = facilitatorAt('2026-12-01T09:40:00Z');
    const resuming = resume({ ...flags, record, as: 'Sam Lee' }, g.io);
    await g.typeWhen('Inject 3 of 4 is due', ENTER);
    await g.type('Inject 3: what did the players decide?', 'Told the Director the power is out until 15:00');
    await g.typeWhen('Which runbook steps did they follow?', DOWN, DOWN, DOWN, SPACE, ENTER);
    await g.typeWhen('Inject 4 of 4 is due', ENTER);
    await g.type('Inject 4: what did the players decide?', 'Noted that the power is back');
    await g.typeWhen('Which runbook steps did they follow?', DOWN, DOWN, DOWN, DOWN, SPACE, ENTER);
    await g.typeWhen('Every inject has been released.', ENTER);
    const rate = async (what: string, downs: number, notes: string) => {
      await g.typeWhen(`Rating for ${what}:`, ...Array(downs).fill(DOWN), ENTER);
      await g.type("Evaluator's notes", notes);
    };
    await rate('objective 1', 0, 'Both done in order');
    await rate('objective 2', 1, 'Took a while to decide who calls the Director');
    await rate('the expected action of inject 1', 0, '');
    await rate('the expected action of inject 2', 1, 'No one named to call');
    await rate('the expected action of inject 3', 0, '');
    await rate('the expected action of inject 4', 0, '');
    await g.type('Strength 1', 'Equipment shut down quickly');
    await g.type('Strength 2', '');
    await g.type('Area for improvement 1', 'No one was named to act when the Director is away');
    await g.type('Area for improvement 2', '');
    await g.typeWhen('0 corrective actions so far', ENTER);
    await g.typeWhen('Which area for improvement does it answer?', ENTER);
    await g.type('What is to be done?', 'Name who calls the Director when she is away');
    await g.typeWhen('Who sees it done?', ...'exec');
    await g.typeWhen('Executive Director', ENTER);
    await g.type('Due by (YYYY-MM-DD):', '2026-12-15');
    await g.typeWhen('Which runbook does it change?', ENTER);
    await g.typeWhen('Its id', ENTER);
    await g.typeWhen('1 corrective action so far', DOWN, ENTER);
    // Its start: the question names the file's path, which wraps where the test's temporary folder makes it.
    await g.typeWhen('? Add it to ', ENTER);
    finished = await resuming;
    resumeScreen = g.screen();
  }, 120_000);

  it('Ctrl-C pauses it (exit 130) and prints the resume command', () => {
    expect(paused).toBe(130);
    expect(firstScreen).toContain('Paused.');
    expect(firstScreen).toContain(`exercise resume ${record} --journal-dir`);
  });

  it('releases the injects in order: the first by the facilitator, the second on schedule when the clock reaches it', () => {
    const events = readJournalFile(join(journalDir, `${record}.jsonl`)).events;
    const released = events.filter((e) => e.type === 'inject-released');
    expect(released.map((e) => [e.step, 'releasedBy' in e ? e.releasedBy : ''])).toEqual([
      ['power-out', 'facilitator'],
      ['director-away', 'schedule'],
      ['outage-until-afternoon', 'facilitator'],
      ['power-restored', 'facilitator'],
    ]);
    expect(firstScreen).toContain('INJECT 2 of 4 · scenario 09:10 · 2026-12-01 09:10, on schedule');
  });

  it('records who took over, and ends the record after the improvement plan', () => {
    expect(finished).toBe(0);
    expect(resumeScreen).toContain('Resumed by Sam Lee, taking over from Pat Lee.');
    const events = readJournalFile(join(journalDir, `${record}.jsonl`)).events;
    expect(events.map((e) => e.type).slice(-3)).toEqual(['hot-wash', 'corrective-action', 'ended']);
  });

  it("adds the corrective action to the library's improvements.yaml", () => {
    const text = readFileSync(join(lib, 'improvements.yaml'), 'utf8');
    expect(text).toContain('- id: power-loss-tabletop-1');
    expect(text).toContain('owner: executive-director');
    expect(text).toContain('due: 2026-12-15');
  });

  it('gives an after-action report with every objective, rating and corrective action', async () => {
    const r = await coop(['exercise', 'report', 'power-loss-tabletop', '--runbooks', lib, '--journal-dir', journalDir]);
    expect(r.code).toBe(0);
    for (const words of [
      'EXAMPLE',
      'Staff shut off all computer hardware and power down the servers',
      'Staff carry out the power-loss procedure without the Executive Director in the office',
      'P - Performed without challenges',
      'S - Performed with some challenges',
      'Took a while to decide who calls the Director',
      'Equipment shut down quickly',
      'power-loss-tabletop-1',
      'Name who calls the Director when she is away',
      '2026-12-15',
    ])
      expect(r.stdout).toContain(words);
  });

  it('shows the action in coop status as open, and --check fails once its due day has passed, not before', async () => {
    const args = ['status', '--runbooks', lib, '--journal-dir', journalDir];
    const open = await coop([...args, '--check'], { now: new Date('2026-12-02T12:00:00Z') });
    expect(open.code).toBe(0);
    expect(open.stdout).toMatch(/power-loss-tabletop-1 +open +2026-12-15 +Executive Director +power-loss/);
    expect(open.stdout).toMatch(/power-loss +Executive Director .* 2026-12-01 tabletop/);
    const late = await coop([...args, '--check'], { now: new Date('2026-12-16T12:00:00Z') });
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/power-loss-tabletop-1 +OVERDUE +2026-12-15/);
  });
});

/** The shipped tabletop begun by Pat Lee at 09:00, in a library and journal folder of its own. */
function tabletopOpened() {
  const cwd = tempDir();
  const lib = join(cwd, 'lib');
  const journalDir = join(cwd, 'journal');
  cpSync(SHIPPED_RUNBOOKS, lib, { recursive: true });
  const f = facilitatorAt('2026-12-01T09:00:00Z');
  const running = run({ runbooks: lib, journalDir, exercise: 'power-loss-tabletop', as: 'Pat Lee' }, f.io);
  return { lib, journalDir, f, running };
}

describe('a scenario ended early', () => {
  // Inject 1 alone is played: objective 2, exercised by injects 2 to 4 only, was not exercised, and an
  // evaluator's rating of it would be a guess the after-action report passes off as a finding.
  it('rates only what was played, and the report says the scenario ended early and what was not exercised', async () => {
    const { lib, journalDir, f, running } = tabletopOpened();
    await f.typeWhen('opens the scenario', ENTER);
    await f.type('Inject 1: what did the players decide?', 'Shut down the PCs, then the servers');
    await f.typeWhen('Which runbook steps did they follow?', SPACE, ENTER);
    await f.typeWhen('Inject 2 of 4 is due', DOWN, DOWN, ENTER); // End the scenario here
    await f.typeWhen('End the scenario now? The 3 inject(s) not yet released', DOWN, ENTER); // No: by mistake
    await f.typeWhen('Inject 2 of 4 is due', DOWN, DOWN, ENTER); // End the scenario here
    await f.typeWhen('End the scenario now?', ENTER); // Yes
    await f.typeWhen('Rating for objective 1:', ENTER);
    await f.type("Evaluator's notes", '');
    await f.typeWhen('Rating for the expected action of inject 1:', ENTER);
    await f.type("Evaluator's notes", '');
    await f.type('Strength 1', '');
    await f.type('Area for improvement 1', '');
    await f.typeWhen('0 corrective actions so far', DOWN, ENTER); // Finish the exercise
    expect(await running).toBe(0);
    expect(f.screen()).not.toContain('Rating for objective 2');

    const r = await coop(['exercise', 'report', 'power-loss-tabletop', '--runbooks', lib, '--journal-dir', journalDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'The scenario was ended early, after 1 of 4 injects; objective 2 was not exercised. The exercise was then evaluated, with a hot wash and an improvement plan.',
    );
    expect(r.stdout).toContain('Not exercised');
    expect(r.stdout).not.toContain('held to its end');
    // Inject 1 opens the scenario, as the console says: it is never early.
    expect(r.stdout).toContain('Inject 1 released by the facilitator, opening the scenario');
    const json = JSON.parse(
      (
        await coop([
          'exercise',
          'report',
          'power-loss-tabletop',
          '--format',
          'json',
          '--runbooks',
          lib,
          '--journal-dir',
          journalDir,
        ])
      ).stdout,
    ) as { objectives: Array<{ exercised: boolean; rating?: unknown }> };
    expect(json.objectives.map((o) => [o.exercised, o.rating !== undefined])).toEqual([
      [true, true],
      [false, false],
    ]);
  }, 60_000);
});

describe('an exercise resumed while a response is owed', () => {
  // Whoever carries on must see what the players were given before saying what they decided.
  it('shows the inject again before asking for the response', async () => {
    const { lib, journalDir, f, running } = tabletopOpened();
    await f.typeWhen('opens the scenario', ENTER);
    await f.typeWhen('Inject 1: what did the players decide?', CTRL_C);
    expect(await running).toBe(130);
    const record = readdirSync(journalDir)
      .find((n) => n.endsWith('.jsonl'))!
      .replace(/\.jsonl$/, '');
    const g = facilitatorAt('2026-12-01T09:05:00Z');
    const resuming = resume({ runbooks: lib, journalDir, record, as: 'Sam Lee' }, g.io);
    await g.typeWhen('Inject 1: what did the players decide?', CTRL_C);
    expect(await resuming).toBe(130);
    const screen = g.screen();
    const shownAt = screen.indexOf('The lights go out across the office.');
    expect(shownAt).toBeGreaterThan(-1);
    expect(shownAt).toBeLessThan(screen.indexOf('Inject 1: what did the players decide?'));
  }, 60_000);
});
