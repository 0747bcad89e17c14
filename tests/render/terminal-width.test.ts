// What coop prints on a terminal, from a phone's width to a wide one: every
// card of the shipped plan, every runbook as `coop show` prints it, the
// tables of list, status and incidents, the contact directory, what init
// writes, the items of a review and its minutes, every command's help, and the
// facilitator's console of the shipped exercise. No line coop prints is
// wider than the terminal, which would break it again wherever the line
// runs out, inside a word.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { runbookView } from '../../src/library/view.js';
import { plainStyle } from '../../src/text/style.js';
import { displayWidth, readingWidth } from '../../src/text/wrap.js';
import { askReview } from '../../src/edit/review/checklist.js';
import { reviewItems } from '../../src/edit/review/items.js';
import { reviewMinutes } from '../../src/edit/review/minutes.js';
import { start } from '../../src/walk/engine.js';
import { exerciseView } from '../../src/library/exercise-view.js';
import { advance, startExercise } from '../../src/walk/exercise/engine.js';
import { ExerciseScreen } from '../../src/walk/exercise/screen.js';
import { WalkScreen } from '../../src/walk/screen/screen.js';
import { buildProgram } from '../../src/main/cli.js';
import { coop } from '../helpers/coop.js';
import { coopIn, shippedCopy, TODAY } from '../edit/library-copy.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';
import { REVIEW_RECORD } from '../helpers/review-record-sample.js';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { T0 } from '../walk/walk-fixtures.js';

// 40 is the narrowest coop draws for; between, widths where the shipped words once ran over by a column.
const WIDTHS = [40, 41, 57, 63, 72, 80, 81, 99, 100];

/** The lines of `text` wider than `columns`, named by `where`, but for those `typedWhole` says are commands. */
function tooWideIn(text: string, columns: number, where: string, typedWhole = (_line: string) => false): string[] {
  return stripVTControlCharacters(text)
    .split('\n')
    .filter((line) => displayWidth(line) > columns && !typedWhole(line))
    .map((line) => `${where}: ${line}`);
}

it('draws every step of every shipped runbook, and what the walk says between them, within the width of the terminal', () => {
  // The shipped plan, and the walk fixtures for the kinds it does not have (checks and their commands).
  const libraries = [loadLibrary(SHIPPED_RUNBOOKS), loadLibrary(join(FIXTURES, 'walk', 'library'))];
  const tooWide: string[] = [];
  for (const columns of WIDTHS) {
    for (const entry of libraries.flatMap((library) => library.runbooks)) {
      const library = libraries.find((l) => l.runbooks.includes(entry))!;
      const view = runbookView(library, entry);
      let text = '';
      const screen = new WalkScreen({ write: (s: string) => (text += s) }, plainStyle, () => columns, view, 'cards');
      const { state } = start(
        entry.value,
        { incident: '20261123-091503-x-abcd', person: 'pat', drill: false, runbookHash: '', coopVersion: '' },
        T0,
      );
      screen.opening(state, '/j/x.jsonl');
      for (const step of view.steps) screen.card(state, step, T0);
      // What the walk says between the cards.
      screen.updateDue(new Date(T0.getTime() + 29 * 60_000), T0);
      screen.updateDue(T0, new Date(T0.getTime() + 90 * 60_000));
      screen.couldNotRun('exit 127');
      screen.journalTrouble('the disk is full', 2);
      screen.journalTrouble(undefined, 0);
      screen.journalRewritten();
      screen.say('No clipboard here: copy the text above by hand.');
      tooWide.push(...tooWideIn(text, columns, `${columns} columns, ${entry.value.id}`));
    }
  }
  expect(tooWide).toEqual([]);
});

