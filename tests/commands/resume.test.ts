// `coop resume` in-process, scripted, on copies of the fixture journals: what
// it shows before carrying on, what it writes, and every way it refuses.
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type ResumeOptions } from '../../src/commands/resume.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { HOLDER_FILE } from '../../src/journal/lock.js';
import { thisProcess } from '../../src/system/process-identity.js';
import { loadLibrary } from '../../src/library/load.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalText, type JournalSpec, type TimedInput } from '../journal/journal-builder.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY, recordsIO } from '../reports/records-fixtures.js';

const MAIL = IDS.pausedWithCheck;

function answersFile(yaml: string): string {
  const file = join(tempDir(), 'answers.yaml');
  writeFileSync(file, yaml);
  return file;
}

async function resume(options: Partial<ResumeOptions> & { journalDir: string }, env: NodeJS.ProcessEnv = {}) {
  const io = recordsIO({ env });
  const code = await run({ runbooks: RECORDS_LIBRARY, ...options }, io);
  return { code, out: io.out(), err: io.err() };
}

/** The card's warning lines joined again: they are set to the terminal's width, each line after the first under the text. */
const unwrapped = (text: string) => text.replace(/\n {3}(?=\S)/g, ' ');

const journalOf = (dir: string, id: string): JournalEvent[] => readJournalFile(join(dir, `${id}.jsonl`)).events;

/** The lock folder a coop leaves while it writes an incident (or after it is killed). */
function lockLeftBy(dir: string, holder: object): void {
  mkdirSync(join(dir, `${MAIL}.lock`));
  writeFileSync(
    join(dir, `${MAIL}.lock`, HOLDER_FILE),
    JSON.stringify({ token: 'b'.repeat(32), host: hostname(), since: '2026-11-25T11:50:00.000Z', ...holder }),
  );
}

/** A folder holding one journal built from `spec`, written at the fixture library's runbooks. */
function folderWith(spec: JournalSpec): string {
  const dir = tempDir();
  writeFileSync(join(dir, `${spec.id}.jsonl`), journalText(loadLibrary(RECORDS_LIBRARY), spec));
  return dir;
}

