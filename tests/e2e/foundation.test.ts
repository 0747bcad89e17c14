// The read-only commands, run as a user would: the built binary in a fresh
// folder, real exit codes, what lands on stdout and on stderr.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { COOP_BIN, FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

describe('coop (built binary)', () => {
  it('prints its version and help with examples', () => {
    const version = runCoop(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCoop(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    for (const command of ['incident', 'lint', 'list', 'show', 'contacts', 'export'])
      expect(help.stdout).toContain(command);
    const showHelp = runCoop(['show', '--help']);
    expect(showHelp.stdout).toMatch(/show one runbook/);
    expect(showHelp.stdout).toContain('$ coop show power-loss');
  });

  it('exits 2 with one line for an unknown command or option', () => {
    const r = runCoop(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("coop: unknown command 'frobnicate'");
    expect(runCoop(['list', '--bogus']).code).toBe(2);
  });

  it('lists the six procedures of the shipped library from any folder', () => {
    const r = runCoop(['list']);
    expect(r.code).toBe(0);
    for (const title of [
      'Severe weather',
      'Fire or other catastrophe',
      'Losing power during office hours',
      'Servers offline',
      'Outlook offline',
      'Online database / FileMaker down',
    ]) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stderr).toBe('');
  });

  it('lists as JSON for scripts', () => {
    const r = runCoop(['list', '--json']);
    const data = JSON.parse(r.stdout);
    expect(data.runbooks).toHaveLength(6);
    expect(data.runbooks.find((x: { id: string }) => x.id === 'power-loss')).toMatchObject({
      title: 'Losing power during office hours',
      owner: 'Executive Director',
      reviewed: '2016-06-12',
    });
  });

  it('shows servers-offline with the CHOOSE Networks number', () => {
    const r = runCoop(['show', 'servers-offline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CHOOSE Networks Support Desk: (316) 928-8828');
  });

  it('shows the branch of power-loss for a Director who is not in the office', () => {
    const r = runCoop(['show', 'power-loss']);
    expect(r.stdout).toMatch(
      /3\. \(\?\) Is the Executive Director in the office\?\n\s+if Yes -> end\n\s+if No -> step 4/,
    );
    expect(r.stdout).toMatch(/4\. \[ \] Keep the Executive Director updated on the situation\./);
  });

  it('shows the fire warning framed so it cannot be missed, with no colour in a pipe', () => {
    const r = runCoop(['show', 'fire']);
    expect(r.stdout).toMatch(
      /!!!!!!!!!!\n!! WARNING\n!! - Do not try to retrieve hardware in the middle of an emergency\./,
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked on a pipe, and never with NO_COLOR', () => {
    expect(runCoop(['show', 'fire', '--color']).stdout).toContain('\u001b[');
    expect(runCoop(['show', 'fire', '--color'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('shows a runbook as JSON with its steps resolved', () => {
    const view = JSON.parse(runCoop(['show', 'power-loss', '--format', 'json']).stdout);
    expect(view.steps[2].branches).toEqual([
      { kind: 'choice', label: 'Yes', target: { kind: 'end' } },
      { kind: 'choice', label: 'No', target: { kind: 'step', number: 4, id: 'update-director' } },
    ]);
  });

  it('shows a runbook as Markdown and as a self-contained HTML page', () => {
    const md = runCoop(['show', 'power-loss', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Losing power during office hours\n/);
    expect(md.stdout).toContain('If **No**, go to step 4.');
    const html = runCoop(['show', 'servers-offline', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('(316) 928-8828');
    expect(html.stdout).not.toMatch(/<script|src="http/i);
  });

  it('suggests the nearest runbook for an unknown id and exits 2', () => {
    const r = runCoop(['show', 'powr-loss']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `coop: no runbook "powr-loss" in ${SHIPPED_RUNBOOKS}; did you mean "power-loss"? (see coop list)\n`,
    );
  });

  it('finds contacts by name or by digits, as text or JSON', () => {
    expect(runCoop(['contacts', 'kletc']).stdout).toContain('(620) 694-1514');
    expect(runCoop(['contacts', '9288828']).stdout).toContain('CHOOSE Networks Support Desk');
    const all = JSON.parse(runCoop(['contacts', '--json']).stdout);
    expect(all.contacts.map((c: { id: string }) => c.id)).toEqual([
      'executive-director',
      'choose-networks',
      'kletc-it-manager',
    ]);
  });

  it('reports a misspelled key at its own line and column and refuses that runbook', () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'loader', 'misspelled-key'), join(dir, 'runbooks'), { recursive: true });
    const r = runCoop(['show', 'drill'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'coop: runbook "drill" cannot be used: runbooks/drill.yaml:2:1: unknown key "titel"; did you mean "title"?; run "coop lint" to see every problem\n',
    );
  });

  it('finds the library from --runbooks, then COOP_RUNBOOKS, then ./runbooks, then the shipped one', () => {
    const dir = tempDir();
    const make = (name: string, title: string) => {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, 'contacts.yaml'), 'contacts:\n  - id: a\n    name: A\n    phone: "316-555-0100"\n');
      writeFileSync(join(dir, name, 'only.yaml'), `id: only\ntitle: ${title}\nsteps:\n  - do: x\n`);
    };
    make('runbooks', 'From the working folder');
    make('env-lib', 'From the environment');
    make('opt-lib', 'From the option');
    const titleOf = (args: string[], env = {}) =>
      JSON.parse(runCoop([...args, 'list', '--json'], { cwd: dir, env }).stdout).runbooks[0].title;
    expect(titleOf(['--runbooks', 'opt-lib'], { COOP_RUNBOOKS: join(dir, 'env-lib') })).toBe('From the option');
    expect(titleOf([], { COOP_RUNBOOKS: join(dir, 'env-lib') })).toBe('From the environment');
    expect(titleOf([])).toBe('From the working folder');
    expect(JSON.parse(runCoop(['list', '--json'], { cwd: tempDir() }).stdout).runbooks).toHaveLength(6);
  });

  it('says plainly when the library folder does not exist', () => {
    const r = runCoop(['--runbooks', 'nowhere', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'coop: runbook library nowhere does not exist; give the folder that holds contacts.yaml (--runbooks DIR)\n',
    );
  });

  it('stays quiet when the reader of its output goes away (coop show | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${COOP_BIN}" contacts | head -1; exit 0`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)");
    expect(r.stderr).toBe('');
  });
});