it("draws the facilitator's console of the shipped exercise within the width of the terminal", () => {
  const library = loadLibrary(SHIPPED_RUNBOOKS);
  const entry = library.exercises[0]!;
  const view = exerciseView(library, entry);
  const options = { record: '20261201-090000-x-abcd', person: 'Pat Lee', exerciseHash: '', coopVersion: '' };
  const tooWide: string[] = [];
  for (const columns of WIDTHS) {
    let text = '';
    const screen = new ExerciseScreen({ write: (s: string) => (text += s) }, plainStyle, columns, view);
    const { state } = startExercise(entry.value, options, T0);
    screen.opening(state, '/j/20261201-090000-x-abcd.jsonl');
    screen.resumed(
      state,
      '/j/x.jsonl',
      'Someone Else With A Long Name',
      'The exercise file has changed since the record began',
    );
    for (const inject of view.injects) {
      screen.inject(inject, T0, 'facilitator', inject.number === 1);
      screen.toRate(`Expected action of inject ${inject.number} (scenario ${inject.at})`, inject.expected, [
        'Players: shut down the PCs, then the servers, and told the Director by phone',
        `Steps followed: ${inject.steps.map((s) => `${s.runbook} ${s.id}`).join(', ')}`,
      ]);
    }
    for (const [i, objective] of view.objectives.entries())
      screen.toRate(`Objective ${i + 1} of ${view.objectives.length} (${objective.policy})`, objective.text, [
        'Exercised by: inject 1, inject 2',
      ]);
    screen.stage('Hot wash: what went well, and what could be better, while it is fresh.');
    const ended = advance(entry.value, state, { type: 'end-scenario' }, T0).state;
    screen.ended(ended, '/j/20261201-090000-x-abcd.jsonl', 'coop exercise report 20261201-090000-x-abcd');
    screen.paused('coop exercise resume 20261201-090000-x-abcd', '/j/20261201-090000-x-abcd.jsonl');
    screen.say(
      'coop: the record cannot be written (ENOSPC: no space left on the disk); what you enter is kept in memory and retried',
    );
    // A command to type is printed whole, for the terminal to fold.
    tooWide.push(...tooWideIn(text, columns, `${columns} columns`, (line) => /^ {2}coop exercise /.test(line)));
  }
  expect(tooWide).toEqual([]);
});

it('shows every shipped runbook (coop show) within the width of the terminal', async () => {
  const library = loadLibrary(SHIPPED_RUNBOOKS);
  const tooWide: string[] = [];
  for (const columns of WIDTHS) {
    for (const entry of library.runbooks) {
      const shown = await coop(['show', entry.value.id, '--runbooks', SHIPPED_RUNBOOKS], {
        columns,
        stdoutIsTTY: true,
      });
      expect(shown.code).toBe(0);
      tooWide.push(...tooWideIn(shown.stdout, columns, `${columns} columns, ${entry.value.id}`));
    }
  }
  expect(tooWide).toEqual([]);
});

it('prints the contact directory (coop contacts) within the width of the terminal', async () => {
  const tooWide: string[] = [];
  for (const columns of WIDTHS) {
    const shown = await coop(['contacts', '--runbooks', SHIPPED_RUNBOOKS], { columns, stdoutIsTTY: true });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('(316) 928-8828');
    tooWide.push(...tooWideIn(shown.stdout, columns, `${columns} columns`));
  }
  expect(tooWide).toEqual([]);
});

it('starts a library (coop init) within the width of the terminal: the files it writes and what to do next', async () => {
  const tooWide: string[] = [];
  for (const columns of WIDTHS) {
    const made = await coop(['init', 'office', '--org', 'Anytown Water', '--owner', 'Pat Lee', '--yes'], {
      cwd: tempDir(),
      columns,
      stdoutIsTTY: true,
    });
    expect(made.code).toBe(0);
    // The commands to type are whole, on lines of their own.
    const typedWhole = (line: string) => /^ {2}coop \S/.test(line);
    tooWide.push(...tooWideIn(made.stdout + made.stderr, columns, `${columns} columns`, typedWhole));
  }
  expect(tooWide).toEqual([]);
});

it('lists the runbooks, the plan status and the incidents (coop list, status, incidents) within the width of the terminal', async () => {
  const tooWide: string[] = [];
  // A command to type is never broken, so that it pastes whole: "    review it:   coop review fire ...";
  // nor is a path, which the terminal folds when it is longer than a line (the journal folder's here).
  const command = (line: string) => /^ {4}(\S+ \S+: +)?(coop|cp) /.test(line) || /^\/\S+$/.test(line);
  for (const columns of WIDTHS)
    for (const words of [
      ['list', '--runbooks', SHIPPED_RUNBOOKS],
      ['status', '--runbooks', SHIPPED_RUNBOOKS],
      ['incidents', '--journal-dir', join(FIXTURES, 'journals', 'folder')],
    ]) {
      const shown = await coop(words, { columns, stdoutIsTTY: true });
      expect(shown.code).toBe(0);
      tooWide.push(...tooWideIn(shown.stdout, columns, `${columns} columns, ${words[0]}`, command));
    }
  expect(tooWide).toEqual([]);
});