describe('coop resume carries on where the journal stops', () => {
  it('shows what was done and where it goes on, then walks to the end; the same person is no hand-over', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const { code, out, err } = await resume({
      incident: MAIL,
      journalDir: dir,
      as: 'Sam Lee',
      answers: answersFile('mail-back: "Yes"\n'),
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    // Too long for one line of 80 columns: each part whole on a line of its own, never cut by the terminal;
    // a path longer than the line itself (the test's temporary folder decides) is whole on a line of its own
    // after "record:", for the terminal to fold: a path cut by a line break is copied cut.
    const path = join(dir, `${MAIL}.jsonl`);
    const record = `record: ${path}`.length <= 80 ? `record: ${path}` : `record:\n${path}`;
    expect(out).toContain(
      `Incident 20261124-080000-mail-check-m2x7\nstarted by Sam Lee on 2026-11-24 08:00\n${record}\n`,
    );
    expect(out).toContain('Resumed by Sam Lee.\n');
    expect(out).toContain(
      [
        'Already done (3 steps; 1 step skipped), as recorded:',
        '  ✘ Step 1 check failed: Can the mail server be reached? (Sam Lee)',
        '  ✔ Step 2 done: Call the IT Service Desk and open a ticket. (Sam Lee)',
        '  ? Step 3 Is mail working again? Answer: No (Sam Lee)',
        // Wrapped to the terminal's 80 columns, the rest under the step's text.
        '  ↷ Step 4 skipped: Tell the Executive Director that mail is still down.',
        '    (reason: The Director is on leave; told the deputy instead) (Sam Lee)',
        '',
        'The walk stopped because it was paused.',
        'Carrying on at step 3 (2nd time): Is mail working again?',
        '? Step 3 (2nd time) Is mail working again? Answer: Yes',
      ].join('\n'),
    );
    expect(out).toContain('Runbook complete after 1d 04h.');
    const events = journalOf(dir, MAIL);
    expect(
      events.slice(-3).map((e) => [e.type, e.person, 'previousPerson' in e ? e.previousPerson : undefined]),
    ).toEqual([
      ['resumed', 'Sam Lee', undefined],
      ['answered', 'Sam Lee', undefined],
      ['ended', 'Sam Lee', undefined],
    ]);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('another person is a hand-over, recorded with both names', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const { out } = await resume({
      incident: MAIL,
      journalDir: dir,
      as: 'Lee Jones',
      answers: answersFile('mail-back: "Yes"\n'),
    });
    expect(out).toContain('Resumed by Lee Jones, taking over from Sam Lee.');
    const resumed = journalOf(dir, MAIL).find((e) => e.type === 'resumed');
    expect(resumed).toMatchObject({ person: 'Lee Jones', previousPerson: 'Sam Lee', step: 'mail-back' });
  });

  it('without --as, the login name is the one recorded', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    await resume({ incident: MAIL, journalDir: dir, answers: answersFile('mail-back: "Yes"\n') });
    expect(journalOf(dir, MAIL).find((e) => e.type === 'resumed')).toMatchObject({
      person: 'tester',
      previousPerson: 'Sam Lee',
    });
  });

  it('a step the answers do not cover pauses it again (exit 2), and says what to add', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const { code, err } = await resume({ incident: MAIL, journalDir: dir, as: 'Sam Lee' });
    expect(code).toBe(2);
    expect(err).toContain(
      'coop: step mail-back asks "Is mail working again?" and nothing answers it (stdin is not a terminal)',
    );
    expect(
      journalOf(dir, MAIL)
        .slice(-2)
        .map((e) => e.type),
    ).toEqual(['resumed', 'paused']);
  });

  it('a resumed drill is still a drill: the banner on screen, and the record says exercise', async () => {
    const dir = folderWith({
      id: '20261121-100000-fire-dr1l',
      runbook: 'fire',
      person: 'Pat Smith',
      drill: true,
      startedAt: '2026-11-21T10:00:00Z',
      inputs: [
        [2, { type: 'done' }],
        [3, { type: 'pause', reason: 'person' }],
      ],
    });
    const { code, out } = await resume({
      incident: '20261121-100000-fire-dr1l',
      journalDir: dir,
      yes: true,
      answers: answersFile('hardware-lost: "No"\n'),
    });
    expect(code).toBe(0);
    expect(out.split('\n').filter((l) => l === ' EXERCISE - not a real incident ')).toHaveLength(2);
    expect(out).toContain('The record of this exercise is in');
    expect(journalOf(dir, '20261121-100000-fire-dr1l')[0]).toMatchObject({ type: 'started', drill: true });
  });

  it('list answers carry on where the interrupted walk left them: one answer per visit, counted from the start', async () => {
    const id = '20261121-100000-power-loss-l00p';
    const dir = folderWith({
      id,
      runbook: 'power-loss',
      person: 'Pat Smith',
      startedAt: '2026-11-21T10:00:00Z',
      inputs: [
        [1, { type: 'done' }],
        [2, { type: 'done' }],
        [3, { type: 'answer', answer: 'No' }],
        [4, { type: 'done' }],
        [5, { type: 'answer', answer: 'No' }],
      ],
    });
    await resume({
      incident: id,
      journalDir: dir,
      yes: true,
      answers: answersFile('director-in-office: "No"\npower-back: ["No", "Yes"]\n'),
    });
    const answers = journalOf(dir, id)
      .filter((e) => e.type === 'answered')
      .map((e) => (e.type === 'answered' ? e.answer : ''));
    expect(answers).toEqual(['No', 'No', 'Yes']);
  });

  it('a long incident shows only its last steps before carrying on, and says how many more the report has', async () => {
    const id = '20261121-100000-power-loss-l0ng';
    const rounds = Array.from({ length: 20 }, (_, r): TimedInput[] => [
      [3 + r, { type: 'done' }],
      [3 + r, { type: 'answer', answer: 'No' }],
    ]).flat();
    const dir = folderWith({
      id,
      runbook: 'power-loss',
      person: 'Pat Smith',
      startedAt: '2026-11-21T10:00:00Z',
      inputs: [[1, { type: 'done' }], [2, { type: 'done' }], [2, { type: 'answer', answer: 'No' }], ...rounds],
    });
    const { code, out } = await resume({
      incident: id,
      journalDir: dir,
      yes: true,
      answers: answersFile('power-back: "Yes"\n'),
    });
    expect(code).toBe(0);
    expect(out).toContain('Already done (43 steps), as recorded:');
    expect(out).toContain(
      `  … 14 earlier steps not shown here (coop report ${id} --runbooks ${RECORDS_LIBRARY} --journal-dir ${dir} lists them all)`,
    );
    // The 14th visit (step 4's 6th) is hidden; the 15th (step 5's 6th) is the first shown.
    expect(out).not.toContain('Step 4 (6th time)');
    expect(out).toContain('Step 5 (6th time)');
  });

  it('a note the answers give is not written twice on the visit it was written on before the crash', async () => {
    const id = '20261121-100000-power-loss-n0te';
    const dir = folderWith({
      id,
      runbook: 'power-loss',
      person: 'Pat Smith',
      startedAt: '2026-11-21T10:00:00Z',
      inputs: [
        [1, { type: 'done' }],
        [2, { type: 'done' }],
        [3, { type: 'answer', answer: 'No' }],
        [4, { type: 'note', text: 'Called the cell' }],
      ],
    });
    await resume({
      incident: id,
      journalDir: dir,
      answers: answersFile('update-director: {done: true, note: Called the cell}\npower-back: "Yes"\n'),
    });
    expect(journalOf(dir, id).filter((e) => e.type === 'note')).toHaveLength(1);
  });

  it('a last line torn by a crash: a warning, and the resume writes on from the last whole line', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const file = join(dir, `${MAIL}.jsonl`);
    const whole = readFileSync(file, 'utf8');
    appendFileSync(file, '{"v":1,"seq":8,"ts":"2026-11-24T09:');
    const { code, err } = await resume({
      incident: MAIL,
      journalDir: dir,
      as: 'Sam Lee',
      answers: answersFile('mail-back: "Yes"\n'),
    });
    expect(code).toBe(0);
    expect(err).toBe(
      `coop: warning: ${file}:8: the last line was cut short (coop stopped while writing it); it is set aside and everything before it is used\n`,
    );
    const after = readFileSync(file, 'utf8');
    expect(after.startsWith(whole)).toBe(true);
    expect(after.slice(whole.length)).toMatch(/^\{"v":2,"prev":"sha256:[0-9a-f]{64}","seq":8,[^\n]*"type":"resumed"/);
    expect(readJournalFile(file).torn).toBeUndefined();
  });

  it('an end whose line was torn: it says the incident had ended, and writes the end under the lock', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [IDS.handedOver]);
    const file = join(dir, `${IDS.handedOver}.jsonl`);
    const whole = readFileSync(file, 'utf8');
    const lastLine = whole.lastIndexOf('\n', whole.length - 2) + 1;
    writeFileSync(file, whole.slice(0, lastLine + 40));
    const { code, out, err } = await resume({ incident: IDS.handedOver, journalDir: dir });
    expect(err).toBe(
      `coop: warning: ${file}:11: the last line was cut short (coop stopped while writing it); it is set aside and everything before it is used\n`,
    );
    expect(out).toBe(
      `Incident ${IDS.handedOver} had already reached its end on 2026-11-23 10:20, with the runbook completed; the record of the end was cut short when coop stopped, and is written now. There is nothing to carry on. What happened: coop report ${IDS.handedOver} --runbooks ${RECORDS_LIBRARY} --journal-dir ${dir}\n`,
    );
    expect(code).toBe(0);
    const read = readJournalFile(file);
    expect(read.torn).toBeUndefined();
    expect(read.events.at(-1)).toMatchObject({
      type: 'ended',
      seq: 11,
      ts: '2026-11-23T10:20:03.000Z',
      recovered: true,
    });
    // Nothing else changed, and a second resume says it ended, plainly.
    expect(readFileSync(file, 'utf8').startsWith(whole.slice(0, lastLine))).toBe(true);
    await expect(resume({ incident: IDS.handedOver, journalDir: dir })).rejects.toMatchObject({ exitCode: 2 });
  });

  it('the runbook changed since the start: it says so and carries on by step id', async () => {
    const library = copyOf(RECORDS_LIBRARY);
    const file = join(library, 'mail-check.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('ask: Is mail working again?', 'ask: Can staff send and receive mail again?'),
    );
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const { code, out } = await resume({
      incident: MAIL,
      journalDir: dir,
      runbooks: library,
      as: 'Sam Lee',
      answers: answersFile('mail-back: "Yes"\n'),
    });
    expect(code).toBe(0);
    expect(unwrapped(out)).toMatch(
      /!! The runbook mail-check \(.*mail-check\.yaml\) has changed since this incident began on 2026-11-24 08:00; coop carries on by step id\. Read each step again before you act on it\./,
    );
    expect(out).toContain('Carrying on at step 3 (2nd time): Can staff send and receive mail again?');
  });
});

