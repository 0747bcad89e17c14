// `coop status` in-process at a fixed clock: snapshots of the text and the
// JSON on the fixture library and journals, then each rule one at a time on
// a library and journals made for it.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type StatusOptions } from '../../src/commands/status.js';
import { loadLibrary } from '../../src/library/load.js';
import type { PlanStatusReport } from '../../src/reports/status/model.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec } from '../journal/journal-builder.js';
import { copyOf, JOURNAL_FOLDER, RECORDS_LIBRARY, recordsIO } from './records-fixtures.js';

async function status(over: Partial<StatusOptions> = {}, now?: string) {
  const io = recordsIO({ now });
  const code = await run({ runbooks: RECORDS_LIBRARY, journalDir: JOURNAL_FOLDER, ...over }, io);
  return { code, out: io.out(), err: io.err() };
}

async function statusJson(over: Partial<StatusOptions> = {}, now?: string): Promise<PlanStatusReport> {
  return JSON.parse((await status({ ...over, json: true }, now)).out) as PlanStatusReport;
}

/** A copy of the fixture library with every runbook reviewed on `reviewed`, and a journal folder holding `journals`. */
function plan(
  reviewed: string,
  journals: Array<Omit<JournalSpec, 'person'>>,
): { runbooks: string; journalDir: string } {
  const runbooks = copyOf(RECORDS_LIBRARY);
  for (const id of ['power-loss', 'fire', 'mail-check']) {
    const file = join(runbooks, `${id}.yaml`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^reviewed: .*$/m, `reviewed: ${reviewed}`)
        .replace(/^review_every_months: .*\n/m, ''),
    );
  }
  const library = loadLibrary(runbooks);
  const journalDir = tempDir();
  for (const spec of journals)
    writeFileSync(join(journalDir, `${spec.id}.jsonl`), journalText(library, { person: 'Pat Smith', ...spec }));
  return { runbooks, journalDir };
}

/** Inputs that walk each fixture runbook to its end. */
const TO_THE_END: Record<string, JournalSpec['inputs']> = {
  fire: [
    [5, { type: 'done' }],
    [6, { type: 'done' }],
    [7, { type: 'answer', answer: 'No' }],
  ],
  'power-loss': [
    [5, { type: 'done' }],
    [6, { type: 'done' }],
    [7, { type: 'answer', answer: 'Yes' }],
  ],
  'mail-check': [[5, { type: 'check-result', outcome: 'succeeded', decidedBy: 'person' }]],
};
const drillOf = (runbook: string, startedAt: string, id: string): Omit<JournalSpec, 'person'> => ({
  id,
  runbook,
  drill: true,
  startedAt,
  inputs: TO_THE_END[runbook]!,
});

describe('coop status snapshots (fixed clock 2026-11-25 12:00 UTC)', () => {
  it('text', async () => {
    const { code, out, err } = await status();
    expect(err).toBe('');
    expect(code).toBe(0);
    await expect(out).toMatchFileSnapshot('./__snapshots__/status/fixture-plan.txt');
  });

  it('JSON', async () => {
    await expect((await status({ json: true })).out).toMatchFileSnapshot('./__snapshots__/status/fixture-plan.json');
  });
});

