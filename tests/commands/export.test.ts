// `coop export` as a user runs it, in process: real files, exit codes, what is said where.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';

function brokenLibrary(): string {
  const dir = tempDir('coop-export-lib-');
  writeFileSync(join(dir, 'contacts.yaml'), 'contacts:\n  - id: desk\n    name: Desk\n    phone: "555-0100"\n');
  writeFileSync(
    join(dir, 'good.yaml'),
    'id: good\ntitle: Good runbook\nsteps:\n  - do: Call the desk.\n    contacts: [desk]\n',
  );
  writeFileSync(join(dir, 'broken.yaml'), 'id: broken\ntitle: "Broken runbook\nsteps:\n  - do: Something.\n');
  return dir;
}

describe('coop export', () => {
  it('writes the binder as HTML to stdout by default, and nothing on stderr', async () => {
    const result = await coop(['export']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout).toContain('(316) 928-8828');
  });

  it('writes the plan as Markdown with --format markdown', async () => {
    const result = await coop(['export', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# Kansas Commission on Peace Officers' Standards & Training \(KS-CPOST\): continuity of operations plan\n/,
    );
    expect(result.stdout.match(/^```mermaid$/gm)).toHaveLength(6);
  });

  it('writes to --out, says where on stderr, and leaves no temporary file behind', async () => {
    const cwd = tempDir();
    const result = await coop(['export', '--out', 'binder.html'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('coop: wrote the printable binder to binder.html (6 runbooks, 3 contacts)\n');
    expect(readFileSync(join(cwd, 'binder.html'), 'utf8')).toContain('<h2>Contact sheet</h2>');
    expect(readdirSync(cwd)).toEqual(['binder.html']);
  });

  it('at a terminal without --out, writes the binder to a file and says where', async () => {
    const cwd = tempDir();
    const result = await coop(['export'], { cwd, stdoutIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'coop: wrote the printable binder to binder.html (6 runbooks, 3 contacts)\ncoop: give --out FILE for another file, or --out - to see it here\n',
    );
    expect(readFileSync(join(cwd, 'binder.html'), 'utf8')).toContain('<h2>Contact sheet</h2>');
  });

  it('takes --out - to mean stdout', async () => {
    const cwd = tempDir();
    const result = await coop(['export', '--format', 'markdown', '--out', '-'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Kansas/);
    expect(result.stderr).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('replaces an earlier export in place', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'PLAN.md'), 'old plan');
    const result = await coop(['export', '--format', 'markdown', '-o', 'PLAN.md'], { cwd });
    expect(result.code).toBe(0);
    expect(readFileSync(join(cwd, 'PLAN.md'), 'utf8')).toMatch(/^# Kansas/);
    expect(readdirSync(cwd)).toEqual(['PLAN.md']);
  });

  it.each([
    [
      'a folder that does not exist',
      'no-such-folder/binder.html',
      'coop: cannot write no-such-folder/binder.html: its folder does not exist\n',
    ],
    [
      'a path through a file',
      'file.txt/binder.html',
      'coop: cannot write file.txt/binder.html: part of the path is a file, not a folder\n',
    ],
    ['a folder', 'folder', 'coop: cannot write folder: it is a folder; give the name of a file to write\n'],
  ])('refuses --out into %s with one line and exit 2', async (_what, out, message) => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'file.txt'), '');
    mkdirSync(join(cwd, 'folder'));
    const result = await coop(['export', '--out', out], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
    expect(readdirSync(cwd).sort()).toEqual(['file.txt', 'folder']);
  });

  it('exports what loaded from a library with a broken file, says which on stderr and on the cover', async () => {
    const library = brokenLibrary();
    const result = await coop(['--runbooks', library, 'export']);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^coop: error: .*broken\.yaml:2:8: a quoted value is never closed/);
    expect(lines[1]).toMatch(/^coop: .*broken\.yaml: 1 problem; left out of the export$/);
    expect(lines[2]).toBe(
      `coop: run coop lint ${library} to see every problem; the export says on its cover what is missing`,
    );
    expect(lines).toHaveLength(3);
    expect(result.stdout).toContain('id="runbook-good"');
    expect(result.stdout).toContain('<b>this runbook is NOT in this binder</b>');
  });

  it('exports an empty folder as a binder that says there is nothing in it', async () => {
    const library = tempDir('coop-empty-lib-');
    const result = await coop(['--runbooks', library, 'export']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^coop: .*contacts\.yaml: 1 problem; exported with what could be read$/m);
    expect(result.stdout).toContain('No runbook could be read. Run coop lint.');
    expect(result.stdout).toContain('No contacts could be read. Run coop lint.');
  });

  it('stops with exit 2 when the library folder does not exist', async () => {
    const result = await coop(['--runbooks', 'no-such-library', 'export']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^coop: runbook library no-such-library does not exist/);
  });
});

describe('coop export --format kit', () => {
  it('writes the go-kit folder and says what it holds', async () => {
    const cwd = tempDir();
    const result = await coop(['export', '--format', 'kit', '--out', 'go-kit'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^coop: wrote the go-kit to go-kit\/ \(6 runbooks, 3 contacts; 6 files, \d+ KB\)\n$/);
    expect(readdirSync(join(cwd, 'go-kit')).sort()).toEqual([
      'icon-192.png',
      'icon-512.png',
      'icon.svg',
      'index.html',
      'manifest.webmanifest',
      'sw.js',
    ]);
  });

  it('says on its first screen, in one line, how many reviews are overdue and since when', async () => {
    const cwd = tempDir();
    await coop(['export', '--format', 'kit', '--out', 'go-kit'], { cwd });
    const page = readFileSync(join(cwd, 'go-kit', 'index.html'), 'utf8');
    const status = page.slice(page.indexOf('This copy of the plan'), page.indexOf('What is happening?'));
    // Each day on one line: a phone's narrow screen broke "2017-" / "06-12".
    expect(status).toContain('<b>6 of 6 reviews overdue</b>, the oldest due <span class="keep">2017-06-12</span>.');
    expect(status).toContain('Exported <b><span class="keep">2026-');
  });

  it('offers the runbooks by title, in the order `coop incident` asks "What is happening?" with', async () => {
    const cwd = tempDir();
    await coop(['export', '--format', 'kit', '--out', 'go-kit'], { cwd });
    const page = readFileSync(join(cwd, 'go-kit', 'index.html'), 'utf8');
    const list = page.slice(page.indexOf('What is happening?'), page.indexOf('All contacts'));
    expect([...list.matchAll(/<li><a href="#rb-[^"]+">([^<]+)<\/a><\/li>/g)].map((m) => m[1])).toEqual([
      'Fire or other catastrophe',
      'Losing power during office hours',
      'Online database / FileMaker down',
      'Outlook offline',
      'Servers offline',
      'Severe weather',
    ]);
  });

  it('will not write over a home page coop did not make; an earlier go-kit it writes over', async () => {
    const cwd = tempDir();
    const site = join(cwd, 'intranet');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html><title>Our intranet</title></html>\n');
    writeFileSync(join(site, 'notes.txt'), 'ours\n');
    const refused = await coop(['export', '--format', 'kit', '--out', 'intranet'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "coop: intranet/index.html is not a page coop made, and the go-kit's own would replace it; give a new or empty folder with --out\n",
    );
    expect(readdirSync(site).sort()).toEqual(['index.html', 'notes.txt']);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Our intranet');

    expect((await coop(['export', '--format', 'kit', '--out', 'go-kit'], { cwd })).code).toBe(0);
    const again = await coop(['export', '--format', 'kit', '--out', 'go-kit'], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^coop: wrote the go-kit to go-kit\//);
  });

  it('refuses to send a folder to stdout, and says how to give one', async () => {
    const result = await coop(['export', '--format', 'kit']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'coop: the go-kit is a folder of files: give one with --out, like coop export --format kit --out go-kit\n',
    );
  });
});
