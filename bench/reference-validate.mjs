#!/usr/bin/env node
// A reference point for `npm run bench`: what the least a validator of the
// same files does costs on this machine. It reads every runbook file of a
// library, parses it with the same yaml package coop uses (YAML.parse: no
// positions kept) and checks it against the JSON Schema `coop schema` prints
// with ajv, as `ajv validate -s schema/runbook.schema.json -d 'lib/*.yaml'`
// would. No positions, no references between files, no policy rules.
//   node bench/reference-validate.mjs LIBRARY_DIR
// Prints one line: files, invalid files, milliseconds from start to finish.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/reference-validate.mjs LIBRARY_DIR');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'runbook.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const valid = ajv.compile(schema);
const shared = new Set(['contacts.yaml', 'systems.yaml', 'coop.yaml']);
let files = 0;
let invalid = 0;
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith('.yaml') || shared.has(name)) continue;
  files++;
  if (!valid(parse(readFileSync(join(dir, name), 'utf8')))) invalid++;
}
console.log(`files=${files} invalid=${invalid} ms=${performance.now().toFixed(0)}`);
