// Issue 7: every rule linear in the size of a runbook. Large, awkward shapes
// (long decision chains, a long unreachable tail, a long loop with no exit,
// a long chain of alternates) must lint quickly, without deep recursion, and
// report each problem once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { lintLibrary } from '../../src/lint/engine.js';
import { TODAY } from './rule-tester.js';

const N = 5000;
const header = (id: string) => `id: ${id}\ntitle: T\nowner: c0\nreviewed: 2026-06-01\nnotify: [c0]\nsteps:\n`;

function files(): Record<string, string | undefined> {
  const decisions = Array.from(
    { length: N },
    (_, i) =>
      `  - id: s${i}\n    ask: Go on?\n    choices:\n      - answer: "Yes"\n      - answer: "No"\n        next: end\n`,
  ).join('');
  const tail = `  - do: Stop.\n    next: end\n${Array.from({ length: N - 1 }, () => '  - do: Never.\n').join('')}`;
  const trap = Array.from({ length: N }, (_, i) => `  - id: t${i}\n    do: Again.\n    next: t${(i + 1) % N}\n`).join(
    '',
  );
  const fallthroughs = Array.from(
    { length: N / 2 },
    (_, i) =>
      `  - id: q${i}\n    ask: Which?\n    choices:\n      - answer: "A"\n        next: a${i}\n      - answer: "B"\n        next: b${i}\n  - id: a${i}\n    do: A.\n  - id: b${i}\n    do: B.\n`,
  ).join('');
  const contacts = Array.from(
    { length: N },
    (_, i) => `  - id: c${i}\n    name: C\n    reach: Desk\n    alternates: [c${(i + 1) % N}]\n`,
  ).join('');
  return {
    'contacts.yaml': `contacts:\n${contacts}`,
    'decisions.yaml': header('decisions') + decisions,
    'tail.yaml': header('tail') + tail,
    'trap.yaml': header('trap') + trap,
    'fallthroughs.yaml': header('fallthroughs') + fallthroughs,
  };
}

describe(`runbooks of ${N} steps`, () => {
  // Loaded once: reading 25,000 YAML steps is the loader's cost, not the rules'.
  const dir = mkdtempSync(join(tmpdir(), 'coop-linear-'));
  for (const [name, text] of Object.entries(files())) if (text) writeFileSync(join(dir, name), text);
  const library = loadLibrary(dir, { cwd: dir });
  const findings = lintLibrary(library, { today: TODAY });

  it('each problem is reported once', () => {
    const found = findings.map((f) => `${f.file} ${f.rule}`);
    const count = (what: string) => found.filter((f) => f === what).length;
    expect(count('tail.yaml unreachable-step')).toBe(1);
    expect(count('trap.yaml no-path-to-end')).toBe(1);
    expect(count('contacts.yaml alternates-cycle')).toBe(1);
    expect(count('fallthroughs.yaml branch-fallthrough')).toBe(N / 2);
    expect(found.filter((f) => f.startsWith('decisions.yaml'))).toEqual([]);
  });

  it('the rules take well under a second (loading excluded)', () => {
    const started = performance.now();
    lintLibrary(library, { today: TODAY });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a long loop of alternates is named briefly', () => {
    const cycle = findings.find((f) => f.rule === 'alternates-cycle')!;
    expect(cycle.message).toBe(
      `alternates loop: c0 → c1 → c2 → … (${N} contacts) … → c4998 → c4999 → c0; a chain of succession must end with someone`,
    );
  });
});
