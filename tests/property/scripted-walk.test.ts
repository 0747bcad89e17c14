// Random valid runbooks, written as YAML and read by the real loader, walked
// by random answers files (with and without --yes) through the same session,
// scripted driver and journal writer `coop incident` uses. The walk always
// ends or pauses for a stated reason, never leaves the graph, and the
// journal it wrote to disk replays to exactly the state the walk ended in.
// tests/walk/engine-property.test.ts drives the engine with random inputs;
// this drives everything above it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { JournalEvent } from '../../src/journal/events.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { JournalWriter } from '../../src/journal/writer.js';
import { stepIdAt } from '../../src/format/flow.js';
import { loadLibrary } from '../../src/library/load.js';
import type { SourceFile } from '../../src/library/source-file.js';
import { plainStyle } from '../../src/text/style.js';
import { runbookView } from '../../src/library/view.js';
import { parseAnswers } from '../../src/walk/drivers/answers.js';
import { replay, start } from '../../src/walk/engine.js';
import { WalkScreen } from '../../src/walk/screen/screen.js';
import { ScriptedDriver } from '../../src/walk/drivers/scripted.js';
import { runSession } from '../../src/walk/session.js';
import { walkProblems } from '../../src/walk/walkable.js';
import { tempDir } from '../helpers/paths.js';
import { propertyRuns } from '../helpers/property-runs.js';

const ANSWERS = ['Yes', 'No', 'Not sure'];
const CONTACTS = 'contacts:\n  - id: director\n    name: Director\n    phone: "(316) 555-0100"\n';
const RUNS = propertyRuns(100);

type RawStep = Record<string, unknown>;

/** A runbook of 1 to 8 steps of every kind; some without ids; `next` anywhere that has an id, or end. */
const rawRunbook = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.array(fc.boolean(), { minLength: n, maxLength: n }).chain((named) => {
    const ids = named.map((has, i) => (has || i === 0 ? `s${i + 1}` : undefined));
    const targets = [...ids.filter((id): id is string => id !== undefined), 'end'];
    const target = fc.option(fc.constantFrom(...targets), { nil: undefined });
    const step = (i: number): fc.Arbitrary<RawStep> =>
      fc
        .oneof(
          fc.record({ do: fc.constant(`Do thing ${i + 1}.`), next: target }),
          fc.record({
            ask: fc.constant(`Question ${i + 1}?`),
            choices: fc
              .shuffledSubarray(ANSWERS, { minLength: 2 })
              .chain((as) => fc.tuple(...as.map((answer) => target.map((next) => ({ answer, next }))))),
          }),
          fc.record({
            run: fc.constant('true'),
            title: fc.constant(`Check ${i + 1}`),
            timeout: fc.constant('5s'),
            on_success: target,
            on_failure: target,
          }),
        )
        .map((s) => ({ ...(ids[i] ? { id: ids[i] } : {}), ...s }));
    return fc.tuple(...ids.map((_, i) => step(i)));
  }),
);

/** What an answers file may say at a step of each kind: one value, or a list of one per visit. */
function answerFor(step: RawStep): fc.Arbitrary<unknown> {
  const one: fc.Arbitrary<unknown> =
    'ask' in step
      ? fc
          .constantFrom(...(step.choices as Array<{ answer: string }>).map((c) => c.answer))
          .chain((a) => fc.constantFrom(a, a.toLowerCase(), ` ${a.toUpperCase()} `))
      : 'run' in step
        ? fc.constantFrom('succeeded', 'failed')
        : fc.constantFrom('done', 'skip: the room is locked', { done: true, note: 'A note' });
  return fc.oneof(one, fc.array(one, { minLength: 1, maxLength: 4 }));
}

const scenario = rawRunbook.chain((steps) =>
  fc.record({
    steps: fc.constant(steps),
    // Each step answered or not; keys as an answers file names them (step-N without an id).
    answers: fc.tuple(...steps.map((s) => fc.option(answerFor(s), { nil: undefined }))),
    yes: fc.boolean(),
  }),
);

const FILE: SourceFile = {
  displayPath: 'answers.yaml',
  absolutePath: '/answers.yaml',
  text: '',
  locate: () => ({ line: 1, col: 1 }),
  lineText: () => '',
};
const root = tempDir('coop-walks-');
let round = 0;

describe('random runbooks walked by random answers files', () => {
  it('end or pause with a reason, stay in the graph, and replay from disk to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ steps, answers, yes }) => {
        const dir = join(root, String(round++));
        mkdirSync(dir);
        writeFileSync(join(dir, 'contacts.yaml'), CONTACTS);
        writeFileSync(join(dir, 'random.yaml'), stringify({ id: 'random', title: 'Random', steps }));
        const library = loadLibrary(dir, { cwd: dir });
        expect(library.problems.filter((p) => p.file === 'random.yaml')).toEqual([]);
        const entry = library.runbooks[0]!;
        const runbook = entry.value;
        fc.pre(walkProblems(runbook).length === 0);

        const stepIds = runbook.steps.map((_, i) => stepIdAt(runbook, i));
        const answersFile = Object.fromEntries(answers.flatMap((a, i) => (a === undefined ? [] : [[stepIds[i]!, a]])));
        const writer = new JournalWriter(
          join(dir, 'journal'),
          `20261123-091503-random-${String(round).padStart(4, '0')}`,
        );
        writer.create();
        const view = runbookView(library, entry);
        const events: JournalEvent[] = [];
        let tick = 0;
        const end = await runSession(
          {
            runbook,
            view,
            screen: new WalkScreen({ write: () => true }, plainStyle, () => 80, view, 'log'),
            journal: {
              append: (e) => {
                events.push(...e);
                return writer.append(e);
              },
            },
            script: new ScriptedDriver(runbook, parseAnswers(answersFile, FILE, runbook), {
              yes,
              allowCommands: false,
            }),
            runCheck: () => Promise.reject(new Error('a command ran without --allow-commands')),
            now: () => new Date(Date.UTC(2026, 10, 23, 9, 0, tick++)),
            signal: new AbortController().signal,
          },
          start(
            runbook,
            { incident: writer.incidentId, person: 'pat', drill: false, runbookHash: 'sha256:0', coopVersion: 't' },
            new Date(Date.UTC(2026, 10, 23, 9)),
          ),
        );
        writer.close();

        // Ends, or pauses for a reason a script can have (never a person's, never interrupted).
        if (end.kind === 'ended') expect(events.at(-1)).toMatchObject({ type: 'ended' });
        else {
          expect(['needs-answer', 'needs-permission', 'loop']).toContain(end.reason);
          expect(events.at(-1)).toMatchObject({ type: 'paused', reason: end.reason });
        }
        // Never leaves the graph: every event is at a step of the runbook and leads to one, or to the end.
        for (const e of events) {
          expect(stepIds).toContain(e.step);
          if ('next' in e && e.next !== undefined) expect([...stepIds, 'end']).toContain(e.next);
        }
        // The journal on disk is exactly what was recorded, and replays to the state the walk ended in.
        const onDisk = readJournalFile(writer.path);
        expect(onDisk.events).toEqual(events);
        expect(replay(runbook, onDisk.events)).toEqual(end.state);
      }),
      { numRuns: RUNS },
    );
  });
});
