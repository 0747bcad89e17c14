// docs/rollup.md names every field of `coop rollup --format json`, at every
// depth: a field added without a word in the docs fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRollupJson } from '../../src/reports/rollup/json.js';
import { rollup } from '../../src/reports/rollup/rollup.js';
import { sourcesFromFolders } from '../../src/reports/rollup/sources.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { journalsFolder, NOW, stateFolder } from './rollup-fixtures.js';

const docs = readFileSync(join(REPO_ROOT, 'docs', 'rollup.md'), 'utf8');

/** Every key of the value, at every depth; the keys of byRule are rule ids, which docs/lint.md names. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      if (key !== 'byRule') keysOf(inner, into);
    }
  return into;
}

describe('docs/rollup.md', () => {
  it('names every field of the JSON, on a state with every kind of row', async () => {
    const dir = stateFolder();
    const report = await rollup(sourcesFromFolders([dir], dir), {
      now: new Date(NOW),
      cwd: dir,
      journals: journalsFolder(),
    });
    const json = JSON.parse(renderRollupJson(report)) as unknown;
    const missing = [...keysOf(json)].filter((key) => !docs.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
