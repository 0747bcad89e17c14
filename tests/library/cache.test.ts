// The library cache must never show a stale runbook: any change to the content
// of any YAML file of the folder, a new file, or a removed one, and the folder
// is read again.
import { cpSync, readdirSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCachedLibrary, writeCachedLibrary } from '../../src/library/cache.js';
import { loadLibrary } from '../../src/library/load.js';
import { openLibraryAt } from '../../src/library/open.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

function setup() {
  const lib = join(tempDir(), 'runbooks');
  cpSync(SHIPPED_RUNBOOKS, lib, { recursive: true });
  const env = { COOP_CACHE_DIR: tempDir('coop-cache-') };
  return { lib, env };
}

describe('library cache', () => {
  it('gives back what the loader read, without positions', async () => {
    const { lib, env } = setup();
    const loaded = loadLibrary(lib, { cwd: lib });
    writeCachedLibrary(loaded, env);
    const cached = readCachedLibrary(lib, lib, env);
    expect(cached?.fromCache).toBe(true);
    expect(cached?.runbooks.map((r) => r.value)).toEqual(loaded.runbooks.map((r) => r.value));
    expect(cached?.contacts.map((c) => c.value)).toEqual(loaded.contacts.map((c) => c.value));
    expect(cached?.runbooks[0]?.file.displayPath).toBe(loaded.runbooks[0]?.file.displayPath);
    expect((await openLibraryAt(lib, lib, env)).fromCache).toBe(true);
  });

  it('reads the folder again after an edit, even one that keeps the size', async () => {
    const { lib, env } = setup();
    await openLibraryAt(lib, lib, env);
    const file = join(lib, 'fire.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('title: Fire or other catastrophe', 'title: Fire or other Catastrophe'),
    );
    const again = await openLibraryAt(lib, lib, env);
    expect(again.fromCache).toBeUndefined();
    expect(again.runbooks.find((r) => r.value.id === 'fire')?.value.title).toBe('Fire or other Catastrophe');
  });

  it('notices a file added or removed', async () => {
    const { lib, env } = setup();
    await openLibraryAt(lib, lib, env);
    rmSync(join(lib, 'fire.yaml'));
    expect((await openLibraryAt(lib, lib, env)).runbooks.map((r) => r.value.id)).not.toContain('fire');
    writeFileSync(join(lib, 'extra.yaml'), 'id: extra\ntitle: Extra\nsteps:\n  - do: x\n');
    expect((await openLibraryAt(lib, lib, env)).runbooks.map((r) => r.value.id)).toContain('extra');
  });

  it('never keeps a library with problems, so they are always reported', async () => {
    const { lib, env } = setup();
    writeFileSync(join(lib, 'broken.yaml'), 'id: broken\ntitel: x\n');
    const first = await openLibraryAt(lib, lib, env);
    expect(first.problems.length).toBeGreaterThan(0);
    const second = await openLibraryAt(lib, lib, env);
    expect(second.fromCache).toBeUndefined();
    expect(second.problems).toEqual(first.problems);
  });

  it('is off with COOP_NO_CACHE, and a cache folder that cannot be written costs nothing but speed', async () => {
    const { lib } = setup();
    const env = { COOP_NO_CACHE: '1' };
    await openLibraryAt(lib, lib, env);
    expect((await openLibraryAt(lib, lib, env)).fromCache).toBeUndefined();
    const blocked = join(tempDir(), 'file-not-folder');
    writeFileSync(blocked, '');
    const library = await openLibraryAt(lib, lib, { COOP_CACHE_DIR: join(blocked, 'sub') });
    expect(library.runbooks).toHaveLength(6);
  });

  it('goes by content, not by file times: a touched file is still the same file', async () => {
    const { lib, env } = setup();
    await openLibraryAt(lib, lib, env);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(lib, 'fire.yaml'), later, later);
    expect((await openLibraryAt(lib, lib, env)).fromCache).toBe(true);
  });

  it('never takes an entry of another shape for a library: one written before steps had their kind is read again', async () => {
    const { lib, env } = setup();
    await openLibraryAt(lib, lib, env);
    const [name] = readdirSync(env.COOP_CACHE_DIR).filter((f) => f.startsWith('library-'));
    const path = join(env.COOP_CACHE_DIR, name!);
    const entry = JSON.parse(readFileSync(path, 'utf8'));
    const { format: _format, ...older } = entry;
    writeFileSync(path, JSON.stringify(older));
    const again = await openLibraryAt(lib, lib, env);
    expect(again.fromCache).toBeUndefined();
    expect(again.runbooks[0]?.value.steps[0]?.kind).toBeDefined();
  });
});
