// coop incident and coop drill in scripted use, in process: errors a
// coordinator can make, check commands, --dry-run, --json, colour, where the
// journal goes. Ctrl-C and SIGKILL: tests/e2e/signals.test.ts.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const WALK = join(FIXTURES, 'walk');
const LIBRARY = join(WALK, 'library');
const COMMANDS = join(WALK, 'commands');
const MIXED = join(WALK, 'mixed');

function journalOf(dir: string): { name: string; events: Array<Record<string, unknown>> } {
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
  expect(names).toHaveLength(1);
  return {
    name: names[0]!.replace(/\.jsonl$/, ''),
    events: readJournalFile(join(dir, names[0]!)).events as unknown as Array<Record<string, unknown>>,
  };
}

const types = (events: Array<Record<string, unknown>>) => events.map((e) => `${e.type}:${e.step}`);

describe('choosing the runbook', () => {
  it('an unknown id is exit 2 with "did you mean"', async () => {
    const result = await coop(['incident', 'power-los', '--journal-dir', tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^coop: no runbook "power-los" in .*; did you mean "power-loss"\? \(see coop list\)\n$/,
    );
  });

  it('no id and no terminal to ask on is exit 2, listing the runbooks', async () => {
    const result = await coop(['incident', '--runbooks', LIBRARY]);
    expect(result.code).toBe(2);
    // The example names the library it was given: typed as printed, it walks that library's runbook.
    expect(result.stderr).toBe(
      `coop: name the runbook to walk through, like: coop incident checks --runbooks ${LIBRARY} (the runbooks are: checks, endless, every-kind, loop, notify-after, unnamed); without a terminal coop cannot ask\n`,
    );
  });

  it('a step that cannot be read is exit 2: its problem at file:line:col, then the steps that could be read', async () => {
    const journal = tempDir();
    const result = await coop(['incident', 'broken', '--runbooks', MIXED, '--yes', '--journal-dir', journal], {
      cwd: WALK,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'coop: error: mixed/broken.yaml:6:5: unknown key "nxt" in steps[1]; did you mean "next"?',
        'coop: the steps of broken cannot be followed as written, so coop will not walk them; the steps it could read are printed as a checklist: fix the errors and check with coop lint mixed/broken.yaml',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain(' 1. [ ] Do it.');
    expect(readdirSync(journal)).toEqual([]);
  });

  it('a runbook whose next leads nowhere is exit 2 at the line of that next, before anything is recorded', async () => {
    const journal = tempDir();
    const result = await coop(['incident', 'dangling', '--runbooks', MIXED, '--yes', '--journal-dir', journal], {
      cwd: WALK,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'coop: error: mixed/dangling.yaml:6:11: unknown step "secnd": no step of this runbook has that id; did you mean "second"?\n',
    );
    expect(readdirSync(journal)).toEqual([]);
  });

  it('points at the line even when the library comes from the start-up cache (which keeps no positions)', async () => {
    const cache = tempDir();
    for (let run = 1; run <= 2; run++) {
      const result = await coop(
        ['incident', 'dangling', '--runbooks', join(WALK, 'dangling'), '--yes', '--journal-dir', tempDir()],
        { cwd: WALK, env: { COOP_CACHE_DIR: cache } },
      );
      expect(result.stderr).toContain('coop: error: dangling/dangling.yaml:6:11: unknown step "secnd"');
    }
    expect(readdirSync(cache).length).toBeGreaterThan(0);
  });

  it('problems in other files of the library do not block this one: one line says to run coop lint', async () => {
    const result = await coop(['incident', 'good', '--runbooks', MIXED, '--yes', '--journal-dir', tempDir()], {
      cwd: WALK,
    });
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^coop: warning: other files of the library have \d+ problems? \(first: mixed\/broken\.yaml:6:5: .*\); run coop lint mixed for all of them$/,
    );
  });
});

describe('answers files', () => {
  it('a bad answers file is one line with file:line:col, exit 2, and nothing recorded', async () => {
    const journal = tempDir();
    const result = await coop(
      [
        'incident',
        'every-kind',
        '--runbooks',
        LIBRARY,
        '--answers',
        join(WALK, 'answers', 'not-a-choice.yaml'),
        '--journal-dir',
        journal,
      ],
      { cwd: WALK },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'coop: answers/not-a-choice.yaml:2:12: mail-down: "Maybe" is not an answer; it accepts "Yes", "No", "Not sure"\n',
    );
    expect(readdirSync(journal)).toEqual([]);
  });

  it('answers are matched without regard to case, and notes and skips are recorded', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.yaml'),
      'tell-director: {skip: Director is away, note: Left a message}\nmail-down: NO\ncheck-files: done\n',
    );
    const result = await coop(
      ['incident', 'every-kind', '--runbooks', LIBRARY, '--answers', 'a.yaml', '--journal-dir', 'j'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const { events } = journalOf(join(dir, 'j'));
    expect(events.slice(1)).toMatchObject([
      { type: 'note', step: 'tell-director', text: 'Left a message' },
      { type: 'step-skipped', step: 'tell-director', reason: 'Director is away', next: 'mail-down' },
      { type: 'answered', step: 'mail-down', answer: 'No', next: 'check-files' },
      { type: 'step-done', step: 'check-files', next: 'end' },
      { type: 'ended', outcome: 'completed' },
    ]);
    expect(result.stdout).toContain(
      'Skipped, so still to do: 1\n  ↷ Tell the Office Director. (reason: Director is away)',
    );
  });
});

describe('check steps', () => {
  it('run with --allow-commands; their outcome leads on; a failure into the end is exit 1', async () => {
    const journal = tempDir();
    const result = await coop([
      'incident',
      'checks',
      '--runbooks',
      LIBRARY,
      '--allow-commands',
      '--journal-dir',
      journal,
    ]);
    expect(result.code).toBe(1);
    const { events } = journalOf(journal);
    expect(types(events)).toEqual([
      'started:passes',
      'check-started:passes',
      'check-result:passes',
      'check-started:fails',
      'check-result:fails',
      'check-started:slow',
      'check-result:slow',
      'ended:slow',
    ]);
    expect(events[2]).toMatchObject({
      outcome: 'succeeded',
      decidedBy: 'command',
      exitCode: 0,
      output: 'all good\n',
      command: 'echo all good',
    });
    expect(events[4]).toMatchObject({ outcome: 'failed', exitCode: 3, output: 'broken\n', next: 'slow' });
    expect(events[6]).toMatchObject({ outcome: 'failed', timedOut: true, next: 'end' });
    expect(events[7]).toMatchObject({ type: 'ended', outcome: 'failed' });
    expect(result.stdout).toContain('Ended at a check that failed');
  });

  it('never run without --allow-commands in scripted use: exit 2 naming the step, the command not run', async () => {
    const dir = tempDir();
    const result = await coop(['incident', 'marker', '--runbooks', COMMANDS, '--yes', '--journal-dir', 'j'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'coop: step write-marker would run the command `echo ran > ran-marker`, and commands run only when allowed; allow it with --allow-commands, or give its outcome in an answers file (--answers FILE) (write-marker: succeeded or write-marker: failed)',
    );
    expect(existsSync(join(dir, 'ran-marker'))).toBe(false);
    expect(journalOf(join(dir, 'j')).events.at(-1)).toMatchObject({
      type: 'paused',
      reason: 'needs-permission',
      step: 'write-marker',
    });
  });

  it('an outcome in the answers file decides the check without running it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '{"write-marker": "succeeded"}');
    const result = await coop(
      [
        'incident',
        'marker',
        '--runbooks',
        COMMANDS,
        '--yes',
        '--allow-commands',
        '--answers',
        'a.json',
        '--journal-dir',
        'j',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'ran-marker'))).toBe(false);
    expect(journalOf(join(dir, 'j')).events[1]).toMatchObject({
      type: 'check-result',
      outcome: 'succeeded',
      decidedBy: 'answers',
    });
  });
});

describe('--dry-run', () => {
  it('prints the path, writes no journal and runs no command', async () => {
    const dir = tempDir();
    const result = await coop(
      ['incident', 'marker', '--runbooks', COMMANDS, '--dry-run', '--allow-commands', '--journal-dir', 'j'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Dry run of "Leave a marker" (marker): nothing is recorded and no command is run.',
        '   1. write-marker: Write a marker file',
        '      Stops here: the command is not run, and no outcome is given. The ways on:',
        '        if it succeeds -> step 2 (confirm)',
        '        if it fails -> step 2 (confirm)',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('output', () => {
  it('--json puts only JSON lines on stdout; the person-readable text goes to stderr', async () => {
    const result = await coop(
      ['incident', 'loop', '--runbooks', LIBRARY, '--yes', '--json', '--journal-dir', tempDir()],
      {
        input: '',
      },
    );
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(['started', 'step-done', 'paused']);
    expect(result.stderr).toContain('Wait until it is back');
    expect(result.stderr).toContain('To carry on, type:');
  });

  it('the command to carry on names the person of --as: typed as printed, no hand-over to the login', async () => {
    const journal = tempDir();
    const result = await coop([
      'incident',
      'loop',
      '--runbooks',
      LIBRARY,
      '--as',
      'Pat Smith',
      '--journal-dir',
      journal,
    ]);
    expect(result.code).toBe(2);
    const printed = /To carry on, type:\n {2}(.*)\n/.exec(result.stdout + result.stderr)?.[1];
    expect(printed).toMatch(/^coop resume \S+ --runbooks \S+ --journal-dir \S+ --as 'Pat Smith'$/);
  });

  it('no colour when stdout is not a terminal, even with NO_COLOR unset', async () => {
    const result = await coop([
      'incident',
      'every-kind',
      '--runbooks',
      LIBRARY,
      '--yes',
      '--answers',
      join(WALK, 'answers', 'every-form.yaml'),
      '--journal-dir',
      tempDir(),
    ]);
    expect(result.stdout + result.stderr).not.toMatch(/\u001b/);
  });

  it('without --as, the person is the login name', async () => {
    const journal = tempDir();
    await coop(
      [
        'incident',
        'unnamed',
        '--runbooks',
        LIBRARY,
        '--yes',
        '--answers',
        join(WALK, 'answers', 'unnamed.yaml'),
        '--journal-dir',
        journal,
      ],
      { env: { USER: 'ignored' } },
    );
    const { events } = journalOf(journal);
    expect(events[0]!.person).toBe(userInfo().username);
  });

  it('the journal folder comes from COOP_JOURNAL_DIR, then XDG_STATE_HOME', async () => {
    const dir = tempDir();
    const args = [
      'incident',
      'unnamed',
      '--runbooks',
      LIBRARY,
      '--yes',
      '--answers',
      join(WALK, 'answers', 'unnamed.yaml'),
    ];
    expect((await coop(args, { env: { COOP_JOURNAL_DIR: join(dir, 'env') } })).code).toBe(0);
    expect(readdirSync(join(dir, 'env'))).toHaveLength(1);
    expect((await coop(args, { env: { XDG_STATE_HOME: join(dir, 'state') } })).code).toBe(0);
    expect(readdirSync(join(dir, 'state', 'coop', 'journal'))).toHaveLength(1);
  });

  it('a journal folder that cannot be written stops before step 1 and says what to do', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    const result = await coop([
      'incident',
      'unnamed',
      '--runbooks',
      LIBRARY,
      '--yes',
      '--journal-dir',
      join(dir, 'file', 'journal'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^coop: cannot write the incident journal .*\.jsonl: part of the path is a file, not a folder; choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR\n$/,
    );
    expect(result.stdout).toBe('');
  });
});

describe('coop drill', () => {
  it('is recorded as an exercise and says so on every screen', async () => {
    const journal = tempDir();
    const result = await coop([
      'drill',
      'loop',
      '--runbooks',
      LIBRARY,
      '--yes',
      '--answers',
      join(WALK, 'answers', 'loop.yaml'),
      '--journal-dir',
      journal,
    ]);
    expect(result.code).toBe(0);
    expect(journalOf(journal).events[0]).toMatchObject({ type: 'started', drill: true });
    expect(result.stdout.match(/EXERCISE - not a real incident/g)!.length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toContain('The record of this exercise is in');
  });
});