describe('resumed with another library than the one it began with', () => {
  it('the card names the file it began with, unchanged, and the command that carries it on with that library', async () => {
    // Begun in a folder whose runbooks/ held mail-check.yaml as it is; resumed there with --runbooks of a changed copy.
    const office = tempDir('coop-office-');
    cpSync(RECORDS_LIBRARY, join(office, 'runbooks'), { recursive: true });
    const other = copyOf(RECORDS_LIBRARY);
    const file = join(other, 'mail-check.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Is mail working again?', 'Is mail back?'));
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const io = recordsIO({ cwd: office });
    const code = await run(
      { incident: MAIL, journalDir: dir, runbooks: other, as: 'Sam Lee', answers: answersFile('mail-back: "Yes"\n') },
      io,
    );
    expect(code).toBe(0);
    // The command on a line of its own, whole, under the words set to the terminal's width.
    expect(unwrapped(io.out())).toContain(
      `has changed since this incident began on 2026-11-24 08:00; coop carries on by step id. Read each step again before you act on it. It began with runbooks/mail-check.yaml, another library's, which has not changed: to carry it on with that one, stop here (Ctrl-C) and type:\n     coop resume ${MAIL} --runbooks runbooks --journal-dir ${dir}\n`,
    );
  });

  it('says nothing of the kind when the file it began with has changed too', async () => {
    const library = copyOf(RECORDS_LIBRARY);
    const file = join(library, 'mail-check.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Is mail working again?', 'Is mail back?'));
    const io = recordsIO({ cwd: tempDir('coop-office-') });
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    await run({ incident: MAIL, journalDir: dir, runbooks: library, answers: answersFile('mail-back: "Yes"\n') }, io);
    expect(unwrapped(io.out())).toContain('has changed since this incident began');
    expect(io.out()).not.toContain('It began with');
  });
});

