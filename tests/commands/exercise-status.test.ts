// `coop status` counts a tabletop exercise as a runbook's exercise only when
// its record can be believed: the journal's own checks and a replay against
// the exercise file, as for a drill.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

const RECORD = '20261201-090054-power-loss-tabletop-ivem';
const NOW = new Date('2026-12-02T12:00:00Z');

/** The shipped plan and a journal folder holding the fixture record, changed by `edit`. */
function folderWith(edit: (lines: string[]) => string[]) {
  const dir = tempDir();
  cpSync(SHIPPED_RUNBOOKS, join(dir, 'lib'), { recursive: true });
  mkdirSync(join(dir, 'journal'));
  const lines = readFileSync(join(FIXTURES, 'exercises', 'journal', `${RECORD}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n');
  writeFileSync(join(dir, 'journal', `${RECORD}.jsonl`), `${edit(lines).join('\n')}\n`);
  return ['status', '--runbooks', join(dir, 'lib'), '--journal-dir', join(dir, 'journal')];
}

describe('coop status and tabletop exercise records', () => {
  it('counts an ended record as the last exercise of the runbooks it exercises', async () => {
    const r = await coop(
      folderWith((lines) => lines),
      { now: NOW },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/power-loss +Executive Director .* 2026-12-01 tabletop/);
  });

  it('does not count one with a line taken out, and says why on stderr', async () => {
    const r = await coop(
      folderWith((lines) => lines.filter((_, i) => i !== 2)),
      { now: NOW },
    );
    expect(r.stderr).toContain(`${RECORD}.jsonl: the exercise record cannot be believed (line 3: its seq jumps from 2`);
    expect(r.stderr).toContain('it is not counted as an exercise held');
    expect(r.stdout).toMatch(/power-loss +Executive Director .* never/);
  });

  it("does not count one whose injects are not the exercise file's", async () => {
    const r = await coop(
      folderWith((lines) => lines.map((l) => l.replaceAll('"step":"director-away"', '"step":"director-gone"'))),
      { now: NOW },
    );
    expect(r.stderr).toContain('the exercise record cannot be believed');
    expect(r.stdout).toMatch(/power-loss +Executive Director .* never/);
  });
});

describe('coop status --json and the improvement plan', () => {
  it('lists each corrective action with its owner, due day and status: overdue past its day, closed with its change', async () => {
    const r = await coop(
      [
        'status',
        '--json',
        '--runbooks',
        join(FIXTURES, 'rollup', 'agencies', 'overdue-agency'),
        '--journal-dir',
        tempDir(),
      ],
      { now: new Date('2026-11-30T12:00:00Z') },
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.correctiveActions).toEqual([
      expect.objectContaining({
        id: 'name-a-deputy',
        action: 'Name who calls the IT Service Desk when the Office Manager is away',
        owner: expect.objectContaining({ id: 'office-manager' }),
        due: '2026-03-01',
        runbook: 'power-loss',
        status: 'overdue',
        file: expect.stringMatching(/improvements\.yaml$/),
      }),
      expect.objectContaining({
        id: 'fix-the-number',
        status: 'closed',
        closed: { on: '2026-01-20', change: 'contacts.yaml updated' },
      }),
    ]);
    expect(report.overdue).toBe(true);
  });
});

describe('coop exercise report of a record that cannot be believed', () => {
  /** `coop exercise report RECORD` on the folders folderWith made. */
  const report = async (statusArgs: string[]) => {
    const [, , lib, , journal] = statusArgs;
    return coop(['exercise', 'report', RECORD, '--runbooks', lib!, '--journal-dir', journal!], { now: NOW });
  };

  it('is still reported, saying at its top and on stderr that it is inconsistent', async () => {
    const r = await report(folderWith((lines) => lines.filter((_, i) => i !== 2)));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `${RECORD}\\.jsonl: the exercise record is inconsistent, \\d+ problems? \\(first: line 3: its seq jumps`,
      ),
    );
    expect(r.stdout).toMatch(/^> \*\*Note:\*\* THIS RECORD IS INCONSISTENT: \d+ problems? \(first: line 3: /m);
  });

  it('of an exercise with no pause at its end: going on now, or stopped without one', async () => {
    const r = await report(folderWith((lines) => lines.slice(0, 2)));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Not finished: the exercise is going on during play, after \d+ inject\(s\), or coop stopped there without a pause\./,
    );
  });

  it('says nothing of the kind of the record as coop wrote it', async () => {
    const r = await report(folderWith((lines) => lines));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('INCONSISTENT');
  });
});
