// The fast reader (src/library/read-events.ts) against the reference, yaml:
// wherever the fast reader reads a text, yaml reads it without a problem, to
// the same data, with every value and key at the same line and column
// (tests/library/same-reading.ts). Over the shipped library, every fixture
// (the hostile corpus among them), generated libraries, random
// runbook-shaped YAML and mutated library files.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWithEvents } from '../../src/library/read-events.js';
import { FIXTURES, REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runbookShapedYaml } from '../property/runbook-shaped-yaml.js';
import { mutatedFile, seedFiles, yamlSoup } from '../property/yaml-mutations.js';
import { compareReaders } from './same-reading.js';
import { propertyRuns } from '../helpers/property-runs.js';

const RUNS = propertyRuns(150);

function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const textOf = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

function expectSameReading(text: string, what: string): boolean {
  const reading = compareReaders(text);
  expect(reading.differences, `${what}\n${JSON.stringify(text)}`).toEqual([]);
  return reading.fast;
}

describe('the fast reader reads as yaml does', () => {
  let generated: string;
  beforeAll(() => {
    generated = tempDir('coop-generated-');
    const generator = join(REPO_ROOT, 'bench', 'generate-library.mjs');
    for (const [name, runbooks, steps] of [
      ['many', '20', '20'],
      ['long', '1', '120'],
    ] as const) {
      const r = spawnSync(process.execPath, [
        generator,
        join(generated, name),
        '--runbooks',
        runbooks,
        '--steps',
        steps,
      ]);
      expect(r.status, String(r.stderr)).toBe(0);
    }
  });

  it('on every file of the shipped library, and reads each one itself', () => {
    for (const file of yamlFilesIn(SHIPPED_RUNBOOKS))
      expect(expectSameReading(textOf(readFileSync(file)), file), `${file} was left to yaml`).toBe(true);
  });

  it('on generated libraries, and reads each file itself', () => {
    const files = yamlFilesIn(generated);
    expect(files.length).toBe(20 + 2 + 3);
    for (const file of files)
      expect(expectSameReading(textOf(readFileSync(file)), file), `${file} was left to yaml`).toBe(true);
  });

  it('on every fixture, the hostile corpus among them', () => {
    let fast = 0;
    for (const file of yamlFilesIn(FIXTURES)) if (expectSameReading(textOf(readFileSync(file)), file)) fast++;
    // Most fixtures are ordinary files: the fast reader must not have given up on all of them.
    expect(fast).toBeGreaterThan(50);
  });

  it('on random runbook-shaped YAML', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        if (expectSameReading(runbookShapedYaml(seed), `seed ${seed}`)) fast++;
      }),
      { numRuns: RUNS * 2 },
    );
    expect(fast).toBeGreaterThan(RUNS / 2);
  });

  it('on random runbook-shaped YAML with a character put in or taken out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.nat(),
        fc.constantFrom(
          ' ',
          ':',
          '-',
          '#',
          '\n',
          '\r',
          '"',
          "'",
          '[',
          ']',
          '{',
          '}',
          ',',
          '|',
          '>',
          '?',
          '&',
          '*',
          '!',
          '',
        ),
        (seed, where, put) => {
          const text = runbookShapedYaml(seed);
          const at = where % (text.length + 1);
          const changed =
            put === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + put + text.slice(at);
          expectSameReading(changed, `seed ${seed}, ${JSON.stringify(put)} at ${at}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('on library files broken the way files get broken, and on YAML token soup', () => {
    const seeds = seedFiles();
    fc.assert(
      fc.property(fc.oneof(mutatedFile(seeds), yamlSoup), (bytes) => {
        expectSameReading(textOf(bytes), 'mutated file');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the fast reader leaves to yaml', () => {
  it.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key that is not text', '1: a\n'],
    ['a comment where yaml stretches a range over it', 'a:\n  b: 1\n  # about b\n'],
    ['a number YAML 1.2 reads as text', 'a: 1_000\n'],
    ['a file that is one value', 'just text\n'],
  ])('%s', (_what, text) => {
    expect(readWithEvents(text)).toBeUndefined();
  });
});