describe('which incident, when none is named', () => {
  it('the only open one', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL, IDS.handedOver]);
    const { code, err } = await resume({ journalDir: dir, as: 'Sam Lee', answers: answersFile('mail-back: "Yes"\n') });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(journalOf(dir, MAIL).at(-1)).toMatchObject({ type: 'ended' });
  });

  it('of several, the one worked on most recently, and it says how to pick another', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL, IDS.hostile]);
    const { err } = await resume({ journalDir: dir });
    expect(err).toContain(
      `coop: resuming ${IDS.hostile}, the most recently active of 2 open incidents; to carry on another, name it: coop resume <incident-id> (coop incidents lists them, with their status)\n`,
    );
    expect(journalOf(dir, IDS.hostile).some((e) => e.type === 'resumed')).toBe(true);
    expect(journalOf(dir, MAIL).some((e) => e.type === 'resumed')).toBe(false);
  });

  it('none open: it says so, and where it looked (exit 2)', async () => {
    const ended = copyOf(JOURNAL_FOLDER, [IDS.handedOver, IDS.drill]);
    await expect(resume({ journalDir: ended })).rejects.toMatchObject({
      exitCode: 2,
      message: `no open incident in ${ended}: all 2 recorded have ended; coop incidents lists them, coop report <incident-id> tells what happened`,
    });
    const missing = join(tempDir(), 'journal');
    await expect(resume({ journalDir: missing })).rejects.toMatchObject({
      exitCode: 2,
      message: `no incident has been recorded in ${missing} (the folder does not exist); give --journal-dir if the journals are kept elsewhere`,
    });
  });
});

