// Issue 7: every rule linear in the size of a runbook. Large, awkward shapes
// (long decision chains, a long unreachable tail, a long loop with no exit,
// a long chain of alternates) must lint without deep recursion, report each
// problem once, and cost twice the work for twice the steps. Work is counted,
// not timed: every read the rules make of the runbooks and contacts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { lintLibrary } from '../../src/lint/engine.js';
import { TODAY } from './rule-tester.js';

const N = 5000;
const header = (id: string) => `id: ${id}\ntitle: T\nowner: c0\nreviewed: 2026-06-01\nnotify: [c0]\nsteps:\n`;

function files(N: number): Record<string, string> {
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

function libraryOf(steps: number): Library {
  const dir = mkdtempSync(join(tmpdir(), 'coop-linear-'));
  for (const [name, text] of Object.entries(files(steps))) writeFileSync(join(dir, name), text);
  return loadLibrary(dir, { cwd: dir });
}

/** How many property reads of its runbooks and contacts a lint of `library` makes. */
function readsOfLint(library: Library): number {
  let reads = 0;
  const proxies = new WeakMap<object, unknown>();
  const counted = <T>(value: T): T => {
    const plain =
      typeof value === 'object' &&
      value !== null &&
      (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
    if (!plain) return value;
    if (!proxies.has(value)) {
      proxies.set(
        value,
        new Proxy(value, {
          get(target, key, receiver) {
            reads++;
            return counted(Reflect.get(target, key, receiver));
          },
        }),
      );
    }
    return proxies.get(value) as T;
  };
  lintLibrary(
    {
      ...library,
      runbooks: library.runbooks.map((r) => ({ ...r, value: counted(r.value) })),
      contacts: library.contacts.map((c) => ({ ...c, value: counted(c.value) })),
    },
    { today: TODAY },
  );
  return reads;
}

describe(`runbooks of ${N} steps`, () => {
  // Loaded once: reading 25,000 YAML steps is the loader's cost, not the rules'.
  const library = libraryOf(N);
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

  it('twice the steps cost the rules twice the reads, not four times', () => {
    // Measured 2.00; one rule that searched the steps for each step made it 3.86.
    const growth = readsOfLint(libraryOf(1000)) / readsOfLint(libraryOf(500));
    expect(growth).toBeGreaterThan(1.8);
    expect(growth).toBeLessThan(2.2);
  });

  it('a long loop of alternates is named briefly', () => {
    const cycle = findings.find((f) => f.rule === 'alternates-cycle')!;
    expect(cycle.message).toBe(
      `alternates loop: c0 → c1 → c2 → … (${N} contacts) … → c4998 → c4999 → c0; a chain of succession must end with someone`,
    );
  });
});