it('the plan status with a flagged review, a changed sign-off and corrective actions: words broken at spaces only', async () => {
  const cwd = shippedCopy();
  writeFileSync(
    join(cwd, 'runbooks', 'improvements.yaml'),
    'improvements:\n  - id: name-an-alternate\n    action: Name who calls the Director when she is away.\n    owner: executive-director\n    due: 2026-11-01\n    runbook: power-loss\n',
  );
  const flagged = join(cwd, 'review.yaml');
  writeFileSync(
    flagged,
    'steps:\n  update-director:\n    change: Say which number to call the Director on, and who calls when she is away.\n',
  );
  expect(
    (await coopIn(cwd, 'review', 'power-loss', '--answers', flagged, '--as', 'Maria Gonzalez-Whitfield', '--yes')).code,
  ).toBe(0);
  await coopIn(cwd, 'review', 'fire', '--yes', '--as', 'Maria Gonzalez-Whitfield');
  appendFileSync(join(cwd, 'runbooks', 'fire.yaml'), '# changed after its sign-off\n');
  const broken: string[] = [];
  for (const columns of WIDTHS) {
    const env = { COOP_NO_CACHE: '1', COOP_JOURNAL_DIR: join(cwd, 'journal') };
    const shown = await coop(['status'], { cwd, now: TODAY, env, columns, stdoutIsTTY: true });
    const lines = stripVTControlCharacters(shown.stdout).split('\n');
    // A line may be wider than the terminal only when it is a command, a path or the line to write into
    // improvements.yaml, whole; and no word is cut.
    broken.push(
      ...tooWideIn(shown.stdout, columns, `${columns} columns`, (l) =>
        /^ {4}(\S+ \S+: +)?(coop|cp) |^\/\S+$|^ {4}closed: \{/.test(l),
      ),
    );
    for (const [i, line] of lines.entries())
      if (/Gonzalez-$|Whitfie$|\bpower-l$|\bac$/.test(line) && lines[i + 1])
        broken.push(`${columns}: ${line} / ${lines[i + 1]}`);
  }
  expect(broken).toEqual([]);
});

it('reviews every item of every shipped runbook (coop review at a terminal), and prints its minutes, within the width of the terminal', async () => {
  const library = loadLibrary(SHIPPED_RUNBOOKS);
  const tooWide: string[] = [];
  for (const columns of WIDTHS)
    for (const entry of library.runbooks) {
      const items = reviewItems(runbookView(library, entry));
      let text = '';
      const prompter = scriptedPrompter(items.map(() => 'Yes'));
      await askReview(items, new Map(), prompter.prompter, (t) => (text += t), plainStyle, readingWidth(columns));
      tooWide.push(...tooWideIn(text, columns, `${columns} columns, ${entry.value.id}`));
      // Then the minutes, every item flagged so that each is printed twice; the file's hash is one word, kept whole.
      const record = {
        ...REVIEW_RECORD,
        items: items.map((i) => ({ key: i.key, kind: i.kind, text: i.text, answer: 'change' as const, note: i.text })),
      };
      const minutes = reviewMinutes(record, entry.value.title, 'journal/reviews/r.json', readingWidth(columns));
      tooWide.push(...tooWideIn(minutes, columns, `${columns} columns, minutes`, (line) => line.includes('sha256:')));
    }
  expect(tooWide).toEqual([]);
});

it("prints every command's help within 80 columns, but for the examples, which are typed whole", async () => {
  const whole = buildProgram(notUsed, notUsed);
  const commands = [[], ...whole.commands.flatMap((c) => [[c.name()], ...c.commands.map((s) => [c.name(), s.name()])])];
  const tooWide: string[] = [];
  for (const words of commands) {
    const help = await coop([...words, '--help']);
    expect(help.code, words.join(' ')).toBe(0);
    const example = (line: string) => line.startsWith('  $ ');
    tooWide.push(...tooWideIn(help.stdout, 80, `coop ${words.join(' ')} --help`, example));
  }
  expect(commands.length).toBeGreaterThan(20);
  expect(tooWide).toEqual([]);
});

function notUsed(): never {
  throw new Error('no command runs here');
}
