// The built binary in a real terminal (tmux): a person picks "Losing power
// during office hours", sees who to tell with how to reach them, takes a
// branch by answering, and presses Ctrl-C; the journal is left resumable and
// the exit code is 130.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { findRunbook } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { replay } from '../../src/walk/engine.js';
import { ended } from '../helpers/processes.js';
import { FIXTURES, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { closeTerminals, hasTmux, type Shell, terminal } from '../helpers/tmux-terminal.js';

const COMMANDS = join(FIXTURES, 'walk', 'commands');

describe.skipIf(!hasTmux)('coop incident in a real terminal', () => {
  afterAll(closeTerminals);

  it('power-loss: contacts on screen, a branch taken by answering, Ctrl-C leaves a resumable journal and exit 130', async () => {
    const { journal, screen, keys, waitFor, exitCode } = terminal('walk', 'incident');
    await waitFor('What is happening?');
    keys('-l', 'power');
    await waitFor(/❯ Losing power during office hours/);
    keys('Enter');

    // The opening screen: who to tell, and how to reach them, before step 1.
    let shown = await waitFor('Is it done?');
    expect(shown).toContain('Losing power during office hours');
    expect(shown).toMatch(
      /Tell these people now:\n\s+Executive Director: In person, or the number in the agency staff directory/,
    );
    expect(shown).toContain('Step 1');
    expect(shown).toContain('Shut off all computer hardware, this computer included.');

    keys('Enter'); // Done
    // Keys go only once the prompt is drawn: inquirer drops keys typed before it.
    await waitFor(/Power down the servers in the server room\.[\s\S]*Is it done\?/);
    keys('Enter'); // Done
    await waitFor(/Is the Executive Director in the office\?[\s\S]*Answer:/);
    keys('Down', 'Enter'); // No
    shown = await waitFor(/Keep the Executive Director updated on the situation\.[\s\S]*Is it sent\?/);
    expect(shown).toMatch(/Step 4/);
    expect(shown).toMatch(/Contact:\n\s+Executive Director: In person/);

    keys('C-c');
    expect(await exitCode()).toBe('130');

    const [name] = readdirSync(journal).filter((n) => n.endsWith('.jsonl'));
    const incident = name!.replace(/\.jsonl$/, '');
    shown = screen();
    expect(shown).toContain(`To carry on, type:\n  coop resume ${incident}`);
    expect(shown).not.toMatch(/at .*\.js:\d+/); // no stack trace

    const events = readJournalFile(join(journal, name!)).events;
    expect(events.map((e) => `${e.type}:${e.step}`)).toEqual([
      'started:shut-down-computers',
      'step-done:shut-down-computers',
      'step-done:power-down-servers',
      'answered:director-in-office',
      'paused:update-director',
    ]);
    expect(events[3]).toMatchObject({ answer: 'No', next: 'update-director' });
    expect(events[4]).toMatchObject({ reason: 'interrupted' });
    // Resumable: the journal replays to a paused walk at the step where Ctrl-C was pressed.
    const runbook = findRunbook(loadLibrary(SHIPPED_RUNBOOKS), 'power-loss')!.value;
    expect(replay(runbook, events)).toMatchObject({ status: 'paused', at: 3, pause: { reason: 'interrupted' } });
    expect(readdirSync(journal).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });

  it('status updates every 5s: the draft at the update step, a countdown while waiting, the question again when due', async () => {
    const { journal, keys, waitFor, exitCode } = terminal(
      'updates',
      "incident power-loss --update-every 5s --as 'Pat Smith'",
    );
    await waitFor('Is it done?');
    keys('Enter'); // Done
    await waitFor(/Power down the servers in the server room\.[\s\S]*Is it done\?/);
    keys('Enter'); // Done
    await waitFor(/Is the Executive Director in the office\?[\s\S]*Answer:/);
    keys('Down', 'Enter'); // No
    const draft = await waitFor(/Update for Executive Director, drafted from the record[\s\S]*Is it sent\?/);
    expect(draft.replace(/\s+/g, ' ')).toMatch(
      /Done: Shut off all computer hardware, this computer included \d\d:\d\d; Power down the servers/,
    );
    keys('Enter'); // Sent: record this update
    await waitFor(/Next update due [\d-]+ [\d:]+ \(in \ds\)\.[\s\S]*Not yet: wait until the next update is due/);
    keys('Down', 'Down', 'Enter'); // past Yes and No to the wait
    await waitFor(/Next update to Executive Director due \d\d:\d\d: in \ds\. Press Enter to answer now\./);
    // When it is due, the question is asked again, with the update now owed.
    await waitFor(/The next update was due .*: send it now\.[\s\S]*Answer:/);
    keys('Enter'); // Yes
    expect(await exitCode()).toBe('0');
    const [name] = readdirSync(journal).filter((n) => n.endsWith('.jsonl'));
    const events = readJournalFile(join(journal, name!)).events;
    expect(events.filter((e) => e.type === 'update')).toMatchObject([{ step: 'update-director', person: 'Pat Smith' }]);
  });

  it('servers-offline: the support desk number is on the step that calls it, and Pause saves and exits 130', async () => {
    const { journal, keys, waitFor, exitCode } = terminal('walk2', "incident servers-offline --as 'Pat Smith'");
    await waitFor('Is it done?');
    keys('Enter');
    await waitFor(/Step 2[\s\S]*CHOOSE Networks Support Desk: \(316\) 928-8828[\s\S]*Is it done\?/);
    keys('Down', 'Down', 'Down', 'Enter'); // Pause - carry on later
    await waitFor('To carry on, type:');
    expect(await exitCode()).toBe('130');
    const [name] = readdirSync(journal).filter((n) => n.endsWith('.jsonl'));
    expect(readJournalFile(join(journal, name!)).events.at(-1)).toMatchObject({
      type: 'paused',
      reason: 'person',
      step: 'contact-support',
      person: 'Pat Smith',
    });
  });

  it('a note pasted with 10,000 characters on many lines arrives whole, every line kept, in one note', async () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) => `${i + 1}. UPS in room ${i % 7} beeps; Pat checked the breaker, café lights out`,
    );
    const pasted = lines.join('\n').slice(0, 10_000).trim();
    const { events, keys, paste, waitFor } = terminal('paste', "incident power-loss --as 'Pat Smith'");
    await waitFor('Is it done?');
    keys('Down', 'Down', 'Enter'); // Add a note
    await waitFor('Note:');
    paste(pasted);
    const more = pasted.split('\n').length - 1;
    await waitFor(`... and ${more - 1} more lines`);
    keys('Enter');
    await waitFor(`Note: 1. UPS in room 0 beeps; Pat checked the breaker, café lights out (and ${more} more lines)`);
    await waitFor(/more lines\)\n\? Is it done\?/); // the rest of the paste did not fall into the next prompt
    const notes = events().filter((e) => e.type === 'note');
    expect(notes).toEqual([expect.objectContaining({ text: pasted, step: 'shut-down-computers' })]);
  });

  it('a pasted note that ends in a line break counts the lines it keeps', async () => {
    const { events, keys, paste, waitFor } = terminal('paste-end', "incident power-loss --as 'Pat Smith'");
    await waitFor('Is it done?');
    keys('Down', 'Down', 'Enter'); // Add a note
    await waitFor('Note:');
    paste('Called the utility\nOutage until 14:00\n');
    keys('Enter');
    await waitFor('Note: Called the utility (and 1 more line)');
    expect(events().filter((e) => e.type === 'note')).toEqual([
      expect.objectContaining({ text: 'Called the utility\nOutage until 14:00' }),
    ]);
  });

  it('a runbook whose steps cannot be followed: the steps it could read, then what to do now and then, exit 2', async () => {
    const library = join(FIXTURES, 'best-effort', 'eight-mistakes');
    const { journal, waitFor, exitCode } = terminal('unfollowable', `--runbooks '${library}' incident power-loss`);
    const shown = await waitFor('Then: ');
    // On a terminal a message is broken at its spaces, the rest of it under its text after "coop: ".
    const asOneLine = shown.replace(/\n {6}(?=\S)/g, ' ');
    expect(asOneLine).toMatch(/coop: error: .*power-loss\.yaml:14:5: steps\[2\] has none of do, ask or run/);
    expect(shown).toContain('4. [ ] Keep the Executive Director updated on the situation.');
    expect(shown).toMatch(
      /coop: power-loss cannot be walked: its steps cannot be followed as written\.\n {2}Now: {2}follow the steps above as far as they go, or the printed binder\.\n {2}Then: fix the errors listed before the steps, and check with: coop lint .*power-loss\.yaml/,
    );
    expect(await exitCode()).toBe('2');
    expect(existsSync(journal)).toBe(false);
  });

  describe('Ctrl-Z, then fg, at a shell with job control', () => {
    it.each<Shell>(['bash', 'zsh', 'fish'])(
      '%s: the shell gets the terminal back with its cursor; fg draws the step and its list again, the cursor where it was; keys work at once; nothing is recorded twice',
      async (shell) => {
        const t = terminal(`stopped-${shell}`, "incident power-loss --as 'Pat Smith'", { shell });
        await t.waitFor('Is it done?');
        t.keys('Down');
        await t.waitFor('❯ Skip this step');
        t.keys('C-z');
        // Each shell says it in its own words, on a line of its own.
        await t.waitFor(/\n(\[1\]\+ +Stopped|zsh: suspended|fish: Job 1, .* has stopped)/);
        expect(t.cursorShown()).toBe(true); // the list had hidden it
        t.fg();
        // Drawn again under what the shell printed: the card, then the list with Skip still under the cursor.
        const again = await t.waitFor(
          /\bfg\b[^\n]*\n[\s\S]*Step 1 of 5[\s\S]*Shut off all computer hardware[\s\S]*❯ Skip this step/,
        );
        expect(again.split('Step 1 of 5').length - 1).toBe(2);
        // Raw mode again: each key acts as it is pressed, without Enter.
        t.keys('Up', 'Enter'); // Done
        await t.waitFor(/Power down the servers in the server room\.[\s\S]*Is it done\?/);
        t.keys('Down', 'Down', 'Down', 'Enter'); // Pause - carry on later
        await t.waitFor('To carry on, type:');
        if (t.tellsExitAfterFg) expect(await t.exitCode()).toBe('130');
        expect(t.events().map((e) => `${e.type}:${e.step}`)).toEqual([
          'started:shut-down-computers',
          'step-done:shut-down-computers',
          'paused:power-down-servers',
        ]);
      },
    );

    it('under a wrapper that waits for coop (sh -c, as npx): the shell still gets its terminal back', async () => {
      const t = terminal('stopped-wrapped', "incident power-loss --as 'Pat Smith'", { shell: 'bash', wrapped: true });
      await t.waitFor('Is it done?');
      t.keys('C-z');
      await t.waitFor(/\[1\]\+ +Stopped/);
      t.fg();
      await t.waitFor(/\bfg\b[^\n]*\n[\s\S]*Step 1 of 5[\s\S]*Is it done\?/);
      t.keys('Down', 'Down', 'Down', 'Enter'); // Pause - carry on later
      expect(await t.exitCode()).toBe('130');
    });
  });

  describe('the terminal closes under coop (tmux kill-session)', () => {
    /** The one journal of a walk: its events, and the lock files beside it. */
    const journalOf = (journal: string) => {
      const [name] = readdirSync(journal).filter((n) => n.endsWith('.jsonl'));
      return {
        events: readJournalFile(join(journal, name!)).events,
        locks: readdirSync(journal).filter((n) => n.endsWith('.lock')),
      };
    };

    it('at a prompt: the walk is paused as interrupted, the lock let go, exit 130, and nothing on stderr', async () => {
      const t = terminal('closed-at-prompt', 'incident power-loss', { closing: true });
      await t.waitFor('Is it done?');
      t.close();
      expect(await t.exitCode()).toBe('130');
      const { events, locks } = journalOf(t.journal);
      expect(events.at(-1)).toMatchObject({ type: 'paused', reason: 'interrupted', step: 'shut-down-computers' });
      expect(locks).toEqual([]);
      expect(t.stderr()).toBe('');
    });

    it('while a check runs: the command and what it left running are stopped, and the walk is paused', async () => {
      const t = terminal('closed-in-check', `incident leftover --runbooks '${COMMANDS}'`, { closing: true });
      await t.waitFor('Run the command?');
      t.keys('Enter'); // Run it now
      const pidFile = join(t.dir, 'leftover-pid');
      while (!existsSync(pidFile) || !readFileSync(pidFile, 'utf8').trim()) await new Promise((r) => setTimeout(r, 50));
      const leftover = Number(readFileSync(pidFile, 'utf8'));
      t.close();
      expect(await t.exitCode()).toBe('130');
      const { events, locks } = journalOf(t.journal);
      expect(events.map((e) => e.type)).toEqual(['started', 'check-started', 'paused']);
      expect(events.at(-1)).toMatchObject({ reason: 'interrupted', step: 'start-daemon' });
      expect(locks).toEqual([]);
      expect(t.stderr()).toBe('');
      expect(await ended(leftover)).toBe(true);
    });
  });
});
