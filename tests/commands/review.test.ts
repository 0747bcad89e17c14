// coop review: a sign-off that changes only reviewed and reviewed_by, a record
// in the journal folder with the hash of the file signed off, the minutes on
// stdout; what was flagged stays open in coop status until the file changes.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash } from '../../src/journal/hash.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { coop } from '../helpers/coop.js';
import { coopIn, shippedCopy, TODAY } from '../edit/library-copy.js';

const read = (cwd: string, name: string) => readFileSync(join(cwd, 'runbooks', name), 'utf8');
const shipped = (name: string) => readFileSync(join(SHIPPED_RUNBOOKS, name), 'utf8');
const records = (cwd: string) => readdirSync(join(cwd, 'journal', 'reviews'));

function answers(cwd: string, text: string): string {
  writeFileSync(join(cwd, 'review.yaml'), text);
  return 'review.yaml';
}

describe('coop review RUNBOOK --as NAME --yes', () => {
  it('changes only reviewed and reviewed_by, the comments and the rest as they were', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'review', 'power-loss', '--as', 'Pat Lee', '--yes');
    expect(run.code).toBe(0);
    expect(read(cwd, 'power-loss.yaml')).toBe(
      shipped('power-loss.yaml').replace('reviewed: 2016-06-12\n', 'reviewed: 2026-11-23\nreviewed_by: Pat Lee\n'),
    );
    expect(read(cwd, 'contacts.yaml')).toBe(shipped('contacts.yaml'));
  });

  it('records who, when, every item and the hash of the file signed off, and prints the minutes', async () => {
    const cwd = shippedCopy();
    const { out } = await coopIn(cwd, 'review', 'power-loss', '--as', 'Pat Lee', '--yes');
    const [name] = records(cwd);
    const record = JSON.parse(readFileSync(join(cwd, 'journal', 'reviews', name!), 'utf8'));
    expect(record).toMatchObject({ type: 'review', runbook: 'power-loss', person: 'Pat Lee', day: '2026-11-23' });
    expect(record.runbookHash).toBe(fileHash(join(cwd, 'runbooks', 'power-loss.yaml')));
    expect(record.items.map((i: { key: string }) => i.key)).toEqual([
      'step:shut-down-computers',
      'step:power-down-servers',
      'step:director-in-office',
      'branch:director-in-office:Yes',
      'branch:director-in-office:No',
      'step:update-director',
      'step:power-back',
      'branch:power-back:Yes',
      'branch:power-back:No',
      'contact:executive-director',
    ]);
    expect(out).toContain('# Review of Losing power during office hours (power-loss)\n');
    expect(out).toContain('- Reviewed and signed off: 2026-11-23 by Pat Lee\n');
    expect(out).toContain('- Result: clean: every item looked at is still right\n');
    expect(out).toContain('- Step 3: If No, go to step 4 (still right)\n');
  });

  it("sets the minutes to the terminal's width, and to 80 columns in a file or a pipe", async () => {
    const minutesAt = async (stdoutIsTTY: boolean) => {
      const cwd = shippedCopy();
      const options = { cwd, now: TODAY, columns: 60, stdoutIsTTY, env: { COOP_JOURNAL_DIR: join(cwd, 'journal') } };
      return (await coop(['review', 'power-loss', '--as', 'Pat Lee', '--yes'], options)).stdout.split('\n');
    };
    const widest = (lines: string[]) => Math.max(...lines.filter((l) => !l.includes('sha256:')).map((l) => l.length));
    const onTerminal = await minutesAt(true);
    expect(widest(onTerminal)).toBeLessThanOrEqual(60);
    expect(onTerminal).toContain('- Step 1: Shut off all computer hardware, this computer');
    const inFile = await minutesAt(false);
    expect(widest(inFile)).toBeLessThanOrEqual(80);
    expect(inFile).toContain('- Step 1: Shut off all computer hardware, this computer included. Before you');
  });

  it('leaves coop lint one review-overdue warning fewer, and coop status shows the review', async () => {
    const cwd = shippedCopy();
    const overdue = async () =>
      (await coopIn(cwd, 'lint', '--today', '2026-11-23')).out
        .split('\n')
        .filter((l) => l.includes('[review-overdue]'));
    const before = await overdue();
    await coopIn(cwd, 'review', 'power-loss', '--as', 'Pat Lee', '--yes');
    expect(await overdue()).toEqual(before.filter((l) => !l.includes('power-loss.yaml')));
    expect(before.length - (await overdue()).length).toBe(1);
    const status = await coopIn(cwd, 'status');
    expect(status.out).toMatch(/^power-loss +Executive Director +2026-11-23 \(Pat Lee\) +2027-11-23 +never/m);
  });
});

