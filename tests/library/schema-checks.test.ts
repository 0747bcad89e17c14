// The checks written out from the zod schemas (src/format/schema-checks.generated.ts,
// scripts/gen-checks.mjs) say "valid" exactly when their schemas do, so that
// a file a check passes is a file the loader's own checks would find nothing
// wrong with: over every YAML file of the fixtures and the shipped library,
// random runbook-shaped YAML, that YAML with one value changed, and values
// near the edges of zod's helpers. And every file the generator writes (the
// journal's parsers too: tests/journal/record-parsers.test.ts) is what it
// writes from the schemas as they are now.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import * as schema from '../../src/format/schema.js';
import * as exercise from '../../src/format/exercise-schema.js';
import * as checks from '../../src/format/schema-checks.generated.js';
import { certainlyValid, type CheckedFile } from '../../src/library/certainly-valid.js';
import { parseYamlText } from '../../src/library/read-yaml.js';
import { FIXTURES, REPO_ROOT, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { runbookShapedYaml } from '../property/runbook-shaped-yaml.js';
import { propertyRuns } from '../helpers/property-runs.js';
// @ts-expect-error: a plain script of the build, with no types
import { GENERATED, generatedSource } from '../../scripts/gen-checks.mjs';

const RUNS = propertyRuns(150);

/** Each check and the schema it was written from. */
const SCHEMAS: Record<CheckedFile, z.ZodType> = {
  runbook: schema.Runbook,
  contactsFile: schema.ContactsFile,
  systemsFile: schema.SystemsFile,
  config: schema.Config,
  exercise: exercise.Exercise,
  improvementsFile: exercise.ImprovementsFile,
};
const KINDS = Object.keys(SCHEMAS) as CheckedFile[];

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

const sameAnswer = (data: unknown, kind: CheckedFile = 'runbook') => ({
  compiled: certainlyValid(kind, data),
  schema: SCHEMAS[kind].safeParse(data).success,
});

describe('the checks written out from the schemas', () => {
  it.each((GENERATED as Array<{ file: string }>).map((entry) => [entry.file, entry]))(
    '%s is what scripts/gen-checks.mjs writes from the schemas now (run it after changing a schema)',
    async (file, entry) => {
      expect(readFileSync(join(REPO_ROOT, file), 'utf8')).toBe(await generatedSource(entry));
    },
    60_000,
  );

  it('has a check for every kind, each of the same module the loader uses', () => {
    expect(
      Object.keys(checks)
        .filter((k) => k !== 'INVALID')
        .sort(),
    ).toEqual([...KINDS].sort());
  });

  it('agree with their schemas on every readable file of the fixtures and the shipped library', () => {
    for (const kind of KINDS) {
      let valid = 0;
      for (const { file, data } of everyFile()) {
        const answer = sameAnswer(data, kind);
        expect(answer.compiled, `${kind}: ${file}`).toBe(answer.schema);
        if (answer.schema) valid++;
      }
      // Each check must have said yes to some file (the shipped library has every kind of file).
      expect(valid, kind).toBeGreaterThan(0);
    }
  });

  it("agree at the edges of text lengths, counted in code points (zod's codePointLength)", () => {
    const base = everyFile().find(({ data }) => schema.Runbook.safeParse(data).success)!.data as Record<
      string,
      unknown
    >;
    const smiles = (n: number) => '\u{1F600}'.repeat(n);
    for (const title of ['', 'x', smiles(1), '\uD800', 'a'.repeat(100)])
      expect(sameAnswer({ ...base, title }).compiled, JSON.stringify(title)).toBe(
        sameAnswer({ ...base, title }).schema,
      );
    // An id of at most 100 characters, and an owner (an id too).
    for (const id of ['a'.repeat(100), 'a'.repeat(101), `${'a'.repeat(98)}-b`, `${'a'.repeat(99)}-b`])
      for (const [key, changed] of [
        ['id', { ...base, id }],
        ['owner', { ...base, owner: id }],
      ] as const) {
        const answer = sameAnswer(changed);
        expect(answer.compiled, `${key} of ${id.length}`).toBe(answer.schema);
      }
    const contacts = everyFile().find(({ data }) => schema.ContactsFile.safeParse(data).success)!.data as {
      contacts: Array<Record<string, unknown>>;
    };
    for (const name of [smiles(50), smiles(200), 'é'.repeat(300), ''])
      for (const field of ['name', 'role', 'notes']) {
        const changed = { ...contacts, contacts: [{ ...contacts.contacts[0], [field]: name }] };
        const answer = sameAnswer(changed, 'contactsFile');
        expect(answer.compiled, `${field} of ${name.length} units`).toBe(answer.schema);
      }
  });

  it("agree on what is a plain object (zod's isPlainObject), in coop.yaml's lint rules", () => {
    const rulesTried = [{}, { 'review-overdue': 'off' }, [], null, new Date(0), Object.create(null), { x: 'on' }];
    rulesTried.forEach((rules, i) => {
      const answer = sameAnswer({ lint: { rules } }, 'config');
      expect(answer.compiled, `rules #${i}`).toBe(answer.schema);
    });
  });

  it('agree on random runbook-shaped YAML', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const read = parseYamlText(runbookShapedYaml(seed), 'random.yaml', 'random.yaml');
        if (read.problems.length > 0) return; // no data to check
        for (const kind of KINDS) {
          const answer = sameAnswer(read.data, kind);
          expect(answer.compiled, `${kind}, seed ${seed}`).toBe(answer.schema);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('agree on valid files of every kind with one value replaced', () => {
    const valid = everyFile().flatMap((f) =>
      KINDS.filter((kind) => SCHEMAS[kind].safeParse(f.data).success).map((kind) => ({ ...f, kind })),
    );
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
        const { file, data, kind } = valid[which % valid.length]!;
        const changed = structuredClone(data);
        const spots = placesIn(changed);
        const [parent, key] = spots[where % spots.length]!;
        (parent as Record<string | number, unknown>)[key] = structuredClone(value);
        const answer = sameAnswer(changed, kind);
        expect(answer.compiled, `${kind} ${file}, ${String(key)} = ${JSON.stringify(value)}`).toBe(answer.schema);
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
