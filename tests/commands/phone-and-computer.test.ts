// A walk that moves between a phone and a computer loses nothing. Alice walks
// power loss on a phone with the go-kit; part-way, its record is downloaded
// and imported at a computer, where Bob carries the incident on (coop resume)
// while Alice's phone goes on too. Her later download cannot be joined to the
// journal (two walks are not one), so coop import keeps it apart, whole, and
// says where the two part and what to do; coop report shows both; coop resume
// and coop update say first that the phone may still be walking it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { coop } from '../helpers/coop.js';
import { expectCleanRun } from '../helpers/expect-run.js';
import { REPO_ROOT, tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec } from '../journal/journal-builder.js';
import { RECORDS_LIBRARY } from '../reports/records-fixtures.js';
import { PHONE_INCIDENT, WALKED_ON_THE_PHONE } from './phone-walk.js';

const ID = PHONE_INCIDENT;
const library = loadLibrary(RECORDS_LIBRARY);

/** Alice's walk on the phone, to its end: the Director is out, the power comes back on the second ask. */
const ON_THE_PHONE = WALKED_ON_THE_PHONE;
/** The download imported at the computer: steps 1 and 2 (3 events). */
const FIRST_DOWNLOAD: JournalSpec = { ...ON_THE_PHONE, inputs: ON_THE_PHONE.inputs.slice(0, 2) };
/** A download in between: the phone at step 5, not ended. */
const MIDWAY: JournalSpec = { ...ON_THE_PHONE, inputs: ON_THE_PHONE.inputs.slice(0, 5) };
/** When Bob carries it on at the computer, while the phone goes on. */
const AT_THE_COMPUTER = new Date('2026-12-01T09:20:00.000Z');

const LIBRARY_ARGS = ['--runbooks', RECORDS_LIBRARY];

function download(spec: JournalSpec): string {
  const file = join(tempDir('coop-phone-'), `${ID}.jsonl`);
  writeFileSync(file, journalText(library, spec));
  return file;
}

async function run(args: string[], now?: Date) {
  const result = await coop([...args, ...LIBRARY_ARGS], now ? { now } : {});
  expectCleanRun(result);
  return result;
}

const importing = (file: string, journalDir: string) => run(['import', file, '--journal-dir', journalDir]);

function answers(yaml: string): string {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, yaml);
  return file;
}

/** Bob at the computer answers step 3 and stops at step 4 (the answers do not cover it). */
const carryOnAtTheComputer = (journalDir: string) =>
  run(
    ['resume', ID, '--as', 'Bob Chen', '--answers', answers('director-in-office: "No"\n'), '--journal-dir', journalDir],
    AT_THE_COMPUTER,
  );

/** The first download imported and carried on at the computer: the journal folder. */
async function carriedOnAtTheComputer(): Promise<string> {
  const journalDir = tempDir();
  expect((await importing(download(FIRST_DOWNLOAD), journalDir)).code).toBe(0);
  expect((await carryOnAtTheComputer(journalDir)).code).toBe(2); // paused at step 4, as the answers end there
  return journalDir;
}

const journalOf = (dir: string) => readFileSync(join(dir, `${ID}.jsonl`), 'utf8');
const keptApart = (dir: string) => join(dir, 'kept-apart', `${ID}.jsonl`);
/** A card's warning lines joined again: each line after the first is set under the text. */
const unwrapped = (text: string) => text.replace(/\n {3}(?=\S)/g, ' ');

