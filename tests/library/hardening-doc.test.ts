// docs/hardening.md states limits and what each hostile case produces: keep
// it true to the code's constants and to the corpus's expect.json files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_JOURNAL_BYTES } from '../../src/journal/reader.js';
import { MAX_FILE_BYTES, MAX_KEYS_PER_MAPPING, MAX_NESTING } from '../../src/library/limits.js';
import { MAX_CHECK_OUTPUT_BYTES } from '../../src/walk/check-runner.js';
import { DEFAULT_CHECK_TIMEOUT_MS } from '../../src/walk/engine.js';
import { MAX_INCIDENT_ID_LENGTH } from '../../src/journal/paths.js';
import { FIXTURES, REPO_ROOT } from '../helpers/paths.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'hardening.md'), 'utf8');
const thousands = (n: number) => n.toLocaleString('en-US');

describe('docs/hardening.md', () => {
  it('states the limits the code enforces', () => {
    expect(doc).toContain(`| ${thousands(MAX_FILE_BYTES)} bytes (1 MiB) | \`MAX_FILE_BYTES\``);
    expect(doc).toContain(`| ${MAX_NESTING} levels | \`MAX_NESTING\``);
    expect(doc).toContain(`| keys in one mapping | ${thousands(MAX_KEYS_PER_MAPPING)} | \`MAX_KEYS_PER_MAPPING\``);
    expect(readFileSync(join(REPO_ROOT, 'src', 'library', 'read-yaml.ts'), 'utf8')).toMatch(
      /const MAX_ALIAS_COUNT = 100;/,
    );
    expect(doc).toContain('| alias expansions (`*name`) per document | 100 |');
    expect(doc).toContain(
      `| ${thousands(MAX_CHECK_OUTPUT_BYTES)} bytes: the first and the last ${MAX_CHECK_OUTPUT_BYTES / 2048} KiB |`,
    );
    expect(doc).toContain(`| its \`timeout\`, ${DEFAULT_CHECK_TIMEOUT_MS / 1000} s when none is given |`);
    expect(doc).toContain(`| ${thousands(MAX_JOURNAL_BYTES)} bytes (128 MiB): about 400,000 events |`);
    expect(doc).toContain(`at most ${MAX_INCIDENT_ID_LENGTH} characters`);
  });

  it('has a row for every case of the corpus, with its position, rule and message', () => {
    const corpus = join(FIXTURES, 'hostile');
    for (const name of readdirSync(corpus).filter((n) => !n.includes('.'))) {
      const e = JSON.parse(readFileSync(join(corpus, name, 'expect.json'), 'utf8'));
      expect(doc).toContain(`| \`${name}\` |`);
      expect(doc).toContain(`| \`${e.file}:${e.line}:${e.col}\` | \`${e.code}\` | ${e.message} |`);
    }
  });
});
