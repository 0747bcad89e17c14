// Signals reach only a real process: Ctrl-C (SIGINT) while a check's command
// runs pauses the incident and exits 130; SIGKILL in the middle leaves every
// event written before it whole in the journal, and the lock behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { killHard, startCoop } from '../helpers/run-coop.js';

const COMMANDS = join(FIXTURES, 'walk', 'commands');

/** Waits until the check command of slow.yaml runs: its shell has written its pid. A hang is the test's timeout. */
async function checkRunning(dir: string): Promise<number> {
  const file = join(dir, 'check-pid');
  while (!existsSync(file) || !readFileSync(file, 'utf8').endsWith('\n')) await new Promise((r) => setTimeout(r, 10));
  return Number(readFileSync(file, 'utf8'));
}

/** coop incident slow.yaml in a fresh folder, once its check's command runs. */
async function slowCheckRunning() {
  const dir = tempDir();
  const coop = startCoop(
    ['incident', 'slow', '--runbooks', COMMANDS, '--yes', '--allow-commands', '--journal-dir', 'j'],
    { cwd: dir },
  );
  return { dir, coop, shell: await checkRunning(dir) };
}

const stepsOf = (dir: string) => {
  const [name] = readdirSync(join(dir, 'j')).filter((n) => n.endsWith('.jsonl'));
  const events = readJournalFile(join(dir, 'j', name!)).events;
  return { name: name!.replace(/\.jsonl$/, ''), events, steps: events.map((e) => `${e.type}:${e.step}`) };
};

describe('signals', () => {
  it('Ctrl-C (SIGINT) while a command runs: the command stops, the incident is paused, exit 130', async () => {
    const { dir, coop, shell } = await slowCheckRunning();
    coop.child.kill('SIGINT');
    const { code } = await coop.exited;
    expect(code).toBe(130);
    const { name, events, steps } = stepsOf(dir);
    expect(steps).toEqual(['started:before', 'step-done:before', 'check-started:wait', 'paused:wait']);
    expect(events.at(-1)).toMatchObject({ reason: 'interrupted' });
    expect(coop.stdout()).toContain(
      `To carry on, type:\n  coop resume ${name} --runbooks ${COMMANDS} --journal-dir j --yes --allow-commands`,
    );
    expect(coop.stderr()).toBe('');
    // The command's shell (and the sleep it started) were stopped, not left running.
    expect(() => process.kill(shell, 0)).toThrow();
  });

  it('SIGKILL in the middle: every event written before the kill is in the journal, whole', async () => {
    const { dir, coop, shell } = await slowCheckRunning();
    await killHard(coop);
    // Nothing is left to stop the command a killed coop started: the test does, so no sleep outlives it.
    process.kill(-shell, 'SIGKILL');
    const { name, steps } = stepsOf(dir);
    expect(readJournalFile(join(dir, 'j', `${name}.jsonl`)).torn).toBeUndefined();
    expect(steps).toEqual(['started:before', 'step-done:before', 'check-started:wait']);
    // The lock of a killed process stays behind, naming a process that is gone: coop resume takes it over.
    expect(readdirSync(join(dir, 'j')).filter((n) => n.endsWith('.lock'))).toHaveLength(1);
  });
});
