import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/text/shell-word.js';

describe('a word to type into a shell', () => {
  it('a plain path is printed as it is', () => {
    expect(shellWord('runbooks/power-loss.yaml')).toBe('runbooks/power-loss.yaml');
  });

  it('a path with a space or a quote is quoted so the shell reads it back unchanged', () => {
    for (const s of ["my runbooks/it's.yaml", 'a$b `c`', '', '*']) {
      const echoed = execFileSync('sh', ['-c', `printf %s ${shellWord(s)}`], { encoding: 'utf8' });
      expect(echoed).toBe(s);
    }
  });
});