describe('coop import of a phone record that went on while the computer carried the incident on', () => {
  it('keeps the whole record apart, leaves the journal as it was, and says in one line where they part and what to do (exit 1)', async () => {
    const journalDir = await carriedOnAtTheComputer();
    const journal = journalOf(journalDir);
    const file = download(ON_THE_PHONE);

    const result = await importing(file, journalDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `coop: ${file}:4: this record and the journal of incident ${ID} part at step 3: the journal goes on there with Bob Chen (2026-12-01 09:20), the phone's record with Alice Moreno (it ended 2026-12-01 10:42, the runbook completed); it is kept apart, whole, in ${keptApart(journalDir)} (its 7 events from line 4 on are not in the journal). The phone's walk has ended: if the incident is over, end the journal too: coop close ${ID} --journal-dir ${journalDir} --reason 'ended on the phone (its record is kept apart)' --runbooks ${RECORDS_LIBRARY}; both records: coop report ${ID} --runbooks ${RECORDS_LIBRARY} --journal-dir ${journalDir}\n`,
    );
    expect(journalOf(journalDir)).toBe(journal);
    // Every line of the phone's record, as the phone wrote it: its hash chain still checks.
    expect(readFileSync(keptApart(journalDir), 'utf8')).toBe(journalText(library, ON_THE_PHONE));

    // Typed as printed, the journal ends too, with the reason; the phone's record stays as it was.
    const close = result.stderr.match(/end the journal too: (coop close .*?); both records/)![1]!;
    const words = close.match(/'[^']*'|\S+/g)!.map((w) => w.replace(/^'(.*)'$/, '$1'));
    expect((await coop(words.slice(1))).code).toBe(0);
    expect(journalOf(journalDir)).toContain('"reason":"ended on the phone (its record is kept apart)"');
    expect(readFileSync(keptApart(journalDir), 'utf8')).toBe(journalText(library, ON_THE_PHONE));
  });

  it('coop incidents says the incident has a record kept apart, and where (--json)', async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    const listed = await coop(['incidents', '--journal-dir', journalDir, ...LIBRARY_ARGS]);
    expect(listed.stdout).toMatch(/paused, a record kept apart +real /);
    const json = await coop(['incidents', '--json', '--journal-dir', journalDir, ...LIBRARY_ARGS]);
    expect(JSON.parse(json.stdout).incidents[0]).toMatchObject({ id: ID, keptApart: keptApart(journalDir) });
  });

  it('adds nothing when the same record is imported again, and says it is kept apart already', async () => {
    const journalDir = await carriedOnAtTheComputer();
    const file = download(ON_THE_PHONE);
    await importing(file, journalDir);
    const again = await importing(file, journalDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`; it is kept apart already, in ${keptApart(journalDir)}; nothing new. `);
    expect(readFileSync(keptApart(journalDir), 'utf8')).toBe(journalText(library, ON_THE_PHONE));
  });

  it('adds a later download of the phone walk to the record kept apart: only its new events', async () => {
    const journalDir = await carriedOnAtTheComputer();
    const midway = await importing(download(MIDWAY), journalDir);
    expect(midway.code).toBe(1);
    expect(midway.stderr).toContain(
      "the phone's record with Alice Moreno (it was last at step 4, 2026-12-01 09:23); it is kept apart, whole,",
    );
    expect(midway.stderr).toContain('. Carry the incident on in one place only from now on; both records: coop report');

    const later = await importing(download(ON_THE_PHONE), journalDir);
    expect(later.code).toBe(1);
    expect(later.stderr).toContain(
      `; its 4 new events are added to the record kept apart in ${keptApart(journalDir)}. `,
    );
    expect(readFileSync(keptApart(journalDir), 'utf8')).toBe(journalText(library, ON_THE_PHONE));
  });

  it('an older download, all of it in the journal already, is imported already: nothing new (exit 0)', async () => {
    const journalDir = await carriedOnAtTheComputer();
    const journal = journalOf(journalDir);
    const older = await importing(download(FIRST_DOWNLOAD), journalDir);
    expect(older.code).toBe(0);
    expect(older.stderr).toBe('');
    expect(older.stdout).toMatch(new RegExp(`^already imported ${ID}: .*; nothing new\\n$`));
    expect(journalOf(journalDir)).toBe(journal);
    expect(existsSync(keptApart(journalDir))).toBe(false);
  });

  it('refuses a record that differs from both the journal and the record kept apart, and takes nothing of it', async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    const kept = readFileSync(keptApart(journalDir), 'utf8');
    // The same walk, with another answer at step 3 than the phone's and the computer's.
    const third: JournalSpec = {
      ...ON_THE_PHONE,
      inputs: [...FIRST_DOWNLOAD.inputs, [5, { type: 'answer', answer: 'Yes' }]],
    };
    const file = download(third);
    const result = await importing(file, journalDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `coop: ${file}:4: incident ${ID} has gone on two ways already (its journal, and the record kept apart in ${keptApart(journalDir)}), and this record differs from both from here on; nothing of it was added: keep this file, it is the only copy of what it holds\n`,
    );
    expect(readFileSync(keptApart(journalDir), 'utf8')).toBe(kept);
  });
});

