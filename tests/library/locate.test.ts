// Which folder is the library (src/library/locate.ts): the nearest one
// looking upward from the working folder, as git finds its repository.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateLibrary, shippedLibrary } from '../../src/library/locate.js';
import { tempDir } from '../helpers/paths.js';

function project(): string {
  const root = tempDir('coop-locate-');
  mkdirSync(join(root, 'runbooks', 'drafts'), { recursive: true });
  mkdirSync(join(root, 'docs', 'notes'), { recursive: true });
  return root;
}

describe('the library coop uses', () => {
  it('is the runbooks/ folder of the project, from any sub-folder of it', () => {
    const root = project();
    for (const cwd of [root, join(root, 'docs', 'notes'), join(root, 'runbooks', 'drafts')])
      expect(locateLibrary(undefined, {}, cwd)).toEqual({ dir: join(root, 'runbooks'), source: 'found' });
  });

  it('is a folder holding coop.yaml before any runbooks/ folder in it', () => {
    const root = project();
    writeFileSync(join(root, 'docs', 'coop.yaml'), 'organization: Test\n');
    expect(locateLibrary(undefined, {}, join(root, 'docs', 'notes')).dir).toBe(join(root, 'docs'));
  });

  it('is the one asked for, before any found', () => {
    const root = project();
    expect(locateLibrary('elsewhere', {}, root)).toEqual({ dir: join(root, 'elsewhere'), source: 'option' });
    expect(locateLibrary(undefined, { COOP_RUNBOOKS: '/plan' }, root)).toEqual({ dir: '/plan', source: 'environment' });
  });

  it('is never guessed when --runbooks is given empty (a script whose variable is unset)', () => {
    expect(() => locateLibrary('', {}, project())).toThrow(
      '--runbooks is empty; give the library folder, like --runbooks runbooks',
    );
    // The variable, empty, is as good as unset, as for most programs.
    expect(locateLibrary(undefined, { COOP_RUNBOOKS: '' }, tempDir()).source).toBe('shipped');
  });

  it('is the shipped sample where there is none here or above', () => {
    expect(locateLibrary(undefined, {}, tempDir())).toEqual({ dir: shippedLibrary(), source: 'shipped' });
  });
});
