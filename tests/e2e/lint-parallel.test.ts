// A large library is linted by worker threads (src/lint/run/parallel.ts); what it
// reports must be exactly what one thread reports: findings, positions,
// messages, source excerpts and exit code.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const EVERY_RULE = join(FIXTURES, 'lint', 'every-rule');

// One working folder for both runs: SARIF names it as the source root.
const cwd = tempDir();
function lint(dir: string, workers: string, format: string) {
  return runCoop(['lint', dir, '--format', format, '--today', '2026-11-23'], {
    cwd,
    env: { COOP_LINT_WORKERS: workers },
  });
}

describe('lint on worker threads', () => {
  it.each(['stylish', 'compact', 'json', 'sarif', 'github'])(
    'reports the every-rule library the same in %s',
    (format) => {
      const alone = lint(EVERY_RULE, '0', format);
      const shared = lint(EVERY_RULE, '3', format);
      expect(alone.code).toBe(1);
      expect(shared).toEqual(alone);
    },
  );

  it('reports a library of many runbooks with problems spread across them the same', () => {
    const dir = join(tempDir(), 'lib');
    cpSync(EVERY_RULE, dir, { recursive: true });
    for (let i = 0; i < 40; i++) {
      const broken =
        i % 5 === 0 ? '  - do: x\n    nxt: end\n' : `  - do: Step of ${i}.\n    contacts: [nobody-${i % 3}]\n`;
      writeFileSync(
        join(dir, `extra-${i}.yaml`),
        `id: extra-${i}\ntitle: Extra ${i}\nowner: director\nreviewed: 2026-01-01\nsteps:\n${broken}`,
      );
    }
    const alone = lint(dir, '0', 'json');
    const shared = lint(dir, '4', 'json');
    expect(JSON.parse(alone.stdout).findings.length).toBeGreaterThan(60);
    expect(shared).toEqual(alone);
  });
});
