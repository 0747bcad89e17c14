// What incident, drill, resume and export do with a runbook that loaded with
// problems (issue 13): a problem that leaves the steps as written is a
// warning and the walk goes on; one that makes them impossible to follow
// stops the walk, and the steps that could be read are printed instead.
// The fixtures are tests/fixtures/best-effort (its README says what is wrong).
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHash } from '../../src/journal/hash.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const BEST_EFFORT = join(FIXTURES, 'best-effort');

/** A copy of one fixture library as `runbooks/` of a fresh folder, with an answers file for power-loss. */
function folderWith(name: string): string {
  const cwd = tempDir();
  cpSync(join(BEST_EFFORT, name), join(cwd, 'runbooks'), { recursive: true });
  writeFileSync(join(cwd, 'answers.yaml'), 'director-in-office: "Yes"\n');
  return cwd;
}

const TITEL_WARNING = 'coop: warning: runbooks/power-loss.yaml:2:1: unknown key "titel"; did you mean "title"?\n';

describe('a runbook whose problems leave its steps as written', () => {
  it('"titel:" is walked, after one warning line at its line and column', async () => {
    const cwd = folderWith('titel');
    const r = await coop(['incident', 'power-loss', '--yes', '--answers', 'answers.yaml', '--journal-dir', 'j'], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${TITEL_WARNING}coop: none of this changes the steps, so the walk goes on (afterwards: coop lint runbooks/power-loss.yaml)\n`,
    );
    expect(r.stdout).toContain('Shut off all computer hardware.');
  });

  it('at a terminal, the warning is broken at its spaces and the command to check the file has a line of its own', async () => {
    const r = await coop(['incident', 'power-loss', '--yes', '--answers', 'answers.yaml', '--journal-dir', 'j'], {
      cwd: folderWith('titel'),
      stderrIsTTY: true,
      columns: 50,
    });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(50);
    // Whole on its line, as it is typed.
    expect(lines.at(-1)).toBe('  coop lint runbooks/power-loss.yaml');
    expect(lines.slice(0, -1).join(' ').replace(/ {2,}/g, ' ')).toBe(
      `${TITEL_WARNING.trim()} coop: none of this changes the steps, so the walk goes on; afterwards, check the file with:`,
    );
  });

  it('a contact contacts.yaml does not have is a warning at its line and column, in the words of coop lint', async () => {
    const r = await coop(['incident', 'power-loss', '--yes', '--journal-dir', 'j'], {
      cwd: folderWith('unknown-contact'),
    });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(
      'coop: warning: runbooks/power-loss.yaml:10:16: unknown contact "facilities-desk"',
    );
    expect(r.stdout).toContain("Call the building's facilities desk.");
  });

  it('the journal records the file walked and the hash of what it holds', async () => {
    const cwd = folderWith('titel');
    await coop(['drill', 'power-loss', '--yes', '--answers', 'answers.yaml', '--journal-dir', 'j'], { cwd });
    const [name] = readdirSync(join(cwd, 'j')).filter((n) => n.endsWith('.jsonl'));
    const started = readJournalFile(join(cwd, 'j', name!)).events[0] as unknown as Record<string, unknown>;
    expect(started).toMatchObject({
      type: 'started',
      runbook: 'power-loss',
      drill: true,
      runbookFile: 'runbooks/power-loss.yaml',
      runbookHash: fileHash(join(cwd, 'runbooks', 'power-loss.yaml')),
    });
  });

  it('export says each problem on its own line, then what became of the file', async () => {
    const cwd = folderWith('titel');
    const r = await coop(['export', '--out', 'binder.html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      TITEL_WARNING.trimEnd(),
      'coop: runbooks/power-loss.yaml: 1 problem; exported with what could be read',
    ]);
  });
});

describe('a runbook whose steps cannot be followed as written (eight mistakes)', () => {
  const PROBLEM_LINES = [
    'coop: warning: runbooks/power-loss.yaml:2:1: unknown key "titel"; did you mean "title"?',
    'coop: warning: runbooks/power-loss.yaml:4:8: unknown contact "executive-directr"; did you mean "executive-director"?',
    'coop: warning: runbooks/power-loss.yaml:5:11: reviewed: "2016-06-31" is not a real date',
    expect.stringMatching(/^coop: warning: runbooks\/power-loss\.yaml:7:11: warnings: expected a list/),
    expect.stringMatching(/^coop: warning: runbooks\/power-loss\.yaml:11:12: steps\[1\]\.phase: "activation"/),
    expect.stringMatching(/^coop: error: runbooks\/power-loss\.yaml:14:5: steps\[2\] has none of do, ask or run/),
    expect.stringMatching(/^coop: error: runbooks\/power-loss\.yaml:22:15: unknown step "update-directr"/),
    expect.stringMatching(/^coop: error: runbooks\/power-loss\.yaml:28:9: step id "update-director" is already used/),
  ];

  it.each(['incident', 'drill'])(
    '%s: each problem in one line, the steps it could read as a checklist, exit 2, nothing recorded',
    async (command) => {
      const cwd = folderWith('eight-mistakes');
      const r = await coop([command, 'power-loss', '--yes', '--answers', 'answers.yaml', '--journal-dir', 'j'], {
        cwd,
      });
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toEqual([
        ...PROBLEM_LINES,
        'coop: the steps of power-loss cannot be followed as written, so coop will not walk them; the steps it could read are printed as a checklist: fix the errors and check with coop lint runbooks/power-loss.yaml',
      ]);
      expect(r.stdout).toContain(' 1. [ ] Shut off all computer hardware.');
      expect(r.stdout).toContain('Do not try to retrieve hardware in the middle of an emergency.');
      expect(r.stdout).toContain(' 2. [ ] This step could not be read (runbooks/power-loss.yaml:14:5)');
      // The contact wrapped to the 80 columns, its second line under its first: never cut by the terminal.
      expect(r.stdout).toMatch(
        /\n {8}call: Executive Director: In person, or the number in the agency\n {18}staff directory\n {16}Directs the response/,
      );
      expect(readdirSync(cwd)).not.toContain('j');
    },
  );

  it('show prints the same steps, and exits 2 so a script does not take them for the whole', async () => {
    const r = await coop(['show', 'power-loss'], { cwd: folderWith('eight-mistakes') });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual(PROBLEM_LINES);
    expect(r.stdout).toContain(' 5. (?) Is the power back on?');
  });
});

describe('resume of an incident whose runbook was broken since', () => {
  it('prints the steps it could read and says where to read what was done so far', async () => {
    const cwd = folderWith('titel');
    await coop(['incident', 'power-loss', '--yes', '--journal-dir', 'j'], { cwd });
    const [name] = readdirSync(join(cwd, 'j')).filter((n) => n.endsWith('.jsonl'));
    const id = name!.replace(/\.jsonl$/, '');
    cpSync(join(BEST_EFFORT, 'eight-mistakes'), join(cwd, 'runbooks'), { recursive: true });
    const r = await coop(['resume', id, '--yes', '--journal-dir', 'j'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      `coop: the steps of power-loss cannot be followed as written, so coop will not walk them; the steps it could read are printed as a checklist: fix the errors and check with coop lint runbooks/power-loss.yaml; what was done so far: coop report ${id} --journal-dir j`,
    );
    expect(r.stdout).toContain(' 1. [ ] Shut off all computer hardware.');
  });
});

describe('what to type next, under npx (npm exec), where coop is not on the PATH', () => {
  const npx = { npm_command: 'exec' };

  it('the walk that goes on says to check with npx coop lint', async () => {
    const cwd = folderWith('titel');
    const r = await coop(['incident', 'power-loss', '--yes', '--answers', 'answers.yaml', '--journal-dir', 'j'], {
      cwd,
      env: npx,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(afterwards: npx coop lint runbooks/power-loss.yaml)\n');
  });

  it('a list of a library with problems names npx coop lint and the library it read', async () => {
    const cwd = folderWith('eight-mistakes');
    const r = await coop(['list'], { cwd, env: npx });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\); run npx coop lint runbooks for all of them\n$/);
  });
});
