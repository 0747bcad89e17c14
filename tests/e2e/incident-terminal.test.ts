// The built binary in a real terminal (tmux): a person picks "Losing power
// during office hours", sees who to tell with how to reach them, takes a
// branch by answering, and presses Ctrl-C; the journal is left resumable and
// the exit code is 130.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { findRunbook } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { replay } from '../../src/walk/engine.js';
import { COOP_BIN, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('incident-terminal: skipped, because tmux is not installed (apt-get install tmux)');

// A server of our own, so the test never touches a person's tmux sessions.
const SOCKET = `coop-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

/** A terminal running `coop args...` in a fresh folder; the shell writes coop's exit code to a file. */
function terminal(name: string, args: string) {
  const dir = tempDir();
  const journal = join(dir, 'journal');
  const exitFile = join(dir, 'exit-code');
  const command = `cd '${dir}' && env -u NO_COLOR -u CI COOP_JOURNAL_DIR='${journal}' TERM=xterm-256color '${process.execPath}' '${COOP_BIN}' ${args}; echo $? > '${exitFile}'; sleep 30`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '50', command);
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', name);
  return {
    journal,
    screen,
    keys: (...k: string[]) => tmux('send-keys', '-t', name, ...k),
    waitFor: async (text: string | RegExp, ms = 15_000): Promise<string> => {
      for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
        const shown = screen();
        if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
        if (Date.now() > end) throw new Error(`"${text}" never appeared on the screen:\n${shown}`);
      }
    },
    exitCode: async (ms = 10_000): Promise<string> => {
      for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
        const code = existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '';
        if (code) return code;
        if (Date.now() > end) throw new Error(`coop did not exit:\n${screen()}`);
      }
    },
  };
}

describe.skipIf(!hasTmux)('coop incident in a real terminal', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

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
    expect(shown).toContain('Shut off all computer hardware.');

    keys('Enter'); // Done
    // Keys go only once the prompt is drawn: inquirer drops keys typed before it.
    await waitFor(/Power down the servers in the server room\.[\s\S]*Is it done\?/);
    keys('Enter'); // Done
    await waitFor(/Is the Executive Director in the office\?[\s\S]*Answer:/);
    keys('Down', 'Enter'); // No
    shown = await waitFor(/Keep the Executive Director updated on the situation\.[\s\S]*Is it done\?/);
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
});
