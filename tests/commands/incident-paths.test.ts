// Every path through every shipped runbook, walked in scripted mode, in
// process from the command line on. The paths are enumerated from the runbook graph
// (flow.ts, the reading lint and every view share), each loop taken at most
// once; the expected journal is derived from the path, not from the engine.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { edgesOf, END, stepIdAt, stepIndexById } from '../../src/format/flow.js';
import { isUpdateStep } from '../../src/format/updates.js';
import { loadLibrary } from '../../src/library/load.js';
import type { Runbook } from '../../src/format/model.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

interface Hop {
  step: string;
  kind: 'action' | 'decision' | 'check';
  /** The answer or outcome that took this hop (empty for an action). */
  label: string;
  next: string;
}

/** Every walk from the first step to the end in which no step is visited more than twice. */
function enumeratePaths(runbook: Runbook): Hop[][] {
  const paths: Hop[][] = [];
  const walk = (index: number, hops: Hop[], visits: Map<number, number>) => {
    const seen = visits.get(index) ?? 0;
    if (seen >= 2) return;
    const nextVisits = new Map(visits).set(index, seen + 1);
    const step = runbook.steps[index]!;
    const kind = 'ask' in step ? 'decision' : 'run' in step ? 'check' : 'action';
    for (const edge of edgesOf(runbook, index)) {
      const target = edge.target;
      if (target.kind === 'unknown') throw new Error(`${runbook.id}: ${edge.label} leads nowhere`);
      const hop: Hop = {
        step: stepIdAt(runbook, index),
        kind,
        label: edge.kind === 'success' ? 'succeeded' : edge.kind === 'failure' ? 'failed' : edge.label,
        next: target.kind === 'end' ? END : stepIdAt(runbook, target.index),
      };
      if (target.kind === 'end') paths.push([...hops, hop]);
      else walk(target.index, [...hops, hop], nextVisits);
    }
  };
  walk(0, [], new Map());
  return paths;
}

/** The answers file for a path: one answer per visit of each decision and check, in order. */
function answersFor(path: Hop[]): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const hop of path) if (hop.kind !== 'action') answers[hop.step] = [...(answers[hop.step] ?? []), hop.label];
  return answers;
}

const library = loadLibrary(SHIPPED_RUNBOOKS);
const cases = library.runbooks.flatMap((entry) =>
  enumeratePaths(entry.value).map((path) => ({
    name: `${entry.value.id}: ${path.map((h) => (h.kind === 'action' ? h.step : `${h.step}=${h.label}`)).join(' > ')}`,
    runbook: entry.value,
    file: entry.file.absolutePath,
    path,
  })),
);

describe('every path through every shipped runbook, scripted', () => {
  it('finds paths in every shipped runbook, loops included', async () => {
    expect(library.problems).toEqual([]);
    for (const entry of library.runbooks)
      expect(cases.filter((c) => c.runbook.id === entry.value.id).length).toBeGreaterThan(0);
    // The loops of power-loss, servers-offline, outlook-offline and database-down are each taken once.
    expect(cases.filter((c) => new Set(c.path.map((h) => h.step)).size < c.path.length).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it.each(cases)('$name', async ({ runbook, file, path }) => {
    const dir = tempDir();
    const journalDir = join(dir, 'journal');
    const answersFile = join(dir, 'answers.yaml');
    writeFileSync(answersFile, stringify(answersFor(path)));
    const result = await coop(
      [
        'incident',
        runbook.id,
        '--answers',
        answersFile,
        '--yes',
        '--json',
        '--as',
        'Pat Smith',
        '--journal-dir',
        journalDir,
      ],
      { env: { COOP_CACHE_DIR: join(dir, 'cache') } },
    );
    expect(result.stderr).not.toMatch(/coop: (?!warning)/);
    expect(result.code).toBe(0);

    const [name, ...others] = readdirSync(journalDir);
    expect(others).toEqual([]);
    expect(name).toMatch(new RegExp(`^\\d{8}-\\d{6}-${runbook.id}-[a-z2-9]{4}\\.jsonl$`));
    const text = readFileSync(join(journalDir, name!), 'utf8');
    // --json prints exactly the journal's lines, and nothing else.
    expect(result.stdout).toBe(text);
    const events = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const incident = name!.replace(/\.jsonl$/, '');

    const expected = [
      {
        type: 'started',
        step: path[0]!.step,
        title: runbook.title,
        drill: false,
        runbookHash: `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`,
      },
      ...path.flatMap((hop) =>
        hop.kind === 'action'
          ? [
              // A script that marks an update step done sends the draft first.
              ...(isUpdateStep(runbook.steps[stepIndexById(runbook).get(hop.step)!]!)
                ? [{ type: 'update', step: hop.step }]
                : []),
              { type: 'step-done', step: hop.step, next: hop.next },
            ]
          : hop.kind === 'decision'
            ? [{ type: 'answered', step: hop.step, answer: hop.label, next: hop.next }]
            : [{ type: 'check-result', step: hop.step, outcome: hop.label, decidedBy: 'answers', next: hop.next }],
      ),
      { type: 'ended', step: path.at(-1)!.step, outcome: 'completed' },
    ];
    expect(events).toHaveLength(expected.length);
    events.forEach((event, i) => {
      expect(event).toMatchObject({
        v: 2,
        seq: i + 1,
        incident,
        runbook: runbook.id,
        person: 'Pat Smith',
        ...expected[i],
      });
      expect(new Date(String(event.ts)).toISOString()).toBe(event.ts);
    });
  });
});

describe('the shipped runbooks with stdin closed and no answers', () => {
  it.each(library.runbooks.map((r) => r.value))(
    '$id: the first decision stops the walk with exit 2, naming the step and its answers',
    async (runbook) => {
      const dir = tempDir();
      const result = await coop(['incident', runbook.id, '--yes', '--journal-dir', dir]);
      const index = runbook.steps.findIndex((s) => 'ask' in s);
      const step = runbook.steps[index] as { ask: string; choices: Array<{ answer: string }> };
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `coop: step ${stepIdAt(runbook, index)} asks "${step.ask}" and nothing answers it (stdin is not a terminal); it accepts ${step.choices.map((c) => `"${c.answer}"`).join(', ')}`,
      );
      const [name] = readdirSync(dir);
      const events = readFileSync(join(dir, name!), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; reason?: string; step: string });
      expect(events.at(-1)).toMatchObject({ type: 'paused', reason: 'needs-answer', step: stepIdAt(runbook, index) });
      expect(events.filter((e) => e.type === 'step-done')).toHaveLength(runbook.steps.slice(0, index).length);
      expect(result.stdout).toContain(
        `To carry on, type:\n  coop resume ${name!.replace('.jsonl', '')} --journal-dir ${dir} --yes`,
      );
    },
  );
});