describe('coop review in a library laid out otherwise than coop writes', () => {
  it('changes only the lines it must in a CRLF runbook and a contacts.yaml in PyYAML\'s "-   id" layout', async () => {
    const cwd = shippedCopy();
    const runbook = shipped('power-loss.yaml')
      .replace('reviewed: 2016-06-12\n', 'reviewed: 2016-06-12        # the last full review\n')
      .replace(/\n/g, '\r\n');
    const contacts = shipped('contacts.yaml').replace(/^ {2}- id:/gm, '-   id:');
    writeFileSync(join(cwd, 'runbooks', 'power-loss.yaml'), runbook);
    writeFileSync(join(cwd, 'runbooks', 'contacts.yaml'), contacts);
    const verified = answers(cwd, 'contacts:\n  executive-director: verified\n');
    const run = await coopIn(cwd, 'review', 'power-loss', '--answers', verified, '--as', 'Pat Lee', '--yes');
    expect(run.code).toBe(0);
    expect(read(cwd, 'power-loss.yaml')).toBe(
      runbook.replace(
        'reviewed: 2016-06-12        # the last full review\r\n',
        'reviewed: 2026-11-23        # the last full review\r\nreviewed_by: Pat Lee\r\n',
      ),
    );
    expect(read(cwd, 'contacts.yaml')).toBe(
      contacts.replace('agency staff directory\n', 'agency staff directory\n    verified: 2026-11-23\n'),
    );
    // The diff shows the lines of the CRLF file as they read, not each ending in "\r".
    expect(run.err).toContain(
      [
        ' owner: executive-director',
        '-reviewed: 2016-06-12        # the last full review',
        '+reviewed: 2026-11-23        # the last full review',
        '+reviewed_by: Pat Lee',
        ' review_every_months: 12',
        '',
      ].join('\n'),
    );
  });
});

