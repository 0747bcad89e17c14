// The read-only commands (list, show, contacts), in process in a fresh
// folder: exit codes, what lands on stdout and on stderr. The built binary's
// own: tests/e2e/foundation.test.ts.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

describe('the read-only commands', () => {
  it('lists as JSON for scripts', async () => {
    const r = await coop(['list', '--json']);
    const data = JSON.parse(r.stdout);
    expect(data.runbooks).toHaveLength(6);
    expect(data.runbooks.find((x: { id: string }) => x.id === 'power-loss')).toMatchObject({
      title: 'Losing power during office hours',
      owner: 'Executive Director',
      reviewed: '2016-06-12',
    });
  });

  it('shows servers-offline with the CHOOSE Networks number', async () => {
    const r = await coop(['show', 'servers-offline']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CHOOSE Networks Support Desk: (316) 928-8828');
  });

  it('shows the branch of power-loss for a Director who is not in the office', async () => {
    const r = await coop(['show', 'power-loss']);
    expect(r.stdout).toMatch(
      /3\. \(\?\) Is the Executive Director in the office\?\n\s+if Yes -> end\n\s+if No -> step 4/,
    );
    expect(r.stdout).toMatch(/4\. \[ \] Keep the Executive Director updated on the situation\./);
  });

  it('shows the fire warning framed so it cannot be missed, with no colour in a pipe', async () => {
    const r = await coop(['show', 'fire']);
    expect(r.stdout).toMatch(
      /!!!!!!!!!!\n!! WARNING\n!! - Do not try to retrieve hardware in the middle of an emergency\./,
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours on a pipe only when asked, the flag beating NO_COLOR', async () => {
    expect((await coop(['show', 'fire', '--color'])).stdout).toContain('\u001b[');
    expect((await coop(['show', 'fire', '--color'], { env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await coop(['show', 'fire'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('never colours at a terminal under FORCE_COLOR=0 or NO_COLOR, nor with --no-color', async () => {
    const terminal = { stdoutIsTTY: true };
    expect((await coop(['show', 'fire'], terminal)).stdout).toContain('\u001b[');
    expect((await coop(['show', 'fire'], { ...terminal, env: { FORCE_COLOR: '0' } })).stdout).not.toContain('\u001b[');
    expect((await coop(['show', 'fire'], { ...terminal, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect(
      (await coop(['show', 'fire', '--no-color'], { ...terminal, env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b[');
  });

  it('writes a runbook to a file with -o, without the colour it has at a terminal', async () => {
    const cwd = tempDir();
    const r = await coop(['show', 'fire', '-o', 'fire.txt'], { cwd, stdoutIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('coop: wrote runbook fire to fire.txt\n');
    const saved = readFileSync(join(cwd, 'fire.txt'), 'utf8');
    expect(saved).toContain('!! WARNING');
    expect(saved).not.toContain('\u001b[');
  });

  it('shows a runbook as JSON with its steps resolved', async () => {
    const view = JSON.parse((await coop(['show', 'power-loss', '--format', 'json'])).stdout);
    expect(view.steps[2].branches).toEqual([
      { kind: 'choice', label: 'Yes', target: { kind: 'end' } },
      { kind: 'choice', label: 'No', target: { kind: 'step', number: 4, id: 'update-director' } },
    ]);
  });

  it('shows a runbook as Markdown and as a self-contained HTML page', async () => {
    const md = await coop(['show', 'power-loss', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Losing power during office hours\n/);
    expect(md.stdout).toContain('If **No**, go to step 4.');
    const html = await coop(['show', 'servers-offline', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('(316) 928-8828');
    expect(html.stdout).not.toMatch(/<script|src="http/i);
  });

  it('suggests the nearest runbook for an unknown id and exits 2', async () => {
    const r = await coop(['show', 'powr-loss']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `coop: no runbook "powr-loss" in ${SHIPPED_RUNBOOKS}; did you mean "power-loss"? (see coop list)\n`,
    );
  });

  it('finds contacts by name or by digits, as text or JSON', async () => {
    expect((await coop(['contacts', 'kletc'])).stdout).toContain('(620) 694-1514');
    expect((await coop(['contacts', '9288828'])).stdout).toContain('CHOOSE Networks Support Desk');
    const all = JSON.parse((await coop(['contacts', '--json'])).stdout);
    expect(all.contacts.map((c: { id: string }) => c.id)).toEqual([
      'executive-director',
      'choose-networks',
      'kletc-it-manager',
    ]);
  });

  it('shows a runbook with a misspelled title key, its id for a title, after a warning at its line and column', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'loader', 'misspelled-key'), join(dir, 'runbooks'), { recursive: true });
    const r = await coop(['show', 'drill'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('coop: warning: runbooks/drill.yaml:2:1: unknown key "titel"; did you mean "title"?\n');
    expect(r.stdout).toContain(' 1. [ ] Something.');
  });

  it('shows the steps that could be read when one cannot, but exits 2 so a script does not take it for the whole', async () => {
    const r = await coop(['show', 'broken', '--runbooks', join(FIXTURES, 'walk', 'mixed')], {
      cwd: join(FIXTURES, 'walk'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'coop: error: mixed/broken.yaml:6:5: unknown key "nxt" in steps[1]; did you mean "next"?\n',
    );
    expect(r.stdout).toContain(' 1. [ ] Do it.');
  });

  it('finds the library from --runbooks, then COOP_RUNBOOKS, then ./runbooks, then the shipped one', async () => {
    const dir = tempDir();
    const make = (name: string, title: string) => {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, 'contacts.yaml'), 'contacts:\n  - id: a\n    name: A\n    phone: "316-555-0100"\n');
      writeFileSync(join(dir, name, 'only.yaml'), `id: only\ntitle: ${title}\nsteps:\n  - do: x\n`);
    };
    make('runbooks', 'From the working folder');
    make('env-lib', 'From the environment');
    make('opt-lib', 'From the option');
    const titleOf = async (args: string[], env = {}) =>
      JSON.parse((await coop([...args, 'list', '--json'], { cwd: dir, env })).stdout).runbooks[0].title;
    expect(await titleOf(['--runbooks', 'opt-lib'], { COOP_RUNBOOKS: join(dir, 'env-lib') })).toBe('From the option');
    expect(await titleOf([], { COOP_RUNBOOKS: join(dir, 'env-lib') })).toBe('From the environment');
    expect(await titleOf([])).toBe('From the working folder');
    expect(JSON.parse((await coop(['list', '--json'], { cwd: tempDir() })).stdout).runbooks).toHaveLength(6);
  });

  it('says plainly when the library folder does not exist', async () => {
    const r = await coop(['--runbooks', 'nowhere', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'coop: runbook library nowhere does not exist; give the folder that holds contacts.yaml (--runbooks DIR)\n',
    );
  });

  it('says where the name came from when COOP_RUNBOOKS named it', async () => {
    const r = await coop(['list'], { env: { COOP_RUNBOOKS: '/nowhere' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'coop: runbook library /nowhere does not exist; give the folder that holds contacts.yaml (--runbooks DIR); the folder is the one COOP_RUNBOOKS names\n',
    );
  });
});
