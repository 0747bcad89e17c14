// What Node itself would print on coop's stderr: a warning of its own ("(node:PID) Warning: ...",
// "DeprecationWarning", "ExperimentalWarning") and the line about --trace-warnings after it. A person
// sees it mid-incident and cannot act on it, and a package coop bundles may emit one on one Node
// version and not another (the project promises Node 20, 22 and 24). Only the built binary shows it:
// in process, a warning goes to the test worker's stderr, not to the run's.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRun } from '../helpers/expect-run.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const NODE_WARNING = /^\(node:\d+\) |^\(Use `node --trace-/m;

describe("Node's own warnings", () => {
  it('none reaches stderr from a library file with a key that is a list, whichever command reads it', () => {
    const library = join(tempDir(), 'runbooks');
    cpSync(SHIPPED_RUNBOOKS, library, { recursive: true });
    // yaml makes such a key a string for the data, and said so through process.emitWarning.
    writeFileSync(
      join(library, 'odd.yaml'),
      'id: odd\ntitle: An odd key\nowner: executive-director\n? [a, b]\n: a key that is a list\nsteps:\n  - do: x\n',
    );
    const env = { COOP_NO_CACHE: '1' };
    for (const args of [['lint', library], ['list'], ['show', 'odd']]) {
      const r = runCoop(['--runbooks', library, ...args], { env });
      expect(r.code, describeRun(r)).not.toBeNull();
      expect(r.stderr, describeRun(r)).not.toMatch(NODE_WARNING);
      expect(`${r.stdout}\n${r.stderr}`, describeRun(r)).toContain('unknown key "[ a, b ]"');
    }
  });

  it('none reaches stderr from the shipped library read, linted, shown and walked in a drill', () => {
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'director-in-office: "No"\npower-back: ["No", "Yes"]\n');
    const runs = [
      ['list'],
      ['lint'],
      ['show', 'power-loss', '--format', 'html', '-o', join(tempDir(), 'show.html')],
      ['export', '--format', 'kit', '-o', join(tempDir(), 'kit')],
      ['drill', 'power-loss', '--yes', '--as', 'Tester', '--answers', answers, '--journal-dir', tempDir()],
    ];
    for (const args of runs) {
      const r = runCoop(['--runbooks', SHIPPED_RUNBOOKS, ...args]);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr, describeRun(r)).not.toMatch(NODE_WARNING);
    }
  });
});