describe('which incident, when a runbook is named', () => {
  // People remember what happened, not the id: coop resume mail-check, as they typed coop incident mail-check.
  it('the open incident of that runbook, though another is more recently active', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL, IDS.hostile]);
    const { code, err } = await resume({
      incident: 'mail-check',
      journalDir: dir,
      as: 'Sam Lee',
      answers: answersFile('mail-back: "Yes"\n'),
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(journalOf(dir, MAIL).some((e) => e.type === 'resumed')).toBe(true);
    expect(journalOf(dir, IDS.hostile).some((e) => e.type === 'resumed')).toBe(false);
  });

  it('none open of that runbook: says so, and how to start one (exit 2)', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL, IDS.handedOver]);
    await expect(resume({ incident: 'power-loss', journalDir: dir })).rejects.toMatchObject({
      exitCode: 2,
      message: `no open incident of the runbook power-loss in ${dir} (1 of other runbooks: coop resume alone offers them); coop incident power-loss starts one, coop incidents lists those recorded`,
    });
  });

  it('an id one letter off: did you mean the one there is', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const typo = `${MAIL.slice(0, -1)}x`;
    await expect(resume({ incident: typo, journalDir: dir })).rejects.toMatchObject({
      exitCode: 2,
      message: `no incident ${typo} in ${dir}; did you mean "${MAIL}"?; coop incidents lists the incidents there (or give --journal-dir)`,
    });
  });
});

