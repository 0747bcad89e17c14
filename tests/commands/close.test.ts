// `coop close` of a mistaken incident and `coop resume --reopen` of one
// closed (or ended) by mistake, in process, on the shipped plan.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';

/** A power-loss incident left paused at its first step, as a script leaves it. */
async function openIncident() {
  const journalDir = tempDir();
  const env = { COOP_JOURNAL_DIR: journalDir };
  expect((await coop(['incident', 'power-loss', '--as', 'Alice'], { env })).code).toBe(2);
  const id = readdirSync(journalDir)
    .find((n) => n.endsWith('.jsonl'))!
    .replace(/\.jsonl$/, '');
  const events = () => readJournalFile(join(journalDir, `${id}.jsonl`)).events;
  return { id, env, events };
}

describe('coop close', () => {
  it('ends a mistaken incident with the reason; incidents and the report show it closed', async () => {
    const { id, env, events } = await openIncident();
    const closed = await coop(['close', id, '--reason', 'started by mistake', '--as', 'Bo'], { env });
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain(`Closed incident ${id} (Losing power during office hours): started by mistake`);
    expect(closed.stdout).toContain(`Closed by mistake? coop resume ${id} --reopen`);
    expect(events().at(-1)).toMatchObject({
      type: 'ended',
      outcome: 'closed',
      reason: 'started by mistake',
      person: 'Bo',
    });
    expect((await coop(['incidents'], { env })).stdout).toContain('closed (started by mistake)');
    expect((await coop(['report', id], { env })).stdout).toContain(
      'The incident was closed before the end of the runbook.',
    );
  });

  it('refuses an empty reason, and an incident that has already ended, each in one line (exit 2)', async () => {
    const { id, env } = await openIncident();
    const empty = await coop(['close', id, '--reason', ' '], { env });
    expect([empty.code, empty.stderr]).toEqual([
      2,
      `coop: say why the incident is closed, for the record: coop close ${id} --reason 'finished by hand', or coop close ${id} --mistake if it was started by mistake\n`,
    ]);
    await coop(['close', id, '--reason', 'mistake'], { env });
    const again = await coop(['close', id, '--reason', 'mistake'], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`^coop: incident ${id} has already ended .*; nothing to close`));
  });
});

describe('coop close --mistake', () => {
  it('keeps the record, and counts it as no incident: incidents, status, the report', async () => {
    const { id, env, events } = await openIncident();
    const closed = await coop(['close', id, '--mistake'], { env });
    expect(closed.code).toBe(0);
    expect(closed.stdout).toContain(`Closed incident ${id} (Losing power during office hours): started by mistake\n`);
    expect(closed.stdout).toContain('It stays on record; the plan status and the roll-up count no incident for it.');
    expect(events().at(-1)).toMatchObject({
      type: 'ended',
      outcome: 'closed',
      reason: 'started by mistake',
      mistake: true,
    });

    const listed = await coop(['incidents'], { env });
    expect(listed.stdout).toMatch(/closed \(started by mistake\) +mistake /);
    expect(listed.stdout).toContain('0 real incidents and 0 drills, and 1 started by mistake, in ');
    expect((await coop(['incidents', '--real'], { env })).stdout).not.toContain(id);
    const json = JSON.parse((await coop(['incidents', '--json'], { env })).stdout);
    expect(json.incidents[0]).toMatchObject({ id, startedByMistake: true });

    const status = JSON.parse((await coop(['status', '--json'], { env })).stdout);
    expect(status.runbooks.find((r: { id: string }) => r.id === 'power-loss')).toMatchObject({
      realIncidents: 0,
      drills: 0,
    });
    const report = (await coop(['report', id], { env })).stdout;
    expect(report).toContain('| **Kind** | Started by mistake (coop close --mistake): counted as no incident |');
    expect(report).toContain('it was started by mistake, and counts as no incident.');
  });

  it('a plain close still counts the incident, and a mistake reopened counts again', async () => {
    const { id, env } = await openIncident();
    const count = async () =>
      JSON.parse((await coop(['status', '--json'], { env })).stdout).runbooks.find(
        (r: { id: string }) => r.id === 'power-loss',
      ).realIncidents;
    await coop(['close', id, '--mistake', '--reason', 'pressed the wrong key'], { env });
    expect(await count()).toBe(0);
    expect((await coop(['incidents'], { env })).stdout).toContain('closed (pressed the wrong key)');
    await coop(['resume', id, '--reopen', '--yes'], { env });
    expect(await count()).toBe(1);
    await coop(['close', id, '--reason', 'finished by hand'], { env });
    expect(await count()).toBe(1);
  });

  it('prints commands that name the journal folder it was given, to work as typed', async () => {
    const { id, env } = await openIncident();
    const dir = env.COOP_JOURNAL_DIR;
    const given = { env: {} };
    const empty = await coop(['close', id, '--journal-dir', dir], given);
    expect(empty.stderr).toContain(`coop close ${id} --mistake --journal-dir ${dir} if it was`);
    const closed = await coop(['close', id, '--mistake', '--journal-dir', dir], given);
    expect(closed.stdout).toContain(`What happened: coop report ${id} --journal-dir ${dir}\n`);
    expect(closed.stdout).toContain(`Closed by mistake? coop resume ${id} --reopen --journal-dir ${dir}\n`);
    const again = await coop(['close', id, '--mistake', '--journal-dir', dir], given);
    expect(again.stderr).toContain(`What happened: coop report ${id} --journal-dir ${dir}\n`);
  });
});

describe('coop resume --reopen', () => {
  it('without --reopen, a closed incident says how to reopen it', async () => {
    const { id, env } = await openIncident();
    await coop(['close', id, '--reason', 'mistake'], { env });
    const refused = await coop(['resume', id], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`closed (mistake); there is nothing to carry on.`);
    expect(refused.stderr).toContain(`Ended by mistake? coop resume ${id} --reopen`);
  });

  it('opens a closed incident again where it stood, and carries on; the close stays in the journal', async () => {
    const { id, env, events } = await openIncident();
    await coop(['close', id, '--reason', 'mistake'], { env });
    const reopened = await coop(['resume', id, '--reopen', '--yes'], { env });
    expect(reopened.code).toBe(2); // --yes does the actions; the decision at step 3 waits for a person
    expect(events().map((e) => e.type)).toEqual([
      'started',
      'paused',
      'ended',
      'reopened',
      'resumed',
      'step-done',
      'step-done',
      'paused',
    ]);
    expect(events()[3]).toMatchObject({ type: 'reopened', step: 'shut-down-computers' });
    // The card says it had been closed, and why; not that the walk was paused.
    expect(reopened.stdout.replace(/\s*\n\s*/g, ' ')).toMatch(
      /The incident had ended on \d{4}-\d\d-\d\d \d\d:\d\d, closed \(mistake\); --reopen opens it again, at the step it ended at\./,
    );
    expect(reopened.stdout).not.toContain('The walk stopped because it was paused');
  });
});
