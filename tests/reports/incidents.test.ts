// `coop incidents` in-process on the fixture journals: the table a person
// reads, the filters, the JSON a script reads, and a folder with bad files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type IncidentsOptions } from '../../src/commands/incidents.js';
import { copyOf, IDS, JOURNAL_FOLDER, recordsIO } from './records-fixtures.js';
import { tempDir } from '../helpers/paths.js';

/** The folder as the commands show it: relative to the working folder (the repository, in-process). */
const SHOWN = 'tests/fixtures/journals/folder';

async function incidents(over: Partial<IncidentsOptions> = {}) {
  const io = recordsIO();
  const code = await run({ journalDir: JOURNAL_FOLDER, ...over }, io);
  return { code, out: io.out(), err: io.err() };
}

describe('coop incidents', () => {
  it('lists every incident and drill, newest first, with who, status, kind, duration and steps done/skipped', async () => {
    const { code, out, err } = await incidents();
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.replace(/ +\n/g, '\n')).toBe(
      [
        // Not ended: measured to the clock (2026-11-25 12:00), as the report measures them, not to the last step.
        'ID                               RUNBOOK     STARTED           BY                     STATUS  KIND   DURATION        DONE/SKIPPED',
        '20261124-150000-fire-h0st        fire        2026-11-24 15:00  Eve \\e[2J\\e]0;owned\\a  paused  real   21h 00m so far  0/1',
        '20261124-080000-mail-check-m2x7  mail-check  2026-11-24 08:00  Sam Lee                paused  real   1d 04h so far   1/1',
        '20261123-091503-power-loss-k3f9  power-loss  2026-11-23 09:15  Pat Smith, Lee Jones   ended   real   1h 05m          3/1',
        '20261120-140000-fire-d7r2        fire        2026-11-20 14:00  Pat Smith              ended   drill  12m 00s         2/0',
        '20250910-100000-mail-check-q8w4  mail-check  2025-09-10 10:00  Sam Lee                ended   drill  1m 00s          0/0',
        '20250601-100000-power-loss-a2b3  power-loss  2025-06-01 10:00  Pat Smith              ended   real   3m 00s          2/0',
        `4 real incidents and 2 drills, in ${SHOWN}`,
        `2 not ended: coop resume <incident-id> --journal-dir ${SHOWN} carries one on; coop report <incident-id> --journal-dir ${SHOWN} tells what happened`,
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['--runbook', { runbook: 'power-loss' }, [IDS.handedOver, IDS.oldIncident]],
    ['--status paused', { status: 'paused' as const }, [IDS.hostile, IDS.pausedWithCheck]],
    ['--drills', { drills: true }, [IDS.drill, IDS.oldDrill]],
    ['--real --status ended', { real: true, status: 'ended' as const }, [IDS.handedOver, IDS.oldIncident]],
    [
      '--since and --until, both days included',
      { since: '2026-11-20', until: '2026-11-23' },
      [IDS.handedOver, IDS.drill],
    ],
    ['--since alone', { since: '2026-01-01' }, [IDS.hostile, IDS.pausedWithCheck, IDS.handedOver, IDS.drill]],
  ])('filters: %s', async (_name, filter, ids) => {
    const { out } = await incidents({ ...filter, json: true });
    expect((JSON.parse(out) as { incidents: Array<{ id: string }> }).incidents.map((i) => i.id)).toEqual(ids);
  });

  it('says how many of how many are shown when filtered', async () => {
    expect((await incidents({ drills: true })).out).toContain(`0 real incidents and 2 drills, of 6, in ${SHOWN}`);
  });

  it('says so when nothing matches, and what the folder holds', async () => {
    expect((await incidents({ runbook: 'no-such-runbook' })).out).toBe(
      `No incident matches; ${SHOWN} holds 4 real incidents and 2 drills.\n`,
    );
  });

  it('--json: a stable document with every field of each incident', async () => {
    const doc = JSON.parse(
      (await incidents({ json: true, runbook: 'power-loss', real: true, since: '2026-11-01' })).out,
    ) as Record<string, unknown>;
    expect(doc).toEqual({
      version: 1,
      journalDir: SHOWN,
      incidents: [
        {
          id: IDS.handedOver,
          runbook: 'power-loss',
          title: 'Losing power during office hours',
          drill: false,
          startedAt: '2026-11-23T09:15:03.000Z',
          startedBy: 'Pat Smith',
          people: ['Pat Smith', 'Lee Jones'],
          status: 'ended',
          outcome: 'completed',
          endedAt: '2026-11-23T10:20:03.000Z',
          lastEventAt: '2026-11-23T10:20:03.000Z',
          durationMs: 3_900_000,
          stepsDone: 3,
          stepsSkipped: 1,
          inconsistencies: [],
          file: `${SHOWN}/${IDS.handedOver}.jsonl`,
        },
      ],
      unreadable: [],
    });
  });

  it.each([
    [
      '--since after --until',
      { since: '2026-12-01', until: '2026-11-01' },
      '--since 2026-12-01 is after --until 2026-11-01; nothing can be in between',
    ],
    [
      '--drills with --real',
      { drills: true, real: true },
      '--drills and --real together leave nothing to list; give one of them, or neither for both',
    ],
  ])('%s: one line, exit 2, before any journal is read', async (_name, options, message) => {
    await expect(incidents({ ...options, journalDir: '/nonexistent/folder' })).rejects.toMatchObject({
      exitCode: 2,
      message,
    });
  });

  it('a folder that does not exist yet, or is empty, is not an error: it says so and where it looked', async () => {
    const missing = join(tempDir(), 'journal');
    expect(await incidents({ journalDir: missing })).toEqual({
      code: 0,
      err: '',
      out: `No incidents recorded in ${missing} (the folder does not exist yet).\n`,
    });
    const empty = tempDir();
    expect((await incidents({ journalDir: empty })).out).toBe(`No incidents recorded in ${empty}.\n`);
    expect(JSON.parse((await incidents({ journalDir: missing, json: true })).out)).toEqual({
      version: 1,
      journalDir: missing,
      incidents: [],
      unreadable: [],
    });
  });

  it('without --journal-dir it says how to point at journals kept elsewhere', async () => {
    const io = recordsIO();
    io.env.COOP_JOURNAL_DIR = join(tempDir(), 'nothing-here');
    expect(await run({}, io)).toBe(0);
    expect(io.out()).toContain('Journals kept elsewhere? Give --journal-dir DIR or set COOP_JOURNAL_DIR.');
  });

  it('lists corrupt, empty, misnamed and torn journals on stderr and the rest as usual', async () => {
    const folder = copyOf(JOURNAL_FOLDER, [IDS.drill, IDS.handedOver]);
    writeFileSync(join(folder, '20261101-100000-fire-bad1.jsonl'), 'not a journal\n');
    writeFileSync(join(folder, '20261101-100000-fire-emty.jsonl'), '');
    writeFileSync(join(folder, 'Notes From Pat.jsonl'), '{}\n');
    mkdirSync(join(folder, '20261101-100000-fire-fldr.jsonl'));
    writeFileSync(
      join(folder, `${IDS.drill}.jsonl`),
      `${(await import('node:fs')).readFileSync(join(JOURNAL_FOLDER, `${IDS.drill}.jsonl`), 'utf8')}{"v":1,"seq":6,`,
    );
    const { code, out, err } = await incidents({ journalDir: folder });
    expect(code).toBe(0);
    expect(err.split('\n')).toEqual([
      `coop: warning: ${folder}/20261101-100000-fire-bad1.jsonl:1: is not a coop journal line (not JSON); left out`,
      `coop: warning: ${folder}/20261101-100000-fire-emty.jsonl: has no events (coop stopped before the incident's first line was written); left out`,
      `coop: warning: ${folder}/20261101-100000-fire-fldr.jsonl: is a folder, not a journal; left out`,
      `coop: warning: ${folder}/Notes From Pat.jsonl: its name is not an incident id (like 20261123-091503-power-loss-k3f9.jsonl); left out`,
      `coop: warning: ${folder}/${IDS.drill}.jsonl:6: the last line was cut short (coop stopped while writing it); it is set aside and everything before it is used`,
      '',
    ]);
    expect(out).toContain(IDS.drill);
    expect(out).toContain(IDS.handedOver);
    expect(out).toContain('1 real incident and 1 drill');
  });

  it('a journal renamed to another incident id is left out, not shown under the wrong name', async () => {
    const folder = copyOf(JOURNAL_FOLDER, [IDS.drill]);
    const { renameSync } = await import('node:fs');
    renameSync(join(folder, `${IDS.drill}.jsonl`), join(folder, '20261120-140000-fire-zzzz.jsonl'));
    const { err, out } = await incidents({ journalDir: folder });
    expect(err).toContain(
      `20261120-140000-fire-zzzz.jsonl:1: holds incident ${IDS.drill}, not 20261120-140000-fire-zzzz as its name says; was it renamed?; left out`,
    );
    expect(out).toBe(`No incidents recorded in ${folder}.\n`);
  });
});