describe('coop report of an incident whose phone record was kept apart', () => {
  it("shows the journal, then the phone's record from where they part, and says so under the summary", async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    const report = await run(['report', ID, '--journal-dir', journalDir]);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe('');
    const text = report.stdout;
    expect(text).toContain(
      `> **Note:** This incident went on in two places at once from step 3: the phone's record (walked in the go-kit) went on apart from this journal, and what it holds from there is in neither the counts nor the open items of this report. That record ended on 2026-12-01 10:42: the runbook was completed. Its timeline follows this journal's, under "The phone's record, kept apart".\n`,
    );
    // The hand-over to the computer is no crash: the phone's record just ends where it was downloaded.
    expect(text).toContain(
      '| Took over from Alice Moreno (hand-over) and carried on. It went on at a computer from where the record imported from the phone (the go-kit) ends. |',
    );
    const apart = text.slice(
      text.indexOf("## The phone's record, kept apart"),
      text.indexOf('## Decisions and answers'),
    );
    expect(apart).toContain(
      `From step 3 on, this incident was walked in two places at once: this journal went on with Bob Chen (2026-12-01 09:20, its line 4), and the phone's record (walked in the go-kit) went on otherwise with Alice Moreno (2026-12-01 09:16, its line 4). coop import kept that record apart, whole, in ${keptApart(journalDir)}: it is not joined to this journal, so each says only what was recorded where it was kept.`,
    );
    expect(apart).toContain(
      '| 2026-12-01 09:16 | Alice Moreno | Asked: Is the Executive Director in the office? Answer: No |',
    );
    expect(apart).toContain('| 09:52 | Alice Moreno | Note: Called the Director from the car park |');
    expect(apart).toContain('| 10:42 | Alice Moreno | Runbook completed, after 1h 30m. |');
    // What was shared before the parting is the journal's, shown once.
    expect(apart).not.toContain('The server room was locked');

    const json = JSON.parse((await run(['report', ID, '--journal-dir', journalDir, '--format', 'json'])).stdout);
    expect(json.status).toBe('paused');
    expect(json.keptApart).toMatchObject({
      file: keptApart(journalDir),
      fromPhone: true,
      partsAt: { step: { id: 'director-in-office', number: 3 }, line: 4, journalLine: 4 },
      journalWentOn: { person: 'Bob Chen', at: AT_THE_COMPUTER.toISOString() },
      recordWentOn: { person: 'Alice Moreno', at: '2026-12-01T09:16:03.000Z' },
      status: 'ended',
      outcome: 'completed',
      inconsistencies: [],
    });
    expect(json.keptApart.timeline).toHaveLength(7);
    // docs/records.md names every field of it, as of the rest of the report's JSON (tests/reports/docs.test.ts).
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'records.md'), 'utf8');
    const fields = ['keptApart', ...Object.keys(json.keptApart), ...Object.keys(json.keptApart.partsAt)];
    expect(fields.filter((key) => !docs.includes(`\`${key}\``))).toEqual([]);

    const html = (await run(['report', ID, '--journal-dir', journalDir, '--format', 'html'])).stdout;
    expect(html).toContain('<h2>The phone&#39;s record, kept apart</h2>');
    expect(html).toContain('Note: Called the Director from the car park');
  });

  it('names on stderr a record kept apart that cannot be read, and reports the journal', async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    writeFileSync(keptApart(journalDir), 'garbage\n');
    const report = await run(['report', ID, '--journal-dir', journalDir]);
    expect(report.code).toBe(0);
    expect(report.stderr).toBe(
      `coop: warning: ${keptApart(journalDir)}:1: is not a coop journal line (not JSON); the record kept apart from incident ${ID} is left out\n`,
    );
    expect(report.stdout).toContain('## Timeline');
    expect(report.stdout).not.toContain('kept apart');
  });

  it('says when the record kept apart was changed after it was written', async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    const kept = keptApart(journalDir);
    writeFileSync(kept, readFileSync(kept, 'utf8').replace('from the car park', 'from the office'));
    const report = await run(['report', ID, '--journal-dir', journalDir]);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(
      `> **THIS RECORD IS INCONSISTENT: ${kept} has 1 problem, so what follows may not be what happened.**`,
    );
    expect(report.stdout).toMatch(/> - Line 7: was changed after it was written/);
  });
});