describe('what coop status judges', () => {
  it('the last exercise is the latest drill that ended; an older one leaves the runbook overdue', async () => {
    const report = await statusJson();
    const byId = Object.fromEntries(report.runbooks.map((r) => [r.id, r]));
    expect(byId.fire).toMatchObject({
      lastExercise: {
        incident: '20261120-140000-fire-d7r2',
        endedAt: '2026-11-20T14:12:00.000Z',
        outcome: 'completed',
        people: ['Pat Smith'],
      },
      exerciseOverdue: false,
    });
    expect(byId['mail-check']).toMatchObject({
      lastExercise: { incident: '20250910-100000-mail-check-q8w4' },
      exerciseOverdue: true,
    });
    expect(byId['power-loss']!.lastExercise).toBeUndefined();
    expect(byId['power-loss']!.overdue).toEqual(['never exercised']);
  });

  it('counts real incidents of the last 12 months apart from drills, and open ones of either kind', async () => {
    const byId = Object.fromEntries((await statusJson()).runbooks.map((r) => [r.id, r]));
    // power-loss: one real incident in the window, one (2025-06-01) before it.
    expect(byId['power-loss']).toMatchObject({ realIncidents: 1, drills: 0, open: 0 });
    expect(byId.fire).toMatchObject({ realIncidents: 1, drills: 1, open: 1 });
    expect(byId['mail-check']).toMatchObject({ realIncidents: 1, drills: 0, open: 1 });
  });

  it('a review due today is on time; the day after, it is overdue', async () => {
    const fresh = plan('2025-11-25', [
      drillOf('fire', '2026-11-01T10:00:00Z', '20261101-100000-fire-aaaa'),
      drillOf('power-loss', '2026-11-01T10:00:00Z', '20261101-100000-power-loss-aaaa'),
      drillOf('mail-check', '2026-11-01T10:00:00Z', '20261101-100000-mail-check-aaaa'),
    ]);
    expect((await statusJson(fresh)).runbooks.map((r) => r.reviewOverdue)).toEqual([false, false, false]);
    expect((await statusJson(fresh, '2026-11-26')).runbooks.map((r) => r.overdue)).toEqual([
      ['review was due 2026-11-25'],
      ['review was due 2026-11-25'],
      ['review was due 2026-11-25'],
    ]);
  });

  it('a drill that has not ended is not an exercise', async () => {
    const open = plan('2026-06-01', [
      {
        id: '20261101-100000-fire-aaaa',
        runbook: 'fire',
        drill: true,
        startedAt: '2026-11-01T10:00:00Z',
        inputs: [[5, { type: 'done' }]],
      },
    ]);
    const fire = (await statusJson(open)).runbooks.find((r) => r.id === 'fire')!;
    expect(fire).toMatchObject({ exerciseOverdue: true, open: 1, overdue: ['never exercised'] });
    expect(fire.lastExercise).toBeUndefined();
  });

  it('--check: exit 0 when every review is on time and every runbook was exercised in the last 12 months', async () => {
    const kept = plan('2026-06-01', [
      drillOf('fire', '2026-11-01T10:00:00Z', '20261101-100000-fire-aaaa'),
      drillOf('power-loss', '2025-11-25T10:00:00Z', '20251125-100000-power-loss-aaaa'),
      drillOf('mail-check', '2026-02-01T10:00:00Z', '20260201-100000-mail-check-aaaa'),
    ]);
    const { code, out } = await status({ ...kept, check: true });
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'Plan status on 2026-11-25: up to date: 3 runbooks, every review on time and every runbook exercised in the last 12 months; 0 real incidents and 3 drills in the last 12 months.',
    );
    expect(out).not.toContain('Overdue:');
  });

  it('--check: exit 1 when anything is overdue, with the same report', async () => {
    const { code, out } = await status({ check: true });
    expect(code).toBe(1);
    expect(out).toBe((await status()).out);
  });

  it('--check: exit 1 for a library with no runbook at all, which is not up to date', async () => {
    const empty = tempDir();
    writeFileSync(join(empty, 'contacts.yaml'), readFileSync(join(RECORDS_LIBRARY, 'contacts.yaml')));
    const { code, out } = await status({ runbooks: empty, journalDir: tempDir(), check: true });
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(
      'Plan status on 2026-11-25: needs attention: no runbooks; 0 real incidents and 0 drills in the last 12 months.',
    );
    expect(out).toContain('The library has no runbook that can be read.');
  });

  it('the shipped library: every review has been due since 2017-06-12, so --check fails', async () => {
    const { code, out } = await status({ runbooks: SHIPPED_RUNBOOKS, journalDir: tempDir(), check: true });
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe(
      'Plan status on 2026-11-25: needs attention: 6 of 6 runbooks overdue for review, 6 not exercised in the last 12 months; 0 real incidents and 0 drills in the last 12 months.',
    );
    // The shipped library is the one coop finds by itself here, so the drill needs no --runbooks, and
    // is recorded in the journal folder this status read. The review is of a copy: coop keeps its sample.
    expect(out).toContain(
      `Overdue:\n  This is the sample library shipped with coop, which review does not change; copy it first:\n    cp -r runbooks my-plan\n`,
    );
    expect(out).toContain(
      '  power-loss: review was due 2017-06-12; never exercised.\n    review it:   coop review power-loss --runbooks my-plan\n    exercise it: coop drill power-loss --journal-dir ',
    );
  });

  it('the shipped library: the copy and the review it prints work as typed', async () => {
    const cwd = tempDir();
    const io = recordsIO({ cwd });
    await run({ runbooks: SHIPPED_RUNBOOKS, journalDir: tempDir() }, io);
    const lines = io.out().split('\n');
    const copy =
      lines[
        lines.indexOf('  This is the sample library shipped with coop, which review does not change; copy it first:') +
          1
      ]!;
    const review = lines.find((l) => l.startsWith('    review it:   '))!.replace(/^ {4}review it: +/, '');
    const [cp, r, from, to] = copy.trim().split(' ');
    expect([cp, r]).toEqual(['cp', '-r']);
    cpSync(from!, join(cwd, to!), { recursive: true });
    const words = review.split(' ');
    expect(words.slice(0, 2)).toEqual(['coop', 'review']);
    const reviewed = await coop([...words.slice(1), '--yes', '--as', 'Pat Lee', '--journal-dir', tempDir()], { cwd });
    expect(reviewed.code).toBe(0);
    expect(reviewed.stderr).toContain('+++ b/my-plan/database-down.yaml');
    expect(readFileSync(join(cwd, to!, 'database-down.yaml'), 'utf8')).toMatch(/^reviewed_by: Pat Lee$/m);
  });

  it('prints each command to type on a line of its own, as typed where it ran: npx, the library and the journal folder', async () => {
    const cwd = tempDir();
    const [runbooks, journalDir] = [join(cwd, 'our plan'), join(cwd, 'records')];
    cpSync(RECORDS_LIBRARY, runbooks, { recursive: true });
    cpSync(JOURNAL_FOLDER, journalDir, { recursive: true });
    const io = recordsIO({ cwd, env: { npm_command: 'exec' } });
    expect(await run({ runbooks: 'our plan', journalDir: 'records' }, io)).toBe(0);
    const commands = io
      .out()
      .split('\n')
      .filter((line) => /^ {4}(review|exercise) it: /.test(line))
      .map((line) => line.replace(/^ {4}(review|exercise) it: +/, ''));
    expect(commands).toEqual([
      "npx coop review fire --runbooks 'our plan'",
      "npx coop review mail-check --runbooks 'our plan'",
      "npx coop drill mail-check --journal-dir records --runbooks 'our plan'",
      "npx coop drill power-loss --journal-dir records --runbooks 'our plan'",
    ]);
    // Typed as printed (--yes: no terminal here), the drill is recorded where status will count it.
    const words = commands[2]!.match(/'[^']*'|\S+/g)!.map((w) => w.replace(/^'(.*)'$/, '$1'));
    const before = readdirSync(journalDir).length;
    await coop([...words.slice(2), '--yes'], { cwd });
    expect(readdirSync(journalDir).filter((n) => n.includes('-mail-check-'))).toHaveLength(
      readdirSync(JOURNAL_FOLDER).filter((n) => n.includes('-mail-check-')).length + 1,
    );
    expect(readdirSync(journalDir)).toHaveLength(before + 1);
  });

  it('journals it cannot read are named on stderr and do not stop the status', async () => {
    const folder = copyOf(JOURNAL_FOLDER);
    writeFileSync(join(folder, '20261101-100000-fire-bad1.jsonl'), 'garbage\n');
    const { code, err } = await status({ journalDir: folder });
    expect(code).toBe(0);
    expect(err).toContain('20261101-100000-fire-bad1.jsonl:1: is not a coop journal line (not JSON); left out');
  });
});