describe('coop review --answers FILE', () => {
  const FLAGGED =
    'steps:\n  update-director:\n    change: Say which number to call the Director on.\ncontacts:\n  executive-director: verified\n';

  it('sets verified on a contact called to check, and keeps a flagged item open in coop status', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(
      cwd,
      'review',
      'power-loss',
      '--answers',
      answers(cwd, FLAGGED),
      '--as',
      'Pat Lee',
      '--yes',
    );
    expect(run.code).toBe(0);
    expect(read(cwd, 'contacts.yaml')).toBe(
      shipped('contacts.yaml').replace(
        'agency staff directory\n',
        'agency staff directory\n    verified: 2026-11-23\n',
      ),
    );
    expect(run.out).toContain(
      '## Needs a change\n\n- Step 4: Keep the Executive Director updated on the situation.\n  - Change: Say which number to call the Director on.\n',
    );
    expect((await coopIn(cwd, 'status')).out).toContain(
      'Reviews:\n  power-loss: signed off 2026-11-23 by Pat Lee with 1 item open until the runbook is changed:\n    - Step 4: Keep the Executive Director updated on the situation. Change: Say which number to call the Director on.\n',
    );
  });

  it('lets coop status say when a runbook changed after its sign-off', async () => {
    const cwd = shippedCopy();
    await coopIn(cwd, 'review', 'power-loss', '--answers', answers(cwd, FLAGGED), '--as', 'Pat Lee', '--yes');
    appendFileSync(join(cwd, 'runbooks', 'power-loss.yaml'), "# the Director's number is in the staff directory\n");
    const { out } = await coopIn(cwd, 'status', '--json');
    const runbook = JSON.parse(out).runbooks.find((r: { id: string }) => r.id === 'power-loss');
    expect(runbook.signOff).toMatchObject({ day: '2026-11-23', person: 'Pat Lee', changedSince: true });
    // The command on a line of its own, whole, under the words.
    expect((await coopIn(cwd, 'status')).out).toContain(
      '  power-loss: changed since its sign-off on 2026-11-23 by Pat Lee; review it again:\n    coop review power-loss\n',
    );
  });

  it.each([
    [
      'steps:\n  shut-down-computer: ok\n',
      'review.yaml:2:3: "shut-down-computer" is not a step of this runbook; did you mean "shut-down-computers"?',
    ],
    [
      'steps:\n  shut-down-computers: verified\n',
      'review.yaml:2:24: only a contact is verified; write ok, skip, or change: what needs changing',
    ],
    [
      'branches:\n  director-in-office:\n    Maybe: ok\n',
      'review.yaml:3:5: step director-in-office has no way out "Maybe"',
    ],
    ['step:\n  power-back: ok\n', 'review.yaml:1:1: "step" is not a part of a review; did you mean "steps"?'],
  ])('refuses %j before writing anything, at its line', async (text, message) => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'review', 'power-loss', '--answers', answers(cwd, text), '--yes');
    expect(run.err).toBe(`coop: ${message}\n`);
    expect(run.code).toBe(2);
    expect(read(cwd, 'power-loss.yaml')).toBe(shipped('power-loss.yaml'));
  });

  it('says every mistake of the file in one run, each at its line, and writes nothing', async () => {
    const cwd = shippedCopy();
    const text = [
      'steps:',
      '  shut-down-computer: ok',
      '  power-down-servers: chnage',
      'branches:',
      '  director-in-office:',
      '    Maybe: ok',
      'contacts:',
      '  executive-director: verfied',
      '',
    ].join('\n');
    const run = await coopIn(cwd, 'review', 'power-loss', '--answers', answers(cwd, text), '--yes');
    expect(run.err).toBe(
      [
        'coop: review.yaml:2:3: "shut-down-computer" is not a step of this runbook; did you mean "shut-down-computers"?',
        'coop: review.yaml:3:23: must be ok, skip, or change: what needs changing',
        'coop: review.yaml:6:5: step director-in-office has no way out "Maybe"',
        'coop: review.yaml:8:23: must be ok, verified, skip, or change: what needs changing',
        'coop: 4 mistakes in review.yaml; nothing was written',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
    expect(read(cwd, 'power-loss.yaml')).toBe(shipped('power-loss.yaml'));
  });

  it('without --yes names the first item the file leaves out', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(
      cwd,
      'review',
      'power-loss',
      '--answers',
      answers(cwd, 'steps:\n  shut-down-computers: ok\n'),
    );
    expect(run.err).toBe(
      'coop: review.yaml: says nothing about Step 2: Power down the servers in the server room. (answer it under steps:), or give --yes to sign off every item it leaves out as still right\n',
    );
    expect(run.code).toBe(2);
  });
});

describe('coop review refuses', () => {
  it.each([
    [['review'], 'name the runbook to review (coop review power-loss), or give --due for every runbook past its date'],
    [
      ['review', 'power-loss'],
      'a review asks about each item: run it at a terminal, or give --answers FILE, or --yes to sign every item off as still right (signed with your login name, or --as NAME)',
    ],
    [
      ['review', 'power-los', '--yes'],
      'no runbook "power-los" in runbooks; did you mean "power-loss"? (see coop list)',
    ],
  ])('coop %j: one line, exit 2', async (argv, message) => {
    const run = await coopIn(shippedCopy(), ...argv);
    expect(run.err).toBe(`coop: ${message}\n`);
    expect(run.code).toBe(2);
  });

  it('to change the library shipped with coop', async () => {
    const run = await coopIn(shippedCopy(), 'review', 'power-loss', '--yes', '--runbooks', SHIPPED_RUNBOOKS);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^coop: coop does not change the library shipped with it/);
  });
});

describe('coop review --due', () => {
  it('reviews every runbook past its date, and then there is none', async () => {
    const cwd = shippedCopy();
    const run = await coopIn(cwd, 'review', '--due', '--as', 'Pat Lee', '--yes');
    expect(run.code).toBe(0);
    expect(records(cwd)).toHaveLength(6);
    expect(run.out.match(/^# Review of /gm)).toHaveLength(6);
    expect(await coopIn(cwd, 'review', '--due', '--yes')).toEqual({
      code: 0,
      out: '',
      err: 'coop: no runbook is past its review date; nothing to review\n',
    });
  });
});