describe('carrying on at a computer an incident that came from a phone', () => {
  it('coop resume says first that the phone may still be walking it, in place of "stopped without a pause"', async () => {
    const journalDir = tempDir();
    await importing(download(FIRST_DOWNLOAD), journalDir);
    const resumed = await carryOnAtTheComputer(journalDir);
    expect(unwrapped(resumed.stdout)).toContain(
      '!! This incident was walked on a phone with the go-kit by Alice Moreno; what is recorded here ends at the last download from the phone (the last event here: 2026-12-01 09:15). If that phone is still walking it, go on in one place only: pause here and let the phone go on, or have them stop on the phone. What the phone records after this can no longer be added to this record (coop import keeps it apart).\nCarrying on at step 3:',
    );
    expect(resumed.stdout).not.toContain('stopped without a pause');
  });

  it("coop resume after the phone's record was kept apart says where it went and how it stands, with the report to read", async () => {
    const journalDir = await carriedOnAtTheComputer();
    await importing(download(ON_THE_PHONE), journalDir);
    const resumed = await run(
      ['resume', ID, '--as', 'Bob Chen', '--answers', answers('update-director: done\n'), '--journal-dir', journalDir],
      AT_THE_COMPUTER,
    );
    expect(unwrapped(resumed.stdout)).toContain(
      `The walk stopped because the scripted answers did not answer the next step.\n!! The phone's record of this incident went on apart from this record at step 3 (Alice Moreno; it ended 2026-12-01 10:42, the runbook completed): what it did is not in this record. Read it before you carry the incident on here; both records:\n     coop report ${ID} --runbooks ${RECORDS_LIBRARY} --journal-dir ${journalDir}\n`,
    );
  });

  it('coop update warns before drafting that the phone may still be walking it, and after, that it went on apart', async () => {
    const journalDir = tempDir();
    await importing(download(FIRST_DOWNLOAD), journalDir);
    const before = await run(['update', ID, '--as', 'Cat Diaz', '--journal-dir', journalDir], AT_THE_COMPUTER);
    expect(before.code).toBe(0);
    expect(before.stderr).toBe(
      `coop: warning: this incident was walked on a phone with the go-kit by Alice Moreno, and what is recorded here ends at the last download from the phone (the last event here: 2026-12-01 09:15); if that phone is still walking it, an update recorded here means that what the phone records afterwards can no longer be added to this record (coop import keeps it apart): record the update on the phone, at its update step, or send it without recording it here\ncoop: not recorded: add --yes to record this draft, or --text "..." to record your own words\n`,
    );

    await carryOnAtTheComputer(journalDir);
    await importing(download(ON_THE_PHONE), journalDir);
    const after = await run(['update', ID, '--as', 'Cat Diaz', '--journal-dir', journalDir, '--yes'], AT_THE_COMPUTER);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe(
      `coop: warning: the phone's record of this incident went on apart from this record at step 3 (Alice Moreno; it ended 2026-12-01 10:42, the runbook completed), so an update drafted from this record knows nothing of what it did since; both records: coop report ${ID} --runbooks ${RECORDS_LIBRARY} --journal-dir ${journalDir}\n`,
    );
  });

  it('says nothing of a phone once a computer has carried the incident on and nothing was kept apart', async () => {
    const journalDir = await carriedOnAtTheComputer();
    const again = await run(
      ['resume', ID, '--as', 'Bob Chen', '--answers', answers('update-director: done\n'), '--journal-dir', journalDir],
      AT_THE_COMPUTER,
    );
    expect(again.stdout).not.toContain('phone');
    expect(again.stdout).toContain('The walk stopped because the scripted answers did not answer the next step.');
  });
});
