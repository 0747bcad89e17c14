// The compiled check of a whole runbook (src/library/runbook-check.ts) says
// "valid" exactly when the runbook schema does, so that a file it passes is a
// file the loader's own checks would find nothing wrong with: over every YAML
// file of the fixtures and the shipped library, random runbook-shaped YAML,
// and that YAML with one value changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Runbook } from '../../src/format/schema.js';
import { compiledRunbookCheck } from '../../src/library/runbook-check.js';
import { parseYamlText } from '../../src/library/read-yaml.js';
import { FIXTURES, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { runbookShapedYaml } from '../property/runbook-shaped-yaml.js';
import { propertyRuns } from '../helpers/property-runs.js';

const RUNS = propertyRuns(150);

function dataOfEveryYamlFile(dir: string): Array<{ file: string; data: unknown }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .flatMap((file) => {
      const read = parseYamlText(readFileSync(file, 'utf8'), file, file);
      return read.problems.length === 0 ? [{ file, data: read.data }] : [];
    });
}

let files: Array<{ file: string; data: unknown }> | undefined;
const everyFile = () => (files ??= [...dataOfEveryYamlFile(FIXTURES), ...dataOfEveryYamlFile(SHIPPED_RUNBOOKS)]);

const sameAnswer = (data: unknown) => ({
  compiled: compiledRunbookCheck().validate(data),
  schema: Runbook.safeParse(data).success,
});

describe('the compiled runbook check agrees with the runbook schema', () => {
  it('on every readable file of the fixtures and the shipped library, valid and not', () => {
    let valid = 0;
    for (const { file, data } of everyFile()) {
      const answer = sameAnswer(data);
      expect(answer.compiled, file).toBe(answer.schema);
      if (answer.schema) valid++;
    }
    // Both answers must have been met often.
    expect(valid).toBeGreaterThan(20);
    expect(everyFile().length - valid).toBeGreaterThan(20);
  });

  it('on random runbook-shaped YAML', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const read = parseYamlText(runbookShapedYaml(seed), 'random.yaml', 'random.yaml');
        if (read.problems.length > 0) return; // no data to check
        const answer = sameAnswer(read.data);
        expect(answer.compiled, `seed ${seed}`).toBe(answer.schema);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('on valid runbooks with one value replaced', () => {
    const runbooks = everyFile().filter(({ data }) => Runbook.safeParse(data).success);
    const values = [
      null,
      '',
      'x',
      'end',
      'Not-An-Id',
      '2016-02-30',
      '2016-02-29',
      '30m',
      '30',
      0,
      1.5,
      121,
      true,
      [],
      {},
      ['x'],
      [{}],
    ];
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom(...values), (which, where, value) => {
        const { file, data } = runbooks[which % runbooks.length]!;
        const changed = structuredClone(data);
        const spots = placesIn(changed);
        const [parent, key] = spots[where % spots.length]!;
        (parent as Record<string | number, unknown>)[key] = structuredClone(value);
        const answer = sameAnswer(changed);
        expect(answer.compiled, `${file}, ${String(key)} = ${JSON.stringify(value)}`).toBe(answer.schema);
        if (!answer.schema) invalid++;
      }),
      { numRuns: RUNS },
    );
    expect(invalid).toBeGreaterThan(RUNS / 4);
  });
});

/** Every place in a tree of data a value could be put: its parent and key. */
function placesIn(data: unknown): Array<[object, string | number]> {
  const out: Array<[object, string | number]> = [];
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      out.push([node, Array.isArray(node) ? Number(key) : key]);
      visit(child);
    }
  };
  visit(data);
  return out;
}
