// The JSON Schemas shipped in schema/ are what the zod schemas generate, the
// shipped YAML points editors at them, and they accept the shipped library.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run, SCHEMA_KINDS, schemaText, type SchemaKind } from '../../src/commands/schema.js';
import { System } from '../../src/format/schema.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { fakeIO } from '../helpers/fake-io.js';

const kinds = Object.keys(SCHEMA_KINDS) as SchemaKind[];
const shipped = (kind: SchemaKind) => readFileSync(join(REPO_ROOT, 'schema', `${kind}.schema.json`), 'utf8');

/** Which schema a shipped file is checked against. */
function kindOf(name: string): SchemaKind {
  if (name.startsWith('exercises/')) return 'exercise';
  if (name === 'contacts.yaml') return 'contacts';
  if (name === 'systems.yaml') return 'systems';
  if (name === 'coop.yaml') return 'config';
  return 'runbook';
}

describe('schema/*.schema.json', () => {
  for (const kind of kinds) {
    it(`${kind}.schema.json is exactly what the zod schema generates (run scripts/gen-schema.mjs after changing src/format/schema.ts)`, () => {
      expect(shipped(kind)).toBe(schemaText(kind));
    });
  }

  const files = [
    ...readdirSync(SHIPPED_RUNBOOKS).filter((n) => n.endsWith('.yaml')),
    ...readdirSync(join(SHIPPED_RUNBOOKS, 'exercises')).map((n) => `exercises/${n}`),
  ].sort();

  it('every shipped file starts with the yaml-language-server line for its own schema', () => {
    for (const name of files) {
      const first = readFileSync(join(SHIPPED_RUNBOOKS, name), 'utf8').split('\n')[0];
      const up = name.startsWith('exercises/') ? '../..' : '..';
      expect(first, name).toBe(`# yaml-language-server: $schema=${up}/schema/${kindOf(name)}.schema.json`);
    }
  });

  it('the shipped library validates against the schemas (draft-07, as editors read them)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    // Compiled once per kind: ajv refuses a second schema with the same $id.
    const validators = new Map(kinds.map((kind) => [kind, ajv.compile(JSON.parse(shipped(kind)))]));
    for (const name of files) {
      const validate = validators.get(kindOf(name))!;
      const ok = validate(parse(readFileSync(join(SHIPPED_RUNBOOKS, name), 'utf8')));
      expect(ok ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('rejects what the loader rejects: an unknown key, a step with no kind, a bad id', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(shipped('runbook')));
    expect(validate({ id: 'x', title: 'X', steps: [{ do: 'Go.' }] })).toBe(true);
    expect(validate({ id: 'x', title: 'X', titel: 'X', steps: [{ do: 'Go.' }] })).toBe(false);
    expect(validate({ id: 'x', title: 'X', steps: [{ todo: 'Go.' }] })).toBe(false);
    expect(validate({ id: 'Power Loss', title: 'X', steps: [{ do: 'Go.' }] })).toBe(false);
  });
});

type JsonSchema = {
  $id?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
};

/** Every property of a schema (and of the objects it nests), as `path: schema`. */
function propertiesOf(schema: JsonSchema, path = ''): Array<[string, JsonSchema]> {
  const found: Array<[string, JsonSchema]> = [];
  for (const [key, value] of Object.entries(schema.properties ?? {}))
    found.push([`${path}${key}`, value], ...propertiesOf(value, `${path}${key}.`));
  if (schema.items) found.push(...propertiesOf(schema.items, `${path}[].`));
  for (const option of schema.anyOf ?? []) found.push(...propertiesOf(option, `${path}<${option.title}>.`));
  return found;
}

describe('what an editor shows on hover', () => {
  const schemas = kinds.map((kind) => [kind, JSON.parse(shipped(kind)) as JsonSchema] as const);

  it('every file kind has its own $id and title, and a description', () => {
    for (const [kind, schema] of schemas) expect(schema.description, kind).toBeTruthy();
    expect(new Set(schemas.map(([, s]) => s.$id)).size).toBe(kinds.length);
    expect(new Set(schemas.map(([, s]) => s.title)).size).toBe(kinds.length);
  });

  it('every property has a description and an example', () => {
    const bare = schemas.flatMap(([kind, schema]) =>
      propertiesOf(schema)
        .filter(([, p]) => !p.description || !p.examples?.length)
        .map(([path]) => `${kind}: ${path}`),
    );
    expect(bare).toEqual([]);
  });

  it('every step kind has a title, a description and an example', () => {
    const runbook = schemas.find(([kind]) => kind === 'runbook')![1];
    const kindsOfStep = runbook.properties!.steps!.items!.anyOf!;
    expect(kindsOfStep.map((k) => k.title)).toEqual(['Action step (do)', 'Decision step (ask)', 'Check step (run)']);
    for (const k of kindsOfStep) expect([k.description, k.examples?.length], k.title).toEqual([expect.any(String), 1]);
  });

  it('a duration says in words what the loader says when one is wrong', () => {
    const systems = schemas.find(([kind]) => kind === 'systems')![1];
    const rto = systems.properties!.systems!.items!.properties!.rto!;
    const parsed = System.safeParse({ id: 'mail', name: 'Mail', rto: '8 hours' });
    const loaderWords = parsed.error!.issues[0]!.message.replace(/^must be /, '');
    expect(loaderWords).toBe('a number and a unit (s, m, h or d), like 30m, 4h or 2d');
    expect(rto.description!.toLowerCase()).toContain(loaderWords);
  });
});

describe('coop schema', () => {
  it('prints the runbook schema by default', async () => {
    const io = fakeIO();
    expect(await run({ file: 'runbook' }, io)).toBe(0);
    expect(io.out()).toBe(shipped('runbook'));
    expect(JSON.parse(io.out())).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'coop runbook',
      type: 'object',
    });
  });

  it('--file contacts, systems, config', async () => {
    for (const kind of ['contacts', 'systems', 'config'] as const) {
      const io = fakeIO();
      await run({ file: kind }, io);
      expect(io.out()).toBe(shipped(kind));
    }
  });
});
