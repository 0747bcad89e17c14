// The JSON Schemas shipped in schema/ are what the zod schemas generate, the
// shipped YAML points editors at them, and they accept the shipped library.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run, SCHEMA_KINDS, schemaText, type SchemaKind } from '../../src/commands/schema.js';
import { UserError } from '../../src/system/errors.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { fakeIO } from '../helpers/fake-io.js';

const kinds = Object.keys(SCHEMA_KINDS) as SchemaKind[];
const shipped = (kind: SchemaKind) => readFileSync(join(REPO_ROOT, 'schema', `${kind}.schema.json`), 'utf8');

/** Which schema a shipped file is checked against. */
function kindOf(name: string): SchemaKind {
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

  const files = readdirSync(SHIPPED_RUNBOOKS)
    .filter((n) => n.endsWith('.yaml'))
    .sort();

  it('every shipped file starts with the yaml-language-server line for its own schema', () => {
    for (const name of files) {
      const first = readFileSync(join(SHIPPED_RUNBOOKS, name), 'utf8').split('\n')[0];
      expect(first, name).toBe(`# yaml-language-server: $schema=../schema/${kindOf(name)}.schema.json`);
    }
  });

  it('the shipped library validates against the schemas (draft-07, as editors read them)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const name of files) {
      const validate = ajv.compile(JSON.parse(shipped(kindOf(name))));
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

describe('coop schema', () => {
  it('prints the runbook schema by default', async () => {
    const io = fakeIO();
    expect(await run({}, io)).toBe(0);
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

  it('an unknown kind is a usage error', async () => {
    const error = await run({ file: 'journal' }, fakeIO()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
  });
});
