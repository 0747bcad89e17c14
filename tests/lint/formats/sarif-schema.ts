// Validation against the SARIF 2.1.0 schema (the subset in tests/fixtures/sarif: see its README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { FIXTURES } from '../../helpers/paths.js';

const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-2.1.0-subset.schema.json'), 'utf8'));

/** The schema's complaints about `log`, empty when it is valid SARIF. */
export function validateSarif(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its plugin is module.exports, and .default of it too.
  formats.default(ajv);
  const validate = ajv.compile(schema);
  return validate(log)
    ? []
    : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}
