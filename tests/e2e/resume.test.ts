// `coop resume` against journals left the way real failures leave them: a
// process killed mid-walk or still running and holding the incident, a line
// cut short, a file that is not a journal, a runbook edited or with a step
// gone since the incident began. The walks that leave them are the built
// binary, held or killed at an exact event; the resumes run in process.
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalLines, killHard, startCoop, untilLines } from '../helpers/run-coop.js';

const POWER_LOSS = { 'director-in-office': 'No', 'power-back': ['No', 'Yes'] };

interface Setup {
  dir: string;
  journal: string;
  runbooks: string;
  answers: string;
  args: string[];
}

/** A copy of the shipped library, an answers file, and an empty journal folder. */
function setup(answers: object = POWER_LOSS): Setup {
  const dir = tempDir('coop-resume-');
  const runbooks = join(dir, 'runbooks');
  cpSync(SHIPPED_RUNBOOKS, runbooks, { recursive: true });
  const file = join(dir, 'answers.yaml');
  writeFileSync(file, stringify(answers));
  const journal = join(dir, 'journal');
  return {
    dir,
    journal,
    runbooks,
    answers: file,
    args: ['--runbooks', runbooks, '--journal-dir', journal, '--answers', file, '--yes'],
  };
}

/** Starts `coop <command> <runbook>` and stops it, blocked, once `events` are on disk: a coop that is still running. */
async function heldAt(s: Setup, command: 'incident' | 'drill', runbook: string, events: number, as = 'Pat Smith') {
  const running = startCoop([command, runbook, ...s.args, '--as', as], {
    env: { COOP_TEST_HOLD_AFTER_EVENTS: String(events) },
  });
  await untilLines(s.journal, events, running);
  const name = readdirSync(s.journal).find((n) => n.endsWith('.jsonl'))!;
  return { running, id: name.replace(/\.jsonl$/, ''), file: join(s.journal, name) };
}

describe('coop resume after a coop that was killed or is still running', () => {
  it('two writers at once: the second is told who holds the incident; once that coop is gone, the resume goes on', async () => {
    const s = setup();
    const held = await heldAt(s, 'incident', 'power-loss', 3);
    const second = await coop(['resume', held.id, ...s.args, '--as', 'Lee Jones']);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      new RegExp(
        `^coop: incident ${held.id} is open in another coop: Pat Smith on ${hostname()} \\(process ${held.running.child.pid}\\) since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d; one coop at a time writes an incident: wait until they pause it, or ask them to\\n$`,
      ),
    );
    expect(journalLines(s.journal)).toHaveLength(3);
    await killHard(held.running);
    const third = await coop(['resume', held.id, ...s.args, '--as', 'Lee Jones']);
    expect(third.stderr).toBe('');
    expect(third.code).toBe(0);
    expect(third.stdout).toContain('Resumed by Lee Jones, taking over from Pat Smith.');
  });

  it('a line cut short by a kill in the middle of a write: a warning naming the line, then the walk goes on from the last whole line', async () => {
    const s = setup();
    const held = await heldAt(s, 'incident', 'power-loss', 4);
    await killHard(held.running);
    const whole = readFileSync(held.file, 'utf8');
    appendFileSync(held.file, '{"v":1,"seq":5,"ts":"2026-11-23T09:1');
    const result = await coop(['resume', ...s.args]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `coop: warning: ${held.file}:5: the last line was cut short (coop stopped while writing it); it is set aside and everything before it is used\n`,
    );
    const after = readFileSync(held.file, 'utf8');
    expect(after.startsWith(whole)).toBe(true);
    expect(readJournalFile(held.file).torn).toBeUndefined();
    expect(readJournalFile(held.file).events.at(-1)).toMatchObject({ type: 'ended' });
  });

  it('a file that is not a journal: one line with the file and the line, exit 2, no stack trace', async () => {
    const s = setup();
    const file = join(s.journal, '20261123-091503-power-loss-abcd.jsonl');
    cpSync(join(SHIPPED_RUNBOOKS, 'power-loss.yaml'), file);
    const result = await coop(['resume', '20261123-091503-power-loss-abcd', ...s.args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `coop: ${file}:1: is not a coop journal line (not JSON); only a last line cut short by a crash can be set aside\n`,
    );
  });

  it('the runbook was edited since the start: it says so on screen and carries on by step id', async () => {
    const s = setup();
    const held = await heldAt(s, 'incident', 'power-loss', 3);
    await killHard(held.running);
    const file = join(s.runbooks, 'power-loss.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'ask: Is the Executive Director in the office?',
        'ask: Is the Executive Director in the building?',
      ),
    );
    const result = await coop(['resume', held.id, ...s.args]);
    expect(result.code).toBe(0);
    // Joined again: the warning is set to the terminal's width, each line after the first under the text.
    expect(result.stdout.replace(/\n {3}(?=\S)/g, ' ')).toMatch(
      /!! The runbook power-loss \(.*power-loss\.yaml\) has changed since this incident began on \d{4}-\d\d-\d\d \d\d:\d\d; coop carries on by step id\./,
    );
    expect(result.stdout).toContain('? Step 3 Is the Executive Director in the building? Answer: No');
  });

  it('a step the journal needs is gone from the runbook: it names the step and stops cleanly (exit 2)', async () => {
    const s = setup();
    const held = await heldAt(s, 'incident', 'power-loss', 4);
    await killHard(held.running);
    const file = join(s.runbooks, 'power-loss.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('update-director', 'brief-director'));
    const before = readFileSync(held.file, 'utf8');
    const result = await coop(['resume', held.id, ...s.args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `coop: cannot carry on incident ${held.id}: ${held.file}:4: leads to step update-director, which the runbook power-loss does not have (the runbook has changed since the incident began); put the step back in the runbook, or finish by hand (what was done so far: coop report ${held.id} --runbooks ${s.runbooks} --journal-dir ${s.journal})\n`,
    );
    expect(readFileSync(held.file, 'utf8')).toBe(before);
  });

  it('a drill stays a drill: the exercise banner on the resumed screens', async () => {
    const s = setup({ 'hardware-lost': 'No' });
    const held = await heldAt(s, 'drill', 'fire', 2);
    await killHard(held.running);
    const result = await coop(['resume', held.id, ...s.args, '--as', 'Lee Jones']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l.includes('EXERCISE - not a real incident')).length).toBe(2);
    expect(result.stdout).toContain('The record of this exercise is in');
  });

  it('--json prints exactly the events the resume writes', async () => {
    const s = setup();
    const held = await heldAt(s, 'incident', 'power-loss', 3);
    await killHard(held.running);
    const result = await coop(['resume', held.id, ...s.args, '--json']);
    expect(result.code).toBe(0);
    expect(readFileSync(held.file, 'utf8').split('\n').slice(3).join('\n')).toBe(result.stdout);
    expect(result.stderr).toContain('Already done (2 steps), as recorded:');
  });

  it.each([
    ['resume', '../../etc/passwd'],
    ['resume', '/etc/passwd'],
    ['report', '../20261123-091503-power-loss-abcd'],
    ['report', 'x'.repeat(200)],
  ])('coop %s %s: refused before any path is built (exit 2)', async (command, id) => {
    const s = setup();
    const result = await coop([command, id, '--journal-dir', s.journal]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^coop: ".*" is not an incident id; ids look like 20261123-091503-power-loss-k3f9 \(coop incidents lists the incidents there\)\n$/,
    );
  });
});