describe('what coop resume prints to type, under npx', () => {
  const npx = { npm_command: 'exec' };

  it('none open: npx coop incidents and npx coop report', async () => {
    const ended = copyOf(JOURNAL_FOLDER, [IDS.handedOver, IDS.drill]);
    await expect(resume({ journalDir: ended }, npx)).rejects.toMatchObject({
      message: expect.stringContaining(
        '; npx coop incidents lists them, npx coop report <incident-id> tells what happened',
      ),
    });
  });

  it('of several open: npx coop resume and npx coop incidents', async () => {
    const { err } = await resume({ journalDir: copyOf(JOURNAL_FOLDER, [MAIL, IDS.hostile]) }, npx);
    expect(err).toContain('name it: npx coop resume <incident-id> (npx coop incidents lists them, with their status)');
  });

  it('a runbook that changed under the journal: what was done so far is npx coop report', async () => {
    const library = copyOf(RECORDS_LIBRARY);
    const file = join(library, 'mail-check.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('call-desk', 'phone-desk'));
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    await expect(resume({ incident: MAIL, journalDir: dir, runbooks: library }, npx)).rejects.toMatchObject({
      message: expect.stringMatching(
        new RegExp(`\\(what was done so far: npx coop report ${MAIL} --runbooks ${library} --journal-dir ${dir}\\)$`),
      ),
    });
  });
});

describe('coop resume refuses, in one line with exit 2', () => {
  it('an incident that has ended, pointing at its report and at --reopen', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [IDS.handedOver]);
    await expect(resume({ incident: IDS.handedOver, journalDir: dir })).rejects.toMatchObject({
      exitCode: 2,
      message: `incident ${IDS.handedOver} ended on 2026-11-23 10:20, with the runbook completed; there is nothing to carry on. What happened: coop report ${IDS.handedOver} --runbooks ${RECORDS_LIBRARY} --journal-dir ${dir}. Ended by mistake? coop resume ${IDS.handedOver} --journal-dir ${dir} --reopen`,
    });
  });

  it('an incident another coop is writing: it names who holds it', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    // This very process holds it: alive, on this machine, in this PID namespace.
    lockLeftBy(dir, { ...thisProcess(), person: 'Pat Smith' });
    await expect(resume({ incident: MAIL, journalDir: dir })).rejects.toMatchObject({
      exitCode: 2,
      message: `incident ${MAIL} is open in another coop: Pat Smith on ${hostname()} (process ${process.pid}) since 2026-11-25 11:50; one coop at a time writes an incident: wait until they pause it, or ask them to`,
    });
    expect(journalOf(dir, MAIL).at(-1)).toMatchObject({ type: 'paused' });
  });

  it('the lock file of an older coop: it cannot tell whether that coop still runs, and says what to do if not', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    writeFileSync(
      join(dir, `${MAIL}.lock`),
      JSON.stringify({ pid: 4242, host: 'front-desk-pc', person: 'Pat Smith', since: '2026-11-25T11:50:00.000Z' }),
    );
    await expect(resume({ incident: MAIL, journalDir: dir })).rejects.toMatchObject({
      message: expect.stringMatching(
        /on front-desk-pc \(process 4242\).*; if that coop is no longer running, delete .*\.lock and resume again \(it was left by an older coop, which coop cannot check\)$/,
      ),
    });
  });

  it('a lock left by a coop that was killed on this machine is taken over', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    lockLeftBy(dir, { ...thisProcess(), pid: 2 ** 22 + 1, person: 'Pat Smith' });
    expect((await resume({ incident: MAIL, journalDir: dir, answers: answersFile('mail-back: "Yes"\n') })).code).toBe(
      0,
    );
  });

  it('a lock left on another machine (or before a reboot) is watched for its heartbeat, then taken over', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    lockLeftBy(dir, { pid: 4242, bootId: 'another-boot', host: 'front-desk-pc', person: 'Pat Smith' });
    const io = recordsIO({ env: { COOP_LOCK_WATCH_SECONDS: '0.3' } });
    const code = await run(
      { runbooks: RECORDS_LIBRARY, incident: MAIL, journalDir: dir, answers: answersFile('mail-back: "Yes"\n') },
      io,
    );
    expect(io.err()).toBe(
      `coop: incident ${MAIL} is locked by Pat Smith on front-desk-pc (process 4242); watching 0.3 s for its heartbeat to tell whether that coop still runs\n`,
    );
    expect(code).toBe(0);
  });

  it('a journal that is not a journal: the file and the line', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const file = join(dir, `${MAIL}.jsonl`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/\n\{"v":2,"prev":"[^"]*","seq":3[^\n]*/, '\n<html>oops</html>'),
    );
    await expect(resume({ incident: MAIL, journalDir: dir })).rejects.toMatchObject({
      exitCode: 2,
      message: `${file}:3: is not a coop journal line (not JSON); only a last line cut short by a crash can be set aside`,
    });
  });

  it('a step the journal needs is gone from the runbook: it names the step and stops before writing anything', async () => {
    const library = copyOf(RECORDS_LIBRARY);
    const file = join(library, 'mail-check.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('call-desk', 'phone-desk'));
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    const before = readFileSync(join(dir, `${MAIL}.jsonl`), 'utf8');
    await expect(resume({ incident: MAIL, journalDir: dir, runbooks: library })).rejects.toMatchObject({
      exitCode: 2,
      message: `cannot carry on incident ${MAIL}: ${join(dir, `${MAIL}.jsonl`)}:3: leads to step call-desk, which the runbook mail-check does not have (and 3 more) (the runbook has changed since the incident began); put the step back in the runbook, or finish by hand (what was done so far: coop report ${MAIL} --runbooks ${library} --journal-dir ${dir})`,
    });
    expect(readFileSync(join(dir, `${MAIL}.jsonl`), 'utf8')).toBe(before);
  });

  it('a runbook that is gone from the library', async () => {
    const dir = copyOf(JOURNAL_FOLDER, [MAIL]);
    await expect(resume({ incident: MAIL, journalDir: dir, runbooks: SHIPPED_RUNBOOKS })).rejects.toMatchObject({
      exitCode: 2,
      message: `incident ${MAIL} follows the runbook "mail-check", which is no longer in runbooks; restore it to carry on (what was done so far: coop report ${MAIL} --runbooks ${SHIPPED_RUNBOOKS} --journal-dir ${dir})`,
    });
  });

  it.each([
    ['an id that tries to leave the folder', '../../etc/passwd', /^"\.\.\/\.\.\/etc\/passwd" is not an incident id/],
    ['an id with a slash', 'a/b', /^"a\/b" is not an incident id/],
    [
      'an incident that is not there',
      '20261123-091503-power-loss-zzzz',
      /^no incident 20261123-091503-power-loss-zzzz in /,
    ],
  ])('%s', async (_name, incident, message) => {
    await expect(resume({ incident, journalDir: copyOf(JOURNAL_FOLDER, [MAIL]) })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(message),
    });
  });
});
